"""A list of victims goes on past a gloss in brackets after a force's name: «خمسة من عناصر قوات سوريا
الديمقراطية (قسد) وثلاثة من مسلحي داعش» is two claims, one per side (#10, set E;
claims/titled._past_gloss, claims/parts.with_parts)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    ("قتل خمسة من عناصر قوات سوريا الديمقراطية (قسد) وثلاثة من مسلحي داعش في اشتباكات قرب الشحيل.",
     {("killed", 5, "armed_group"), ("killed", 3, "armed_group")}),
    ("قتل خمسة من عناصر هيئة تحرير الشام (تحرير الشام) وثلاثة من قوات النظام في اشتباكات قرب سراقب.",
     {("killed", 5, "armed_group"), ("killed", 3, "state_forces")}),
    ("قتل خمسة من عناصر قوات الدعم السريع (الجنجويد) وثلاثة من الجيش في اشتباكات قرب بابنوسة.",
     {("killed", 5, "armed_group"), ("killed", 3, "state_forces")}),
    ("وأسفرت الاشتباكات عن مقتل 4 من مقاتلي حزب العمال الكردستاني (بي كا كا) وجنديين تركيين في منطقة متينا.",
     {("killed", 4, "armed_group"), ("killed", 2, "state_forces")}),
    ("قتل 7 من قوات الأمن (الشرطة والدرك) و12 مسلحا في هجوم شمال بوركينا فاسو.",
     {("killed", 7, "state_forces"), ("killed", 12, "armed_group")}),
    ("أسفر القصف عن مقتل 4 من عناصر حزب الله (اللبناني) ومدنيين اثنين في بلدة القصير.",
     {("killed", 4, "armed_group"), ("killed", 2, "civilians")}),
]


@pytest.mark.parametrize("text,want", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_the_list_goes_on_past_the_gloss(text: str, want: set[tuple[str, int, str]]) -> None:
    got = {(c["kind"], c["value"], c["party_category"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))}
    assert got == want


def test_spans_stay_the_text() -> None:
    text = PROBES[0][0]
    for event in waqia.extract(text, "2024-05-05")["events"]:
        for c in event["claims"]:
            assert text[c["start"]:c["end"]] == c["text"]
