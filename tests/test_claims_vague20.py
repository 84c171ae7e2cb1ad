"""Figure-less (vague) claims, twentieth round (#10): the side of a vague toll named by a noun of
two words («خسائر بشرية», «خسائر في الأرواح»), read after its last word as for one-word nouns;
«كثير من», «كثيرين» as vague amounts.
Each test compares the complete claim set of its sentence as (kind, value, side): an extra claim
fails as a missing one does.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, N, S, U, sides_of


def claims(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


@pytest.mark.parametrize("text, expected", [
    # Syrian, Sudanese, Somali, Libyan, Yemeni: «خسائر بشرية في صفوف X» is X's loss
    ('أسفرت المواجهات القبلية عن خسائر بشرية في صفوف الطرفين.', {('killed', N, U)}),
    ('وأوقع الكمين خسائر بشرية في صفوف قوات الأمن قرب الحدود.', {('killed', N, S)}),
    ('وأوقعت الضربات الجوية خسائر بشرية في صفوف مقاتلي الحركة.', {('killed', N, A)}),
    ('أسفرت المعارك في محيط المدينة عن خسائر بشرية في صفوف قوات الدعم السريع.', {('killed', N, A)}),
    ('سجلت خسائر بشرية في صفوف الجيش الصومالي خلال الهجوم على القاعدة.', {('killed', N, S)}),
    ('وخلف القصف العشوائي خسائر في الأرواح في صفوف المدنيين.', {('killed', N, C)}),
    ('تسبب القصف في خسائر بشرية ومادية في صفوف السكان.', {('killed', N, C)}),
    # a one-word noun and a noun with no side after it read as before
    ('أسفرت الاشتباكات عن سقوط قتلى وجرحى في صفوف الطرفين.', {('killed', N, U), ('injured', N, U)}),
    ('أسفر القصف المدفعي على القرية عن خسائر بشرية.', {('killed', N, C)}),
    ('وتكبدت الميليشيا خسائر بشرية كبيرة في المعركة.', {('killed', N, A)}),
])
def test_a_two_word_loss_noun_reads_its_side_after_its_last_word(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «كثير من», «كثيرا من», «كثيرين», «الكثيرين», «الكثيرون»: many, no number (as «الكثير من», «كثيرون»)
    ('وأصيب كثير من المواطنين بجروح في القصف على الحي الشرقي.', {('injured', N, C)}),
    ('قتل كثير من المدنيين في الغارات على أطراف المدينة.', {('killed', N, C)}),
    ('وأسفر انفجار العبوة عن إصابة كثيرين بجروح متفاوتة.', {('injured', N, C)}),
    ('واعتقلت قوات الأمن كثيرا من الشبان خلال حملة المداهمات.', {('captured', N, C)}),
    ('وقتل الكثيرين من عناصر الميليشيا في المعارك حول المطار.', {('killed', N, A)}),
    ('ولقي الكثيرون حتفهم في الهجوم على القرية النائية.', {('killed', N, C)}),
    ('وأصيب كثيرون في الهجوم على السوق.', {('injured', N, C)}),
    # many of no people: no claim
    ('ويعاني كثير من السكان من نقص الغذاء والدواء.', set()),
    ('وتضررت كثير من المنازل جراء القصف.', set()),
])
def test_many_is_a_vague_amount(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two accounts in one sentence: a vague mention of another named speaker is a claim of its own
    ('وقال المرصد السوري إن 5 مدنيين قتلوا، فيما تحدثت مصادر محلية عن سقوط قتلى آخرين.', {('killed', 5, C), ('killed', N, C)}),
    ('وقال الجيش إن 6 جنود قتلوا، في حين أكدت الحركة أن عشرات الجنود قتلوا في الهجوم.', {('killed', 6, S), ('killed', N, S)}),
    ('وقال الجيش إنه قتل 8 مسلحين، في حين قالت مصادر قبلية إن عددا من المدنيين قتلوا في القصف.',
     {('killed', 8, A), ('killed', N, C)}),
    # one account, or a figure in the outlet's voice: the vague mention folds into the figure
    ('قتل 4 مدنيين في القصف المدفعي، وأفاد ناشطون بسقوط قتلى.', {('killed', 4, C)}),
    ('وقال المرصد إن 7 مدنيين قتلوا وإن قتلى آخرين ما زالوا تحت الأنقاض.', {('killed', 7, C)}),
    # bodies still being recovered: why a toll may rise, no count of its own
    ('وقال مسؤول محلي إن عدد القتلى مرشح للارتفاع مع استمرار انتشال جثث من تحت الأنقاض.', set()),
    ('وقال الدفاع المدني إن 12 شخصا قتلوا، فيما قال المحافظ إن الحصيلة قد ترتفع مع استمرار عمليات انتشال الجثث.',
     {('killed', 12, C)}),
    ('وأعلنت الوزارة مقتل 30 شخصا، وسط تواصل انتشال جثث الضحايا من المبنى المنهار.', {('killed', 30, C)}),
    # recovered bodies counted or named by a vague amount are still read
    ('وتمكنت فرق الإنقاذ من انتشال جثث 4 أشخاص من تحت الركام.', {('killed', 4, C)}),
    ('وانتشلت فرق الدفاع المدني جثث عدد من الضحايا.', {('killed', N, C)}),
])
def test_a_vague_mention_of_another_speaker_in_the_sentence_stays(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attack by a force named with no figure, then the toll it left («مخلفين», «مخلفة»): the toll is read
    ('وهاجم مسلحون مجهولون نقطة تفتيش مخلفين 3 قتلى من عناصر الشرطة.', {('killed', 3, S)}),
    ('وداهم مسلحون القرية مخلفين عددا من الجرحى بين السكان.', {('injured', N, C)}),
    ('وهاجم متطرفون كنيسة في المدينة مخلفين 7 قتلى.', {('killed', 7, C)}),
    ('وهاجم مسلحون الحاجز الأمني مخلفين عددا من الجرحى.', {('injured', N, S)}),  # a post of a side hit
    ('هاجم مسلحون مجهولون الحاجز مخلفين قتلى وجرحى.', {('killed', N, C), ('injured', N, C)}),
    # the force's own size right after the verb is still read; a figure of things after its subject is none
    ('وهاجم نحو 200 مسلح القرية الواقعة على الحدود.', {('participants', 200, A)}),
    ('وهاجم مسلحون 3 قرى في الولاية.', set()),
    ('وهاجم مسلحون القرية وقتلوا 4 مزارعين.', {('killed', 4, C)}),
])
def test_the_toll_an_unnumbered_force_left(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «بين» + people right after a victim noun: among them, their side (as «في صفوف», «وسط»)
    ('وأوقع الهجوم على القافلة قتلى وجرحى بين الجنود.', {('killed', N, S), ('injured', N, S)}),
    ('وأسفر الهجوم عن سقوط قتلى بين المسلحين المتحصنين في الجبل.', {('killed', N, A)}),
    ('وسقط 12 قتيلا بين المدنيين في القصف على السوق.', {('killed', 12, C)}),
    ('وأوقعت الغارة 9 قتلى بين عناصر الميليشيا.', {('killed', 9, A)}),
    ('وسقط قتلى وجرحى بين الطرفين في المواجهات.', {('killed', N, U), ('injured', N, U)}),
    ('وسقط قتلى بين المسلحين والجنود في الاشتباك.', {('killed', N, U)}),
    # «بين» before kinds, not people, as before
    ('وأسفر الانفجار عن 16 ضحية بين قتيل وجريح.', {('killed', N, C), ('injured', N, C)}),
])
def test_among_people_names_the_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected
