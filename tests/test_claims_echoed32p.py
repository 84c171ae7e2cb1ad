"""A toll told back by a later speaker with no side of its own takes the side of the toll it repeats
(#10, set P).

«قتل 8 جنود وأصيب 15 آخرون ... . وأوضح مصدر طبي أن المستشفى استقبل ... و15 جريحا»: a figure of two or
more named by no side (civilians by default) that repeats the kind and figure of an earlier sentence's
toll of one armed side is that toll told again (stages/claims/rules.py ``echoed_sides``), so the scorer
folds the two into the speaker's one claim.  Another figure, or a toll of civilians, keeps its side.
The cases are our own short articles, one a line in tests/cases/claims_echoed32p.jsonl; each compares
the full set of claims (kind, value, side).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("claims_echoed32p")


def test_the_cases_cover_echoes_and_other_figures() -> None:
    assert {c["family"] for c in CASES} == {"told-back-takes-the-side", "already-read", "another-figure",
                                            "civilians-told-back"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_article(case: dict[str, Any]) -> None:
    found = sorted([c["kind"], c["value"], c["party"]["category"]] for c in claims(case["text"]))
    assert found == sorted(case["claims"])
