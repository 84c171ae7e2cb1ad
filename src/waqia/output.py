"""The output records of ``../shared/spec/output-format.md``, version 1.

Each record is a frozen dataclass with ``as_dict()`` giving exactly the JSON
of the contract.  Field names are the contract's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from waqia.core.document import Span

EVENT_TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots", "Strategic developments",
)
CATEGORIES = ("state_forces", "armed_group", "civilians", "unknown")
CLAIM_KINDS = ("killed", "injured", "captured", "missing", "participants")


def _span(s: Span | None) -> dict[str, Any]:
    return s.as_dict() if s is not None else {"text": None, "start": None, "end": None}


@dataclass(frozen=True)
class Why:
    """Why a place was read and resolved as it was (``docs/geocoding.md``, "Why").

    ``cue`` the words that introduced the name, as written («في بلدة»), or None;
    ``cue_type`` ``place_word``, ``preposition``, ``list_item`` or ``none`` (a big
    place named bare); ``candidates`` how many places of that name the gazetteer
    has; ``chosen_by`` what decided; ``note`` the same in a short English phrase.
    """

    cue: str | None
    cue_type: str
    candidates: int
    chosen_by: str
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"cue": self.cue, "cue_type": self.cue_type, "candidates": self.candidates,
                "chosen_by": self.chosen_by, "note": self.note}


@dataclass(frozen=True)
class Location:
    """A place an event happened at, resolved against a gazetteer (or not)."""

    span: Span
    name: str | None = None
    name_ar: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int = 3
    gazetteer_id: str | None = None
    why: Why | None = field(default=None, compare=False)  # an explanation, not part of the place

    def as_dict(self) -> dict[str, Any]:
        d = _span(self.span) | {
            "name": self.name, "name_ar": self.name_ar, "country": self.country,
            "admin1": self.admin1, "admin2": self.admin2, "lat": self.lat, "lon": self.lon,
            "geo_precision": self.geo_precision, "gazetteer_id": self.gazetteer_id,
        }
        if self.why is not None:
            d["why"] = self.why.as_dict()
        return d


@dataclass(frozen=True)
class Actor:
    span: Span
    name: str
    category: str
    role: str = "other"

    def as_dict(self) -> dict[str, Any]:
        return _span(self.span) | {"role": self.role, "name": self.name, "category": self.category}


@dataclass(frozen=True)
class Party:
    span: Span | None
    name: str | None
    category: str = "unknown"

    def as_dict(self) -> dict[str, Any]:
        return _span(self.span) | {"name": self.name, "category": self.category}


@dataclass(frozen=True)
class Source:
    span: Span
    name: str
    relay: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d = _span(self.span) | {"name": self.name}
        if self.relay:
            d["relay"] = self.relay
        return d


@dataclass(frozen=True)
class Claim:
    kind: str
    value: int | None
    low: int | None
    high: int | None
    approx: bool
    party: Party
    source: Source | None
    evidence: tuple[int, int]
    span: Span | None = None
    vague: str | None = None

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": self.kind, "value": self.value, "low": self.low, "high": self.high,
            "approx": self.approx, "party": self.party.as_dict(),
            "source": self.source.as_dict() if self.source else None,
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]},
        }
        if self.span is not None:
            d["text"], d["start"], d["end"] = self.span.text, self.span.start, self.span.end
        if self.vague:
            d["vague"] = self.vague
        return d


@dataclass(frozen=True)
class Event:
    event_id: str
    event_type: str
    sub_event_type: str
    date: str | None
    date_precision: str
    date_span: Span | None
    locations: tuple[Location, ...] = ()
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    confidence: float = 0.5
    trigger: Span | None = None

    @property
    def sources(self) -> list[str]:
        seen: list[str] = []
        for c in self.claims:
            if c.source and c.source.name not in seen:
                seen.append(c.source.name)
        return seen

    @property
    def fatalities(self) -> dict[str, int | None]:
        return fatalities(self.claims)

    def as_dict(self) -> dict[str, Any]:
        claims = [x.as_dict() for x in self.claims]  # once: the fatalities read the same dicts (#14)
        d = {
            "event_id": self.event_id, "event_type": self.event_type,
            "sub_event_type": self.sub_event_type, "date": self.date,
            "date_precision": self.date_precision,
            "date_span": self.date_span.as_dict() if self.date_span else None,
            "locations": [x.as_dict() for x in self.locations],
            "actors": [x.as_dict() for x in self.actors],
            "claims": claims,
            "fatalities": fatalities(claims), "sources": self.sources,
            "confidence": round(self.confidence, 3),
        }
        if self.trigger is not None:
            d["trigger"] = self.trigger.as_dict()
        return d


def fatalities(claims: Any) -> dict[str, int | None]:
    """UCDP-style low / best / high over the ``killed`` claims, as for an incident.

    Each source gives one total (its figure for all sides, else the sum of its
    figures per side); low and high span the sources' totals; best is the
    lowest total given without hedging (the conservative credible one).

    >>> from waqia.output import Claim, Party
    >>> army, group = Party(None, None, "state_forces"), Party(None, None, "armed_group")
    >>> fatalities([Claim("killed", 4, 4, 4, False, army, None, (0, 1)),
    ...             Claim("killed", 2, 2, 2, False, group, None, (0, 1))])
    {'low': 6, 'best': 6, 'high': 6}
    """
    from waqia.core.figures import incident_fatalities

    return incident_fatalities([c if isinstance(c, dict) else c.as_dict() for c in claims])


@dataclass(frozen=True)
class DocumentRecord:
    doc_id: str
    url: str | None
    title: str | None
    outlet: str | None
    published: str | None
    relevant: bool
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    language: str = "ar"
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "url": self.url, "title": self.title, "outlet": self.outlet,
            "published": self.published, "language": self.language, "relevant": self.relevant,
            "events": [e.as_dict() for e in self.events], "warnings": list(self.warnings),
        } | self.extra
