"""A SIGKILL in the middle of an ingest leaves the store consistent; the re-run loses and doubles nothing."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from test_store_fixtures import claim, event, loc, record
from waqia.store import Store, schema

N_DOCS = 400
TOWNS = [(f"Town {i}", 34.0 + i * 0.5, 36.0 + i * 0.5) for i in range(8)]


def _records() -> list[dict[str, Any]]:
    out = []
    for i in range(N_DOCS):
        town, lat, lon = TOWNS[i % len(TOWNS)]
        day = f"2021-05-{1 + (i // 16) % 28:02d}"
        ev = event("e1", date=day, locations=[loc(town, lat=lat, lon=lon)],
                   claims=[claim("killed", 1 + i % 9, "civilians", f"source {i % 3}")])
        out.append(record(f"doc-{i:04d}", [ev], published=day))
    return out


def _write_input(path: Path) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in _records()), encoding="utf-8")


def _ingest_cmd(src: Path, url: str) -> list[str]:
    return [sys.executable, "-c", "from waqia.cli import main; main()", "ingest", "--records", "--no-progress", "--db", url, str(src)]


def _consistent(store: Store) -> None:
    D, E, I = schema.documents, schema.events, schema.incidents
    with store.engine.connect() as conn:
        orphans = conn.execute(select(func.count()).select_from(E).where(~E.c.doc_id.in_(select(D.c.doc_id))))
        assert orphans.scalar_one() == 0
        unlinked = conn.execute(select(func.count()).select_from(E).where(E.c.incident_pk.is_(None)))
        assert unlinked.scalar_one() == 0
        empty = conn.execute(select(func.count()).select_from(I).where(~I.c.pk.in_(select(E.c.incident_pk))))
        assert empty.scalar_one() == 0
        per_doc = dict(conn.execute(select(E.c.doc_id, func.count()).group_by(E.c.doc_id)).all())
        for doc_id, n in conn.execute(select(D.c.doc_id, D.c.n_events)):
            assert per_doc.get(doc_id, 0) == n
        stored = {r[0] for r in conn.execute(select(D.c.doc_id))}
    for inc in store.incidents():
        assert inc["doc_ids"] and set(inc["doc_ids"]) <= stored
        assert len(inc["claims"]) >= len(inc["doc_ids"])


def test_store_crash_sigkill_mid_ingest(db_url: str, tmp_path: Path) -> None:
    src = tmp_path / "records.jsonl"
    _write_input(src)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent.parent / "src"))
    proc = subprocess.Popen(_ingest_cmd(src, db_url), env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    store = Store.open(db_url)
    try:
        deadline = time.monotonic() + 120
        while store.counts()["documents"] < 40 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest finished before it could be killed; raise N_DOCS"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        killed_at = store.counts()
        assert 0 < killed_at["documents"] < N_DOCS
        _consistent(store)

        rerun = subprocess.run(_ingest_cmd(src, db_url), env=env, capture_output=True, text=True, timeout=600, check=False)
        assert rerun.returncode == 0, rerun.stderr
        assert f"unchanged {killed_at['documents']}" in rerun.stderr
        _consistent(store)
        final = store.counts()
        ids = sorted(i["incident_id"] for i in store.incidents())
    finally:
        store.close()

    with Store.open(str(tmp_path / "clean.db")) as clean:
        for rec in _records():
            clean.ingest(rec)
        assert clean.counts() == final
        assert sorted(i["incident_id"] for i in clean.incidents()) == ids
