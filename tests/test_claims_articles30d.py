"""One-sentence probes of our own for the families the whole articles of set D (#10) showed
(tests/cases/claims_articles30d.jsonl, written for these tests): an overturned vehicle or a family brawl
is no conflict event (accident); a place between an act's subject and its victims («اعتقلت قوات الأمن في
محافظة X خمسة أشخاص», placed); a relay verb after «ما» whose subject is in no list («وفق ما نقل تجمع X»,
told-as); people held on a charge of membership («بتهمة الانتماء», charged); units of weight (measure);
a verb of result opening its clause after a time long past (result); a time gone right after a
superlative («هو الأعنف منذ سنوات»), which compares and puts nothing in the past (compare).  Each case lists its complete
claims as [kind, value, side, source or null], names compared as the scorer compares them, and its
relevance (null: not asked)."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load
from waqia.evaluation.match import same_source

CASES = load("claims_articles30d")


def _matches(got: dict[str, Any], want: list[Any]) -> bool:
    kind, value, side, source = want
    return (got["kind"], got["value"], got["party"]["category"]) == (kind, value, side) \
        and (same_source(source, [], got["source"]) if source else got["source"] is None)


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_claims_and_relevance(case: dict[str, Any]) -> None:
    doc = waqia.extract(case["text"], published="2024-03-05")
    got = [c for e in doc["events"] for c in e["claims"]]
    assert len(got) == len(case["claims"]), got
    assert all(any(_matches(g, w) for g in got) for w in case["claims"]), got
    if case["relevant"] is not None:
        assert doc["relevant"] is case["relevant"]


def test_the_probes_are_many() -> None:
    families = {c["family"] for c in CASES}
    assert families == {"accident", "placed", "told-as", "charged", "measure", "result", "compare"}
    assert all(sum(c["family"] == f for c in CASES) >= 3 for f in families)
