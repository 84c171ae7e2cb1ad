"""The figures of an incident: rising tolls and rival sources (output-format.md, section Incident).

Every claim of an incident belongs to a *report* (one source in one document)
and to a *source* across documents.  The figures one source gives over time
are a **series**: a ministry that said 5 dead on Monday and 12 on Wednesday
has not contradicted itself, its toll rose, and its figure is now 12.  The
figures of different sources stand **side by side**: a ministry's 12 against
a rebel group's 30 is a disagreement.  So:

* a source's figure is that of its latest report (the latest-published
  document; among documents of one day, or with no day, the higher figure,
  as tolls rise far more often than they are cut);
* ``fatalities`` low / best / high span the sources' figures, best being
  the lowest one stated without hedging (UCDP's conservative best);
* ``disagreements`` lists, per kind and party, the sources' figures where
  they differ; ``series`` lists each source whose figure changed, in order.

A claim with no source is the article's own statement: its source is the
outlet when known (one outlet's reports over time are a series), else the
document.
"""

from __future__ import annotations

from typing import Any

from waqia.core.normalize import key

#: document id -> publication day (``YYYY-MM-DD``) or None
Days = dict[str, Any]


def _category(c: dict[str, Any]) -> str:
    return str((c.get("party") or {}).get("category") or "unknown")


def _source_name(c: dict[str, Any]) -> str | None:
    return (c.get("source") or {}).get("name")


def source_key(c: dict[str, Any], outlets: dict[str, Any] | None = None) -> str:
    """Who a claim's figure belongs to across documents: its source by name, else the outlet of
    its document, else its document.

    >>> c = {"source": {"name": "وزارة  الصحة"}, "doc_id": "a"}
    >>> source_key(c) == source_key({"source": {"name": "وزارة الصحة"}, "doc_id": "b"})
    True
    >>> source_key({"source": None, "doc_id": "a"}, {"a": "example.org"})
    'outlet:example.org'
    """
    name = _source_name(c)
    if name:
        return "source:" + " ".join(key(str(name)).lower().split())
    outlet = (outlets or {}).get(str(c.get("doc_id")))
    return f"outlet:{outlet}" if outlet else f"doc:{c.get('doc_id')}"


def _when(doc_id: Any, value: int, days: Days | None) -> tuple[str, int]:
    """The order of a source's reports: publication day (none first), then the figure."""
    return str((days or {}).get(str(doc_id)) or ""), value


def _report_totals(claims: list[dict[str, Any]], kind: str) -> dict[tuple[Any, Any], tuple[int, bool, Any]]:
    """Per report (document, source name): its total, whether hedged, and a claim of it.

    A report's total is its figure for all parties when it states one, else
    the sum of its per-party figures."""
    reports: dict[tuple[Any, Any], dict[str, list[dict[str, Any]]]] = {}
    for c in claims:
        if c.get("kind") == kind and c.get("value") is not None:
            by_cat = reports.setdefault((c.get("doc_id"), _source_name(c)), {})
            by_cat.setdefault(_category(c), []).append(c)
    totals = {}
    for ident, by_cat in reports.items():
        parts = [max(cs, key=lambda c: int(c["value"])) for cat, cs in by_cat.items() if cat != "unknown"]
        whole = max(by_cat.get("unknown", []), key=lambda c: int(c["value"]), default=None)
        part_sum = sum(int(c["value"]) for c in parts)
        if whole is not None and int(whole["value"]) >= part_sum:
            totals[ident] = (int(whole["value"]), bool(whole.get("approx")), whole)
        else:
            totals[ident] = (part_sum, any(bool(c.get("approx")) for c in parts), parts[0])
    return totals


