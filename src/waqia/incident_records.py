"""The record of an incident: its events' fields reconciled, every claim with its document,
low / best / high across sources and the disagreements between them (output-format.md,
section Incident).  Which events form an incident is :mod:`waqia.incidents`' business."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .incidents import Member, incident_id
from .normalize import key


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
        "fatalities": incident_fatalities(claims),
        "disagreements": disagreements(claims, {m.doc_id: m.outlet for m in members}),
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


def _category(c: dict[str, Any]) -> str:
    return str((c.get("party") or {}).get("category") or "unknown")


def _source_name(c: dict[str, Any]) -> str | None:
    return (c.get("source") or {}).get("name")


def incident_fatalities(claims: list[dict[str, Any]], kind: str = "killed") -> dict[str, int | None]:
    """UCDP-style low / best / high over the reports of an incident (``kind`` claims).

    Each report (one source in one document) gives one total: its figure for
    all parties when it states one, else the sum of its per-party figures.
    low and high span the reports' totals; best is the lowest total stated
    without hedging (the conservative credible figure), else the lowest.

    >>> c = lambda v, cat, src, approx=False: {"kind": "killed", "value": v, "low": v, "high": v,
    ...     "approx": approx, "party": {"category": cat}, "source": {"name": src}, "doc_id": "d"}
    >>> incident_fatalities([c(4, "state_forces", "A"), c(2, "armed_group", "A"), c(9, "unknown", "B", True)])
    {'low': 6, 'best': 6, 'high': 9}
    """
    reports: dict[tuple[Any, Any], dict[str, list[dict[str, Any]]]] = {}
    for c in claims:
        if c.get("kind") == kind and c.get("value") is not None:
            by_cat = reports.setdefault((c.get("doc_id"), _source_name(c)), {})
            by_cat.setdefault(_category(c), []).append(c)
    totals: list[tuple[int, bool]] = []
    for by_cat in reports.values():
        parts = [max(cs, key=lambda c: int(c["value"])) for cat, cs in by_cat.items() if cat != "unknown"]
        whole = max(by_cat.get("unknown", []), key=lambda c: int(c["value"]), default=None)
        part_sum = sum(int(c["value"]) for c in parts)
        if whole is not None and int(whole["value"]) >= part_sum:
            totals.append((int(whole["value"]), bool(whole.get("approx"))))
        else:
            totals.append((part_sum, any(bool(c.get("approx")) for c in parts)))
    if not totals:
        return {"low": None, "best": None, "high": None}
    exact = [v for v, approx in totals if not approx]
    values = [v for v, _ in totals]
    return {"low": min(values), "best": min(exact) if exact else min(values), "high": max(values)}


def disagreements(claims: list[dict[str, Any]], outlets: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Where sources give different figures for the same kind and party category.

    One entry per (kind, party_category) whose non-null values differ between
    at least two reports (source and document); ``values`` lists each
    distinct (value, source, doc_id) once, smallest value first.
    """
    groups: dict[tuple[str, str], dict[tuple[Any, ...], dict[str, Any]]] = {}
    for c in claims:
        if c.get("value") is None or not c.get("kind"):
            continue
        entry = {"value": int(c["value"]), "source": _source_name(c), "doc_id": c.get("doc_id")}
        outlet = (outlets or {}).get(str(c.get("doc_id")))
        if outlet:
            entry["outlet"] = outlet
        ident = (entry["value"], entry["source"], entry["doc_id"])
        groups.setdefault((str(c["kind"]), _category(c)), {}).setdefault(ident, entry)
    out = []
    for (kind, cat), entries in groups.items():
        values = list(entries.values())
        reports = {(v["source"], v["doc_id"]) for v in values}
        if len({v["value"] for v in values}) > 1 and len(reports) > 1:
            values.sort(key=lambda v: (v["value"], str(v["doc_id"]), str(v["source"])))
            out.append({"kind": kind, "party_category": cat, "values": values})
    return out


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
