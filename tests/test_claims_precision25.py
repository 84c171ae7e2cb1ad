"""Claims precision, twenty-fifth round (#10): figures a coder would not give as claims of the event
told (GUIDELINES: figures of other, earlier events are left out; a subset of a stated figure for the
same party is no claim; one figure from one voice is one claim), and the controls beside them that
stay claims. Each case compares the complete claim set of its text as a sorted list of (kind, value,
side), so that a figure given twice fails as a missing one does.

The cases are our own sentences, one a line in tests/cases/claims_precision25.jsonl."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load

CASES = load("claims_precision25")


def figures(text: str) -> list[list[Any]]:
    """Every claim of ``text`` as [kind, value, side], once per claim, sorted as the case files are."""
    doc = waqia.extract(text, published="2024-05-11")
    found = [[c["kind"], c["value"], c["party"]["category"]] for e in doc["events"] for c in e["claims"]]
    return sorted(found, key=lambda x: (x[0], x[1] is None, x[1] or 0, x[2]))


def test_the_cases_cover_each_family_with_negatives_and_controls() -> None:
    families = {c["family"] for c in CASES}
    assert families == {"goes-on-background", "earlier-event", "report-after", "answered-by-relative", "suspect-subject", "head-of-body",
                        "joint-count", "exceptive", "list-past-comma", "two-forces", "mixed-by-source",
                        "grave-part", "grave-share", "tended", "exceeding"}
    for family in families - {"mixed-by-source"}:  # one reading of two voices: a control is a case of another family
        cases = [c for c in CASES if c["family"] == family]
        assert len(cases) >= 3, family


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_claims_are_those_a_coder_gives(case: dict[str, Any]) -> None:
    assert figures(case["text"]) == case["claims"]
