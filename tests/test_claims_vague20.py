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
