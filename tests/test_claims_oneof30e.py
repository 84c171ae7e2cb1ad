"""«أحد عناصرها», «أحد ضباطه», «أحد رفاقنا»: «أحد» before a noun owned by a pronoun is one of them, as
before a definite noun («أحد الجنود») (#10, set E; numbers/words._OWNED_NEXT)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    ("وقالت الجماعة في بيان إنها استولت على أسلحة وذخائر، وإن أحد مقاتليها قتل في الهجوم.", ("killed", 1)),
    ("وأعلنت الشرطة أن أحد أفرادها أصيب بجروح في الهجوم على مركز في مدينة العريش.", ("injured", 1)),
    ("وأعلن الجيش السوداني مقتل أحد ضباطه في قصف للدعم السريع على مدينة الأبيض.", ("killed", 1)),
    ("وقال القيادي في الحركة إن أحد رفاقنا قتل في الاشتباك قرب مدينة جنين.", ("killed", 1)),
    ("ونعت كتائب القسام أحد قادتها الميدانيين الذي قتل في غارة على خان يونس.", ("killed", 1)),
]

NONE = [
    "ولم يصب أحد منهم بأذى في الانفجار الذي وقع قرب مدينة الرمادي.",
    "ولم يعلق أحد عليه من المسؤولين بعد الهجوم على حاجز في كركوك.",
]


@pytest.mark.parametrize("text,want", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_one_of_them(text: str, want: tuple[str, int]) -> None:
    assert {(c["kind"], c["value"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))} == {want}


@pytest.mark.parametrize("text", NONE, ids=[str(i) for i in range(len(NONE))])
def test_no_one_is_no_claim(text: str) -> None:
    assert predicted_claims(waqia.extract(text, "2024-05-05")) == []
