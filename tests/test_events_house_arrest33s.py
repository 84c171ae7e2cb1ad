"""House arrest (round 33, set S, issue #10): «وضعت قوات الأمن ثلاثة وزراء سابقين قيد الإقامة الجبرية», «فرضت قوات
الأمن الإقامة الجبرية على ثلاثة وزراء», «وضعت السلطات رئيس الوزراء السابق قيد الإقامة الجبرية»: an arrest, and
those held a figure of the captured (after their noun or after «على»).  One still held since a year long past
is no event.  A single man held, named by his title, is not yet counted (a strict xfail).  Sentences written
for these tests (South Sudan, Niger, Sudan)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, sides_of, strict_xfail
from event_sets import sub_types


@pytest.mark.parametrize(("text", "expected"), [
    ("وضعت قوات الأمن ثلاثة وزراء سابقين قيد الإقامة الجبرية في مدينة جوبا أمس.", ["Arrests"]),
    ("فرضت قوات الأمن الإقامة الجبرية على ثلاثة وزراء في مدينة جوبا أمس.", ["Arrests"]),
    ("وضعت السلطات رئيس الوزراء السابق قيد الإقامة الجبرية في منزله بالخرطوم يوم الأحد.", ["Arrests"]),
    ("فرضت السلطات الإقامة الجبرية على الرئيس السابق في منزله بمدينة نيامي يوم الأحد.", ["Arrests"]),
    ("وقالت مصادر إن قائد الانقلاب السابق ما زال تحت الإقامة الجبرية في العاصمة منذ عام 2021.", []),
])
def test_house_arrest_is_an_arrest(text: str, expected: list[str]) -> None:
    assert sub_types(text, "2025-03-12") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وضعت قوات الأمن ثلاثة وزراء سابقين قيد الإقامة الجبرية في مدينة جوبا أمس.", {("captured", 3, C)}),
    ("فرضت قوات الأمن الإقامة الجبرية على ثلاثة وزراء في مدينة جوبا أمس.", {("captured", 3, C)}),
    pytest.param("وضعت السلطات رئيس الوزراء السابق قيد الإقامة الجبرية في منزله بالخرطوم يوم الأحد.",
                 {("captured", 1, C)}, marks=strict_xfail("one man held, named by his title before «قيد»")),
])
def test_those_held_at_home_are_captured(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-03-12") == expected
