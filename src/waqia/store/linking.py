"""Linking inside the store: candidate events, stored links, merging and splitting incidents.

An incident is a connected component of the ``links`` table.  A new event is
weighed (:func:`waqia.incidents.evidence.weigh`) against the stored events near
it in place and time; each pair that links is stored with its evidence, and
the incidents it links to become one (merge).  When events leave (an article
removed or corrected), their links go with them and each incident they were
in is cut into the components its remaining links make (split).  Only the
incidents touched are recomputed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from waqia.errors import StoreError
from waqia.incidents.calendar import calendar
from waqia.incidents.evidence import REPORT_LAG_DAYS, Evidence, weigh
from waqia.incidents.members import Member, anchor, components
from waqia.incidents.records import build_incident
from waqia.incidents.text import (
    TEXT_VERSION,
    dateline,
    lead_weekdays,
    text_counts,
    text_rarity,
    text_shingles,
)
from waqia.store import schema

D, E, I, L = schema.documents, schema.events, schema.incidents, schema.links
#: how many days around an event's anchor day candidates are searched (the same both ways,
#: so whichever of two articles comes second finds the first)
WINDOW_DAYS = REPORT_LAG_DAYS + 3
CANDIDATE_LIMIT = 5000


def text_evidence(text: str | None) -> tuple[list[int] | None, dict[str, Any] | None]:
    """The shingles and fingerprint (content words, how often each occurs and how rare it is, lead weekdays, the
    days of the month and current months the lead names, :data:`TEXT_VERSION`) the linker compares, from an article's text; (None, None) without one."""
    if not isinstance(text, str) or not text.strip():
        return None, None
    counts, rarity = text_counts(text), text_rarity(text)
    words = sorted(counts)
    days, months = calendar(text)
    return sorted(text_shingles(text)), {"v": TEXT_VERSION, "words": words, "counts": [counts[h] for h in words],
                                          "rarity": [rarity[h] for h in words],
                                          "weekdays": sorted(lead_weekdays(text)), "dateline": dateline(text),
                                          "days": sorted(days), "months": sorted(months)}


def fingerprint_member(doc_id: str, event: dict[str, Any], published: Any, outlet: Any, shingles: Any,
                       fingerprint: Any) -> Member:
    """A :class:`Member` from the stored columns of an event and its document.  Content words
    stored under another :data:`TEXT_VERSION` are not compared (the text counts as unknown)."""
    fp = fingerprint if isinstance(fingerprint, dict) else {}
    words = (fp.get("words") or []) if fp.get("v", 1) == TEXT_VERSION else []
    counts = fp.get("counts") or []
    rarity = fp.get("rarity") or []
    line = fp.get("dateline")
    return Member(doc_id, event, published, outlet, frozenset(shingles or ()), frozenset(words),
                  frozenset(fp.get("weekdays") or ()), (int(line[0]), int(line[1])) if line else None,
                  {int(h): int(n) for h, n in zip(words, counts, strict=False) if n != 1},
                  frozenset((int(m), int(d), int(y)) for m, d, y in fp.get("days") or ()),
                  frozenset(int(m) for m in fp.get("months") or ()),
                  {int(h): float(r) for h, r in zip(words, rarity, strict=False)})


def _member_query() -> Any:
    return (select(E.c.pk, E.c.incident_pk, E.c.doc_id, E.c.payload, D.c.published, D.c.outlet,
                   D.c.shingles, D.c.fingerprint).join(D, D.c.doc_id == E.c.doc_id))


def _rows_to_members(rows: Any) -> dict[int, tuple[Member, int | None]]:
    return {r.pk: (fingerprint_member(r.doc_id, r.payload, r.published, r.outlet, r.shingles, r.fingerprint),
                   r.incident_pk) for r in rows}


def candidates(conn: Connection, member: Member) -> dict[int, tuple[Member, int | None]]:
    """Stored events of other documents near ``member``: same country (or none known) and
    anchor days within :data:`WINDOW_DAYS` (or none known).  Event pk -> (member, incident pk)."""
    return _rows_to_members(conn.execute(candidate_query(_member_query(), member)))


def candidate_query(q: Any, member: Member) -> Any:
    """``q`` (a SELECT of events joined with their documents) narrowed to :func:`candidates`."""
    day = anchor(member)
    country = next((x.get("country") for x in member.places if x.get("country")), None)
    q = q.where(E.c.doc_id != member.doc_id)
    if country:
        q = q.where((E.c.country == country) | E.c.country.is_(None))
    if day is not None:
        lo, hi = (str(day + timedelta(days=d)) for d in (-WINDOW_DAYS, WINDOW_DAYS))
        q = q.where(E.c.anchor.between(lo, hi) | E.c.anchor.is_(None))
    return q.order_by(E.c.pk.desc()).limit(CANDIDATE_LIMIT)


