"""The ranks the victims fell in, set off by commas after the toll (#10, session 26): «قتل 8 أشخاص،
سقطوا في صفوف القوات الحكومية، في كمين» names their side as «قتل 8 أشخاص سقطوا في صفوف ...» does.
Each test compares the complete claim set of its text as (kind, value, side).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, C, S, U, sides_of


@pytest.mark.parametrize("text, expected", [
    pytest.param('أصيب 6 أشخاص، سقطوا في صفوف الشرطة، خلال المواجهات مع المحتجين.', {('injured', 6, S)}),
    pytest.param('قتل 5 أشخاص، سقطوا في صفوف المسلحين، في غارة جوية على مخبئهم.', {('killed', 5, A)}),
    pytest.param('أسفر الهجوم عن مقتل 11 شخصا، سقطوا في صفوف المدنيين، بينهم أطفال.', {('killed', 11, C)}),
    pytest.param('لقي 7 أشخاص حتفهم، وسقط 4 جرحى، في قصف استهدف البلدة.', {('killed', 7, C), ('injured', 4, C)}),
    # controls: most of them only; a verb of falling that is not right after the toll
    pytest.param('قتل 8 أشخاص، سقط معظمهم في صفوف الجيش، في كمين بالمنطقة.', {('killed', 8, U)}),
])
def test_ranks_set_off_by_commas(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2024-05-11") == expected
