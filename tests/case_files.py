"""The harness of the case files under tests/cases/ (one JSON object a line, written for the tests):
loading them, one pytest case each with a strict xfail where the case names the construction it
still fails on, and the speaker check shared by the sources' case files (#10)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import waqia
from waqia.evaluation.match import same_source

CASES_DIR = Path(__file__).parent / "cases"


def load(name: str) -> list[dict[str, Any]]:
    """The cases of tests/cases/``name``.jsonl, in file order."""
    text = (CASES_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def load_by_speaker(name: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cases of ``name`` read for their sides only, then those marked ``sourced`` (their speakers too)."""
    cases = load(name)
    return [c for c in cases if not c.get("sourced")], [c for c in cases if c.get("sourced")]


def param(*values: Any, id: str, xfail: str | None = None) -> Any:
    """One pytest case; a strict xfail with ``xfail`` as its reason when given."""
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*values, id=id, marks=marks)


def family_params(cases: list[dict[str, Any]]) -> list[Any]:
    """A case each, named by its number and family («007-relay»)."""
    return [param(case, id=f"{i:03d}-{case['family']}", xfail=case.get("xfail")) for i, case in enumerate(cases)]


def claims(text: str, published: str = "2025-02-03") -> list[dict[str, Any]]:
    doc = waqia.extract(text, published=published)
    return [c for e in doc["events"] for c in e["claims"]]


def assert_speakers(case: dict[str, Any]) -> None:
    """The text gives exactly the figures of ``case["sources"]`` ([value, name or null] each), each
    from that speaker, names compared as the scorer compares them (the name given or a fuller one)."""
    found = {c["value"]: c["source"] for c in claims(case["text"])}
    assert set(found) == {value for value, _ in case["sources"]}
    for value, name in case["sources"]:
        assert same_source(name, [], found[value]), (value, name, found[value])


def assert_claims(case: dict[str, Any]) -> None:
    """The text gives exactly the claims of ``case["claims"]`` ([kind, value, side, source name or null] each),
    in any order: a missing claim fails and so does an extra one."""
    found = [[c["kind"], c["value"], c["party"]["category"], c["source"]["name"] if c["source"] else None]
             for c in claims(case["text"])]
    assert sorted(found, key=_claim_order) == sorted(case["claims"], key=_claim_order)


def _claim_order(claim: list[Any]) -> tuple[str, int, str, str]:
    return claim[0], claim[1] or 0, claim[2], claim[3] or ""

