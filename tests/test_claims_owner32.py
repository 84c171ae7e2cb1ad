"""A force told back by its generic head owns the pronoun after it (#10, session 29, articles32o): «بعد معارك مع
الحركة قتل فيها 7 من مسلحيها»: «الحركة» (actor_terms.tsv flag ``backref``, no actor of its own) stands nearer the
pronoun than the army named before it, so the gunmen are the movement's (claims/owners._told_back_force).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("the movement after the army", "قال مسؤول عسكري إن الجيش استعاد البلدة بعد معارك مع الحركة قتل فيها 7 من مسلحيها.",
     "armed_group"),
    ("the group after the police", "وأوضح أن الشرطة داهمت وكرا تابعا للجماعة وقتلت 3 من عناصرها.", "armed_group"),
    ("the cell after the security forces", "وأعلنت قوات الأمن تفكيك الخلية واعتقال 4 من أفرادها.", "armed_group"),
    ("the mobilisation after the militants", "هاجم مسلحو التنظيم مواقع الحشد في الصحراء وقتلوا 5 من مقاتليه.",
     "state_forces"),
    ("no head told back: the force named last", "قال الجيش إن قواته صدت هجوما وقتلت 6 من عناصر التنظيم.", "armed_group"),
]


@pytest.mark.parametrize(("text", "side"), [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_the_force_told_back_owns_its_men(text: str, side: str) -> None:
    (claim,) = claims(text)
    assert claim["party"]["category"] == side
