"""The review loop: a coder's corrections, kept beside the machine reading.

A *review* is the whole reading of one article as a coder accepts it: its
events, each with event type, date, places, sides and claims.  Every item
carries a ``status`` (``machine``, ``edited``, ``added`` or ``deleted``) and
edited items keep the ``machine`` values they replace, so the machine reading
is never overwritten and the page can show what was changed.

:func:`review_from_record` turns a machine record into the review a coder
starts from; :func:`gold_from_review` turns a saved review into one line of
gold annotations in the format of ``shared/eval/GUIDELINES.md``, so that a team
can score waqia on their own articles with ``score.py``.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Status = Literal["machine", "edited", "added", "deleted"]
REVIEW_VERSION = 1
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Status = "added"
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    machine: dict[str, Any] | None = None


class ReviewClaim(_Item):
    """One figure as the coder reads it."""

    kind: Literal["killed", "injured", "captured", "missing", "participants"]
    value: int | None = Field(default=None, ge=0, le=10_000_000)
    approx: bool = False
    party_category: Literal["state_forces", "armed_group", "civilians", "unknown"] = "unknown"
    source: str | None = Field(default=None, max_length=300)
    source_alt: list[str] = Field(default_factory=list, max_length=10)
    vague: str | None = Field(default=None, max_length=300)


class ReviewLocation(_Item):
    """A place an event happened at, as written, with its country and province."""

    text: str = Field(min_length=1, max_length=300)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    admin1: str | None = Field(default=None, max_length=200)


class ReviewActor(_Item):
    """A side of the event."""

    text: str = Field(min_length=1, max_length=300)
    category: Literal["state_forces", "armed_group", "civilians", "unknown"] = "unknown"
    role: Literal["initiator", "target", "other"] = "other"


class ReviewEvent(_Item):
    """One event with its type, date, places, sides and claims."""

    event_id: str | None = Field(default=None, max_length=200)
    event_type: Literal["Battles", "Explosions/Remote violence", "Violence against civilians",
                        "Protests", "Riots", "Strategic developments"]
    sub_event_type: str | None = Field(default=None, max_length=100)
    date: str | None = None
    locations: list[ReviewLocation] = Field(default_factory=list, max_length=100)
    actors: list[ReviewActor] = Field(default_factory=list, max_length=100)
    claims: list[ReviewClaim] = Field(default_factory=list, max_length=500)

    @field_validator("date")
    @classmethod
    def _iso_day(cls, v: str | None) -> str | None:
        if v is not None and not _DATE.match(v):
            raise ValueError("date must be YYYY-MM-DD or null")
        return v


class Review(BaseModel):
    """The coder's reading of one article (the payload of a correction)."""

    model_config = ConfigDict(extra="forbid")
    version: int = REVIEW_VERSION
    relevant: bool = True
    events: list[ReviewEvent] = Field(default_factory=list, max_length=200)
    note: str | None = Field(default=None, max_length=5000)


class CorrectionIn(BaseModel):
    """The body of ``POST /v1/documents/{doc_id}/corrections``."""

    model_config = ConfigDict(extra="forbid")
    author: str = Field(min_length=1, max_length=200)
    review: Review


def _span_of(item: dict[str, Any] | None) -> dict[str, Any]:
    item = item or {}
    return {"start": item.get("start"), "end": item.get("end")}


def _machine_claim(c: dict[str, Any]) -> dict[str, Any]:
    party, source = c.get("party") or {}, c.get("source") or {}
    relay = source.get("relay")
    claim = {
        "kind": c.get("kind"), "value": c.get("value"), "approx": bool(c.get("approx")),
        "party_category": party.get("category") or "unknown",
        "source": source.get("name") or source.get("text") or None,
        "source_alt": [relay] if relay else [], "vague": c.get("vague"),
    }
    where = c if c.get("start") is not None else (c.get("evidence") or {})
    return claim | _span_of(where) | {"status": "machine"}


