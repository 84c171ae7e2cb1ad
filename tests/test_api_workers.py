"""``waqia serve --workers``: several worker processes answer on one port and share one store."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from waqia.cli import main
from waqia.cli.serve import in_memory, worker_count
from waqia.store import Store

WAQIA = Path(sys.executable).with_name("waqia")
LINUX = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="counts processes through /proc")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _workers(pid: int) -> list[int]:
    """The worker processes a server started (multiprocessing children, not its helpers)."""
    return [c for c in _children(pid) if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _post(port: int, path: str, body: dict[str, str]) -> tuple[int, dict[str, object]]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=json.dumps(body).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.status, json.loads(r.read())


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, Path]]:
    if not WAQIA.exists():
        pytest.skip(f"the waqia command is not installed next to {sys.executable}")
    port, db = _free_port(), tmp_path / "served.db"
    proc = subprocess.Popen([str(WAQIA), "serve", "--db", str(db), "--port", str(port), "--workers", "2", "-q"],
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                assert proc.poll() is None, "the server stopped"
                assert time.monotonic() < deadline, "the server did not answer in 60 s"
                time.sleep(0.2)
        yield proc, port, db
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


@LINUX
def test_api_workers_two_processes_share_the_store(server: tuple[subprocess.Popen[bytes], int, Path]) -> None:
    proc, port, db = server
    deadline = time.monotonic() + 30
    while len(_workers(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_workers(proc.pid)) == 2
    texts = [f"قتل {n} مدنيين في قصف على بلدة في ريف حلب اليوم" for n in range(3, 9)]
    for i, text in enumerate(texts):
        status, record = _post(port, "/v1/documents", {"text": text, "id": f"doc-{i}", "published": "2021-03-04"})
        assert status == 201 and record["doc_id"] == f"doc-{i}"
    status, record = _post(port, "/v1/extract", {"text": texts[0]})
    assert status == 200 and record["events"]
    with Store.open(str(db)) as store:
        assert store.counts()["documents"] == len(texts)


def test_api_workers_option_listed() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert "--workers" in result.output


@pytest.mark.parametrize(("workers", "db", "expected"), [
    (None, "sqlite://", 1), (4, "sqlite://", 1), (3, "x.db", 3), (1, "x.db", 1)])
def test_api_workers_count(workers: int | None, db: str, expected: int) -> None:
    assert worker_count(workers, db) == expected


def test_api_workers_default_is_every_core() -> None:
    from waqia.corpus.batch import default_workers

    assert worker_count(None, "x.db") == default_workers()
    assert in_memory("sqlite:///:memory:") and not in_memory("postgresql://u@h/db")


class _SlowStore:
    """A store whose ingest takes a while and counts how many run at once."""

    def __init__(self) -> None:
        self.lock, self.now, self.most = __import__("threading").Lock(), 0, 0

    def ingest(self, record: dict[str, object], text: str | None = None) -> object:
        with self.lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(0.05)
        with self.lock:
            self.now -= 1
        return type("Result", (), {"status": "added"})()


def test_api_workers_store_threads_are_limited() -> None:
    """Many clients storing at once: one worker stores at most STORE_THREADS articles at a time
    (the others wait their turn; every request is answered)."""
    import asyncio

    import httpx

    from waqia.api import create_app
    from waqia.api.routes import STORE_THREADS
    from waqia.settings import Settings

    store = _SlowStore()
    app = create_app(Settings(), store=store, extractor=lambda text, published=None, **meta: {
        "doc_id": meta.get("id") or "x", "events": []})

    async def post_all() -> list[int]:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            replies = await asyncio.gather(*(client.post("/v1/documents", json={"text": f"نص {i}", "id": f"d{i}"})
                                             for i in range(4 * STORE_THREADS)))
        return [r.status_code for r in replies]

    assert asyncio.run(post_all()) == [201] * (4 * STORE_THREADS)
    assert store.most == STORE_THREADS


@LINUX
def test_api_workers_connections_spread_over_the_workers_sockets() -> None:
    """Each worker listens on its own socket of the one port; the kernel spreads connections that
    arrive together over them (uvicorn's one shared socket let the first worker take them all)."""
    from waqia.cli.supervise import reuse_port_sockets

    socks = reuse_port_sockets("127.0.0.1", 0, 2)
    assert socks is not None and len({s.getsockname() for s in socks}) == 1
    clients = [socket.create_connection(socks[0].getsockname(), timeout=5) for _ in range(40)]
    try:
        for s in socks:
            s.setblocking(False)
        accepted = []
        for s in socks:
            n = 0
            while True:
                try:
                    s.accept()[0].close()
                    n += 1
                except BlockingIOError:
                    break
            accepted.append(n)
        assert sum(accepted) == 40 and min(accepted) > 0
    finally:
        for c in clients + socks:
            c.close()


def test_api_workers_port_in_use_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.db"), "--port", str(port),
                                           "--workers", "2", "-q"])
    assert result.exit_code != 0
    assert "cannot listen on 127.0.0.1:" in result.output and "Traceback" not in result.output


@LINUX
def test_api_workers_stop_with_the_server(server: tuple[subprocess.Popen[bytes], int, Path]) -> None:
    """SIGTERM to the server alone stops its workers too."""
    proc, _port, _db = server
    deadline = time.monotonic() + 30
    while len(_workers(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    workers = _workers(proc.pid)
    assert len(workers) == 2
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()
                and "Z" not in Path(f"/proc/{w}/stat").read_text().rsplit(")", 1)[1].split()[0]]
