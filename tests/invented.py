"""The harness of the invented whole-article tests (tests/test_*_invented.py): articles we wrote and
coded by hand per GUIDELINES.md, compared as the scorer compares claims (#10)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest

import waqia
from waqia.evaluation.match import same_source
from waqia.evaluation.score import predicted_claims

#: (id, published, text, claims as (kind, value, party category, source), the family it fails on)
Article = tuple[str, str, str, list[tuple[str, Any, str, Any]], Any]


def cases(articles: Sequence[Article]) -> Iterator[Any]:
    """One pytest case per article; a strict xfail naming its family where it still fails."""
    for aid, published, text, gold, fails in articles:
        marks = [pytest.mark.xfail(strict=True, reason=fails)] if fails else []
        yield pytest.param(published, text, gold, id=aid, marks=marks)


def _same(pred: dict[str, Any], gold: tuple[str, Any, str, Any]) -> bool:
    kind, value, category, source = gold
    return pred["kind"] == kind and pred["value"] == value and pred["party_category"] == category \
        and same_source(source, [], pred.get("source"))


def assert_claims(published: str, text: str, gold: list[tuple[str, Any, str, Any]]) -> None:
    """Every claim of ``gold`` is read from ``text``, and no other."""
    pred = predicted_claims(waqia.extract(text, published=published))
    missing = [g for g in gold if not any(_same(p, g) for p in pred)]
    extra = [(p["kind"], p["value"], p["party_category"], (p.get("source") or {}).get("name"))
             for p in pred if not any(_same(p, g) for g in gold)]
    assert not missing and not extra, (missing, extra)
