"""The :class:`Store`: documents, events, incidents and corrections in one database.

The same code runs on SQLite (a file, the default) and PostgreSQL.  Every
document is written in one transaction together with the incidents it
changes, so a crash mid-ingest leaves the database as it was before that
document.  Its events are weighed against the stored ones before that
transaction (:mod:`waqia.store.prelink`), so that writers hold the store's
one write lock briefly (:mod:`waqia.store.writing`).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Self, TypeVar

from sqlalchemy import Connection, Engine, create_engine, insert, select, update
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from waqia.errors import StoreError
from waqia.incidents.members import Member, anchor
from waqia.incidents.notes import with_notes
from waqia.store import linking, prelink, queries, schema
from waqia.store.migrations import migrate
from waqia.store.writing import WriterLock, lock_path, sqlite_setup, transient

D, E, I, C = schema.documents, schema.events, schema.incidents, schema.corrections
DEFAULT_DB = "waqia.db"
#: how often a write transaction is tried when the database says it is busy
WRITE_ATTEMPTS = 8
T = TypeVar("T")


@dataclass(frozen=True)
class IngestResult:
    """What :meth:`Store.ingest` did with one document.

    ``status`` is ``added`` (new document), ``replaced`` (same id, different
    record: its old events were removed first), ``unchanged`` (same id and
    same record: nothing written) or ``duplicate`` (same text as the stored
    document ``duplicate_of``: nothing written).  ``incident_ids`` are the
    incidents that now hold the document's events.
    """

    doc_id: str
    status: str
    events: int = 0
    incident_ids: tuple[str, ...] = ()
    duplicate_of: str | None = None


def database_url(url: str | None) -> str:
    """The SQLAlchemy URL for what a user typed.

    >>> database_url(None)
    'sqlite:///waqia.db'
    >>> database_url("data/x.db")
    'sqlite:///data/x.db'
    >>> database_url("postgresql://u@host/db")
    'postgresql+psycopg://u@host/db'
    """
    if not url:
        return f"sqlite:///{DEFAULT_DB}"
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _now() -> datetime:
    return datetime.now(UTC)


def _hash(value: Any) -> str:
    data = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


class Store:
    """The event store.  Open one with :meth:`Store.open`; close it with :meth:`close`.

    Shapes (all plain JSON-ready dicts):

    * ``ingest(record, text=None) -> IngestResult``: ``record`` is the document
      record of ``waqia.extract`` (output-format.md, section Document);
      ``text`` the article, to recognise the same text under another id.
    * ``get_document(doc_id) -> dict | None``: the record exactly as ingested, with
      its ``text`` when the text was given.
    * ``documents(limit=None, offset=0) -> list[dict]``: ``{doc_id, url, title,
      outlet, published, relevant, events}`` (events: how many), newest first.
    * ``incidents(since=None, until=None, country=None, admin1=None,
      event_type=None, doc_id=None, limit=None, offset=0) -> list[dict]``:
      Incident records (output-format.md, section Incident) with their ``notes``
      (English) and ``notes_ar`` (Arabic) summaries, by date.
    * ``get_incident(incident_id) -> dict | None``.
    * ``counts() -> {"documents", "events", "incidents", "linked_incidents", "corrections"}``.
    * ``save_correction(doc_id, payload, author=None) -> int`` (the correction's
      id) and ``corrections(doc_id) -> list[{"id", "doc_id", "author",
      "payload", "created_at"}]``, oldest first.

    >>> store = Store.open("sqlite://")
    >>> store.ingest({"doc_id": "a", "events": []}).status
    'added'
    >>> store.ingest({"doc_id": "a", "events": []}).status
    'unchanged'
    >>> store.counts()["documents"]
    1
    >>> store.close()
    """

    def __init__(self, engine: Engine):
        self.engine = engine
        self._writer = WriterLock(lock_path(engine))  # one writer at a time: the database has one anyway
        self._members = prelink.MemberCache()  # decoded link candidates, shared by this process's threads
        try:
            self._transact(migrate)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open the event store at {engine.url!r}: {exc.__class__.__name__}: "
                             f"{exc}; check the --db URL and that the server is running") from exc

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Open (and create or migrate) a store.

        ``url`` is None (``waqia.db`` in the current directory), a file path,
        ``sqlite:///path``, ``sqlite://`` (in memory) or ``postgresql://...``.
        """
        full = database_url(url)
        try:
            engine = create_engine(full, future=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise StoreError(f"cannot use the database URL {url!r}: {exc}; "
                             "give a file path, sqlite:///FILE or postgresql://USER@HOST/DB") from exc
        if engine.dialect.name == "sqlite":
            sqlite_setup(engine)
            if full.startswith("sqlite:///") and full != "sqlite:///:memory:":
                folder = os.path.dirname(os.path.abspath(full[len("sqlite:///"):]))
                if not os.path.isdir(folder):
                    raise StoreError(f"the folder {folder} does not exist; create it or choose another --db")
        return cls(engine)

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()
        self._writer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(waqia_write=True)
            with conn.begin():
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(726173)")
                yield conn

    def _transact(self, work: Callable[[Connection], T]) -> T:
        """``work(conn)`` in one write transaction, tried again while the database is busy.

        Several server workers (or ``waqia ingest`` beside a server) write to
        one store; SQLite waits up to its busy timeout for the write lock and
        a rare ``database is locked`` beyond it (or a PostgreSQL
        serialization failure or deadlock) rolls the transaction back whole,
        so running it again is safe.
        """
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._writer, self._write() as conn:
                    return work(conn)
            except DBAPIError as exc:
                if attempt == WRITE_ATTEMPTS - 1 or not transient(exc):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * 2 ** attempt)
        raise AssertionError("unreachable")

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    # ---- ingest -------------------------------------------------------

    def ingest(self, record: dict[str, Any], text: str | None = None) -> IngestResult:
        """Store one document record with its text, its events, and link them into incidents.

        ``text`` is the article the record was read from (a ``text`` inside
        the record is taken when it is not given); it is kept beside the
        record and comes back with it.  The same record again changes
        nothing (a text it lacked is filled in); a different record under the
        same ``doc_id`` replaces the old one and its events (a correction);
        the same ``text`` under another id is a duplicate and is skipped.
        Raises :class:`StoreError` for a record without a ``doc_id``.
        """
        if not isinstance(record, dict) or not isinstance(record.get("doc_id"), str) or not record["doc_id"]:
            raise StoreError("a document record needs a non-empty string doc_id; "
                             "pass what waqia.extract() returns")
        record = dict(record)
        inside = record.pop("text", None)
        text = text if isinstance(text, str) else inside if isinstance(inside, str) else None
        doc_id, record_hash = record["doc_id"], _hash(record)
        text_hash = _hash(text) if text is not None and text.strip() else None
        try:
            planned = self._plan(record, record_hash, text, text_hash)
            return self._transact(lambda conn: self._ingest_in(conn, record, record_hash, text, text_hash,
                                                               planned))
        except SQLAlchemyError as exc:
            raise StoreError(f"could not store document {doc_id!r}: {exc}") from exc

    def _plan(self, record: dict[str, Any], record_hash: str, text: str | None,
              text_hash: str | None) -> prelink.Plan:
        """The links of the new events weighed before the write lock is taken (:mod:`prelink`)."""
        try:
            with self._read() as conn:
                return prelink.plan(conn, record, record_hash, text, text_hash, self._members)
        except DBAPIError as exc:
            if not transient(exc):
                raise
            return prelink.Plan()  # the write transaction weighs them all

    def duplicate_of(self, doc_id: str, text: str) -> str | None:
        """The id of the stored document with this ``text`` when ``doc_id`` is not stored: what
        :meth:`ingest` would call a ``duplicate`` whatever the record (so it need not be read)."""
        if not text.strip():
            return None
        with self._read() as conn:
            if conn.execute(select(D.c.doc_id).where(D.c.doc_id == doc_id)).first() is not None:
                return None
            found = conn.execute(select(D.c.doc_id).where(D.c.text_hash == _hash(text))).first()
        return found.doc_id if found is not None else None

    def _ingest_in(self, conn: Connection, record: dict[str, Any], record_hash: str, text: str | None,
                   text_hash: str | None, planned: prelink.Plan) -> IngestResult:
        doc_id = record["doc_id"]
        old = conn.execute(select(D.c.record_hash, D.c.text).where(D.c.doc_id == doc_id)).first()
        if old is not None and old.record_hash == record_hash:
            if old.text is None and text_hash is not None:
                conn.execute(update(D).where(D.c.doc_id == doc_id).values(text=text, text_hash=text_hash))
            return IngestResult(doc_id, "unchanged", len(record.get("events") or []),
                                self._doc_incidents(conn, doc_id))
        if old is None and text_hash is not None:
            dup = conn.execute(select(D.c.doc_id).where(D.c.text_hash == text_hash)).first()
            if dup is not None:
                return IngestResult(doc_id, "duplicate", duplicate_of=dup.doc_id)
        return self._write_document(conn, record, record_hash, text_hash, old is not None, text,
                                    planned)

    def _write_document(self, conn: Connection, record: dict[str, Any], record_hash: str,
                        text_hash: str | None, replace: bool, text: str | None,
                        planned: prelink.Plan) -> IngestResult:
        doc_id = record["doc_id"]
        events = [e for e in record.get("events") or [] if isinstance(e, dict)]
        shingles, fingerprint = planned.evidence or linking.text_evidence(text)
        if shingles is None and replace:  # a corrected record without its text keeps the old text
            kept = conn.execute(select(D.c.shingles, D.c.fingerprint, D.c.text, D.c.text_hash)
                                .where(D.c.doc_id == doc_id)).first()
            if kept is not None:
                shingles, fingerprint, text, text_hash = kept.shingles, kept.fingerprint, kept.text, kept.text_hash
        row = {"text_hash": text_hash, "text": text, "record_hash": record_hash, "url": record.get("url"),
               "shingles": shingles, "fingerprint": fingerprint,
               "title": record.get("title"), "outlet": record.get("outlet"),
               "published": record.get("published"), "relevant": bool(record.get("relevant")),
               "n_events": len(events), "record": record, "ingested_at": _now()}
        if replace:
            linking.remove_events(conn, doc_id)
            conn.execute(update(D).where(D.c.doc_id == doc_id).values(**row))
        else:
            conn.execute(insert(D).values(doc_id=doc_id, **row))
        for position, ev in enumerate(events):
            member = linking.fingerprint_member(doc_id, ev, record.get("published"), record.get("outlet"),
                                                shingles, fingerprint)
            pk = _new_key(conn.execute(insert(E).values(_event_row(member, position))))
            linking.link_event(conn, pk, member,
                               prelink.confirm(conn, member, planned.known(position, member), self._members))
        return IngestResult(doc_id, "replaced" if replace else "added", len(events),
                            self._doc_incidents(conn, doc_id))

    def _doc_incidents(self, conn: Connection, doc_id: str) -> tuple[str, ...]:
        q = (select(I.c.incident_id).join(E, E.c.incident_pk == I.c.pk)
             .where(E.c.doc_id == doc_id).order_by(E.c.position))
        return tuple(dict.fromkeys(r[0] for r in conn.execute(q)))

    # ---- reading ------------------------------------------------------

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        """The record of one document exactly as ingested, with its ``text`` when known; or None."""
        with self._read() as conn:
            return queries.get_document(conn, doc_id)

    def documents(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Summaries ``{doc_id, url, title, outlet, published, relevant, events}``, newest first."""
        with self._read() as conn:
            return queries.documents(conn, limit, offset)

    def incidents(self, since: str | None = None, until: str | None = None, country: str | None = None,
                  admin1: str | None = None, event_type: str | None = None, doc_id: str | None = None,
                  limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Incident records matching every filter given, by date (undated last).

        ``since``/``until`` are ``YYYY-MM-DD`` (inclusive; undated incidents are
        left out when either is given); ``country`` an ISO alpha-2 code.
        """
        q = queries.incident_query(since, until, country, admin1, event_type, doc_id)
        with self._read() as conn:
            return [with_notes(dict(r.payload)) for r in conn.execute(q.offset(offset).limit(limit))]

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident record (with its notes), or None."""
        with self._read() as conn:
            found = queries.get_incident(conn, incident_id)
        return with_notes(found) if found is not None else None

    def counts(self) -> dict[str, int]:
        """``{"documents", "events", "incidents", "linked_incidents", "corrections"}``."""
        with self._read() as conn:
            return queries.counts(conn)

    def save_correction(self, doc_id: str, payload: dict[str, Any], author: str | None = None) -> int:
        """Keep a reviewer's correction of a document beside the machine reading; return its id."""
        return self._transact(lambda conn: queries.save_correction(conn, doc_id, payload, author))

    def corrections(self, doc_id: str) -> list[dict[str, Any]]:
        """``[{"id", "doc_id", "author", "payload", "created_at"}]`` for a document, oldest first."""
        with self._read() as conn:
            return queries.corrections(conn, doc_id)

    def remove(self, doc_id: str) -> bool:
        """Delete a document and its events (its incidents are recomputed); True when it existed."""
        def work(conn: Connection) -> bool:
            linking.remove_events(conn, doc_id)
            return queries.remove_document(conn, doc_id)

        return self._transact(work)


def _first(locations: list[dict[str, Any]], field: str) -> Any:
    return next((x[field] for x in locations if isinstance(x, dict) and x.get(field)), None)


def _event_row(m: Member, position: int) -> dict[str, Any]:
    ev, locs = m.event, m.places
    day = anchor(m)
    lat_lon = next(((x["lat"], x["lon"]) for x in locs if isinstance(x, dict)
                    and x.get("lat") is not None and x.get("lon") is not None), (None, None))
    return {"doc_id": m.doc_id, "event_id": str(ev.get("event_id") or position), "position": position,
            "event_type": ev.get("event_type"), "sub_event_type": ev.get("sub_event_type"),
            "date": (ev.get("date") or None) and str(ev["date"])[:10],
            "anchor": str(day) if day is not None else None,
            "country": _first(locs, "country"), "admin1": _first(locs, "admin1"),
            "lat": lat_lon[0], "lon": lat_lon[1], "payload": ev, "incident_pk": None}


def _new_key(result: Any) -> int:
    """The primary key of the row an INSERT just made."""
    key = result.inserted_primary_key
    if key is None:
        raise StoreError("the database gave no key for a new row; is the table writable?")
    return int(key[0])
