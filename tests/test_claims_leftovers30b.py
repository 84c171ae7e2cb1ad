"""Claims, the leftovers of round 30 sets C and D (#10): families left as strict xfails by the whole
articles of sets C and D, probed here one sentence at a time with sentences of our own.  Each case
compares the complete claim set of its text as (kind, value, side).

* vowel-dual: a person noun in «ين» is written alike as a sound plural and as a dual; where the
  original writes a fatha on the letter before the ending («استشهاد مقاومَين», «مدنيَّين») it is a dual
  and counts two (core/morphology.vowelled_dual, claims/index._vowelled_duals); a kasra there
  («مقاومِين»), no mark, or the nominative endings read as before (vowel-dual-control).

The sentences are our own, one a line in tests/cases/claims_leftovers30b.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_leftovers30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"vowel-dual", "vowel-dual-control"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-03-10") == {tuple(c) for c in case["claims"]}
