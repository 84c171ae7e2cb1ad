"""The record of an incident: its events' fields reconciled, every claim with its document,
low / best / high across sources, the disagreements between them and each source's rising
figures (output-format.md, section Incident; the figures are :mod:`waqia.core.figures`').  Which events form an incident is :mod:`waqia.incidents.members`' business."""

from __future__ import annotations

from collections import Counter
from typing import Any

from waqia.core.figures import disagreements, incident_fatalities, series
from waqia.core.normalize import key
from waqia.incidents.members import Member, incident_id

__all__ = ["build_incident", "disagreements", "explain_links", "incident_fatalities", "primary_location"]


def build_incident(members: list[Member],
                   links: list[tuple[Member, Member, dict[str, Any]]] | None = None) -> dict[str, Any]:
    """The Incident record (output-format.md) of linked events.

    ``links`` are the pairs that tie the members together, each with its
    evidence (``{"score", "features"}``); they become ``links``: per pair of
    documents, why they are one incident (``waqia incidents --explain``).

    >>> e = {"event_id": "e1", "event_type": "Battles", "sub_event_type": "Armed clash",
    ...      "date": "2020-01-22", "date_precision": "day", "locations": [], "actors": [],
    ...      "claims": [{"kind": "killed", "value": 15, "low": 15, "high": 15, "approx": False,
    ...                  "party": {"category": "state_forces"}, "source": {"name": "army"}}]}
    >>> f = dict(e, event_id="e2", claims=[dict(e["claims"][0], value=32, low=32, high=32,
    ...                                          source={"name": "group"})])
    >>> inc = build_incident([Member("a", e), Member("b", f)])
    >>> inc["doc_ids"], inc["fatalities"]
    (['a', 'b'], {'low': 15, 'best': 15, 'high': 32})
    >>> [v["value"] for v in inc["disagreements"][0]["values"]]
    [15, 32]
    """
    members = sorted(members, key=lambda m: (m.published or "", m.doc_id, str(m.event.get("event_id"))))
    events = [m.event for m in members]
    claims = [dict(c, doc_id=m.doc_id) for m in members for c in m.event.get("claims") or []]
    event_type = _mode([e.get("event_type") for e in events])
    date, precision = _reconcile_date(events)
    outlets = {m.doc_id: m.outlet for m in members}
    days = {m.doc_id: m.published for m in members}
    return {
        "incident_id": incident_id(members),
        "event_type": event_type,
        "sub_event_type": _mode([e.get("sub_event_type") for e in events if e.get("event_type") == event_type]),
        "date": date, "date_precision": precision,
        "locations": _merge(events, "locations", _location_identity),
        "actors": _merge(events, "actors", lambda x: (key(str(x.get("name") or x.get("text") or "")),
                                                      x.get("role"))),
        "doc_ids": _unique(m.doc_id for m in members),
        "event_ids": _unique(str(e.get("event_id")) for e in events),
        "claims": claims,
        "fatalities": incident_fatalities(claims, days=days, outlets=outlets),
        "disagreements": disagreements(claims, outlets, days),
        "series": series(claims, outlets, days),
        "sources": _unique(s for e in events for s in _event_sources(e)),
        "links": explain_links(links or []),
    }


def explain_links(links: list[tuple[Member, Member, dict[str, Any]]]) -> list[dict[str, Any]]:
    """The links of an incident as records: the later-published document first, its partner, the
    score and the weight of each feature; strongest first.

    >>> a, b = Member("a", {"event_id": "e1"}, "2020-01-02"), Member("b", {"event_id": "e2"}, "2020-01-03")
    >>> explain_links([(a, b, {"score": 6.5, "features": {"place": 3.0, "text": 3.5}})])[0]["doc_id"]
    'b'
    """
    out = []
    for x, y, ev in links:
        new, old = sorted((x, y), key=lambda m: (m.published or "", m.doc_id), reverse=True)
        out.append({"doc_id": new.doc_id, "event_id": new.event.get("event_id"),
                    "linked_to": {"doc_id": old.doc_id, "event_id": old.event.get("event_id")},
                    "score": ev.get("score"), "features": dict(ev.get("features") or {})})
    return sorted(out, key=lambda r: (-float(r["score"] or 0), r["doc_id"], r["linked_to"]["doc_id"]))


def _unique(items: Any) -> list[Any]:
    return list(dict.fromkeys(x for x in items if x is not None))


def _mode(values: list[Any]) -> Any:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in values if counts.get(v) == top)


def _reconcile_date(events: list[dict[str, Any]]) -> tuple[str | None, str]:
    """The most reported day (earliest on a tie); coarser dates only when no day is known."""
    days = sorted(e["date"] for e in events if e.get("date") and e.get("date_precision", "day") == "day")
    if days:
        counts = Counter(days)
        return max(sorted(counts), key=lambda d: counts[d]), "day"
    other = sorted((e["date"], e.get("date_precision") or "unknown") for e in events if e.get("date"))
    return other[0] if other else (None, "unknown")


def _location_identity(loc: dict[str, Any]) -> Any:
    if loc.get("gazetteer_id"):
        return loc["gazetteer_id"]
    return key(str(loc.get("name") or loc.get("name_ar") or loc.get("text") or "")).lower()


def _merge(events: list[dict[str, Any]], field: str, identity: Any) -> list[dict[str, Any]]:
    """Items without duplicates; locations most specific first (precision, then the
    latest place any report lists them at, since reports list the most specific first)."""
    seen: dict[Any, dict[str, Any]] = {}
    rank: dict[Any, int] = {}
    for e in events:
        for pos, x in enumerate(e.get(field) or []):
            ident = identity(x)
            seen.setdefault(ident, x)
            rank[ident] = max(rank.get(ident, 0), pos)
    if field == "locations":
        return [seen[i] for i in sorted(seen, key=lambda i: (seen[i].get("geo_precision") or 3, rank[i]))]
    return list(seen.values())


def _event_sources(e: dict[str, Any]) -> list[str]:
    named = [c["source"]["name"] for c in e.get("claims") or [] if (c.get("source") or {}).get("name")]
    return list(e.get("sources") or []) + named


def primary_location(incident: dict[str, Any]) -> dict[str, Any] | None:
    """The location that stands for the incident: the most specific one with coordinates.

    >>> primary_location({"locations": [{"name": "A", "geo_precision": 1},
    ...                                  {"name": "B", "geo_precision": 2, "lat": 1.0, "lon": 2.0}]})["name"]
    'B'
    """
    locs = list(incident.get("locations") or [])
    with_coords = [x for x in locs if x.get("lat") is not None and x.get("lon") is not None]
    pool = with_coords or locs
    return min(pool, key=lambda x: x.get("geo_precision") or 3) if pool else None
