"""Places, round 32 (#10): sentences of our own.

- A place across a border or a line of contact, near the article's other places, is read in its own country
  (stages/places/scoring.ACROSS_KM): an Israeli town or position in a story of south Lebanon or Gaza, a Turkish
  border town in a story of northern Syria.  Before, the article's country refused it and the name was given a
  province of that country.
- Social networks where statements are posted («على قناتها في تلغرام») are never places (place_stop.tsv).
- Places the bundled gazetteer (geo/data/places.tsv) lacked: Galilee and its parts, two Israeli border
  positions Hezbollah names, Dhahran al-Janub; Zamfara spelt «زامفارا»."""

from __future__ import annotations

import pytest

import waqia

ACROSS = [
    (("قصفت المدفعية الإسرائيلية أطراف بلدة الخيام في جنوب لبنان، وقال الجيش الإسرائيلي إن صاروخا سقط في كريات "
     "شمونة وأصاب شخصين."), "كريات شمونة", ("IL", "Northern")),
    ("شنت طائرات إسرائيلية غارة على بلدة عيترون، فيما أصيب جندي إسرائيلي بسقوط مسيرة في منطقة الجليل الأعلى.",
     "الجليل الأعلى", ("IL", "Northern")),
    ("أعلن حزب الله أن مقاتليه استهدفوا تجمعا لجنود في ثكنة زرعيت، بعد غارة قتلت مسلحين اثنين في بلدة الناقورة.",
     "زرعيت", ("IL", "Northern")),
    ("قصفت مسيرة منزلا في بلدة ميس الجبل، وردت الفصائل بقصف ثكنة برانيت بالصواريخ ما أدى إلى إصابة جنديين.",
     "برانيت", ("IL", "Northern")),
    ("أصيبت امرأة بشظايا صاروخ سقط في المطلة، بعد قصف إسرائيلي عنيف على بلدة كفركلا الحدودية.",
     "المطلة", ("IL", "Northern")),
    ("قتل ثلاثة فلسطينيين بغارة على بيت حانون شمالي قطاع غزة، فيما أصيب مستوطن بصاروخ سقط في سديروت.",
     "سديروت", ("IL", "Southern")),
    (("استهدفت غارة إسرائيلية سيارة قرب بلدة بنت جبيل، وأطلق مقاتلو الحزب صواريخ على مواقع في الجليل الغربي فأصيب "
     "جنديان."), "الجليل الغربي", ("IL", "Northern")),
    ("قتل طفلان بقذيفة سقطت في أقجة قلعة بعد اشتباكات عنيفة في مدينة تل أبيض.", "أقجة قلعة", ("TR", "Sanliurfa")),
    ("أصيب ثلاثة مقيمين بسقوط مقذوف أطلق من صعدة على حي سكني في ظهران الجنوب.", "ظهران الجنوب",
     ("SA", "'Asir Region")),
]

#: the article's places, whole: a social network is none of them
NETWORKS = [
    ("تبنت الجماعة في بيان نشرته على قناتها في تلغرام هجوما بعبوة ناسفة قتل جنديين في بلدة الطارمية.",
     {"الطارمية"}),
    ("قالت الحركة على حسابها في تويتر إن مقاتليها قتلوا ثلاثة جنود في مدينة بيدوا.", {"بيدوا"}),
    ("أعلن المسلحون في منشور على قناتهم في تليغرام أنهم قصفوا معسكرا للجيش في بلدة الطارمية وقتلوا جنديا.",
     {"الطارمية"}),
    ("نشرت الفصائل على يوتيوب مقطعا لقصف موقع للجيش في محافظة إدلب قتل فيه عنصران.", {"إدلب"}),
]

SPELT = [
    ("قتل مسلحون 15 شخصا في قرية بولاية زامفارا شمال غربي نيجيريا.", "زامفارا", ("NG", "Zamfara")),
    ("خطف مسلحون أكثر من 30 طالبا من مدرسة في ولاية زامفارا مساء الخميس.", "زامفارا", ("NG", "Zamfara")),
]


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = waqia.extract(text, published="2024-05-05")
    return {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}


@pytest.mark.parametrize(("text", "name", "where"), ACROSS + SPELT, ids=[c[1] for c in ACROSS + SPELT])
def test_a_place_is_read_in_its_own_country(text: str, name: str, where: tuple[str, str]) -> None:
    assert _places(text).get(name) == where


@pytest.mark.parametrize(("text", "names"), NETWORKS, ids=[str(k) for k in range(len(NETWORKS))])
def test_a_social_network_is_no_place(text: str, names: set[str]) -> None:
    assert set(_places(text)) == names


def test_a_far_homonym_abroad_stays_out() -> None:
    """A name whose only readings lie far from the article's places, in another country, is not taken there."""
    places = _places("قتل شخصان في غارة إسرائيلية على بلدة الشقيق في جنوب لبنان.")
    assert places.get("الشقيق", ("LB", None))[0] == "LB"
