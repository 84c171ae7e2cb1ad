"""Readings left as strict xfails by session 27's capture probes (#10, session 28).

A word for an organisation («جماعة», «حركة», «تنظيم»: claim_words role ``organisation``) opening the
name of a force the lexicon knows, right after an act word, is the act's subject: the victims follow
it («خطفت جماعة بوكو حرام 30 طالبة», as «خطفت حركة الشباب 5 عمال»).  Each test compares the
complete claim set of its text as (kind, value, side).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, S, sides_of


@pytest.mark.parametrize("text, expected", [
    ('وقتلت جماعة بوكو حرام 12 مزارعا في ولاية بورنو.', {('killed', 12, C)}),
    ('واختطفت جماعة بوكو حرام 30 طالبة من مدرسة داخلية.', {('captured', 30, C)}),
    ('وأسرت جماعة بوكو حرام 6 جنود في هجوم على قاعدة عسكرية.', {('captured', 6, S)}),
    # controls: the name the lexicon knows right after the act word; a word for an organisation with no name known
    ('واعتقلت جماعة الحوثي 20 مدنيا في صنعاء.', {('captured', 20, C)}),
    ('وأعدمت جماعة مسلحة 5 رهائن.', {('killed', 5, C)}),
])
def test_a_word_for_an_organisation_before_the_force_named(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected
