"""Places of our own whole articles (#10, round 34): sets V (Yemen and the Red Sea), W (the Sahel, Lake Chad, West
Africa, Mozambique) and X (Afghanistan, Pakistan, Iran's south-east, Sinai, Algeria and Tunisia),
``tests/cases/articles34{v,w,x}.jsonl``, coded by hand by ``shared/eval/GUIDELINES.md`` as the dev gold codes places
(the province that contains an event's place, a valley read whole).  Compared as ``tests/test_places_articles31.py``
compares them; an article still read wrong is a strict xfail naming its families.  Then probes of our own for the
readings this round added: the bundled rows of the Sahel, Lake Chad, Mozambique, Cameroon's Far North, Kabul, the
Maghreb and Yemen, and the places that are context (a capital named after «في»/«ب» as where a statement was made or
the wounded were taken, the second leg of a transfer, a bus's destination, where a truce was declared)."""

from __future__ import annotations

import pytest

import waqia
from case_files import load
from test_places_articles31 import BASE, DUAL, HOSPITAL, SPEAKER, _matcher, places_set
from test_places_articles32 import NO_EVENT

SETS = ("articles34v", "articles34w", "articles34x")
ARTICLES = [a for name in SETS for a in load(name)]

PARTICIPLE = "an indefinite participle after a comma («في جبهة X، محققة إصابات») read as one more place of a list"
RALLY = "where a rally is called for («الخروج الحاشد في العاصمة X») read as an event place"
ROAD_NAME = "a road's own name («على طريق الطويل جنوب مدينة X») read as a place"
UAE = "the places of a blast in the UAE («منطقة مصفح الصناعية», «مطار أبوظبي الدولي») are not found"

#: article id -> the families its places still fail on
FAILS: dict[str, tuple[str, ...]] = {
    "v03": (PARTICIPLE,), "v06": (RALLY,), "v09": (NO_EVENT,), "v10": (BASE,),
    "v11": (DUAL,), "v13": (UAE,), "w12": (SPEAKER, HOSPITAL),
    "x08": (ROAD_NAME,),
}


test_the_sets_are_whole, test_places_of_our_articles = places_set(ARTICLES, FAILS, size=48, places_at_least=100)


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    record = waqia.extract(text, published="2024-05-02")
    return [(p["text"], p.get("country"), p.get("admin1")) for e in record["events"] for p in e["locations"]]


# a place of the round's rows, read with its country and province
ROWS = [
    ("قتل ستة جنود في هجوم على نقطة عسكرية قرب بلدة جيبو بإقليم الساحل أمس.", "الساحل", "BF", "Sahel"),
    ("قتل ستة جنود في هجوم على نقطة عسكرية قرب بلدة جيبو بإقليم الساحل أمس.", "جيبو", "BF", "Sahel"),
    ("قتل عشرون جنديا في هجوم على ثكنة في شبه جزيرة بوما بإقليم البحيرة أمس.", "البحيرة", "TD", "Lac"),
    ("قتل سبعة مدنيين في هجوم للمسلحين على بلدة بالما في إقليم كابو ديلغادو.", "بالما", "MZ", "Cabo Delgado"),
    ("قتل سبعة مدنيين في هجوم للمسلحين على بلدة بالما في إقليم كابو ديلغادو.", "كابو ديلغادو", "MZ", "Cabo Delgado"),
    ("قتل أربعة جنود في هجوم على موقع في بلدة ساغمي بمنطقة أقصى الشمال ليلا.", "ساغمي", "CM", "Far North"),
    ("قتل أربعة جنود في هجوم على موقع في بلدة ساغمي بمنطقة أقصى الشمال ليلا.", "أقصى الشمال", "CM", "Far North"),
    ("قتل مسلحان في اشتباك قرب بلدة تينزاواتين شمال البلاد مساء الأحد.", "تينزاواتين", "ML", "Kidal"),
    ("قتل ثلاثة مسلحين في مداهمة لمنزل في حي خير خانه بالعاصمة كابل.", "خير خانه", "AF", "Kabul"),
    ("قتل جندي في انفجار لغم بمرتفعات جبل الشعانبي صباح اليوم.", "جبل الشعانبي", "TN", "Kasserine"),
    ("قتل راع برصاص حرس الحدود في منطقة آل ثابت شمال صعدة.", "آل ثابت", "YE", "Sa'dah"),
    ("أصيب بحاران في هجوم بمسيرة على ناقلة في ميناء رأس عيسى أمس.", "رأس عيسى", "YE", "Al Hudaydah"),
]


