"""How the :class:`~waqia.store.core.Store` writes: real SQLite transactions, one writer at a time,
and which database errors are worth another try.

Several processes write to one store (the workers of ``waqia serve``, or
``waqia ingest`` beside a server).  SQLite has one writer; a second one
waiting for it polls, sleeping up to 100 ms between tries, so under load the
write lock sat free while the waiting writers slept and each worker's own
threads took it again first.  :class:`WriterLock` queues writers instead:
a thread lock inside a process and, for a SQLite file, an ``flock`` on
``FILE.lock`` beside it across processes, which wakes the next writer as
soon as the lock is released.  PostgreSQL queues writers itself (an advisory
lock taken by every write transaction).
"""

from __future__ import annotations

import os
import threading
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine
from sqlalchemy import event as sa_event
from sqlalchemy.exc import DBAPIError

try:
    import fcntl
except ImportError:  # not on Windows: the thread lock and SQLite's busy timeout do the work
    fcntl = None  # type: ignore[assignment]

#: PostgreSQL error codes worth a retry: serialization failure, deadlock, lock not available
RETRY_SQLSTATES = frozenset({"40001", "40P01", "55P03"})


def transient(exc: BaseException) -> bool:
    """True for a database error that another try may not meet (a busy or locked database).

    >>> from sqlalchemy.exc import OperationalError
    >>> transient(OperationalError("BEGIN", {}, Exception("database is locked")))
    True
    >>> transient(OperationalError("INSERT", {}, Exception("no such table: documents")))
    False
    """
    if not isinstance(exc, DBAPIError):
        return False
    if getattr(exc.orig, "sqlstate", None) in RETRY_SQLSTATES:
        return True
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


def sqlite_setup(engine: Engine) -> None:
    """Real transactions on SQLite: explicit BEGIN, IMMEDIATE for writers, WAL, foreign keys."""
    @sa_event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in ("foreign_keys=ON", "busy_timeout=60000", "journal_mode=WAL", "synchronous=NORMAL"):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("waqia_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def lock_path(engine: Engine) -> str | None:
    """The writers' lock file of a SQLite file database; None for memory or another database.

    >>> from sqlalchemy import create_engine
    >>> lock_path(create_engine("sqlite:///data/x.db")), lock_path(create_engine("sqlite://"))
    ('data/x.db.lock', None)
    """
    name = engine.url.database
    if engine.dialect.name != "sqlite" or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return name + ".lock"


class WriterLock:
    """One writer at a time: a thread lock, and an ``flock`` on ``path`` when one is given
    (where the file cannot be made, SQLite's own lock and busy timeout still serialise).

    >>> lock = WriterLock(None)
    >>> with lock:
    ...     lock.locked()
    True
    """

    def __init__(self, path: str | None) -> None:
        self._thread = threading.Lock()
        self._path = path if fcntl is not None else None
        self._fd: int | None = None

    def locked(self) -> bool:
        """Whether a writer of this process holds the lock."""
        return self._thread.locked()

    def __enter__(self) -> Self:
        self._thread.acquire()
        try:
            if self._path is not None and self._fd is None:
                try:
                    self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
                except OSError:
                    self._path = None  # a read-only folder: no cross-process queue
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
        except BaseException:
            self._thread.release()
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            if self._fd is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            self._thread.release()

    def close(self) -> None:
        """Close the lock file (the file itself stays, empty, beside the database)."""
        with self._thread:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None
