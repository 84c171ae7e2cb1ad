"""The sides of an event: the forces named near its words, and the attacking force it counts."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.output import Actor, Claim
from waqia.stages.actors import ActorMention


def event_actors(doc: Document, mentions: list[ActorMention], claims: tuple[Claim, ...] = ()) -> tuple[Actor, ...]:
    """The sides, once each; a side whose people are counted as casualties is a target.  A force
    named as the body a speaker belongs to, or inside a place's name, is no side."""
    victims = [(c.party.span.start, c.party.span.end) for c in claims
               if c.party.span is not None and c.kind in ("killed", "injured", "captured", "missing")]
    places = [(p.start, p.end) for p in doc.layer("places")]
    out: list[Actor] = []
    names: set[str] = set()
    for a in mentions:
        if a.name in names or a.role in ("speaker", "holder"):  # «مصدر في الشرطة», «تحت سيطرة X»
            continue
        if any(s <= a.start and a.end <= e for s, e in places):  # «ساحة الطيران» is a square
            continue
        names.add(a.name)
        span = doc.span(a.start, a.end)
        role = a.role
        if role == "other" and any(s <= span.start and span.end <= e for s, e in victims):
            role = "target"
        out.append(Actor(span, a.name, a.category, role))
    for c in claims:  # «انتحاريان فجرا نفسيهما»: the attacking force counted is the initiator
        if c.kind == "participants" and c.party.span is not None and c.party.name not in names:
            names.add(str(c.party.name))
            out.append(Actor(c.party.span, str(c.party.name), c.party.category, "initiator"))
    return tuple(out)
