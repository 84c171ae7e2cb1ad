"""The labelled phrasings of tests/cases/numbers.jsonl: each text gives exactly the quantities listed.

A case is ``{"group", "text", "q": [{"value", "low", "high", "approx", "vague", "unit"?, "partitive"?}]}``;
an empty ``q`` is a negative (years, dates, hours, percentages, labels, ordinals ...);
``xfail`` names a known limitation and is run as a strict xfail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waqia.stages.numbers.stage import Quantity, numbers_in

CASES_FILE = Path(__file__).parent / "cases" / "numbers.jsonl"
CASES = [json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
FIELDS = ("value", "low", "high", "approx", "vague")


def _params() -> list[Any]:
    out = []
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        out.append(pytest.param(case, id=f"{i:03d}-{case['group']}", marks=marks))
    return out


def _seen(q: Quantity, wanted: dict[str, Any]) -> dict[str, Any]:
    keys = FIELDS + tuple(k for k in ("unit", "partitive") if k in wanted)
    return {k: getattr(q, k) for k in keys}


@pytest.mark.parametrize("case", _params())
def test_numbers_case(case: dict[str, Any]) -> None:
    found = numbers_in(case["text"])
    assert [_seen(q, w) for q, w in zip(found, case["q"])] == case["q"]
    assert len(found) == len(case["q"]), [(q.value, q.vague) for q in found]


def test_numbers_cases_cover_the_brief() -> None:
    groups = {c["group"] for c in CASES}
    assert len([c for c in CASES if c["q"]]) >= 100
    assert len([c for c in CASES if not c["q"]]) >= 20
    assert {"digits", "units", "teens", "tens", "hundreds", "thousands", "compounds", "clitics",
            "hedges", "ranges", "vague", "partitive", "negatives"} <= groups
