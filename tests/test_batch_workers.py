"""``kill -9`` of a batch run leaves no worker process behind: workers die with their parent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_batch_kill import WAQIA, _corpus
from waqia.corpus.files import sidecar_folder

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")


def children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid`` (zombies count as gone)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[0] != "Z" and int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_batch_workers_die_with_their_parent(tmp_path: Path) -> None:
    if not Path(WAQIA[0]).exists():
        pytest.skip(f"the waqia command is not installed next to {sys.executable}")
    _corpus(tmp_path / "in.jsonl", 6000)
    out = tmp_path / "out.jsonl"
    cmd = WAQIA + ["extract", str(tmp_path / "in.jsonl"), "-o", str(out), "--workers", "2", "--no-progress",
                   "--chunk-size", "16", "--commit-every", "0.1"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        ledger = sidecar_folder(out) / "progress"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            workers = children(proc.pid)
            if len(workers) >= 2 and ledger.exists() and ledger.stat().st_size > 2000:
                break
            time.sleep(0.05)
        assert proc.poll() is None and len(workers) >= 2, "the run ended before its workers were seen"
        os.kill(proc.pid, signal.SIGKILL)  # the command alone, not its process group
        proc.wait()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and any(alive(w) for w in workers):
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)], "worker processes outlived their parent"
    finally:
        for w in workers:  # never leave a stray process, whatever the outcome
            if alive(w):
                os.kill(w, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
