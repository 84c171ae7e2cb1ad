"""Claims, nineteenth round (#10): figures the reading missed.  Each test compares the complete
claim set of its sentence as (kind, value, side): an extra claim fails as a missing one does.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, N, S, sides_of, strict_xfail

_xf = strict_xfail


def claims(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


@pytest.mark.parametrize("text, expected", [
    # a figure and its noun for people, then a victim noun that says what befell them
    ('سقط ثلاثة متظاهرين جرحى برصاص الشرطة أمام مبنى المحافظة.', {('injured', 3, C)}),
    ('سقط 5 مدنيين قتلى في القصف على سوق البلدة.', {('killed', 5, C)}),
    ('سقط 4 جنود قتلى و7 آخرون جرحى في الكمين على طريق الإمداد.', {('killed', 4, S), ('injured', 7, S)}),
    ('أسفر القصف عن سقوط 6 مدنيين جرحى في البلدة.', {('injured', 6, C)}),
    ('أعلنت الشرطة سقوط 7 عناصر أمن جرحى في المواجهات مع المحتجين.', {('injured', 7, S)}),
    ('لقي 5 أشخاص حتفهم وسقط 8 مدنيين جرحى في الغارة على الحي.', {('killed', 5, C), ('injured', 8, C)}),
    ('خلف القصف المدفعي 6 أطفال قتلى في حي الشهداء.', {('killed', 6, C)}),
    ('سقط 5 مدنيين فلسطينيين قتلى في الغارة على المخيم.', {('killed', 5, C)}),
    ('قالت المصادر إن 9 من المدنيين قتلى في القصف على القرية.', {('killed', 9, C)}),
    ('وصل 12 مدنيا مصابين إلى مستشفى المدينة بعد التفجير.', {('injured', 12, C)}),
    ('نقلت سيارات الإسعاف 14 شخصا مصابين إلى مستشفيات المدينة بعد التفجير.', {('injured', 14, C)}),
    ('أحصت المنظمة 30 مدنيا قتلى في الهجوم على القرية.', {('killed', 30, C)}),
    # the verb before the figure tells what befell them: the victim noun only describes them
    ('أسر المسلحون 3 جنود جرحى بعد الكمين.', {('captured', 3, S)}),
    ('اعتقلت القوات 4 مسلحين جرحى في المداهمة.', {('captured', 4, A)}),
    # «وجرحى» opens a conjunct of its own: no description of the figure before
    ('قتل 3 مسلحين وجرحى آخرون في الاشتباك مع الجيش.', {('killed', 3, A), ('injured', N, A)}),
])
def test_a_figure_described_by_a_victim_noun(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the missing: a figure, its noun, a verb of a state and «مفقودين»
    ('قالت الوزارة إن 6 جنود ما زالوا مفقودين منذ الكمين على الحدود.', {('missing', 6, S)}),
    ('وبحسب الدفاع المدني فإن 5 أشخاص لا يزالون مفقودين تحت الأنقاض.', {('missing', 5, C)}),
    ('قال المتحدث إن 3 جنود ما زالوا مفقودين بعد الكمين.', {('missing', 3, S)}),
    ('ولا يزال عشرة أشخاص مفقودين إثر الانفجار في الميناء.', {('missing', 10, C)}),
    ('لا يزال 4 صيادين مفقودين بعد القصف على الشاطئ.', {('missing', 4, C)}),
    ('وأفادت الوكالة بأن ستة مواطنين مازالوا مفقودين بعد الغارة.', {('missing', 6, C)}),
    ('قالت الوزارة إن 6 جنود لا يزالون في عداد المفقودين بعد الهجوم.', {('missing', 6, S)}),
    # still in hospital is a state of a toll given, no new figure
    ('أصيب 9 أشخاص في القصف، و3 منهم ما زالوا في المستشفى.', {('injured', 9, C)}),
])
def test_the_missing_told_by_their_state(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two nouns of one person each joined by «و», then a verb whose victims come first: two
    ('قال والده إن ابنه وصديقه اختطفا على طريق المطار.', {('captured', 2, C)}),
    ('قال الأهالي إن الطبيب وزوجته قتلا في القصف على الحي.', {('killed', 2, C)}),
    ('أكد الجيران أن المعلم وزميله أصيبا بشظايا القذيفة أمام المدرسة.', {('injured', 2, C)}),
    ('قالت العائلة إن ابنها وزوجته استشهدا في الغارة على المنزل.', {('killed', 2, C)}),
    ('ذكر مصدر محلي أن المختار ونجله اختطفا من منزلهما في القرية.', {('captured', 2, C)}),
    ('قتل الطبيب وزوجته في القصف على الحي.', {('killed', 2, C)}),
    # spared, or a friend who only speaks: no one
    ('قال شهود إن الطبيب وزوجته نجوا من القصف على الحي.', set()),
    ('قال صديقه إن المسلحين أطلقوا النار على السيارة دون إصابات.', set()),
    # the first noun's genitive between the two (lifted in the lists round: claims/titled._genitive)
    ('أصيب سائق الحافلة ومرافقه بجروح في الانفجار.', {('injured', 2, C)}),
])
def test_two_people_joined_before_their_verb(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «بالإضافة إلى», «إضافة إلى», «فضلا عن», «علاوة على» join one more part to a toll, as «و» does
    ('أسفر الهجوم عن مقتل 3 جنود بالإضافة إلى ستة من المهاجمين.', {('killed', 3, S), ('killed', 6, A)}),
    ('أسفر القصف عن مقتل 5 مدنيين فضلا عن 3 من عناصر الشرطة.', {('killed', 5, C), ('killed', 3, S)}),
    ('قتل 4 من عناصر الحركة علاوة على 3 جنود في الاشتباكات.', {('killed', 4, A), ('killed', 3, S)}),
    ('قتل 7 جنود بالإضافة إلى 3 مسلحين في المواجهات قرب الحدود.', {('killed', 7, S), ('killed', 3, A)}),
    ('أصيب 6 من رجال الشرطة إضافة إلى 4 متظاهرين في المواجهات.', {('injured', 6, S), ('injured', 4, C)}),
    # parts of one side add up
    ('قتل 5 جنود بالإضافة إلى 3 ضباط في الكمين.', {('killed', 8, S)}),
    # the attacker added is no victim of the toll
    ('قتل 6 مدنيين بالإضافة إلى منفذ التفجير في السوق.', {('killed', 6, C)}),
    # what is added is no victim: a thing, or a casualty word of its own
    ('أسفر القصف عن مقتل 5 مدنيين بالإضافة إلى تدمير 3 منازل.', {('killed', 5, C)}),
    ('أسفر الهجوم عن مقتل 3 جنود إضافة إلى إصابة 5 آخرين.', {('killed', 3, S), ('injured', 5, S)}),
    ('قتل 14 جنديا في الهجوم على الحاجز، إضافة إلى قتيل في صفوف المسلحين.', {('killed', 14, S), ('killed', 1, A)}),
])
def test_parts_added_by_a_phrase_of_addition(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number-less lead stays a claim though its speaker gives figures later (GUIDELINES)
    (('قال مصدر أمني إن عددا من القتلى والجرحى سقطوا في انفجار سيارة مفخخة وسط المدينة. '
     'وأضاف المصدر أن 4 أشخاص قتلوا وأصيب 9 آخرون في الانفجار.'),
     {('killed', N, C), ('injured', N, C), ('killed', 4, C), ('injured', 9, C)}),
    (('قتل وأصيب العشرات في قصف على سوق شعبي في المدينة، وفق ما أفاد مسعفون. '
     'وقال المسعفون إن 12 شخصا قتلوا وأصيب 30 آخرون.'),
     {('killed', N, C), ('injured', N, C), ('killed', 12, C), ('injured', 30, C)}),
    # a vague mention after the speaker's own figure, in the body, is that figure
    ('قال مصدر أمني إن 4 أشخاص قتلوا في انفجار سيارة مفخخة وسط المدينة. وأضاف المصدر أن قتلى سقطوا في الانفجار.',
     {('killed', 4, C)}),
])
def test_a_number_less_lead_is_kept(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «أصاب» in the masculine plural with an amount alone after it: men who shot hit people
    ('أطلق المسلحون النار على المحتجين فأصابوا العشرات قرب الجسر.', {('injured', N, C)}),
    ('فتح الجنود النار على الحشد وأصابوا العشرات في الساحة.', {('injured', N, C)}),
    ('أطلق عناصر الأمن الرصاص الحي على المتظاهرين فأصابوا المئات في الميدان.', {('injured', N, C)}),
    ('اقتحم الجنود المخيم وأصابوا العشرات بالرصاص المطاطي.', {('injured', N, C)}),
    ('هاجم المستوطنون القرية بالحجارة وأصابوا عشرات من الأهالي.', {('injured', N, C)}),
    # things after the amount, or a subject that is no man: no toll
    ('أطلق المسلحون الصواريخ فأصابوا العشرات من المباني.', set()),
    ('أصابت الأمطار المئات بأضرار في أحياء المدينة.', set()),
    ('أصابت القذائف العشرات من المنازل في الحي.', set()),
])
def test_men_who_hit_an_amount_hit_people(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «تصفية» (liquidation) kills only people a noun names; firms, accounts and causes are wound up
    ('أعلنت وزارة الداخلية تصفية 10 عناصر إرهابية في تبادل لإطلاق النار بمحافظة شمال سيناء.', {('killed', 10, A)}),
    ('تمكنت القوات الأمنية من تصفية 4 إرهابيين في كمين بمحافظة ديالى.', {('killed', 4, A)}),
    ('أقدم المسلحون على تصفية اثنين من الرهائن في الصحراء.', {('killed', 2, C)}),
    ('قررت المحكمة تصفية 3 شركات متعثرة في العاصمة.', set()),
    ('وقع الطرفان اتفاقا لتصفية الحسابات العالقة بينهما.', set()),
    ('دعا الحزب إلى رفض تصفية القضية الفلسطينية.', set()),
])
def test_liquidation_of_people_only(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «الجرحى البالغ عددهم 45», «الذين بلغ عددهم»: a toll told in a relative clause of its victims
    ('نقل الجرحى البالغ عددهم 45 شخصا إلى مستشفيات العاصمة بعد القصف على السوق.', {('injured', 45, C)}),
    ('قال الطبيب إن المصابين البالغ عددهم 17 شخصا نقلوا إلى المستشفى بعد التفجير.', {('injured', 17, C)}),
    ('وأوضح المسعفون أن الجرحى الذين بلغ عددهم 60 شخصا نقلوا إلى ثلاثة مستشفيات بعد الانفجار.', {('injured', 60, C)}),
    ('قال مسؤول إن المختطفين البالغ عددهم 20 راكبا نقلوا إلى جهة مجهولة بعد الهجوم على الحافلة.', {('captured', 20, C)}),
    ('وقال الدفاع المدني إن المفقودين الذين بلغ عددهم 9 أشخاص ما زالوا تحت الأنقاض بعد الغارة.', {('missing', 9, C)}),
    # those set free are no captured
    ('أفرجت السلطات عن المعتقلين البالغ عددهم 30 شخصا بعد الاحتجاجات.', set()),
])
def test_a_toll_in_a_relative_clause(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb that kills or takes people befalls those a victim noun names by their state before
    ('أعدم مسلحو التنظيم 5 أسرى من الجيش في الصحراء.', {('killed', 5, S)}),
    ('قتلت القوات 3 جرحى من المسلحين داخل المستشفى.', {('killed', 3, A)}),
    ('قتل التنظيم 7 مختطفين من العمال في الصحراء.', {('killed', 7, C)}),
    ('أعلنت الشرطة اعتقال 4 مصابين من المحتجين في المستشفى بعد المواجهات.', {('captured', 4, C)}),
    ('أسر المسلحون 3 جرحى من الجنود بعد الكمين.', {('captured', 3, S)}),
    # a word of occurrence leaves the victim noun its kind
    ('أسفر القصف عن سقوط 5 جرحى في البلدة.', {('injured', 5, C)}),
    # «ذهب ضحيته», as «راح ضحيته»
    ('وقع انفجار ضخم في السوق ذهب ضحيته 7 مدنيين.', {('killed', 7, C)}),
    ('شن الطيران غارة على الحي ذهب ضحيتها 5 أطفال.', {('killed', 5, C)}),
])
def test_what_befalls_people_named_by_their_state(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «أطلق ... سراح» with the subject between: set free, no capture
    ('أطلق المسلحون سراح 4 مختطفين بعد دفع فدية.', set()),
    ('أطلقت الجماعة المسلحة سراح 12 رهينة من العمال الأجانب.', set()),
    ('أطلقت السلطات أمس سراح 30 معتقلا من المحتجين.', set()),
    ('اختطف المسلحون 4 عمال على الطريق بعد الهجوم على القافلة.', {('captured', 4, C)}),
])
def test_set_free_with_the_subject_between(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # contact lost with people: missing, not a loss of men killed
    ('فقد الاتصال بـ 3 جنود بعد الهجوم على الموقع العسكري.', {('missing', 3, S)}),
    ('أعلن الجيش فقدان الاتصال بـ 4 من جنوده إثر الكمين في الصحراء.', {('missing', 4, S)}),
    ('انقطع الاتصال بـ 7 صيادين بعد قصف زورقهم قبالة الساحل.', {('missing', 7, C)}),
    ('فقد الجيش 3 جنود في الهجوم على الموقع.', {('killed', 3, S)}),
    ('فقد المتصل الاتصال بالشبكة خلال القصف على المدينة.', set()),
    # a clan's sheikh, as a tribe's: a civilian
    ('اغتال مسلحون مجهولون شيخ عشيرة في ريف المحافظة.', {('killed', 1, C)}),
    ('قتل شيخ عشيرة في هجوم مسلح على منزله.', {('killed', 1, C)}),
])
def test_contact_lost_and_a_clan_sheikh(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «إصابات» the object of a verb of result, past its subject: people hurt
    ('أوقع القصف إصابات في صفوف المدنيين.', {('injured', N, C)}),
    ('خلفت الغارة إصابات بين السكان في الحي.', {('injured', N, C)}),
    ('أوقع الهجوم إصابات في صفوف جنود الاحتلال.', {('injured', N, S)}),
    ('أسفر القصف عن إصابات في صفوف المدنيين.', {('injured', N, C)}),
    # direct hits on a thing: no one hurt
    ('أوقع القصف إصابات مباشرة في المبنى.', set()),
    ('حقق المقاتلون إصابات مباشرة في آليات العدو.', set()),
])
def test_injuries_as_the_object_of_a_verb_of_result(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # members of a family listed: a dual with a pronoun counts two, a plural with its number after
    # it («أطفالها الثلاثة») that number, and the parts add up
    ('أسفر القصف عن مقتل مزارع ونجليه في الحقل.', {('killed', 3, C)}),
    ('أسفر القصف عن مقتل سيدة وابنتيها في المنزل.', {('killed', 3, C)}),
    ('قتلت امرأة وطفلاها في القصف على الحي.', {('killed', 3, C)}),
    ('أسفرت الغارة عن مقتل امرأة وأطفالها الخمسة في المخيم.', {('killed', 6, C)}),
    ('أسفرت الغارة عن مقتل رجل وزوجته وأطفالهما الثلاثة.', {('killed', 5, C)}),
    ('قتل أطفالها الثلاثة في القصف على المنزل.', {('killed', 3, C)}),
    ('أصيب سائق وولداه في انفجار العبوة على الطريق.', {('injured', 3, C)}),
    ('أسفر القصف عن مقتل طفلين ووالدتهما في الحي.', {('killed', 3, C)}),
    # a number after a definite noun of no person is no count of people
    ('قتل 3 مدنيين في القصف على المنازل الثلاثة في الحي.', {('killed', 3, C)}),
])
def test_members_of_a_family_listed(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a toll split by place, a comma before the «و» of the second place
    ('قتل 7 مدنيين في قصف على إدلب، و3 في قصف على حلب.', {('killed', 7, C), ('killed', 3, C)}),
    ('قتل 7 مدنيين في قصف على إدلب، و3 آخرون في قصف على حلب.', {('killed', 7, C), ('killed', 3, C)}),
    ('أصيب 4 جنود في قصف على درعا، و2 في قصف على السويداء.', {('injured', 4, S), ('injured', 2, S)}),
    ('قتل 7 مدنيين في قصف على إدلب و3 في قصف على حلب.', {('killed', 7, C), ('killed', 3, C)}),
    # a comma and «و» before what is no place: no split
    ('قتل 7 مدنيين في قصف على إدلب، و3 منازل دمرت بالكامل.', {('killed', 7, C)}),
    # the split after the comma that closes the total's clause, its parts adding up to the total
    ('قتل 5 أشخاص في القصف، اثنان في المدينة وثلاثة في الريف.', {('killed', 5, C), ('killed', 2, C), ('killed', 3, C)}),
    ('قتل 5 أشخاص، 2 في المدينة و3 في الريف، في القصف.', {('killed', 5, C), ('killed', 2, C), ('killed', 3, C)}),
    ('أصيب 9 أشخاص في القصف، 4 في حي الشهداء و5 في حي النصر.', {('injured', 9, C), ('injured', 4, C), ('injured', 5, C)}),
    ('قتل 6 جنود في الهجمات، 2 في درعا و4 في السويداء.', {('killed', 6, S), ('killed', 2, S), ('killed', 4, S)}),
    # parts that do not add up, or states of the wounded: no split
    ('قتل 5 أشخاص في القصف، 2 في المدينة و4 في الريف.', {('killed', 5, C)}),
    ('قتل 12 شخصا في القصف، 4 منهم في حالة حرجة و8 في المستشفى.', {('killed', 12, C)}),
])
def test_a_split_by_place_after_a_comma(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dual verb after its subject counts two, whatever the noun's «ين» (plural or dual)
    ('قال المتحدث إن الهجوم نفذه إرهابيين انتحاريين فجرا نفسيهما في السوق.', {('participants', 2, A)}),
    ('قالت الشرطة إن مسلحين قتلا في الاشتباك مع الدورية.', {('killed', 2, A)}),
    ('قال المصدر إن المسلحين قتلا في الاشتباك مع الدورية.', {('killed', 2, A)}),
    ('قال شهود إن شابين أصيبا برصاص الشرطة في الاحتجاجات.', {('injured', 2, C)}),
    ('قالت العائلة إن الطفلين استشهدا في القصف على المنزل.', {('killed', 2, C)}),
    ('أكدت المصادر أن الناشطين اختطفا من أمام منزليهما في المدينة.', {('captured', 2, C)}),
])
def test_a_dual_verb_counts_two(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected
