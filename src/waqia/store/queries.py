"""Read side of the :class:`~waqia.store.core.Store`: documents, incidents, counts, corrections."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, delete, func, insert, select

from waqia.errors import StoreError
from waqia.store import schema

D, E, I, C = schema.documents, schema.events, schema.incidents, schema.corrections


def get_document(conn: Connection, doc_id: str) -> dict[str, Any] | None:
    """The stored record of one document, with the text it was read from when it is known."""
    row = conn.execute(select(D.c.record, D.c.text).where(D.c.doc_id == doc_id)).first()
    if row is None:
        return None
    return dict(row.record) | ({"text": row.text} if row.text is not None else {})


def documents(conn: Connection, limit: int | None, offset: int) -> list[dict[str, Any]]:
    """Summaries of stored documents, most recently ingested first."""
    q = (select(D.c.doc_id, D.c.url, D.c.title, D.c.outlet, D.c.published, D.c.relevant, D.c.n_events)
         .order_by(D.c.ingested_at.desc(), D.c.doc_id).offset(offset).limit(limit))
    return [{"doc_id": r.doc_id, "url": r.url, "title": r.title, "outlet": r.outlet,
             "published": r.published, "relevant": bool(r.relevant), "events": r.n_events}
            for r in conn.execute(q)]


def incident_query(since: str | None = None, until: str | None = None, country: str | None = None,
                   admin1: str | None = None, event_type: str | None = None,
                   doc_id: str | None = None) -> Select[Any]:
    """The SELECT of incident payloads matching the filters, in date order."""
    q = select(I.c.payload)
    if since:
        q = q.where(I.c.date >= since[:10])
    if until:
        q = q.where(I.c.date <= until[:10])
    if country:
        q = q.where(func.upper(I.c.country) == country.upper())
    if admin1:
        q = q.where(func.lower(I.c.admin1) == admin1.lower())
    if event_type:
        q = q.where(I.c.event_type == event_type)
    if doc_id:
        q = q.where(I.c.pk.in_(select(E.c.incident_pk).where(E.c.doc_id == doc_id)))
    return q.order_by(I.c.date.is_(None), I.c.date, I.c.incident_id)


def get_incident(conn: Connection, incident_id: str) -> dict[str, Any] | None:
    """One incident by its id."""
    row = conn.execute(select(I.c.payload).where(I.c.incident_id == incident_id)).first()
    return dict(row.payload) if row is not None else None


def counts(conn: Connection) -> dict[str, int]:
    """How many documents, events, incidents (and linked ones) and corrections are stored."""
    def n(q: Any) -> int:
        return int(conn.execute(q).scalar_one())
    return {
        "documents": n(select(func.count()).select_from(D)),
        "events": n(select(func.count()).select_from(E)),
        "incidents": n(select(func.count()).select_from(I)),
        "linked_incidents": n(select(func.count()).select_from(I).where(I.c.n_docs > 1)),
        "corrections": n(select(func.count()).select_from(C)),
    }


def save_correction(conn: Connection, doc_id: str, payload: dict[str, Any], author: str | None) -> int:
    """Store a human correction beside the machine reading; return its id."""
    if not isinstance(payload, dict):
        raise StoreError("a correction payload must be a JSON object (dict)")
    if conn.execute(select(D.c.doc_id).where(D.c.doc_id == doc_id)).first() is None:
        raise StoreError(f"no stored document {doc_id!r}; ingest it before correcting it")
    res = conn.execute(insert(C).values(doc_id=doc_id, author=author, payload=payload,
                                        created_at=datetime.now(UTC)))
    key = res.inserted_primary_key
    if key is None:
        raise StoreError("the database gave no key for the new correction")
    return int(key[0])


def corrections(conn: Connection, doc_id: str) -> list[dict[str, Any]]:
    """Every correction of one document, oldest first."""
    q = select(C).where(C.c.doc_id == doc_id).order_by(C.c.pk)
    return [{"id": r.pk, "doc_id": r.doc_id, "author": r.author, "payload": r.payload,
             "created_at": r.created_at.isoformat() if r.created_at else None} for r in conn.execute(q)]


def remove_document(conn: Connection, doc_id: str) -> bool:
    """Delete a document row (its events must be removed first); True when it existed."""
    return bool(conn.execute(delete(D).where(D.c.doc_id == doc_id)).rowcount)
