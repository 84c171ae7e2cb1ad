"""Sides of victims, twenty-fifth round (#10): the noun that stands for a force because the article
described it so before.  «المتطوعين الداعمين للجيش» are men of the state's side (GUIDELINES:
«pro-government militia integrated in the state forces ... are `state_forces`»); the same noun said
again without its description («أربعة متطوعين قتلوا») stands for them (actor_terms.tsv flag ``echo``,
claims/forces.py); with words of its own after it («متطوعين من الهلال الأحمر») it does not.  Each
test compares the complete claim set of its text as (kind, value, side).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, S, U, sides_of, strict_xfail

_xf = strict_xfail


def claims(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


# a noun for people of no side, first described by its support of a side, then said alone
@pytest.mark.parametrize("text, expected", [
    # Burkina Faso, Mali, Niger: volunteers beside the army (a participle of support, or of loyalty)
    pytest.param('قتل 9 من المتطوعين الداعمين للجيش في هجوم على قرية شمال البلاد. وقال مصدر محلي إن '
                 'ثلاثة متطوعين آخرين أصيبوا في الهجوم.', {('killed', 9, S), ('injured', 3, S)}),
    pytest.param('أعلن مصدر أمني مقتل 7 من المتطوعين المساندين للقوات المسلحة في كمين. وأضاف أن متطوعا '
                 'جرح في الكمين.', {('killed', 7, S), ('injured', 1, S)}),
    pytest.param('قتل متطوعان داعمان للجيش في انفجار عبوة ناسفة. وأصيب متطوع ثالث.',
                 {('killed', 2, S), ('injured', 1, S)}),
    pytest.param('قتل 20 مدنيا بينهم 8 من المتطوعين الداعمين للجيش في هجمات بالشمال. وأوضح مصدر أن 8 '
                 'متطوعين قتلوا في قرية واحدة.', {('killed', 20, U), ('killed', 8, S)}),
    # a loyalty already read: the volunteers said again now follow it too
    pytest.param('قتل 12 من المتطوعين الموالين للحكومة في هجوم جهادي شرق البلاد. وقال شاهد إن أربعة '
                 'متطوعين خطفوا خلال الهجوم.', {('killed', 12, S), ('captured', 4, S)}),
    # Syria, Libya: volunteers of the opposition's side
    pytest.param('قتل 5 من المتطوعين الداعمين للمعارضة في قصف على البلدة. وأصيب 3 متطوعين آخرين.',
                 {('killed', 5, A), ('injured', 3, A)}),
])
def test_echo_described(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# controls: volunteers of no side, or of the side the words after them name
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل 5 متطوعين في قصف على مستودع للهلال الأحمر في المدينة.', {('killed', 5, C)}),
    pytest.param('قتل 3 من المتطوعين المساندين للجيش المالي في هجوم قرب الحدود. وفي هجوم آخر قتل 6 '
                 'متطوعين من الهلال الأحمر.', {('killed', 3, S), ('killed', 6, C)}),
    pytest.param('أصيب 4 متطوعين في غارة على مركز للإغاثة. وقال مسؤول إن المتطوعين كانوا يوزعون الطعام.',
                 {('injured', 4, C)}),
])
def test_echo_controls(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# councils of fighters named in full (Libya, Gaza): actor_terms.tsv
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل 5 من عناصر مجلس شورى مجاهدي بنغازي في اشتباكات مع الجيش.', {('killed', 5, A)}),
    pytest.param('أسفر القصف عن سقوط ستة قتلى في صفوف قوات "مجلس شورى مجاهدي درنة" أمس.', {('killed', 6, A)}),
    pytest.param('قتل 4 من مقاتلي مجلس شورى ثوار بنغازي في قصف جوي على حي الصابري.', {('killed', 4, A)}),
    pytest.param('أعلن مجلس شورى المجاهدين مقتل 3 من عناصره في غارة إسرائيلية.', {('killed', 3, A)}),
])
def test_shura_councils(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# the body of an attacker among the bodies counted: a subset of one armed man, the total of no one side
@pytest.mark.parametrize("text, expected", [
    pytest.param('نقلت فرق الإسعاف 8 جثث بينها جثة الانتحاري إلى المستشفى.', {('killed', 8, U), ('killed', 1, A)}),
    pytest.param('قال مسؤول إن المستشفى استقبل 5 جثث بينها جثة المهاجم.', {('killed', 5, U), ('killed', 1, A)}),
    pytest.param('انتشلت فرق الإنقاذ 6 جثث من بينها جثة منفذ الهجوم.', {('killed', 6, U), ('killed', 1, A)}),
    # the feminine of a noun of a side after the body word («الانتحارية», «شرطية»)
    pytest.param('نقل المسعفون 7 جثث بينها جثة الانتحارية إلى مستشفى المدينة.', {('killed', 7, U), ('killed', 1, A)}),
    pytest.param('وصلت إلى المستشفى 4 جثث بينها جثة شرطية.', {('killed', 4, U), ('killed', 1, S)}),
    # controls: a body of the toll's own kind, the attacker among the dead without a body word
    pytest.param('نقلت 8 جثث بينها جثة طفل إلى المستشفى.', {('killed', 8, C)}),
    pytest.param('قتل 9 أشخاص بينهم الانتحاري في تفجير استهدف مسجدا في المدينة.', {('killed', 9, U), ('killed', 1, A)}),
    pytest.param('قتل 7 أشخاص بينهم الانتحارية في تفجير بسوق شعبي.', {('killed', 7, U), ('killed', 1, A)},
                 marks=_xf('the feminine of a noun of a side alone after «بينهم» (no body word): also an adjective')),
])
def test_bodies_among(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# «آخرون» as the noun of a vague figure or of a casualty word, with no claim before it to follow: more
# people of no kind, civilians by default (GUIDELINES)
@pytest.mark.parametrize("text, expected", [
    pytest.param('قال المحافظ إن القرويين الذين حضروا العرس قتلوا في القصف وأصيب كثيرون آخرون.',
                 {('injured', None, C)}),
    pytest.param('وأصيب آخرون بجروح متفاوتة في الانفجار الذي هز السوق.', {('injured', None, C)}),
    pytest.param('وأصيب عشرات آخرون في الغارة على الحي.', {('injured', None, C)}),
    # controls: a side before it to follow, in its sentence or the one before; or the noun of another word («موظفين»)
    pytest.param('قتل 3 جنود في الكمين وأصيب آخرون.', {('killed', 3, S), ('injured', None, S)}),
    pytest.param('قتل 3 جنود في الهجوم. وأصيب آخرون بجروح.', {('killed', 3, S), ('injured', None, S)}),
    pytest.param('أفادت مصادر باعتقال لموظفين آخرين يعملون في منظمات إغاثية.', {('captured', None, U)}),
])
def test_lone_others(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# «القوة» with an adjective of a state's role or origin, as «القوات» (claim_words.tsv role forces)
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل 4 من عناصر القوة الأمنية في هجوم على دورية قرب الحدود.', {('killed', 4, S)}),
    pytest.param('قتل 3 من أفراد قوة أمنية في كمين جنوب البلاد.', {('killed', 3, S)}),
    pytest.param('أصيب 5 من جنود القوة الأمريكية في هجوم بطائرة مسيرة.', {('injured', 5, S)}),
    pytest.param('قتل 6 من عناصر القوة العسكرية المرابطة في البلدة.', {('killed', 6, S)}),
    # controls: an adjective of a people or a stance names no state; attackers keep their noun's side
    pytest.param('قتل 4 من عناصر القوة الكردية في هجوم.', {('killed', 4, U)}),
    pytest.param('قتل 3 مسلحين من القوة المهاجمة في الاشتباك.', {('killed', 3, A)}),
])
def test_force_singular(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# members of no side named by their noun alone, in a sentence of an attack on the state's post or right
# after one; the interior ministry speaking of its own men
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل 3 عناصر في هجوم على حاجز للجيش شمال المدينة.', {('killed', 3, S)}),
    pytest.param('أسفر الهجوم على نقطة أمنية عن مقتل 4 عناصر وإصابة 6 آخرين.', {('killed', 4, S), ('injured', 6, S)}),
    pytest.param('قتل 5 أفراد في هجوم على مركز للشرطة غرب البلاد.', {('killed', 5, S)}),
    pytest.param('أعلنت وزارة الداخلية مقتل 3 من عناصرها في هجوم على دورية.', {('killed', 3, S)}),
    pytest.param('قالت الداخلية إن 4 من أفرادها أصيبوا في انفجار عبوة.', {('injured', 4, S)}),
    # the post attacked in the sentence before
    pytest.param('هاجم مسلحون نقطة أمنية في المدينة فجر اليوم. وأسفر الهجوم عن مقتل 3 عناصر وإصابة 2 آخرين.',
                 {('killed', 3, S), ('injured', 2, S)}),
    pytest.param('استهدف انتحاري حاجزا للجيش عند مدخل البلدة. وقال مصدر إن 4 عناصر قتلوا.', {('killed', 4, S)}),
    pytest.param('هاجم مسلحون نقطة أمنية في المدينة فجر اليوم. وقتل 3 عناصر من المهاجمين.', {('killed', 3, A)}),
    # controls: no post named; an armed group's post (its men's group is not said); a ministry of no force
    pytest.param('قتل 3 عناصر في هجوم وسط المدينة.', {('killed', 3, U)}),
    pytest.param('هاجمت طائرة مسيرة موقعا للحوثيين ما أدى إلى مقتل 4 عناصر.', {('killed', 4, U)}),
    pytest.param('أعلنت وزارة الصحة مقتل 3 من كوادرها في قصف على مستشفى.', {('killed', 3, C)}),
])
def test_post_men(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# mercenaries are men of a force (the words after them say whose)
@pytest.mark.parametrize("text, expected", [
    pytest.param('لقي 12 من مرتزقة العدوان مصرعهم في عملية للجيش واللجان الشعبية.', {('killed', 12, S)}),
    pytest.param('قتل 7 من مرتزقة الدعم السريع في هجوم للجيش على مواقعهم.', {('killed', 7, A)}),
    pytest.param('قتل 6 مرتزقة في كمين قرب الحدود.', {('killed', 6, U)}),
    pytest.param('قتل 4 من عناصر العمالقة في معارك بالحديدة بعد هجوم لألوية العمالقة على مواقع الحوثيين.',
                 {('killed', 4, S)}, marks=_xf('«العمالقة» alone: an entry of its own (flag ambiguous) cut the '
                                               'speaker «ألوية العمالقة» to «ألوية» (sources)')),
])
def test_mercenaries(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# agents of the state in Maghreb usage («عون أمن», «أعوان الديوانة»)
@pytest.mark.parametrize("text, expected", [
    pytest.param('أصيب عونا أمن في مواجهة مع مسلحين بجبل الشعانبي.', {('injured', 2, S)}),
    pytest.param('استشهد عون حرس في انفجار لغم.', {('killed', 1, S)}),
    pytest.param('أصيب 5 أعوان أمن بجروح في مواجهات مع محتجين.', {('injured', 5, S)}),
    pytest.param('قتل 2 من أعوان الديوانة في هجوم مسلح.', {('killed', 2, S)}),
    pytest.param('قتل 3 من أعوان الأمن في هجوم إرهابي بالقصرين.', {('killed', 3, S)}),
])
def test_maghreb_agents(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# cadets: the students of a military school or academy are the state's men
@pytest.mark.parametrize("text, expected", [
    pytest.param('قتل 20 من طلاب الكلية الحربية في هجوم بطائرة مسيرة على حفل التخرج.', {('killed', 20, S)}),
    pytest.param('قتل 6 من طلاب الأكاديمية العسكرية في قصف.', {('killed', 6, S)}),
    pytest.param('أصيب 8 من تلاميذ مدرسة الدرك في الهجوم على المدرسة.', {('injured', 8, S)}),
    # controls: a school or university of no force
    pytest.param('قتل 5 من طلاب المدرسة في قصف على حي سكني.', {('killed', 5, C)}),
    pytest.param('قتل 9 من طلاب جامعة الخرطوم في قصف.', {('killed', 9, C)}),
])
def test_cadets(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


# «خصوصا/خاصة/لا سيما في صفوف X» after a figure-less victim noun and its comma: the victims' side
@pytest.mark.parametrize("text, expected", [
    pytest.param('خلف الهجوم خسائر في الأرواح، خصوصا في صفوف تلاميذ مدرسة الدرك.', {('killed', None, S)}),
    pytest.param('خلفت المعارك قتلى، خاصة في صفوف قوات النظام.', {('killed', None, S)}),
    pytest.param('أسفرت الغارات عن قتلى، لا سيما في صفوف مسلحي الحركة.', {('killed', None, A)}),
    # controls: civilians named so stay civilians; a counted toll keeps its own reading
    pytest.param('أوقع القصف قتلى وجرحى، لا سيما في صفوف المدنيين.', {('killed', None, C), ('injured', None, C)}),
    pytest.param('قتل 12 شخصا في القصف، خاصة من سكان الحي.', {('killed', 12, C)}),
])
def test_especially(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected
