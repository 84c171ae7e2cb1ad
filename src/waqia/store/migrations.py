"""Named migrations, applied in order and recorded in the ``_migrations`` table.

A migration is a name and a function of a connection inside a transaction.
Never edit or reorder one that has shipped: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, select

from . import schema

Migration = tuple[str, Callable[[Connection], None]]


def _initial(conn: Connection) -> None:
    tables = [schema.documents, schema.incidents, schema.events, schema.corrections]
    schema.metadata.create_all(conn, tables=tables)


#: Every migration, oldest first.
MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
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
    (['0001_initial'], [])
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
