"""The three tests of a set of whole articles of our own (#10), scored as a private check set: the set
is whole (its size, its relevant articles, enough claims, nothing read from an article of no event);
each article's complete claim set as the scorer compares it (extra claims fail); its relevance and
event types (set D's comparisons). An article still read wrong is a strict xfail naming its family.

A test file names its case file, its families and its size, and binds the three tests::

    test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
        ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(16, 15), claims_at_least=60)
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import pytest

import test_reading_articles30d as set_d
import waqia
from case_files import param


def whole_set(articles: list[dict[str, Any]], claims_fail: dict[str, str], types_fail: dict[str, str], *,
              size: tuple[int, int], claims_at_least: int) -> tuple[Callable[..., None], ...]:
    """The set's three tests over ``articles``; ``size`` is (articles, relevant articles)."""

    @functools.cache
    def record(index: int) -> dict[str, Any]:
        a = articles[index]
        return waqia.extract(a["text"], published=a["published"], outlet=a["outlet"])

    def cases(fails: dict[str, str]) -> list[Any]:
        return [param(i, id=a["id"], xfail=fails.get(a["id"])) for i, a in enumerate(articles)]

    def test_the_set_is_whole() -> None:
        assert (len(articles), sum(a["relevant"] for a in articles)) == size
        assert sum(len(a["claims"]) for a in articles) >= claims_at_least
        assert all(not a["claims"] and not a["event_types"] for a in articles if not a["relevant"])

    @pytest.mark.parametrize("index", cases(claims_fail))
    def test_every_claim_and_no_other(index: int) -> None:
        set_d.claims_agree(articles[index]["claims"], record(index))

    @pytest.mark.parametrize("index", cases(types_fail))
    def test_relevance_and_event_types(index: int) -> None:
        set_d.types_agree(articles[index], record(index))

    return test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types
