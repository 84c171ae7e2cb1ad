"""What the events stage makes of a short text, as sets the event probes compare (tests/test_events_*19.py)."""

from __future__ import annotations

import waqia


def sub_types(text: str, published: str = "2024-05-14") -> list[str]:
    """The sorted sub-event types of every event read in ``text``."""
    rec = waqia.extract(text, published=published)
    return sorted({e["sub_event_type"] for e in rec["events"]})


def relevant_sub_types(text: str, published: str = "2024-05-14") -> tuple[bool, list[str]]:
    """Whether ``text`` is relevant, with its sorted sub-event types."""
    rec = waqia.extract(text, published=published)
    return rec["relevant"], sorted({e["sub_event_type"] for e in rec["events"]})
