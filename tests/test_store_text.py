"""The store keeps the text of every document, whoever stored it (``waqia ingest`` or the API),
and serves it with the record; pasting a stored article again shows the stored reading."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, insert, select

from test_store_fixtures import claim, event, loc, now, record, store_before
from waqia.api import create_app
from waqia.cli import main
from waqia.settings import Settings
from waqia.store import Store, schema
from waqia.store.migrations import migrate

sys.path.insert(0, str(Path(__file__).parent))
TEXT = "قتل جنديان وأصيب ثالث في هجوم بقذائف الهاون على نقطة حراسة قرب المعبر الحدودي مساء الأحد."


def _record(doc_id: str) -> dict[str, Any]:
    return record(doc_id, [event("e1", date="2022-06-05", locations=[loc("Border Post")],
                                 claims=[claim("killed", 2, "state_forces", "army")])], published="2022-06-06")


def test_store_text_kept_and_served_with_the_record(store: Store) -> None:
    store.ingest(_record("a"), text=TEXT)
    assert store.get_document("a") == _record("a") | {"text": TEXT}
    store.ingest(_record("b") | {"text": TEXT + " "})  # a text inside the record is kept the same way
    assert store.get_document("b")["text"] == TEXT + " "
    store.ingest(_record("c"))
    assert "text" not in store.get_document("c")
    assert store.ingest(_record("c"), text=TEXT + "!").status == "unchanged"  # a text it lacked fills in
    assert store.get_document("c")["text"] == TEXT + "!"


def test_store_text_a_correction_without_text_keeps_the_text(store: Store) -> None:
    store.ingest(_record("a"), text=TEXT)
    corrected = _record("a") | {"title": "corrected"}
    assert store.ingest(corrected).status == "replaced"
    assert store.get_document("a")["text"] == TEXT


def test_store_text_cli_ingest_serves_the_text_through_the_api(tmp_path: Path) -> None:
    (tmp_path / "mortar.txt").write_text(TEXT, encoding="utf-8")
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "mortar.txt"), "--db", str(db),
                                       "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(Settings(), store_url=f"sqlite:///{db}")) as client:
        doc = client.get("/v1/documents/mortar.txt").json()
    assert doc["text"] == TEXT and doc["doc_id"] == "mortar.txt"


def test_store_text_duplicate_paste_answers_with_the_stored_reading(tmp_path: Path) -> None:
    app = create_app(Settings(), store_url=f"sqlite:///{tmp_path}/api.db")
    with TestClient(app) as client:
        first = client.post("/v1/documents", json={"text": TEXT, "id": "first"})
        again = client.post("/v1/documents", json={"text": TEXT, "id": "second"})
    assert first.status_code == 201 and first.headers["X-Waqia-Ingest"] == "added"
    assert again.status_code == 200 and again.headers["X-Waqia-Ingest"] == "duplicate"
    assert again.json()["doc_id"] == "first" and again.json()["text"] == TEXT
    assert again.headers["Location"] == "/v1/documents/first"


def test_store_text_migration_moves_the_text_out_of_old_records(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        store_before(conn, 3)
        conn.exec_driver_sql("ALTER TABLE documents DROP COLUMN text")  # as a store made before it was
        old = _record("api-doc") | {"text": TEXT}
        conn.execute(insert(schema.documents).values(
            doc_id="api-doc", record_hash="x", record=old, relevant=True, n_events=1, ingested_at=now()))
    with engine.begin() as conn:
        assert migrate(conn) == ["0004_document_text", "0005_text_fingerprint", "0006_text_counts", "0007_calendar", "0008_word_rarity"]
        row = conn.execute(select(schema.documents.c.record, schema.documents.c.text)).one()
    assert row.text == TEXT and "text" not in row.record
    engine.dispose()
    with Store.open(f"sqlite:///{tmp_path}/old.db") as store:
        assert store.get_document("api-doc")["text"] == TEXT



def test_store_text_migration_recomputes_the_text_fingerprint(tmp_path: Path) -> None:
    from waqia.store.linking import fingerprint_member, text_evidence

    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        store_before(conn, 4)
        old = {"words": [1, 2, 3], "weekdays": [6]}  # words of the first version (the reading lexicon's)
        conn.execute(insert(schema.documents).values(
            doc_id="d", record_hash="x", record=_record("d"), relevant=True, n_events=1, ingested_at=now(),
            text=TEXT, fingerprint=old))
        assert fingerprint_member("d", {}, None, None, None, old).words == frozenset()  # not compared
    with engine.begin() as conn:
        assert migrate(conn) == ["0005_text_fingerprint", "0006_text_counts", "0007_calendar", "0008_word_rarity"]
        row = conn.execute(select(schema.documents.c.fingerprint, schema.documents.c.shingles)).one()
    assert (row.shingles, row.fingerprint) == text_evidence(TEXT)
    assert fingerprint_member("d", {}, None, None, None, row.fingerprint).words
    engine.dispose()


def test_store_text_migration_counts_the_words_of_version_2_fingerprints(tmp_path: Path) -> None:
    """Fingerprints of version 2 (a set of words) are recomputed with how often each word occurs:
    the linker compares texts by the cosine of counted words, and no longer compares the old ones."""
    from waqia.store.linking import fingerprint_member, text_evidence

    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        store_before(conn, 5)
        old = {"v": 2, "words": [1, 2, 3], "weekdays": [6]}
        conn.execute(insert(schema.documents).values(
            doc_id="d", record_hash="x", record=_record("d"), relevant=True, n_events=1, ingested_at=now(),
            text=TEXT + " " + TEXT, fingerprint=old))
        assert fingerprint_member("d", {}, None, None, None, old).words == frozenset()  # not compared
    with engine.begin() as conn:
        assert migrate(conn) == ["0006_text_counts", "0007_calendar", "0008_word_rarity"]
        row = conn.execute(select(schema.documents.c.fingerprint)).one()
    assert row.fingerprint == text_evidence(TEXT + " " + TEXT)[1] and row.fingerprint["v"] == 4
    member = fingerprint_member("d", {}, None, None, None, row.fingerprint)
    assert member.words and set(member.counts.values()) == {2}  # every word of the doubled text twice
    engine.dispose()


def test_store_text_migration_adds_the_rarity_of_each_word(tmp_path: Path) -> None:
    """Fingerprints of version 3 (counted words) are recomputed with how rare each word is in
    Arabic at large (#12): the text cosine weighs words by it, and no longer compares the old ones."""
    from waqia.store.linking import fingerprint_member, text_evidence

    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        store_before(conn, 7)
        old = {"v": 3, "words": [1, 2, 3], "counts": [1, 2, 1], "weekdays": [6]}
        conn.execute(insert(schema.documents).values(
            doc_id="d", record_hash="x", record=_record("d"), relevant=True, n_events=1, ingested_at=now(),
            text=TEXT, fingerprint=old))
        assert fingerprint_member("d", {}, None, None, None, old).words == frozenset()  # not compared
    with engine.begin() as conn:
        assert migrate(conn) == ["0008_word_rarity"]
        row = conn.execute(select(schema.documents.c.fingerprint)).one()
    assert row.fingerprint == text_evidence(TEXT)[1] and row.fingerprint["v"] == 4
    member = fingerprint_member("d", {}, None, None, None, row.fingerprint)
    assert member.words and set(member.rarity) == member.words and all(r > 1 for r in member.rarity.values())
    engine.dispose()
