"""«شيع المئات جثامين الضحايا»: a definite amount before a noun of bodies is the subject of the verb (the
mourners, the carriers), the bodies its object, no count of the dead; «سقط العشرات قتلى» is one (#10, set E;
claim_words.tsv role ``corpses``, claims/stage._mourners)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

NO_COUNT = [
    "وحمل العشرات جثامين الشهداء الثلاثة في موكب جنائزي جاب شوارع مخيم جنين.",
    "وشيع المئات جثامين الضحايا في مقبرة البلدة وسط هتافات غاضبة.",
    "ونقل العشرات جثث القتلى من تحت الأنقاض إلى مستشفى المدينة.",
]

COUNTS = [
    ("سقط العشرات قتلى وجرحى في قصف على سوق مدينة إدلب.", {("killed", None), ("injured", None)}),
    ("وصلت عشرات الجثث إلى مستشفى الفاشر بعد القصف على السوق.", {("killed", None)}),
    ("وانتشل المتطوعون جثث 6 أشخاص من تحت الأنقاض في مدينة حلب.", {("killed", 6)}),
]


@pytest.mark.parametrize("text", NO_COUNT, ids=[str(i) for i in range(len(NO_COUNT))])
def test_the_mourners_are_no_dead(text: str) -> None:
    assert predicted_claims(waqia.extract(text, "2024-05-05")) == []


@pytest.mark.parametrize("text,want", COUNTS, ids=[str(i) for i in range(len(COUNTS))])
def test_the_dead_still_count(text: str, want: set[tuple[str, int | None]]) -> None:
    assert {(c["kind"], c["value"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))} == want
