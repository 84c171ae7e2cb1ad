"""A body's name that ends with a noun for people is no victim (#10, set P).

«فرق الدفاع المدني انتشلت جثثا جديدة من تحت الركام»: «المدني» ends the name of the rescuers
(source_names.tsv «الدفاع المدني»), so the words after it are no name of one civilian under the
rubble (stages/claims/named.py).  Members of the body counted by a figure keep their side, and a
definite noun for one person before his name or his place is still read.  The cases are our own
sentences, one a line in tests/cases/claims_bodies32p.jsonl; each compares the sentence's full set of
claims (kind, value, side).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("claims_bodies32p")


def test_the_cases_cover_bodies_members_and_persons() -> None:
    assert {c["family"] for c in CASES} == {"body-name-is-no-victim", "members-of-the-body", "named-person"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_sentence(case: dict[str, Any]) -> None:
    found = sorted([c["kind"], c["value"], c["party"]["category"]] for c in claims(case["text"]))
    assert found == sorted(case["claims"])
