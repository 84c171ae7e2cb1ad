"""«دون» + a loss: the shelling «دون أن يسفر عن خسائر» killed no one.  Only the words of that
construction may stand between «دون» and the loss; a killing told after «دون سابق إنذار و» and a
drone «بدون طيار» keep their figures.  And a subset («بينها مقتل 12») needs a whole told before it."""

from __future__ import annotations

import pytest

import waqia


def claims(text: str) -> list[tuple[str, int | None]]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(c["kind"], c["value"]) for e in rec["events"] for c in e["claims"]]


@pytest.mark.parametrize("tail", [
    "دون أن تسفر عن خسائر بشرية.",
    "دون خسائر بشرية.",
    "دون أن يسفر القصف عن خسائر بشرية.",
    "من دون تسجيل إصابات بين السكان.",
    "دون أن يسفر ذلك عن وقوع أي إصابات.",
    "بدون خسائر في الأرواح.",
])
def test_a_loss_governed_by_without_is_no_claim(tail: str) -> None:
    assert claims("قصفت المدفعية أطراف البلدة الشرقية مساء الأحد " + tail) == []


@pytest.mark.parametrize("text, expected", [
    ("أغارت طائرة بدون طيار على شاحنة قرب المعبر ما أدى إلى مقتل ثلاثة رعاة.", [("killed", 3)]),
    ("دخل مسلحون البلدة دون سابق إنذار وقتلوا ستة من سكانها.", [("killed", 6)]),
    ("قصفت المدفعية البلدة دون توقف، ما أسفر عن مقتل سبعة مدنيين.", [("killed", 7)]),
])
def test_what_happened_after_without_keeps_its_figure(text: str, expected: list[tuple[str, int]]) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("صدت الوحدات هجوما على مواقعها وكبدت المهاجمين خسائر فادحة، بينها مقتل 12 مسلحا.", [("killed", 12)]),
    ("تكبدت الميليشيا خسائر كبيرة منها 9 قتلى في صفوفها.", [("killed", 9)]),
    ("قتل 11 شخصا بينهم 4 أطفال في القصف.", [("killed", 11)]),
])
def test_a_subset_needs_a_whole_told_before_it(text: str, expected: list[tuple[str, int]]) -> None:
    """Losses named by no figure («خسائر فادحة، بينها مقتل 12») are no whole the figure is part of."""
    assert claims(text) == expected
