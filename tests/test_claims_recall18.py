"""Claims, eighteenth round (#10): the families the recall round left as strict xfails.  Each test
compares the complete claim set of its sentence as (kind, value, side): an extra claim fails as a
missing one does.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, N, S, sides_of, strict_xfail

_xf = strict_xfail


def claims(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


@pytest.mark.parametrize("text, expected", [
    # «بعضهم», «أحدهم» before a casualty word with a pronoun: the state of some of a figure given
    ('أصيب 5 أشخاص في القصف، بعضهم إصابته خطيرة.', {('injured', 5, C)}),
    ('أصيب 4 جنود في الهجوم على الحاجز، أحدهم إصابته حرجة.', {('injured', 4, S)}),
    ('أصيب 6 مدنيين في انفجار العبوة، إحداهن إصابتها بالغة.', {('injured', 6, C)}),
    # «بعضهم» before no casualty word changes nothing
    ('قتل 3 مدنيين في القصف على السوق، بعضهم أطفال.', {('killed', 3, C)}),
])
def test_the_state_of_some_is_no_new_victim(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «تعرض» + people + «لإصابات», «لإصابة», «لجروح»: the people before it were hurt, a vague amount too
    ('تعرض عدد من الجنود لإصابات في الهجوم على الحاجز.', {('injured', N, S)}),
    ('تعرض 3 جنود لإصابات في الهجوم على نقطة التفتيش.', {('injured', 3, S)}),
    ('تعرض 4 مدنيين لجروح في القصف على سوق البلدة.', {('injured', 4, C)}),
    # a building or a car «تعرض لإصابة مباشرة»: hit, no one hurt
    ('تعرضت 3 منازل لإصابات مباشرة في القصف على البلدة.', set()),
    ('تعرض المبنى لإصابة مباشرة بصاروخ في القصف.', set()),
])
def test_exposed_to_injuries(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «لفظ ... أنفاسهم»: the dead, even when named as the wounded they were before they died
    ('لفظ 3 جرحى أنفاسهم الأخيرة في مستشفى المدينة.', {('killed', 3, C)}),
    ('لفظ 3 مصابين أنفاسهم الأخيرة في مستشفى البلدة.', {('killed', 3, C)}),
    ('لفظ جندي أنفاسه الأخيرة متأثرا بجروحه في المستشفى العسكري.', {('killed', 1, S)}),
    ('قال الطبيب إن 3 جرحى لقوا حتفهم في مستشفى البلدة.', {('killed', 3, C)}),
    # the wounded who «fell» («سقطوا», a word of occurrence) are wounded; a held breath is no death
    ('قال الشهود إن عشرات المصابين سقطوا في المواجهات مع الشرطة.', {('injured', N, C)}),
    ('حبس السكان أنفاسهم خلال القصف على المدينة.', set()),
])
def test_the_wounded_who_breathed_their_last(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the attackers sized after them: «يقدر عددهم» + «ب» + an amount, vague or a figure
    ('اقتحم مسلحون يقدر عددهم بالعشرات قرية في ولاية كاتسينا.', {('participants', N, A)}),
    ('هاجم مسلحون يقدر عددهم بنحو 100 قرية نائية في ولاية زمفارا.', {('participants', 100, A)}),
    # no size after the attackers, or a figure of the places attacked: no attacking force
    ('هاجم مسلحون قرية نائية في ولاية زمفارا.', set()),
    ('هاجم مسلحون 3 قرى نائية في ولاية زمفارا.', set()),
])
def test_attackers_sized_after_them(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text", [
    # a vague amount standing alone after «أصاب» is not read as people: rain and storms «hit» hundreds
    # of houses too («فأصابوا العشرات» stays unread until a reading tells people from things)
    'أصابت الأمطار المئات بأضرار في أحياء المدينة.',
    'أصاب العطل العشرات من المواقع الحكومية.',
])
def test_an_amount_alone_after_a_verb_of_hitting_is_no_toll(text: str) -> None:
    assert claims(text) == set()


@pytest.mark.parametrize("text, expected", [
    # the victims sized after them by «يقدر عددهم ب»: its figure, «ب» joined or apart
    ('قتل مدنيون يقدر عددهم بنحو 30 في القصف على سوق البلدة.', {('killed', 30, C)}),
    ('أصيب جنود يقدر عددهم ب 12 في الهجوم على الثكنة.', {('injured', 12, S)}),
    ('قتل مدنيون يقدر عددهم بالعشرات في القصف على سوق البلدة.', {('killed', N, C)}),
    # the other vague tolls the recall round named, read already
    ('قال مسؤول محلي إن عدد الضحايا بالعشرات بعد القصف على سوق البلدة.', {('killed', N, C)}),
    ('أفاد مستشفى المدينة بوصول جرحى من القصف على سوق البلدة.', {('injured', N, C)}),
])
def test_victims_sized_after_them(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert claims(text) == expected
