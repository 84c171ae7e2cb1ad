"""Done-criterion of issue 6: a batch killed with SIGKILL mid-way, run again, has every id exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from waqia.corpus.files import sidecar_folder

WAQIA = [str(Path(sys.executable).with_name("waqia"))]
SENTENCES = ["قتل {n} من عناصر قوات الأمن في هجوم شنه مسلحون على نقطة تفتيش شمال المدينة",
             "أفاد مصدر طبي بإصابة {n} مدنيين جراء سقوط قذائف على سوق شعبي",
             "اعتقلت القوات {n} أشخاص بتهمة الانتماء إلى خلية مسلحة",
             "تظاهر المئات أمام مبنى المحافظة احتجاجا على انقطاع الكهرباء لليوم {n}"]


def _corpus(path: Path, n: int) -> list[str]:
    ids = [f"art-{i:05d}" for i in range(n)]
    with open(path, "w", encoding="utf-8") as f:
        for i, doc_id in enumerate(ids):
            text = ". ".join(SENTENCES[(i + k) % 4].format(n=i % 97 + k) for k in range(3))
            f.write(json.dumps({"id": doc_id, "text": text, "published": f"2022-03-0{i % 9 + 1}"},
                               ensure_ascii=False) + "\n")
    return ids


def _ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line).get("doc_id") or json.loads(line).get("id")
            for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_sigkill_then_rerun_has_every_id_exactly_once(tmp_path: Path) -> None:
    if not Path(WAQIA[0]).exists():
        pytest.skip(f"the waqia command is not installed next to {sys.executable}")
    ids = _corpus(tmp_path / "in.jsonl", 6000)
    out = tmp_path / "out.jsonl"
    cmd = WAQIA + ["extract", str(tmp_path / "in.jsonl"), "-o", str(out), "--workers", "2",
                   "--no-progress", "--chunk-size", "16", "--commit-every", "0.1"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ledger = sidecar_folder(out) / "progress"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if ledger.exists() and ledger.stat().st_size > 2000:
            break
        time.sleep(0.05)
    finished_early = proc.poll() is not None
    os.killpg(proc.pid, signal.SIGKILL)  # the command and its worker processes, as kill -9 would
    proc.wait()
    assert not finished_early, "the run ended before it could be killed; make the corpus larger"
    first = len(_ids(out))
    assert 0 < first < len(ids), first

    again = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    assert again.returncode == 0, again.stderr
    assert "skipped" in again.stderr
    written = _ids(out) + _ids(Path(str(out) + ".rejects.jsonl"))
    counts = Counter(written)
    assert sorted(counts) == ids
    assert max(counts.values()) == 1
    assert _ids(out) == ids  # nothing rejected, and the output is in input order
