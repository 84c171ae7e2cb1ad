"""Claims, the leftovers of round 30 (#10): families left as strict xfails by the whole articles of
this session's rounds, probed here one sentence at a time with sentences of our own.  Each case
compares the complete claim set of its text as (kind, value, side).

* noun-first-list: a list before its verb that opens with a noun for one or two people and no figure
  («إن ضابطا وثلاثة جنود قتلوا») counts from that noun: the figure joined to it by «و» is its second
  item, not its head (claims/conjuncts.person_head); a noun after the verb, a figure first, a noun
  alone and a list split by two verbs stay as they were (noun-first-control).
* defective-dual: the dual of «راع» (a herdsman: «راعيان», «راعيين») names civilians as its
  singular does (actor_terms.tsv).
* alike-own-day: a figure told of an event «like» the one reported («في هجوم مماثل») is of a recent
  event with its own details when its clause gives it a day of the last week («مساء أمس», «يوم
  الثلاثاء», «قبل ثلاثة أيام»): GUIDELINES keeps it (claims/background._own_recent_day); with no day,
  or a month, a year or weeks ago, it stays background (alike-control).

The sentences are our own, one a line in tests/cases/claims_leftovers30.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_leftovers30")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"noun-first-list", "noun-first-control", "defective-dual",
                                             "alike-own-day", "alike-control"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-03-10") == {tuple(c) for c in case["claims"]}
