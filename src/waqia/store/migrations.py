"""Named migrations, applied in order and recorded in the ``_migrations`` table.

A migration is a name and a function of a connection inside a transaction.
Never edit or reorder one that has shipped: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select, text, update

from waqia.store import schema
from waqia.store.linking import text_evidence

Migration = tuple[str, Callable[[Connection], None]]


def _initial(conn: Connection) -> None:
    tables = [schema.documents, schema.incidents, schema.events, schema.corrections]
    schema.metadata.create_all(conn, tables=tables)


def _document_shingles(conn: Connection) -> None:
    """Word-triple hashes of each document's text, the linker's shared-text evidence."""
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "shingles" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN shingles " +
                          ("JSONB" if conn.dialect.name == "postgresql" else "JSON")))


def _links(conn: Connection) -> None:
    """The ``links`` table (evidence between events) and each document's text fingerprint.

    Incidents linked before this migration keep their members; only new
    articles are linked by the evidence rule.
    """
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "fingerprint" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN fingerprint " +
                          ("JSONB" if conn.dialect.name == "postgresql" else "JSON")))
    schema.metadata.create_all(conn, tables=[schema.links])


def _document_text(conn: Connection) -> None:
    """The article of each document, so that a stored record comes back with the text it points into.

    Records stored before kept their text inside the record when the API stored them; it moves to
    the column, so that every document keeps its text in one place.
    """
    columns = {c["name"] for c in inspect(conn).get_columns("documents")}
    if "text" not in columns:
        conn.execute(text("ALTER TABLE documents ADD COLUMN text TEXT"))
    d = schema.documents
    for row in conn.execute(select(d.c.doc_id, d.c.record)).all():
        record = dict(row.record or {})
        if isinstance(record.get("text"), str):
            body = record.pop("text")
            conn.execute(update(d).where(d.c.doc_id == row.doc_id).values(record=record, text=body))


def _text_fingerprint(conn: Connection) -> None:
    """Each document's fingerprint recomputed from its text with the linker's own word list
    (``text_stopwords.tsv``, fingerprint version 2) instead of the reading lexicon.

    Links stored before keep their evidence; a document without its text keeps the old
    fingerprint, whose words the linker no longer compares.
    """
    d = schema.documents
    for row in conn.execute(select(d.c.doc_id, d.c.text).where(d.c.text.is_not(None))).all():
        shingles, fingerprint = text_evidence(row.text)
        if fingerprint is not None:
            conn.execute(update(d).where(d.c.doc_id == row.doc_id).values(shingles=shingles, fingerprint=fingerprint))


def _text_counts(conn: Connection) -> None:
    """Each document's fingerprint recomputed with how often each content word occurs
    (fingerprint version 3): the linker compares texts by the cosine of their counted words.
    A document without its text keeps the old fingerprint, whose words are no longer compared."""
    _text_fingerprint(conn)


def _calendar(conn: Connection) -> None:
    """Each document's fingerprint recomputed with the days of the month and the current months
    its lead names (``days``, ``months``): the linker's ``calendar`` evidence.  A document without
    its text keeps its fingerprint, and no calendar evidence."""
    _text_fingerprint(conn)


def _word_rarity(conn: Connection) -> None:
    """Each document's fingerprint recomputed with how rare each content word is in Arabic at
    large (``rarity``, fingerprint version 4): the text cosine weighs words by it.  A document
    without its text keeps the old fingerprint, whose words are no longer compared."""
    _text_fingerprint(conn)


#: Every migration, oldest first.
MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0002_document_shingles", _document_shingles),
    ("0003_links", _links),
    ("0004_document_text", _document_text),
    ("0005_text_fingerprint", _text_fingerprint),
    ("0006_text_counts", _text_counts),
    ("0007_calendar", _calendar),
    ("0008_word_rarity", _word_rarity),
]


def applied(conn: Connection) -> list[str]:
    """Names of the migrations already applied to this database."""
    schema.metadata.create_all(conn, tables=[schema.migrations_table])
    return [r[0] for r in conn.execute(select(schema.migrations_table.c.name))]


def migrate(conn: Connection) -> list[str]:
    """Apply the migrations this database lacks; return their names.

    >>> from sqlalchemy import create_engine
    >>> with create_engine("sqlite://").begin() as conn:
    ...     migrate(conn), migrate(conn)
    (['0001_initial', '0002_document_shingles', '0003_links', '0004_document_text', '0005_text_fingerprint', '0006_text_counts', '0007_calendar', '0008_word_rarity'], [])
    """
    done = set(applied(conn))
    new = []
    for name, fn in MIGRATIONS:
        if name not in done:
            fn(conn)
            conn.execute(schema.migrations_table.insert().values(
                name=name, applied_at=datetime.now(UTC)))
            new.append(name)
    return new
