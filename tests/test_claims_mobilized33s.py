"""Sudan's mobilized volunteers (round 33, set S, issue #10): «المستنفرين», armed men fighting under the army's
command, are of the state's side (GUIDELINES: pro-government fighters integrated in the state forces), not
civilians: «قتل 4 من المستنفرين», «قتلت 30 مستنفرا», «أصيب مستنفران».  Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import S, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 4 من المستنفرين في هجوم للدعم السريع على قرية بولاية سنار أمس.", {("killed", 4, S)}),
    ("وأعلنت قوات الدعم السريع أنها قتلت 30 مستنفرا في معارك بمحور الفاشر أمس.", {("killed", 30, S)}),
    ("أصيب مستنفران في قصف للمليشيا على مدينة الأبيض أمس.", {("injured", 2, S)}),
    ("قتل ثلاثة من المستنفرين وجندي في كمين على طريق كوستي أمس.", {("killed", 4, S)}),
])
def test_the_mobilized_are_of_the_army_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-06-10") == expected