def incident_fatalities(claims: list[dict[str, Any]], kind: str = "killed", days: Days | None = None,
                        outlets: dict[str, Any] | None = None) -> dict[str, int | None]:
    """UCDP-style low / best / high of ``kind`` over the sources of an incident.

    Each report gives one total; each source's figure is its latest report's
    (``days``: document id -> publication day); low and high span the
    sources' figures, best is the lowest figure stated without hedging, else
    the lowest.

    >>> c = lambda v, cat, src, doc="d", approx=False: {"kind": "killed", "value": v, "approx": approx,
    ...     "party": {"category": cat}, "source": {"name": src}, "doc_id": doc}
    >>> incident_fatalities([c(4, "state_forces", "A"), c(2, "armed_group", "A"), c(9, "unknown", "B", approx=True)])
    {'low': 6, 'best': 6, 'high': 9}
    >>> incident_fatalities([c(5, "civilians", "A", "mon"), c(12, "civilians", "A", "wed")],
    ...                     days={"mon": "2021-05-03", "wed": "2021-05-05"})
    {'low': 12, 'best': 12, 'high': 12}
    """
    latest: dict[str, tuple[tuple[str, int], int, bool]] = {}
    for (doc_id, _), (value, approx, claim) in _report_totals(claims, kind).items():
        who, when = source_key(claim, outlets), _when(doc_id, value, days)
        if who not in latest or when > latest[who][0]:
            latest[who] = (when, value, approx)
    if not latest:
        return {"low": None, "best": None, "high": None}
    values = [v for _, v, _ in latest.values()]
    exact = [v for _, v, approx in latest.values() if not approx]
    return {"low": min(values), "best": min(exact) if exact else min(values), "high": max(values)}


def _series(claims: list[dict[str, Any]], days: Days | None,
            outlets: dict[str, Any] | None) -> dict[tuple[str, str], dict[str, list[dict[str, Any]]]]:
    """(kind, party category) -> source -> its figures, one per report (the highest), in order."""
    best: dict[tuple[str, str], dict[str, dict[Any, dict[str, Any]]]] = {}
    for c in claims:
        if c.get("value") is None or not c.get("kind"):
            continue
        entry = {"value": int(c["value"]), "source": _source_name(c), "doc_id": c.get("doc_id")}
        outlet = (outlets or {}).get(str(c.get("doc_id")))
        if outlet:
            entry["outlet"] = outlet
        reports = best.setdefault((str(c["kind"]), _category(c)), {}).setdefault(source_key(c, outlets), {})
        old = reports.get(c.get("doc_id"))
        if old is None or entry["value"] > old["value"]:
            reports[c.get("doc_id")] = entry
    return {group: {who: sorted(reports.values(), key=lambda e: (*_when(e["doc_id"], e["value"], days),
                                                                   str(e["doc_id"])))
                    for who, reports in sources.items()}
            for group, sources in best.items()}


def disagreements(claims: list[dict[str, Any]], outlets: dict[str, Any] | None = None,
                  days: Days | None = None) -> list[dict[str, Any]]:
    """Where sources give different figures for the same kind and party category.

    Each source counts with its latest figure (an earlier, lower figure of the
    same source is a rising toll: see :func:`series`); one entry per (kind,
    party_category) where at least two sources differ, ``values`` smallest first.
    """
    out = []
    for (kind, cat), sources in _series(claims, days, outlets).items():
        values = sorted((s[-1] for s in sources.values()),
                        key=lambda v: (v["value"], str(v["doc_id"]), str(v["source"])))
        if len(sources) > 1 and len({v["value"] for v in values}) > 1:
            out.append({"kind": kind, "party_category": cat, "values": values})
    return out


def series(claims: list[dict[str, Any]], outlets: dict[str, Any] | None = None,
           days: Days | None = None) -> list[dict[str, Any]]:
    """Each source whose figure for one kind and party changed across its reports: ``{"kind",
    "party_category", "source", "values"}``, ``values`` in the order reported (the last is the
    source's figure), each ``{"value", "source", "doc_id", "published"?}``.

    >>> c = lambda v, doc: {"kind": "killed", "value": v, "party": {"category": "civilians"},
    ...                     "source": {"name": "A"}, "doc_id": doc}
    >>> [v["value"] for v in series([c(12, "wed"), c(5, "mon")], days={"mon": "2021-05-03", "wed": "2021-05-05"})[0]["values"]]
    [5, 12]
    """
    out = []
    for (kind, cat), sources in _series(claims, days, outlets).items():
        for who, reports in sorted(sources.items()):
            if len({r["value"] for r in reports}) > 1:
                values = [dict(r, published=(days or {}).get(str(r["doc_id"]))) if (days or {}).get(str(r["doc_id"]))
                          else r for r in reports]
                out.append({"kind": kind, "party_category": cat, "source": reports[-1]["source"] or who,
                            "values": values})
    return out
