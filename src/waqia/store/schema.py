"""The tables of the event store (SQLAlchemy Core: the same for SQLite and PostgreSQL).

Dates are ``YYYY-MM-DD`` strings, so they compare correctly as text on both
back ends.  Whole records are kept as JSON beside the columns used to query
them, so that a document or incident comes back exactly as it went in.
"""

from __future__ import annotations

from sqlalchemy import (
                        JSON,
                        Boolean,
                        Column,
                        DateTime,
                        Float,
                        ForeignKey,
                        Index,
                        Integer,
                        MetaData,
                        String,
                        Table,
                        Text,
)

metadata = MetaData()

#: Names of applied migrations (see migrations.py).
migrations_table = Table(
    "_migrations", metadata,
    Column("name", String(200), primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("doc_id", String(400), primary_key=True),
    Column("text_hash", String(64), nullable=True, index=True),
    Column("record_hash", String(64), nullable=False),
    Column("url", Text), Column("title", Text), Column("outlet", String(400)),
    Column("published", String(32), index=True),
    Column("relevant", Boolean, nullable=False, default=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("record", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("shingles", JSON, nullable=True),
    #: the linker's other text evidence: ``{"words": [...], "weekdays": [...]}``
    Column("fingerprint", JSON, nullable=True),
    #: the article the record was read from (its spans point into it); None when it was not given
    Column("text", Text, nullable=True),
)

incidents = Table(
    "incidents", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", String(64), nullable=False, unique=True),
    Column("event_type", String(64), index=True),
    Column("date", String(10), index=True),
    Column("country", String(8), index=True),
    Column("admin1", String(200), index=True),
    Column("n_docs", Integer, nullable=False, default=0),
    Column("payload", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(400), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("event_id", String(400), nullable=False),
    Column("position", Integer, nullable=False),
    Column("event_type", String(64)),
    Column("sub_event_type", String(120)),
    Column("date", String(10)),
    #: the event's date, else its document's publication day: what linking searches by
    Column("anchor", String(10)),
    Column("country", String(8)),
    Column("admin1", String(200)),
    Column("lat", Float), Column("lon", Float),
    Column("payload", JSON, nullable=False),
    Column("incident_pk", Integer, ForeignKey("incidents.pk", ondelete="SET NULL"), index=True),
    Index("ix_events_country_anchor", "country", "anchor"),
)

#: Human corrections, kept beside the machine reading (never overwriting it).
corrections = Table(
    "corrections", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(400), nullable=False, index=True),
    Column("author", String(200)),
    Column("payload", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

#: Links between events of different documents: the evidence that they report one event.
#: ``event_a < event_b``; an incident is a connected component of links.
links = Table(
    "links", metadata,
    Column("event_a", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True),
    Column("event_b", Integer, ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True,
           index=True),
    Column("score", Float, nullable=False),
    Column("evidence", JSON, nullable=False),
)