def _new_incident(conn: Connection, event_pk: int) -> int:
    key = conn.execute(insert(I).values(incident_id=f"new-{event_pk}", payload={}, n_docs=0,
                                        updated_at=datetime.now(UTC))).inserted_primary_key
    if key is None:
        raise StoreError("the database gave no key for a new incident; is the table writable?")
    return int(key[0])


def link_event(conn: Connection, event_pk: int, member: Member,
               weighed: list[tuple[int, int | None, Evidence | None]] | None = None) -> int:
    """Store the links of a new event and put it in the incident they make; return its pk.
    ``weighed``: every candidate as (event pk, incident pk, evidence), when the caller has weighed
    them already (:func:`waqia.store.prelink.confirm`); else they are weighed here."""
    if weighed is None:
        found = sorted(candidates(conn, member).items())
        weighed = [(pk, inc, weigh(member, other)) for pk, (other, inc) in found]
    joined: set[int] = set()
    for other_pk, incident_pk, evidence in weighed:
        if evidence is None or not evidence.linked:
            continue
        a, b = sorted((event_pk, other_pk))
        conn.execute(insert(L).values(event_a=a, event_b=b, score=evidence.score, evidence=evidence.as_dict()))
        if incident_pk is not None:
            joined.add(incident_pk)
    if not joined:
        chosen = _new_incident(conn, event_pk)
    else:
        chosen, *others = sorted(joined)
        if others:  # the new event shows these incidents to be one
            conn.execute(update(E).where(E.c.incident_pk.in_(others)).values(incident_pk=chosen))
            conn.execute(delete(I).where(I.c.pk.in_(others)))
    conn.execute(update(E).where(E.c.pk == event_pk).values(incident_pk=chosen))
    rebuild(conn, chosen)
    return chosen


def remove_events(conn: Connection, doc_id: str) -> None:
    """Delete a document's events and their links; split or delete the incidents they leave."""
    pks = [r[0] for r in conn.execute(select(E.c.pk).where(E.c.doc_id == doc_id))]
    if not pks:
        return
    affected = {r[0] for r in conn.execute(select(E.c.incident_pk).where(E.c.pk.in_(pks)))} - {None}
    conn.execute(delete(L).where(or_(L.c.event_a.in_(pks), L.c.event_b.in_(pks))))
    conn.execute(delete(E).where(E.c.pk.in_(pks)))
    for incident_pk in sorted(affected):
        split(conn, incident_pk)


def split(conn: Connection, incident_pk: int) -> list[int]:
    """Cut an incident into the connected components of its links; return the incidents' pks."""
    pks = [r[0] for r in conn.execute(select(E.c.pk).where(E.c.incident_pk == incident_pk))]
    if not pks:
        conn.execute(delete(I).where(I.c.pk == incident_pk))
        return []
    parts = components(pks, _links_among(conn, pks))
    out = [incident_pk]
    for part in parts[1:]:
        new = _new_incident(conn, part[0])
        conn.execute(update(E).where(E.c.pk.in_(part)).values(incident_pk=new))
        out.append(new)
    for pk in out:
        rebuild(conn, pk)
    return out


def _links_among(conn: Connection, pks: list[int]) -> list[tuple[int, int]]:
    q = select(L.c.event_a, L.c.event_b).where(L.c.event_a.in_(pks), L.c.event_b.in_(pks))
    return [(r.event_a, r.event_b) for r in conn.execute(q)]


def rebuild(conn: Connection, incident_pk: int) -> None:
    """Recompute one incident's record from its members and links (delete it when it has none)."""
    rows = _rows_to_members(conn.execute(_member_query().where(E.c.incident_pk == incident_pk)
                                         .order_by(E.c.pk)))
    if not rows:
        conn.execute(delete(I).where(I.c.pk == incident_pk))
        return
    members = {pk: m for pk, (m, _) in rows.items()}
    q = select(L).where(L.c.event_a.in_(list(members)), L.c.event_b.in_(list(members)))
    links = [(members[r.event_a], members[r.event_b], dict(r.evidence)) for r in conn.execute(q)]
    inc = build_incident(list(members.values()), links)
    locs = inc["locations"]
    conn.execute(update(I).where(I.c.pk == incident_pk).values(
        incident_id=inc["incident_id"], event_type=inc["event_type"], date=inc["date"],
        country=_first(locs, "country"), admin1=_first(locs, "admin1"),
        n_docs=len(inc["doc_ids"]), payload=inc, updated_at=datetime.now(UTC)))


def _first(locations: list[dict[str, Any]], name: str) -> Any:
    return next((x[name] for x in locations if isinstance(x, dict) and x.get(name)), None)
