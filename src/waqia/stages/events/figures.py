"""The figures of one event, once each: a figure said twice by one source is one claim."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from waqia.core.normalize import key as normalize_key
from waqia.output import Claim, Event
from waqia.stages.claims.rules import ClaimMention


def distinct_claims(claims: list[ClaimMention]) -> tuple[Claim, ...]:
    """One claim per (kind, value, side, source): a figure said twice by one source is one claim."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[Claim] = []
    for cm in claims:
        c = cm.claim
        key = (c.kind, c.value, c.party.category, c.source.name if c.source else None)
        if key in seen:
            kept = out[seen[key]]
            if kept.approx and not c.approx:
                kept, c = c, kept
            if kept.source is not None and kept.source.relay is None and c.source is not None and c.source.relay:
                kept = replace(kept, source=replace(kept.source, relay=c.source.relay))
            out[seen[key]] = kept
            continue
        seen[key] = len(out)
        out.append(c)
    # a claim said before by the same voice goes (the claims of ``out`` differ pairwise: each has its own key)
    return tuple(c for j, c in enumerate(out) if not any(_same_voice(o, c) for o in out[:j]))


def _same_voice(a: Claim, b: Claim) -> bool:
    """One figure from one body said twice: «الدفاع المدني» and «المتحدث باسم الدفاع المدني»."""
    if (a.kind, a.value, a.party.category) != (b.kind, b.value, b.party.category) or a.value is None:
        return False
    if a.source is None or b.source is None:
        return False
    x, y = normalize_key(a.source.name), normalize_key(b.source.name)
    return x != y and (x in y or y in x)


def anchored(events: Iterable[Event]) -> tuple[Event, ...]:
    """The events of an article that tells at least one with a place, a day or a claim; none where no
    event has any. Event words with none of them («تفجير دور العبادة لا يقره دين», «صاروخ قادر على ضرب
    أي هدف») speak of violence in general; GUIDELINES ask at least a place or a date of a reported
    event (a claim, even a figureless one, stands in for a day where the article has no date to read one
    against). One anchored event keeps the others: «غارة على المواقع في المنطقة نفسها» is placed by
    the fighting told before it."""
    found = tuple(events)
    return found if any(e.locations or e.date or e.claims for e in found) else ()
