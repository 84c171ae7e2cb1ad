"""The fighters of the Arab tribes are a force of their own (actor_terms.tsv «مقاتلي العشائر», «قوات
العشائر»): beside another armed group in one list each side is its own claim (#10, set E)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    ("قُتل ستة من عناصر قوات سوريا الديمقراطية (قسد) وأربعة من مقاتلي العشائر العربية، الخميس، في اشتباكات في بلدة ذيبان.",
     {("killed", 6, "armed_group"), ("killed", 4, "armed_group")}),
    ("قتل ثلاثة من عناصر قسد واثنان من مسلحي العشائر في هجوم على حاجز بريف دير الزور.",
     {("killed", 3, "armed_group"), ("killed", 2, "armed_group")}),
    ("أعلنت قسد مقتل 5 من مقاتلي العشائر خلال محاولتهم التسلل إلى بلدة ذيبان.", {("killed", 5, "armed_group")}),
    ("قتل مدنيان برصاص قوات العشائر في بلدة الطيانة.", {("killed", 2, "civilians")}),
]


@pytest.mark.parametrize("text,want", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_each_side_its_claim(text: str, want: set[tuple[str, int, str]]) -> None:
    got = {(c["kind"], c["value"], c["party_category"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))}
    assert got == want
