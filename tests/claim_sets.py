"""The claims of a text as a set of (kind, value, side), for the probe files of the claims rounds:
one reading, so that each file says only its sentences and what a coder reads in them."""

from __future__ import annotations

from typing import Any

import pytest

import waqia

#: the sides, short, for the expected sets of the probe tables
S, A, C, U = "state_forces", "armed_group", "civilians", "unknown"
N = None


def sides_of(text: str, published: str = "2024-03-07") -> set[tuple[Any, ...]]:
    """Every claim of ``text`` as (kind, value, side)."""
    doc = waqia.extract(text, published=published)
    return {(c["kind"], c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"]}


def strict_xfail(reason: str) -> Any:
    """A probe still read wrong, named by its family: it fails the suite once it passes."""
    return pytest.mark.xfail(strict=True, reason=reason)