@pytest.mark.parametrize(("text", "name", "country", "admin1"), ROWS)
def test_a_place_of_the_rounds_rows(text: str, name: str, country: str, admin1: str) -> None:
    found = {p[0]: p for p in _places(text)}
    assert name in found
    assert found[name][1] == country
    assert _matcher().same(admin1, found[name][2])


# a whole name read, not its known part
WHOLE = [
    ("قتل ثلاثة بحارة في هجوم صاروخي على سفينة شحن في خليج عدن أمس.", "خليج عدن", "عدن"),
    ("قتل ثلاثة مسلحين خلال عملية تمشيط بمنطقة أولاد علي بولاية تيزي وزو أمس.", "أولاد علي", "أولاد"),
    ("صد الجيش هجمات على مدن عدة في غرب البلاد بينها كايس ونيورو دو ساحل أمس.", "نيورو دو ساحل", "نيورو"),
]


@pytest.mark.parametrize(("text", "name", "part"), WHOLE)
def test_a_name_is_read_whole(text: str, name: str, part: str) -> None:
    names = [p[0] for p in _places(text)]
    assert name in names and part not in names


BORNO = "قتل ثمانية جنود في هجوم على معسكر في ولاية بورنو أمس. "

# a place named only as context: where it was said, where the wounded were taken, where a bus was going
CONTEXT = [
    (BORNO + "وقال متحدث باسم الجيش في مؤتمر صحفي بالعاصمة أبوجا إن 30 مسلحا قتلوا في المعارك.", "أبوجا"),
    (BORNO + "وقال متحدث باسم الجيش في مؤتمر صحفي في العاصمة أبوجا إن 30 مسلحا قتلوا في المعارك.", "أبوجا"),
    (BORNO + "وأقر الجيش بمقتل جنديين وإصابة سبعة آخرين نقلوا إلى مستشفى في العاصمة أبوجا.", "أبوجا"),
    ("أصيب ثلاثة جنود في هجوم بمديرية مودية ونقلوا إلى مستشفى مودية ثم إلى عدن للعلاج.", "عدن"),
    ("اعترض مسلحون في منطقة كالات حافلتين متجهتين إلى إقليم البنجاب وقتلوا سبعة ركاب.", "البنجاب"),
    ("قتل مدنيان في قصف على حي الجحملية بمدينة تعز، إحياء لهذه المناسبة الأليمة.", "لهذه المناسبة"),
    ("قتل مسلحون خمسة مدنيين وأحرقوا ثلاث قرى صغيرة انتقاما في إقليم كابو ديلغادو.", "صغيرة انتقاما"),
    ("قتل ثلاثة جنود في قصف على مواقعهم في مديرية حيس، رغم الهدنة المعلنة في الحديدة منذ عامين.", "الحديدة"),
    ("قتل جنديان أمس في قصف على تعزيزات المسلحين في جبهتي الكسارة والمشجح بمأرب.", "جبهتي"),
]


@pytest.mark.parametrize(("text", "name"), CONTEXT)
def test_a_place_of_context_is_no_event_place(text: str, name: str) -> None:
    assert name not in [p[0] for p in _places(text)]


def test_the_event_keeps_its_own_place() -> None:
    """The control of the context probes: the event's own place stays when a capital is named as context."""
    for text, _ in CONTEXT[:3]:
        assert "بورنو" in [p[0] for p in _places(text)]


def test_a_cue_as_the_list_writes_it_still_ends_a_name() -> None:
    """The control of «أولاد علي»: «على» written with ى after the first word of a name is the preposition."""
    names = [p[0] for p in _places("شن مسلحون هجوما على بلدة كفر على الطريق الرئيسي وقتلوا خمسة.")]
    assert "كفر على" not in names
