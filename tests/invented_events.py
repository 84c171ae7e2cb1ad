"""The harness of the invented whole-article event tests (tests/test_events_invented*.py): an article
scored as ``score.py`` scores it (the sets of event types and sub-event types; the sides, loosely), and
the parameters of a list of articles with the failing ones as strict xfails naming their family."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from waqia.evaluation.score import score

PUBLISHED = "2024-05-14"


def figures(name: str, text: str, types: list[str], subs: list[str],
            actors: list[tuple[str, str, str]]) -> dict:
    """The scorer's figures of one article against its hand coding."""
    gold = {"id": name, "relevant": True, "event_types": types, "sub_event_types": subs,
            "actors": [{"text": t, "category": c, "role": r} for t, c, r in actors]}
    found, _ = score([gold], {name: waqia.extract(text, published=PUBLISHED)})
    return found


def cases(articles: list[tuple[Any, ...]], failing: dict[str, str]) -> list:
    """One parameter set per article; those in ``failing`` are strict xfails with its reason."""
    return [pytest.param(*a, id=a[0], marks=[pytest.mark.xfail(strict=True, reason=failing[a[0]])]
                         if a[0] in failing else []) for a in articles]
