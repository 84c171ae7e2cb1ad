"""A generic attack whose own sentence counts civilians and the state's men killed (twenty-sixth round,
issue #10).  When the civilians are no fewer than the soldiers or police («قتل 40 مدنيا و10 جنود في هجوم
شنه مسلحون»), they were a target of their own: an attack on civilians beside the battle.  A civilian or two
counted among the forces' dead fell in the battle: the clash alone.  Sentences written for these tests
(Burkina Faso, Niger, Nigeria, Mali)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "قتل 15 جنديا و20 مدنيا في هجوم شنه جهاديون على بلدة بارسالوغو يوم السبت.",
    ("قتل ما لا يقل عن 30 مدنيا و8 من عناصر الدرك في هجوم شنه مسلحون على سوق أسبوعي في منطقة تيلابيري يوم "
    "الأحد."),
])
def test_civilians_no_fewer_than_the_soldiers_were_attacked(text: str) -> None:
    assert sub_types(text) == ["Armed clash", "Attack"]


@pytest.mark.parametrize("text", [
    "قتل عشرة جنود ومدني واحد في هجوم شنه مسلحون على موقع للجيش قرب مدينة ديابالي يوم الإثنين.",
    "أسفر هجوم شنه مسلحون على نقطة أمنية في ولاية يوبي عن مقتل ستة شرطيين وامرأة يوم الثلاثاء.",
])
def test_a_civilian_among_the_forces_dead_fell_in_the_battle(text: str) -> None:
    assert sub_types(text) == ["Armed clash"]
