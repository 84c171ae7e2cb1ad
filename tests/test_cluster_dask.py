"""The Dask path on a real scheduler and two worker processes on localhost: same output as a local run."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from waqia.corpus.batch import JsonlSink, run
from waqia.corpus.cluster import connect, run_on_cluster
from waqia.corpus.inputs import iter_documents
from waqia.errors import ConfigError
from waqia.settings import Settings

pytestmark = pytest.mark.dask
DASK = Path(sys.executable).with_name("dask")
LINES = ["شن الطيران الحربي {n} غارات على مواقع في محيط القرية صباح اليوم",
         "قالت وزارة الصحة إن {n} أشخاص قتلوا في اشتباكات بين فصيلين مسلحين",
         "خرج {n} متظاهرا في مسيرة سلمية وسط العاصمة للمطالبة بالإفراج عن معتقلين"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(args: list[str], tmp: Path, name: str) -> subprocess.Popen[bytes]:
    log = open(tmp / f"{name}.log", "wb")  # noqa: SIM115 - closed with the process
    return subprocess.Popen([str(DASK), *args], stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    if not DASK.exists():
        pytest.skip(f"the dask command is not installed next to {sys.executable}")
    from distributed import Client

    tmp = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{_free_port()}"
    procs = [_start(["scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                     "--dashboard-address", ":0"], tmp, "scheduler")]
    worker = ["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
              "--local-directory", str(tmp)]
    procs += [_start(worker + ["--name", f"w{i}"], tmp, f"worker{i}") for i in range(2)]
    c = None
    try:
        deadline = time.monotonic() + 60
        while c is None:
            try:
                c = Client(address, timeout=5, set_as_default=False)
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        c.wait_for_workers(2, timeout=60)
        yield c
    finally:
        if c is not None:
            c.close()
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()


def _corpus(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = "، ثم ".join(LINES[(i + k) % 3].format(n=(i * 7 + k) % 90 + 2) for k in range(2))
            f.write(json.dumps({"id": f"c{i}", "text": text, "published": f"2023-06-1{i % 10}"},
                               ensure_ascii=False) + "\n")
        f.write("{broken line\n")
    return path


def test_cluster_two_workers_give_the_local_output(client: Any, tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in.jsonl", 400)
    settings = Settings(max_chars=60)  # must reach the workers: every text is longer, so each is cut
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    run(iter_documents([src]), JsonlSink(local), workers=1, settings=settings, chunk_size=16)
    summary = run_on_cluster(iter_documents([src]), JsonlSink(remote), client=client, settings=settings,
                             chunk_size=16)
    assert summary.counts() == (400, 1, 0)
    assert remote.read_bytes() == local.read_bytes()
    assert Path(str(remote) + ".rejects.jsonl").read_bytes() == Path(str(local) + ".rejects.jsonl").read_bytes()
    first = json.loads(remote.read_text(encoding="utf-8").splitlines()[0])
    assert any("60" in w for w in first["warnings"])
    used = client.run(lambda: 1)
    assert len(used) == 2


class Stopped:
    """The sink of a run stopped before it completed: it never hears ``finish``, so its ledger stays."""

    def __init__(self, sink: JsonlSink):
        self.sink, self.done = sink, sink.done

    def write(self, results: Any) -> None:
        self.sink.write(results)

    def close(self) -> None:
        self.sink.close()


def test_cluster_resumes_like_a_local_run(client: Any, tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in.jsonl", 120)
    out = tmp_path / "out.jsonl"
    docs = list(iter_documents([src]))
    run_on_cluster(docs[:50], Stopped(JsonlSink(out)), client=client)
    summary = run_on_cluster(docs, JsonlSink(out), client=client)
    assert summary.counts() == (70, 1, 50)
    ids = [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines()]
    assert ids == [f"c{i}" for i in range(120)]


def test_cluster_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="cannot reach the Dask scheduler"):
        connect(f"tcp://127.0.0.1:{_free_port()}", timeout=2)
