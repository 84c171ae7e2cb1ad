"""A helper of the place tests: an article's places by the text of their span, each span checked
against the original (``original[start:end] == text``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def places_by_span(analyse: Callable[[str], Any], text: str) -> dict[str, Any]:
    """The place mentions of ``text`` (read by ``analyse``), keyed by the text of their span."""
    doc = analyse(text)
    out = {}
    for p in doc.layer("places"):
        span = p.location.span
        assert doc.original[span.start:span.end] == span.text
        out[span.text] = p
    return out


def event_places(pipeline: Any, text: str) -> dict[str, Any]:
    """The places of every event read in ``text`` by ``pipeline``, keyed by the text of their span."""
    return {loc.span.text: loc for e in pipeline.analyse(text).layer("events") for loc in e.locations}