def review_from_record(record: dict[str, Any]) -> dict[str, Any]:
    """The machine reading of ``record`` as a review, every item ``machine``.

    >>> rec = {"relevant": True, "events": [{"event_id": "e1", "event_type": "Battles",
    ...   "sub_event_type": "Armed clash", "date": "2020-01-22", "locations": [], "actors": [],
    ...   "claims": [{"kind": "killed", "value": 3, "approx": False,
    ...               "party": {"category": "civilians"}, "source": None}]}]}
    >>> r = review_from_record(rec)
    >>> r["events"][0]["claims"][0]["party_category"], r["events"][0]["status"]
    ('civilians', 'machine')
    """
    events = []
    for ev in record.get("events") or []:
        events.append({
            "event_id": ev.get("event_id"), "event_type": ev.get("event_type"),
            "sub_event_type": ev.get("sub_event_type"), "date": ev.get("date"),
            "status": "machine", "start": None, "end": None,
            "locations": [{"text": loc.get("text") or loc.get("name_ar") or loc.get("name") or "?",
                           "country": loc.get("country"), "admin1": loc.get("admin1"),
                           "status": "machine"} | _span_of(loc) for loc in ev.get("locations") or []],
            "actors": [{"text": a.get("text") or a.get("name") or "?",
                        "category": a.get("category") or "unknown", "role": a.get("role") or "other",
                        "status": "machine"} | _span_of(a) for a in ev.get("actors") or []],
            "claims": [_machine_claim(c) for c in ev.get("claims") or []],
        })
    return {"version": REVIEW_VERSION, "relevant": bool(record.get("relevant")),
            "events": events, "note": None}


def _live(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [x for x in items if x.get("status") != "deleted"]


def _gold_claims(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out: list[dict[str, Any]] = []
    for ev in events:
        for c in _live(ev.get("claims") or []):
            key = (c["kind"], c.get("value"), c.get("party_category"), c.get("source"))
            if key in seen:
                continue
            seen.add(key)
            claim = {"kind": c["kind"], "value": c.get("value"), "approx": bool(c.get("approx")),
                     "party_category": c.get("party_category") or "unknown",
                     "source": c.get("source") or None, "source_alt": list(c.get("source_alt") or [])}
            if c.get("value") is None and c.get("vague"):
                claim["vague"] = c["vague"]
            out.append(claim)
    return out


def _unique(items: list[dict[str, Any]], fields: tuple[str, ...]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for x in items:
        key = tuple(x.get(f) for f in fields)
        if key not in seen:
            seen.add(key)
            out.append({f: x.get(f) for f in fields})
    return out


def gold_from_review(document: dict[str, Any], review: dict[str, Any]) -> dict[str, Any]:
    """One gold line (``shared/eval/GUIDELINES.md``) for a stored document and its review.

    >>> doc = {"doc_id": "a1", "url": None, "outlet": None, "published": "2020-01-23", "text": "..."}
    >>> rev = {"relevant": True, "events": [{"event_type": "Battles", "sub_event_type": "Armed clash",
    ...   "date": "2020-01-22", "status": "edited", "locations": [], "actors": [],
    ...   "claims": [{"kind": "killed", "value": 4, "party_category": "state_forces",
    ...               "source": None, "status": "edited"}]}]}
    >>> g = gold_from_review(doc, rev)
    >>> g["id"], g["event_types"], g["claims"][0]["value"]
    ('a1', ['Battles'], 4)
    """
    relevant = bool(review.get("relevant"))
    events = _live(review.get("events") or []) if relevant else []
    gold: dict[str, Any] = {
        "id": document.get("doc_id"), "url": document.get("url"), "outlet": document.get("outlet"),
        "published": document.get("published"), "text": document.get("text"),
        "relevant": relevant and bool(events),
        "event_types": sorted({e["event_type"] for e in events if e.get("event_type")}),
        "sub_event_types": sorted({e["sub_event_type"] for e in events if e.get("sub_event_type")}),
        "dates": sorted({e["date"] for e in events if e.get("date")}),
        "locations": _unique([x for e in events for x in _live(e.get("locations") or [])],
                             ("text", "country", "admin1")),
        "claims": _gold_claims(events),
        "actors": _unique([x for e in events for x in _live(e.get("actors") or [])],
                          ("text", "category", "role")),
    }
    if review.get("note"):
        gold["note"] = review["note"]
    return gold

