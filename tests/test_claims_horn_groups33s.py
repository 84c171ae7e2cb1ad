"""Rebels and militias of the Horn by name (round 33, set S, issue #10): «جيش تحرير أورومو», «الجيش الأبيض» hold
«جيش» but are armed groups, not an army; «فانو», «جبهة تحرير شعب تيغراي», «قوات دفاع تيغراي» too; «أوصوم» (the
African Union's mission in Somalia) is a state force.  Sentences written for these tests (Ethiopia, South
Sudan, Somalia)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import A, S, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت الشرطة الإثيوبية مقتل 10 من مسلحي جيش تحرير أورومو في منطقة أوروميا أمس.", {("killed", 10, A)}),
    ("قتل 15 من مقاتلي الجيش الأبيض في اشتباكات مع القوات الحكومية في ولاية أعالي النيل أمس.", {("killed", 15, A)}),
    ("قتل سبعة من عناصر الجيش الإثيوبي في كمين نصبه مسلحو فانو قرب مدينة بحر دار أمس.", {("killed", 7, S)}),
    ("قتل 20 من مقاتلي فانو في غارة بطائرة مسيرة على منطقة في إقليم أمهرة أمس.", {("killed", 20, A)}),
    ("قتل 6 من عناصر قوات دفاع تيغراي في اشتباكات قرب مدينة مقلي أمس.", {("killed", 6, A)}),
    ("قتل جنديان من قوات أوصوم بانفجار عبوة ناسفة قرب مدينة بلدوين أمس.", {("killed", 2, S)}),
])
def test_the_horns_groups_take_their_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-06-10") == expected
