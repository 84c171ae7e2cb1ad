"""Weighing a new document's events against the store before its write transaction.

Weighing the candidates of a new event (decoding their stored JSON, then
:func:`waqia.incidents.evidence.weigh` pair by pair) is most of what storing a
document costs, and it grows with the events stored near it in place and time.
Inside the write transaction it would hold the store's one writer (SQLite's
write lock, PostgreSQL's advisory lock) all that time, and the server's
workers would store one document at a time.  So :func:`plan` weighs them
first, in a read transaction that waits for no writer, and :func:`confirm`,
inside the write transaction, lists the candidates again by identity alone
(no JSON), keeps the evidence of every candidate that is still the same event
(same event key, document, position, record and text: a :data:`Signature`)
and weighs only those that appeared or changed in between.  The links stored
are thus exactly those that weighing every candidate inside the transaction
would give (weighing is pure), and incidents still do not depend on the order
in which documents arrive.

Decoded candidates are kept in a small per-process cache (:class:`MemberCache`),
keyed by signature, so that a busy store does not decode the same events for
every document.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from waqia.incidents.evidence import Evidence, weigh
from waqia.incidents.members import Member
from waqia.store import linking, schema

D, E = schema.documents, schema.events
#: an event's identity as the linker sees it: (event pk, doc_id, position, record hash, text hash)
Signature = tuple[int, str, int, str, str | None]
#: decoded candidates a process keeps (a few MB; each worker of the server has its own)
CACHE_SIZE = 4096
#: event keys per ``IN (...)`` query (well under SQLite's limit on bound parameters)
CHUNK = 500


class MemberCache:
    """Decoded candidate events by :data:`Signature`, the least recently used dropped first;
    safe to share between the threads of one process.

    >>> cache = MemberCache(size=1)
    >>> cache.put({(1, "d", 0, "h", None): Member("d", {})}); cache.put({(2, "d", 1, "h", None): Member("d", {})})
    >>> sorted(cache.get([(1, "d", 0, "h", None), (2, "d", 1, "h", None)]))
    [(2, 'd', 1, 'h', None)]
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[Signature, Member] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, keys: Iterable[Signature]) -> dict[Signature, Member]:
        """The cached members among ``keys``."""
        out = {}
        with self._lock:
            for k in keys:
                m = self._items.get(k)
                if m is not None:
                    self._items.move_to_end(k)
                    out[k] = m
        return out

    def put(self, members: dict[Signature, Member]) -> None:
        """Keep ``members`` (and drop the oldest beyond :attr:`size`)."""
        with self._lock:
            self._items.update(members)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def _identities(conn: Connection, member: Member) -> list[tuple[Signature, int | None]]:
    """The candidates of ``member`` (:func:`waqia.store.linking.candidate_query`) by signature, with
    their incident pks, in event pk order."""
    q = linking.candidate_query(select(E.c.pk, E.c.doc_id, E.c.position, D.c.record_hash, D.c.text_hash,
                                       E.c.incident_pk).join(D, D.c.doc_id == E.c.doc_id), member)
    rows = [((r.pk, r.doc_id, r.position, r.record_hash, r.text_hash), r.incident_pk) for r in conn.execute(q)]
    return sorted(rows, key=lambda row: row[0][0])


def _members(conn: Connection, keys: list[Signature], cache: MemberCache) -> dict[Signature, Member]:
    """The candidates ``keys`` decoded (from the cache when there).  A key whose event changed
    since it was listed is left out (on PostgreSQL each statement of a read sees the latest data)."""
    found = cache.get(keys)
    wanted = {k[0]: k for k in keys if k not in found}
    pks = sorted(wanted)
    for start in range(0, len(pks), CHUNK):
        q = (select(E.c.pk, E.c.doc_id, E.c.position, E.c.payload, D.c.published, D.c.outlet, D.c.shingles,
                    D.c.fingerprint, D.c.record_hash, D.c.text_hash)
             .join(D, D.c.doc_id == E.c.doc_id).where(E.c.pk.in_(pks[start:start + CHUNK])))
        fresh = {}
        for r in conn.execute(q):
            key = (r.pk, r.doc_id, r.position, r.record_hash, r.text_hash)
            if wanted.get(r.pk) == key:
                fresh[key] = linking.fingerprint_member(r.doc_id, r.payload, r.published, r.outlet,
                                                        r.shingles, r.fingerprint)
        cache.put(fresh)
        found.update(fresh)
    return found


def weigh_candidates(conn: Connection, member: Member, cache: MemberCache) -> dict[Signature, Evidence | None]:
    """The evidence between ``member`` and each of its stored candidates, by signature."""
    keys = [k for k, _ in _identities(conn, member)]
    return {k: weigh(member, other) for k, other in _members(conn, keys, cache).items()}


@dataclass(frozen=True)
class Plan:
    """What :func:`plan` weighed for a document: its text's :func:`~waqia.store.linking.text_evidence`
    (None when nothing is to be written) and, by event position, the event as weighed and the
    evidence of each candidate by signature."""

    evidence: tuple[Any, Any] | None = None
    events: dict[int, tuple[Member, dict[Signature, Evidence | None]]] = field(default_factory=dict)

    def known(self, position: int, member: Member) -> dict[Signature, Evidence | None]:
        """The evidence weighed for the event at ``position``, if it was weighed as ``member``
        (a corrected record stored meanwhile may have changed the text it is compared by)."""
        weighed, evidence = self.events.get(position, (None, {}))
        return evidence if weighed == member else {}


def plan(conn: Connection, record: dict[str, Any], record_hash: str, text: str | None, text_hash: str | None,
         cache: MemberCache) -> Plan:
    """Weigh the events of a document about to be stored.  Empty when the store would write
    nothing (the same record, or the same text under another id)."""
    doc_id = record["doc_id"]
    old = conn.execute(select(D.c.record_hash, D.c.shingles, D.c.fingerprint)
                       .where(D.c.doc_id == doc_id)).first()
    if old is not None and old.record_hash == record_hash:
        return Plan()
    if old is None and text_hash is not None and \
            conn.execute(select(D.c.doc_id).where(D.c.text_hash == text_hash)).first() is not None:
        return Plan()
    evidence = linking.text_evidence(text)
    shingles, fingerprint = evidence
    if shingles is None and old is not None:  # a corrected record without its text keeps the old text
        shingles, fingerprint = old.shingles, old.fingerprint
    events = {}
    for position, ev in enumerate(e for e in record.get("events") or [] if isinstance(e, dict)):
        member = linking.fingerprint_member(doc_id, ev, record.get("published"), record.get("outlet"),
                                            shingles, fingerprint)
        events[position] = (member, weigh_candidates(conn, member, cache))
    return Plan(evidence, events)


def confirm(conn: Connection, member: Member, weighed: dict[Signature, Evidence | None],
            cache: MemberCache) -> list[tuple[int, int | None, Evidence | None]]:
    """Inside the write transaction: every candidate of ``member`` as (event pk, incident pk,
    evidence), in event pk order, ``weighed`` reused for the candidates that are unchanged."""
    listed = _identities(conn, member)
    new = [k for k, _ in listed if k not in weighed]
    fresh = {k: weigh(member, other) for k, other in _members(conn, new, cache).items()} if new else {}
    return [(k[0], incident_pk, weighed[k] if k in weighed else fresh.get(k)) for k, incident_pk in listed]
