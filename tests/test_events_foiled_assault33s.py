"""An assault foiled (round 33, set S, issue #10): «إن الجيش أحبط هجوما على منطقة الصالحة، وقتل عددا من
المهاجمين», «أحبطت القوات الحكومية هجوما لحركة الشباب على بلدة جوهر»: «أحبط هجوما» tells an assault met by
defenders, as «صد هجوما» does: an armed clash of its own beside a shelling told earlier in the story, not that
shelling's generic «هجوم».  Sentences written for these tests (Sudan, Somalia)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

CLASH, SHELL = "Armed clash", "Shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    (("قتل 21 شخصا في قصف مدفعي على سوق في أم درمان الأحد. وفي سياق متصل، قال مصدر عسكري إن الجيش أحبط هجوما على "
     "منطقة الصالحة جنوبي أم درمان، وقتل عددا من المهاجمين."), [CLASH, SHELL]),
    ("قصفت المليشيا حي الثورة بالمدفعية أمس. وقال مصدر إن القوات أحبطت هجوما للمليشيا على الحي نفسه فجر اليوم.",
     [CLASH, SHELL]),
    ("أحبطت القوات الحكومية هجوما لحركة الشباب على بلدة جوهر فجر اليوم.", [CLASH]),
])
def test_an_assault_foiled_is_a_clash(text: str, expected: list[str]) -> None:
    assert sub_types(text, "2025-02-03") == expected
