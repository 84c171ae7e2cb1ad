"""Claims precision, nineteenth round (#10): a figure a body and its spokesman both give is one
claim (GUIDELINES: a spokesman speaks for his body, the other name goes to ``source_alt``), and a
subset that lists the whole of a toll in parts of one side gives the toll that side, with no claim
of its own (GUIDELINES: a subset of a stated figure for the same party is not a claim).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from claim_sets import A, C, S, U, sides_of


def figures(text: str) -> list[tuple[Any, ...]]:
    """Every claim of ``text`` as (kind, value, side), once per claim (a figure given twice counts twice)."""
    doc = waqia.extract(text, published="2024-05-11")
    return sorted((c["kind"], c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"])


@pytest.mark.parametrize("text, expected", [
    # Sudan: the army, then its spokesman, the same toll
    (('أعلن الجيش السوداني مقتل 12 من عناصر الدعم السريع في معارك بالفاشر. وقال المتحدث باسم الجيش '
     'إن 12 من عناصر الدعم السريع قتلوا في المعارك.'), [('killed', 12, A)]),
    # Somalia: the police, then a named spokesman of the police of the capital
    (('قالت الشرطة الصومالية إن ستة أشخاص قتلوا في انفجار سيارة مفخخة بمقديشو. وقال المتحدث باسم '
     'الشرطة في العاصمة عبد الله محمد إن الانفجار أدى إلى مقتل ستة أشخاص.'), [('killed', 6, C)]),
    # Gaza: the ministry, then «الناطق باسم الوزارة» referring back
    (('أعلنت وزارة الصحة في غزة استشهاد 9 فلسطينيين في غارة إسرائيلية على رفح، وقال الناطق باسم '
     'الوزارة إن 9 شهداء وصلوا إلى المستشفى.'), [('killed', 9, C)]),
    # two bodies, each its own claim
    (('قالت وزارة الصحة اللبنانية إن 4 أشخاص قتلوا في غارة على بلدة جنوبية، فيما قال المتحدث باسم '
     'الدفاع المدني إن 4 أشخاص قتلوا في الغارة.'), [('killed', 4, C), ('killed', 4, C)]),
    # two bodies with the same head word, each its own claim
    ('قالت وزارة الداخلية إن 4 أشخاص قتلوا في الانفجار، وقال المتحدث باسم وزارة الصحة إن 4 أشخاص قتلوا.',
     [('killed', 4, C), ('killed', 4, C)]),
    ('أعلنت قوات الأمن مقتل 7 مسلحين، وقال المتحدث باسم قوات الدعم السريع إن 7 مسلحين قتلوا.',
     [('killed', 7, A), ('killed', 7, A)]),
    (('أعلن الجيش الليبي مقتل 5 مسلحين في اشتباكات جنوب طرابلس، وقال المتحدث باسم الهلال الأحمر إن '
     '5 مسلحين قتلوا.'), [('killed', 5, A), ('killed', 5, A)]),
])
def test_a_body_and_its_spokesman_are_one_voice(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert figures(text) == expected


def test_a_figureless_toll_of_a_body_and_its_spokesman_is_one_claim() -> None:
    text = ('أعلن الجيش المصري مقتل وإصابة عدد من الجنود في تفجير عبوة ناسفة بشمال سيناء. وقال الناطق '
            'باسم الجيش إن التفجير أسفر عن مقتل وإصابة عدد من الجنود.')
    found = figures(text)
    assert len(found) == len(set(found))


@pytest.mark.parametrize("text, expected", [
    ('وقالت وزارة الداخلية في بيان إن عدد القتلى بلغ 15 بينهم 11 ضابطا وأربعة مجندين.', {('killed', 15, S)}),
    ('قتل 16 شخصا بينهم 10 جنود و6 من رجال الشرطة في هجوم على نقطة تفتيش.', {('killed', 16, S)}),
    ('أسفر الكمين عن مقتل 9 أشخاص بينهم 7 عناصر من الجيش وضابطان، بحسب مصدر عسكري.', {('killed', 9, S)}),
    ('قتل 11 شخصا بينهم 6 من قوات الأمن و5 من الجيش في هجوم على قاعدة عسكرية في ولاية النيجر.',
     {('killed', 11, S)}),
    ('أصيب 10 أشخاص، بينهم 6 جنود و4 من رجال الشرطة، بانفجار عبوة ناسفة على طريق المطار.', {('injured', 10, S)}),
    # the subset after the verb («لقي ... حتفهم، بينهم»)
    ('لقي 8 أشخاص حتفهم في الاشتباكات، بينهم 5 مسلحين من الحركة و3 من عناصرها الانتحاريين.', {('killed', 8, A)}),
    # parts that do not add up: a subset of another side, the toll of no one side
    ('قتل 12 شخصا بينهم 5 جنود و3 شرطيين في هجوم على سوق شعبي.', {('killed', 12, U), ('killed', 5, S)}),
    # parts of the toll's own side
    ('أصيب 10 أشخاص بينهم 6 أطفال و4 نساء في قصف مدفعي على حي سكني.', {('injured', 10, C)}),
])
def test_a_subset_listing_the_whole_gives_its_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected


@pytest.mark.parametrize("text, expected", [
    ('قصفت المدفعية مواقع المسلحين ردا على هجوم أسفر عن مقتل 4 جنود، وقتل 6 مسلحين في القصف.', {('killed', 6, A)}),
    ('شن الطيران غارات على مواقع الجماعة انتقاما لمقتل 3 من جنوده، ما أدى إلى مقتل 10 مسلحين.', {('killed', 10, A)}),
    ('وجاء الهجوم ردا على غارة قتل فيها 5 مدنيين الأسبوع الماضي، وأسفر عن مقتل جنديين.', {('killed', 2, S)}),
    ('أطلقت الحركة صواريخ على المستوطنات ثأرا لاستشهاد 7 فلسطينيين، فيما أصيب مستوطنان.', {('injured', 2, C)}),
    # a threat to respond answers the event told: its toll is the story's
    ('هددت الجماعة بالرد على مقتل 6 من مقاتليها في غارة جوية على مواقعها أمس.', {('killed', 6, A)}),
    # the response's own result («ما أسفر عن», «وقتل»): a claim
    ('وقال قائد القطاع إن القوات ردت على الهجوم وقتلت 8 من عناصر الحركة.', {('killed', 8, A)}),
    ('وقام الطيران بالرد على الهجمات ما أسفر عن مقتل 9 مسلحين وإصابة آخرين.',
     {('killed', 9, A), ('injured', None, A)}),
])
def test_a_toll_in_the_object_of_a_response_is_of_the_event_answered(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected


@pytest.mark.parametrize("text, expected", [
    ('توفي شاب تحت التعذيب بعد اعتقاله من قبل قوات الأمن في مدينة درعا.', {('killed', 1, C)}),
    ('عثر الأهالي على جثة مدرس بعد أيام من اعتقاله على يد عناصر المخابرات في دير الزور.', {('killed', 1, C)}),
    ('قتل شاب برصاص مجهولين بعد اختطافه من منزله في ريف حمص.', {('killed', 1, C)}),
    # no death before it: the capture is the event told
    ('اعتقلت قوات الأمن 5 أشخاص بعد اشتباكات في حي الكرامة.', {('captured', 5, C)}),
])
def test_a_capture_before_a_death_is_how_the_dead_was_held(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected


@pytest.mark.parametrize("text, expected", [
    ('عثر على جثة رجل في الثلاثينيات من عمره مصابا بطلق ناري في الرأس قرب العريش.', {('killed', 1, C)}),
    ('وصل إلى المستشفى قتيل مصاب بعدة رصاصات في الصدر.', {('killed', 1, C)}),
    (('وقالت المصادر إن سيارات الإسعاف نقلت جثة لرجل في الأربعينيات من عمره، مصابًا بطلق ناري في الظهر، إلى '
     'مستشفى المدينة.'), {('killed', 1, C)}),
    # a list of the dead and the wounded, and a wounded man of his own clause
    ('سقط قتيل ومصاب في إطلاق نار على سيارة مدنية.', {('killed', 1, C), ('injured', 1, C)}),
    ('وجدت جثة شاب على الطريق، وأصيب مدني بجروح في حادث منفصل.', {('killed', 1, C), ('injured', 1, C)}),
])
def test_the_wound_of_a_dead_man_is_no_wounded(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected


@pytest.mark.parametrize("text, expected", [
    # the lead's people of no side are the policemen the source names: one claim
    ('قتل ثلاثة أشخاص في هجوم على حاجز شمال بغداد. وقال مصدر أمني إن ثلاثة من عناصر الشرطة قتلوا في الهجوم.',
     [('killed', 3, S)]),
    (('أصيب أربعة أشخاص في انفجار عبوة ناسفة في السوق. وأفادت مصادر في الحركة بأن أربعة من مقاتليها أصيبوا '
     'في الانفجار.'), [('injured', 4, A)]),
    # the lead names its own side: two claims
    ('قتل ثلاثة مدنيين في قصف على القرية. وقال الجيش إن ثلاثة مسلحين قتلوا في اشتباك منفصل.',
     [('killed', 3, A), ('killed', 3, C)]),
])
def test_a_lead_of_no_side_is_the_sourced_figure_that_names_it(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('قتل عنصر من التنظيم 10 أشخاص في تفجير انتحاري.', {('killed', 10, C)}),
    ('قتل مسلح من حركة الشباب 4 جنود في هجوم على قاعدة عسكرية.', {('killed', 4, S)}),
    ('قتل عنصر في الشرطة 3 أشخاص بإطلاق النار عليهم في سوق.', {('killed', 3, C)}),
    ('قتل مسلح 5 مدنيين في هجوم على مقهى في المدينة.', {('killed', 5, C)}),
    # the one named is the victim: no figure of people after his side
    ('قتل جندي من الجيش وأصيب 3 آخرون في هجوم.', {('killed', 1, S), ('injured', 3, S)}),
    ('قتل عنصر من الشرطة 3 مرات في هجمات منفصلة.', {('killed', 1, S)}),
    # a subject described by a clause of suspicion before its object (lifted in the 25th precision round)
    ('قتل عنصر يشتبه في انتمائه إلى الجماعة 7 أشخاص في هجوم بسكين.', {('killed', 7, C)}),
])
def test_a_singular_subject_with_its_side_then_the_victims(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected


def sources_of(text: str) -> list[tuple[Any, ...]]:
    """Every claim of ``text`` as (kind, value, side, source name)."""
    doc = waqia.extract(text, published="2024-05-11")
    return sorted((c["kind"], c["value"], c["party"]["category"], (c.get("source") or {}).get("name"))
                  for e in doc["events"] for c in e["claims"])


@pytest.mark.parametrize("text, expected", [
    # the agency, then the speaker it relays: one claim, the speaker's
    (('قتل 14 شخصا في انفجار سيارة مفخخة في سوق شعبي، حسبما ذكرت وكالة رويترز. ونقلت الوكالة عن مصدر في '
     'الشرطة قوله إن 14 شخصا قتلوا في الانفجار.'), [('killed', 14, C, 'مصدر في الشرطة')]),
    (('أفادت وكالة الأنباء الفرنسية بمقتل 9 مدنيين في قصف على قرية. ونقلت الوكالة عن مسؤول محلي أن 9 مدنيين '
     'قتلوا.'), [('killed', 9, C, 'مسؤول محلي')]),
    # a body the agency did not relay: its own claim
    ('قتل 5 أشخاص في غارة، وفق ما أوردت وكالة الأناضول. وقال الدفاع المدني إن 5 أشخاص قتلوا في الغارة.',
     [('killed', 5, C, 'الدفاع المدني'), ('killed', 5, C, 'وكالة الأناضول')]),
])
def test_an_agency_and_the_speaker_it_relays_are_one_voice(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert sources_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('قتل 12 شخصا في هجوم على قرية شمال البلاد. وأفاد مصدر محلي بأن 12 شخصا قتلوا، بينهم 5 جنود.',
     [('killed', 5, S), ('killed', 12, U)]),
    ('سقط 9 قتلى في اشتباكات بالمدينة. وقالت وزارة الصحة إن الحصيلة بلغت 9 قتلى من بينهم 4 مسلحين.',
     [('killed', 4, A), ('killed', 9, U)]),
    (('مقتل 15 مدنيا في هجوم على سوق في ولاية بورنو. وقتل 15 مدنيا بينهم 6 من عناصر الميليشيا المحلية في '
     'الهجوم على السوق، بحسب مصدر أمني.'), [('killed', 6, A), ('killed', 15, U)]),
    # no subset of another side: the outlet's figure and the police's stay two claims (score.py folds them)
    ('قتل 7 مدنيين في قصف على السوق. وقالت الشرطة إن 7 أشخاص قتلوا في الغارة.',
     [('killed', 7, C), ('killed', 7, C)]),
])
def test_a_toll_read_as_civilians_and_as_mixed_is_the_mixed_one(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('أصيب 30 شخصا في الانفجار. وأوضح المستشفى أن 12 مصابا غادروا بعد تلقي العلاج.', {('injured', 30, C)}),
    ('أصيب 40 شخصا في القصف، بينهم 25 مصابا غادروا المستشفى.', {('injured', 40, C)}),
    ('أصيب 40 شخصا في القصف. وقال مدير المستشفى إن 18 جريحا خرجوا من المستشفى.', {('injured', 40, C)}),
    ('أصيب 40 شخصا في القصف، و15 مصابا تماثلوا للشفاء.', {('injured', 40, C)}),
    ('أصيب 12 شخصا في الهجوم. ولا يزال 3 جرحى في المستشفى.', {('injured', 12, C)}),
])
def test_the_wounded_sent_home_are_no_new_wounded(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected
