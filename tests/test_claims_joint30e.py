"""«N جريحا وجثث M قتلى»: a second victim noun with a figure right after it has its own count; only an
uncounted one makes a joint figure of both kinds («35 قتيلا وجريحا») (#10, set E; claims/totals.joint_kinds)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

OWN = [
    ("وقال مصدر طبي إن المستشفى استقبل 22 جريحا وجثث 8 قتلى جراء التفجير في كابل.", 22, 8),
    ("وأفاد مدير المستشفى بأنه استقبل 15 مصابا وجثث 4 أشخاص بعد القصف على حي الشيخ مقصود.", 15, 4),
    ("ونقلت سيارات الإسعاف 12 جريحا وجثث ثلاثة قتلى إلى مستشفى الثورة في الحديدة.", 12, 3),
    ("وأعلنت مصادر طبية وصول 30 جريحا وجثث سبعة قتلى إلى مستشفيات مدينة الموصل بعد الانفجار.", 30, 7),
    ("وقالت منظمة إيمرجنسي إن مستشفاها استقبل ٢٢ جريحا وجثث ٨ قتلى بعد التفجير في كابل.", 22, 8),
]

JOINT = [
    "سقط 35 قتيلا وجريحا في قصف على بلدة كفرنبل أمس.",
    "أسفر القصف عن سقوط 40 من القتلى والجرحى في مدينة تعز.",
]


def _figures(text: str) -> set[tuple[str, int | None]]:
    return {(c["kind"], c["value"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))}


@pytest.mark.parametrize("text,injured,killed", OWN, ids=[str(i) for i in range(len(OWN))])
def test_each_noun_its_own_count(text: str, injured: int, killed: int) -> None:
    assert _figures(text) == {("injured", injured), ("killed", killed)}


@pytest.mark.parametrize("text", JOINT, ids=[str(i) for i in range(len(JOINT))])
def test_an_uncounted_second_noun_is_still_joint(text: str) -> None:
    assert _figures(text) == {("injured", None), ("killed", None)}
