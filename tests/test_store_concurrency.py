"""Several processes (as the server's workers are) write to one store at once: nothing is lost or doubled."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from test_store_fixtures import event, loc, record
from waqia.store import Store
from waqia.store.core import transient

WRITERS = 4
PER_WRITER = 15


def _write(url: str, writer: int) -> list[str]:
    statuses = []
    with Store.open(url) as store:
        for i in range(PER_WRITER):
            day = f"2021-06-{1 + i % 3:02d}"
            ev = event("e1", date=day, locations=[loc("Town", lat=35.0, lon=36.0)])
            statuses.append(store.ingest(record(f"w{writer}-{i}", [ev], published=day)).status)
            if i % 5 == 0:
                store.save_correction(f"w{writer}-{i}", {"review": {"note": writer}}, f"coder {writer}")
    return statuses


def test_store_concurrent_writers_lose_nothing(db_url: str) -> None:
    Store.open(db_url).close()  # the schema exists before the writers race (the server does the same)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(WRITERS) as pool:
        results = pool.starmap(_write, [(db_url, w) for w in range(WRITERS)])
    assert all(s == "added" for statuses in results for s in statuses)
    with Store.open(db_url) as store:
        counts = store.counts()
        assert counts["documents"] == WRITERS * PER_WRITER
        assert counts["events"] == WRITERS * PER_WRITER
        assert counts["corrections"] == WRITERS * len(range(0, PER_WRITER, 5))
        linked = [doc for inc in store.incidents() for doc in inc["doc_ids"]]
    assert sorted(linked) == sorted(f"w{w}-{i}" for w in range(WRITERS) for i in range(PER_WRITER))


def test_store_concurrent_schema_creation(db_url: str) -> None:
    """Workers that open a fresh store together all find (or make) the same schema."""
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        pool.starmap(_open_and_count, [(db_url,)] * 3)
    with Store.open(db_url) as store:
        assert store.counts()["documents"] == 0


def _open_and_count(url: str) -> int:
    with Store.open(url) as store:
        return store.counts()["documents"]


@pytest.mark.parametrize(("message", "expected"), [
    ("database is locked", True), ("database is busy", True), ("no such table: documents", False)])
def test_store_transient_errors(message: str, expected: bool) -> None:
    assert transient(OperationalError("BEGIN", {}, Exception(message))) is expected


def test_store_write_retries_when_busy(tmp_path: Any) -> None:
    store = Store.open(str(tmp_path / "busy.db"))
    calls = []

    def flaky(conn: Any) -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("BEGIN IMMEDIATE", {}, Exception("database is locked"))
        return "written"

    assert store._transact(flaky) == "written"
    assert len(calls) == 3
    store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the writers' queue is an flock")
def test_store_writers_queue_on_the_lock_file(tmp_path: Any) -> None:
    """A second store on the same SQLite file waits for the first's writer lock (not SQLite's
    polling busy handler); the lock file sits beside the database."""
    url = f"sqlite:///{tmp_path / 'queued.db'}"
    with Store.open(url) as first, Store.open(url) as second:
        assert (tmp_path / "queued.db.lock").exists()
        with first._writer:
            writer = threading.Thread(target=second.ingest, args=(record("q", []),))
            writer.start()
            writer.join(0.5)
            assert writer.is_alive()  # queued behind the first store
        writer.join(10)
        assert not writer.is_alive() and second.counts()["documents"] == 1
