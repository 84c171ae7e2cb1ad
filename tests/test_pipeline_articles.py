"""Whole articles written for these tests (tests/cases/articles.jsonl): relevance, the complete
set of claims with their side and source (a missing claim and an extra one both fail), event
types and dates.  Negatives (threats, trials, opinion, sport,
disease, fires, diplomacy) must yield nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import waqia

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "cases" / "articles.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_pipeline_article(case: dict[str, Any]) -> None:
    doc = waqia.extract(case["text"], published=case["published"], id=case["id"])
    want = case["expect"]
    assert doc["relevant"] is want["relevant"]
    if not want["relevant"]:
        assert doc["events"] == []
        return
    got = {(c["kind"], c["value"], c["party"]["category"], (c["source"] or {}).get("name"))
           for e in doc["events"] for c in e["claims"]}
    expected = {tuple(c) for c in want.get("claims", [])}
    assert got == expected, {"missing": expected - got, "extra": got - expected}
    types = {e["event_type"] for e in doc["events"]}
    assert set(want.get("types", [])) <= types, types
    assert set(want.get("dates", [])) <= {e["date"] for e in doc["events"]}
    for e in doc["events"]:
        for c in e["claims"]:
            for part in (c["party"], c["source"] or {}):
                if part.get("start") is not None:
                    assert case["text"][part["start"]:part["end"]] == part["text"]
