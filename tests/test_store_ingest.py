"""The store keeps every document once, replaces corrected versions, and writes atomically."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from test_store_fixtures import claim, event, hotel_attack_reports, loc, record
from waqia.errors import StoreError
from waqia.store import Store, database_url, schema
from waqia.store.migrations import MIGRATIONS


def _clash(doc_id: str, killed: int, date: str = "2020-03-02") -> dict[str, Any]:
    return record(doc_id, [event("e1", date=date, locations=[loc("Kafr Nabl")],
                                 claims=[claim("killed", killed, "state_forces", "army")])],
                  published=date)


def test_store_ingest_statuses(store: Store) -> None:
    rec = _clash("a", 5)
    assert store.ingest(rec, text="some article").status == "added"
    assert store.ingest(rec, text="some article").status == "unchanged"
    again = store.ingest(dict(rec, doc_id="a-copy"), text="some article")
    assert (again.status, again.duplicate_of) == ("duplicate", "a")
    assert store.ingest(_clash("a", 7)).status == "replaced"
    assert store.counts()["documents"] == 1


def test_store_ingest_twice_gives_identical_counts(store: Store) -> None:
    for rec in hotel_attack_reports():
        store.ingest(rec)
    first = store.counts()
    ids = [i["incident_id"] for i in store.incidents()]
    for rec in hotel_attack_reports():
        assert store.ingest(rec).status == "unchanged"
    assert store.counts() == first
    assert [i["incident_id"] for i in store.incidents()] == ids


def test_store_ingest_correction_leaves_no_orphans(store: Store) -> None:
    store.ingest(_clash("a", 5))
    store.ingest(_clash("b", 6))
    assert store.counts()["incidents"] == 1
    moved = record("a", [event("e1", "Protests", "Peaceful protest", "2020-03-10",
                               [loc("Far Town", "SY", "Aleppo")]),
                         event("e2", date="2020-03-10", locations=[loc("Far Town", "SY", "Aleppo")])],
                   published="2020-03-10")
    assert store.ingest(moved).status == "replaced"
    counts = store.counts()
    assert (counts["documents"], counts["events"], counts["incidents"]) == (2, 3, 3)
    old = store.incidents(doc_id="b")[0]
    assert old["doc_ids"] == ["b"] and old["event_ids"] == ["e1"]
    with store.engine.connect() as conn:
        empty = conn.execute(select(func.count()).select_from(schema.incidents).where(
            ~schema.incidents.c.pk.in_(select(schema.events.c.incident_pk)))).scalar_one()
        unlinked = conn.execute(select(func.count()).select_from(schema.events).where(
            schema.events.c.incident_pk.is_(None))).scalar_one()
    assert (empty, unlinked) == (0, 0)


def test_store_ingest_failure_mid_document_rolls_back(store: Store, monkeypatch: Any) -> None:
    store.ingest(_clash("a", 5))
    before = store.counts()
    calls = {"n": 0}
    from waqia.store import linking
    real = linking.link_event

    def failing(conn: Any, pk: int, member: Any, *weighed: Any) -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("simulated crash after the first event")
        return real(conn, pk, member, *weighed)

    monkeypatch.setattr(linking, "link_event", failing)
    two = record("b", [event("e1", date="2020-03-02", locations=[loc("Kafr Nabl")]),
                       event("e2", date="2020-03-02", locations=[loc("Saraqib")])], published="2020-03-02")
    with pytest.raises(RuntimeError):
        store.ingest(two)
    assert store.counts() == before
    assert store.get_document("b") is None
    assert store.incidents()[0]["doc_ids"] == ["a"]


@pytest.mark.parametrize("bad", [None, {}, {"doc_id": ""}, {"doc_id": 5}, "text"])
def test_store_ingest_rejects_records_without_id(store: Store, bad: Any) -> None:
    with pytest.raises(StoreError, match="doc_id"):
        store.ingest(bad)
    assert store.counts()["documents"] == 0


def test_store_ingest_document_round_trip(store: Store) -> None:
    rec = _clash("a", 5)
    store.ingest(rec)
    assert store.get_document("a") == rec
    assert store.get_document("missing") is None
    assert store.documents() == [{"doc_id": "a", "url": rec["url"], "title": None, "outlet": "example.org",
                                  "published": "2020-03-02", "relevant": True, "events": 1}]


def test_store_ingest_corrections_kept_beside_the_reading(store: Store) -> None:
    rec = _clash("a", 5)
    store.ingest(rec)
    first = store.save_correction("a", {"claims": [{"kind": "killed", "value": 6}]}, author="reviewer")
    second = store.save_correction("a", {"relevant": False})
    got = store.corrections("a")
    assert [c["id"] for c in got] == [first, second]
    assert got[0]["author"] == "reviewer" and got[0]["payload"]["claims"][0]["value"] == 6
    assert store.get_document("a") == rec
    assert store.counts()["corrections"] == 2
    with pytest.raises(StoreError, match="no stored document"):
        store.save_correction("nope", {})


def test_store_ingest_remove_document(store: Store) -> None:
    store.ingest(_clash("a", 5))
    store.ingest(_clash("b", 6))
    assert store.remove("a") is True and store.remove("a") is False
    assert store.incidents()[0]["doc_ids"] == ["b"]
    assert store.counts()["events"] == 1


def test_store_ingest_migrations_are_named_and_applied_once(db_url: str) -> None:
    s1 = Store.open(db_url)
    s1.ingest(_clash("a", 5))
    s1.close()
    s2 = Store.open(db_url)
    with s2.engine.connect() as conn:
        names = [r[0] for r in conn.execute(select(schema.migrations_table.c.name))]
    assert names == [name for name, _ in MIGRATIONS]
    assert s2.counts()["documents"] == 1
    s2.close()


@pytest.mark.parametrize("given, expected", [
    (None, "sqlite:///waqia.db"),
    ("x.db", "sqlite:///x.db"),
    ("sqlite:///tmp/x.db", "sqlite:///tmp/x.db"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
])
def test_store_ingest_database_url(given: str | None, expected: str) -> None:
    assert database_url(given) == expected


def test_store_ingest_open_reports_bad_locations(tmp_path: Any) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "no" / "such" / "folder" / "x.db"))
    with pytest.raises(StoreError, match="cannot"):
        Store.open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_store_ingest_default_file_created_in_cwd(tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    with Store.open() as s:
        s.ingest(_clash("a", 5))
    assert (tmp_path / "waqia.db").exists()


def test_store_ingest_old_database_gains_the_shingles_column(tmp_path) -> None:
    """A database made before 0002 is migrated in place and keeps its documents."""
    from sqlalchemy import create_engine, inspect

    from waqia.store.migrations import _initial

    url = f"sqlite:///{tmp_path}/old.db"
    engine = create_engine(url)
    with engine.begin() as conn:
        schema.metadata.create_all(conn, tables=[schema.migrations_table])
        conn.exec_driver_sql(
            "CREATE TABLE documents (doc_id VARCHAR(400) PRIMARY KEY, text_hash VARCHAR(64), "
            "record_hash VARCHAR(64) NOT NULL, url TEXT, title TEXT, outlet VARCHAR(400), published VARCHAR(32), "
            "relevant BOOLEAN NOT NULL, n_events INTEGER NOT NULL, record JSON NOT NULL, "
            "ingested_at DATETIME NOT NULL)")
        _initial(conn)
        conn.execute(schema.migrations_table.insert().values(name="0001_initial", applied_at=datetime.now(UTC)))
    engine.dispose()
    store = Store.open(url)
    store.ingest(_clash("b", 3), text="نص تجريبي عن اشتباك قرب البلدة")
    with store.engine.connect() as conn:
        assert "shingles" in {c["name"] for c in inspect(conn).get_columns("documents")}
    assert store.counts()["documents"] == 1
    store.close()


def test_store_ingest_duplicate_of_says_what_ingest_would(store: Store) -> None:
    store.ingest({"doc_id": "a", "events": []}, text="نص المقال")
    assert store.duplicate_of("b", "نص المقال") == "a"
    assert store.ingest({"doc_id": "b", "events": []}, text="نص المقال").duplicate_of == "a"
    assert store.duplicate_of("a", "نص المقال") is None  # its own id: unchanged or replaced, not a duplicate
    assert store.duplicate_of("c", "نص آخر") is None and store.duplicate_of("c", "  ") is None
