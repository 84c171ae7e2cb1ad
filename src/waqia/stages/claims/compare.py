"""Superlatives that compare (#10): «في هجوم هو الأعنف منذ سنوات», «الأكثر دموية خلال الأشهر الأخيرة».
A time gone told right after a superlative measures the event told against those before it; it does
not put that event in the past, as the same words alone do («قتل 3 جنود في هجوم مماثل خلال الأشهر
الأخيرة»)."""

from __future__ import annotations

from waqia.core.document import Document

#: words after the superlative's last word where the time it compares with may start
REACH = 3


def compared(doc: Document) -> set[int]:
    """The starts of the cues of a time gone (background_cues types past, general, history) and of the
    background dates that stand within :data:`REACH` words after a superlative (type compare)."""
    cues = doc.matches_of("background_cues")
    ends = [doc.token_index(m.end - 1) for m in cues if m.entry.get("type") == "compare"]
    if not ends:
        return set()
    starts = [m.start for m in cues if m.entry.get("type") in ("past", "general", "history")]
    starts += [d.start for d in doc.layer("dates") if getattr(d, "background", False)]
    return {s for s in starts if any(0 < doc.token_index(s) - e <= REACH for e in ends)}
