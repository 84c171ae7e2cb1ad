"""A lead's toll told back by a later speaker through the bodies of its dead (#10, set P).

«قتل 8 جنود ... . وأوضح مصدر طبي أن المستشفى استقبل جثث الجنود الثمانية»: a plural word for bodies in
construct with a definite noun and a definite figure («جثث الجنود الثمانية», «جثامين الضحايا الخمسة») tells
the dead back as «القتلى الثلاثة» does (stages/sources/tollback.py), and the speaker of the count takes the
toll of the outlet's voice it points at, in the last sentence of tolls whose kind and figure it names,
past a sentence with another speaker's other toll (stages/claims/later.py).  The cases are our own short
articles, one a line in tests/cases/sources_bodies32p.jsonl; each compares the full set of claims with
their speakers.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_bodies32p")


def test_the_cases_cover_bodies_victims_and_other_tolls() -> None:
    assert {c["family"] for c in CASES} == {"bodies-told-back", "victims-told-back", "past-another-toll"}


def _key(claim: list[Any]) -> tuple[str, int]:
    return claim[0], -1 if claim[1] is None else claim[1]


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_and_its_speaker(case: dict[str, Any]) -> None:
    found = [[c["kind"], c["value"], c["party"]["category"], c["source"] and c["source"]["name"]]
             for c in claims(case["text"])]
    assert sorted(found, key=_key) == sorted(case["claims"], key=_key)
