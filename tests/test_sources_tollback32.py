"""A lead's toll whose speaker a later sentence names by a count told back (#10, session 29, articles32o):
«وأعلنت الوزارة هذه الحصيلة», «وقال X إن الحصيلة مرشحة للارتفاع», «نقلت Y عن X قوله إن الأهالي أحصوا هذه
الحصيلة», «وجاءت هذه الحصيلة في بيان أصدرته X», «إن الضحايا الستة من عائلة واحدة» two or three sentences after a toll in the outlet's voice (sources/tollback.py, claims/later.py).
A count with a figure of its own after it, or one too far from the toll, gives the toll no speaker.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import assert_speakers, claims

CASES = [
    ("the ministry told the toll back", [
        "قتل 5 مدنيين وأصيب 9 آخرون في قصف على بلدة كفرنبل صباح اليوم.",
        "وتصاعدت أعمدة الدخان من المنازل المستهدفة.",
        "وأعلنت مديرية الصحة في إدلب هذه الحصيلة في بيان.",
    ], [[5, "مديرية الصحة في إدلب"], [9, "مديرية الصحة في إدلب"]]),
    ("a bare definite count after «إن»", [
        "لقي 7 جنود حتفهم في هجوم على حاجز للجيش قرب مدينة العريش.",
        "واستخدم المهاجمون أسلحة رشاشة وقذائف.",
        "وقال مصدر أمني إن الحصيلة مرشحة للارتفاع.",
    ], [[7, "مصدر أمني"]]),
    ("these figures, by an agency", [
        "أصيب 14 شخصا بجروح جراء انفجار سيارة مفخخة في سوق شعبي بمدينة الباب.",
        "وهرع السكان إلى المكان لإسعاف المصابين.",
        "وذكرت وكالة الأناضول أن هذه الأرقام أولية.",
    ], [[14, "وكالة الأناضول"]]),
    ("relayed, the one quoted is the speaker", [
        "قتل 3 صيادين بانفجار لغم بحري قبالة الساحل مساء أمس.",
        "وكان الصيادون قد خرجوا إلى البحر فجرا.",
        "ونقلت قناة الجزيرة عن مسؤول محلي قوله إن الأهالي أحصوا هذه الحصيلة بعد انتشال الجثث.",
    ], [[3, "مسؤول محلي"]]),
    ("three sentences on, after a speaker who told no toll", [
        "قتل 10 أشخاص في غارة جوية على سوق في مدينة مأرب.",
        "ودمرت الغارة عددا من المحال التجارية.",
        "وقال شهود إن الطائرة حلقت فوق المدينة قبل الغارة.",
        "وأكدت السلطات المحلية الحصيلة، مشيرة إلى أن البحث مستمر.",
    ], [[10, "السلطات المحلية"]]),
    ("the count first, the statement's owner after it", [
        "قتل 20 مدنيا وأصيب 35 في قصف مدفعي على سوق مدينة الأبيض.",
        "وامتلأت أروقة المستشفى بالمصابين وذويهم.",
        "وجاءت هذه الحصيلة في بيان أصدرته لجنة الأطباء في الولاية مساء الأحد.",
    ], [[20, "لجنة الأطباء في الولاية"], [35, "لجنة الأطباء في الولاية"]]),
    ("a statement issued with no owner after it is the speaker's", [
        "وقالت وزارة الداخلية في بيان أصدرته مساء الجمعة إن 5 من عناصرها قتلوا في الهجوم.",
    ], [[5, "وزارة الداخلية"]]),
    ("a statement issued through a medium is the speaker's", [
        "وقالت جماعة الحوثي في بيان نشرته عبر قناة المسيرة إن 6 من مقاتليها قتلوا في غارة.",
    ], [[6, "جماعة الحوثي"]]),
    ("a figure after a comma is no figure of the count", [
        "قتل 6 جنود في كمين نصبه مسلحون لدورية عسكرية شرقي البلاد.",
        "واستمر تبادل إطلاق النار نحو ساعة.",
        "وأكد مصدر عسكري هذه الحصيلة، مشيرا إلى أن 3 آخرين ما زالوا مفقودين.",
    ], [[6, "مصدر عسكري"], [3, "مصدر عسكري"]]),
    ("the dead told back with their figure", [
        "قتل ستة أشخاص في غارة جوية على منزل في بلدة بيت لاهيا.",
        "وأوضح الدفاع المدني أن الضحايا الستة من عائلة واحدة.",
    ], [[6, "الدفاع المدني"]]),
    ("the wounded told back with their figure", [
        "أصيب خمسة مدنيين بجروح في قصف على حي سكني شمالي المدينة.",
        "وتضررت واجهات عدد من المباني المجاورة.",
        "وقال مسؤول في المستشفى الوطني إن الجرحى الخمسة في حالة مستقرة.",
    ], [[5, "مسؤول في المستشفى الوطني"]]),
    ("the dead told back give the wounded no speaker", [
        "استشهد 4 مواطنين وأصيب 9 آخرون برصاص قوات الاحتلال خلال اقتحام بلدة قباطية.",
        "وأفادت وزارة الصحة بأن الشهداء الأربعة نقلوا إلى مستشفى جنين الحكومي.",
    ], [[4, "وزارة الصحة"], [9, None]]),
    ("a count with its own figure is a toll of its own", [
        "قتل 4 أشخاص في اشتباك مسلح بمدينة سبها.",
        "وتبادل الطرفان إطلاق النار لساعات.",
        "وقال مركز سبها الطبي إن الحصيلة ارتفعت إلى 6 قتلى.",
    ], [[4, None], [6, "مركز سبها الطبي"]]),
    ("too far from the toll", [
        "قتل 12 شخصا في تفجير استهدف حافلة في مدينة كويتا.",
        "وهرعت سيارات الإسعاف إلى المكان.",
        "وأغلقت الشرطة الطرق المؤدية إلى الموقع.",
        "وانتشر عناصر الأمن في الشوارع.",
        "وتعطلت حركة السير ساعات.",
        "وقالت منظمة محلية إن الحصيلة تثير القلق.",
    ], [[12, None]]),
]


@pytest.mark.parametrize(("sentences", "sources"), [pytest.param(t, s, id=f) for f, t, s in CASES])
def test_the_toll_told_back_has_its_speaker(sentences: list[str], sources: list[list[object]]) -> None:
    assert_speakers({"text": "\n".join(sentences), "sources": sources})


def test_the_dead_and_the_wounded_told_back_count_no_one_new() -> None:
    """«إن القتلى الثلاثة والجريحين من اللواء»: the figure with the article is the dead's, told back; the
    wounded after it are the two told before, not three more (claims/restated.qualifying)."""
    found = claims("قتل ثلاثة جنود وأصيب اثنان في هجوم على نقطة للجيش قرب الحدود.\n"
                   "وقال مصدر أمني إن القتلى الثلاثة والجريحين من اللواء الخامس.")
    assert sorted((c["kind"], c["value"], c["source"]["name"]) for c in found) == [
        ("injured", 2, "مصدر أمني"), ("killed", 3, "مصدر أمني")]
