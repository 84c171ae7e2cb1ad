"""Batch runs: order, the per-document boundary, worker crashes, the resumable sink."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import waqia
from waqia.corpus import batch
from waqia.corpus.batch import JsonlSink, ListSink, run
from waqia.corpus.inputs import InputDoc
from waqia.errors import InputError

TEXTS = ["أصيب ثلاثة مدنيين بقصف مدفعي على حي سكني مساء أمس",
         "اعتقلت قوات الأمن خمسة أشخاص خلال مداهمات في ضواحي المدينة",
         "قتل جندي وجرح آخران في انفجار عبوة ناسفة على طريق دولي"]


def fake_extract(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
    """A stand-in for waqia.extract that can fail on demand (module level, so workers import it)."""
    if text == "RAISE":
        raise ValueError("boom")
    if text == "CRASH":
        os._exit(3)  # a worker dying hard, as on a segfault or the OOM killer
    if text == "STOP":
        raise KeyboardInterrupt  # Ctrl-C in the middle of a run
    return {"doc_id": meta.get("id"), "published": published, "events": [], "warnings": [], "n": len(text)}


def _docs(n: int, bad: dict[int, str] | None = None) -> list[InputDoc]:
    bad = bad or {}
    return [InputDoc(f"/in/f.jsonl#{i}", f"d{i}", bad.get(i, TEXTS[i % 3]), position=i) for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_keeps_input_order(workers: int) -> None:
    sink = ListSink()
    summary = run(_docs(300), sink, workers=workers, chunk_size=7, extractor=fake_extract)
    assert [r.doc_id for r in sink.results] == [f"d{i}" for i in range(300)]
    assert summary.counts() == (300, 0, 0)


@pytest.mark.parametrize("workers", [1, 2])
def test_batch_exception_becomes_a_reject_and_the_run_goes_on(workers: int) -> None:
    sink = ListSink()
    summary = run(_docs(40, {5: "RAISE"}), sink, workers=workers, chunk_size=4, extractor=fake_extract)
    assert summary.counts() == (39, 1, 0)
    [bad] = [r for r in sink.results if r.error]
    assert bad.doc_id == "d5" and "ValueError: boom" in bad.error


def test_batch_worker_crash_rejects_only_the_killer() -> None:
    sink = ListSink()
    summary = run(_docs(30, {12: "CRASH"}), sink, workers=2, chunk_size=5, extractor=fake_extract)
    assert [r.doc_id for r in sink.results] == [f"d{i}" for i in range(30)]
    assert summary.counts() == (29, 1, 0)
    assert "d12" == next(r.doc_id for r in sink.results if r.error)


def test_batch_input_errors_are_rejects_with_their_reason() -> None:
    sink = ListSink()
    run([InputDoc("k#1", "a", error="a.txt: empty file"), InputDoc("k#2", "b", TEXTS[0])], sink,
        workers=1, extractor=fake_extract)
    assert [(r.doc_id, r.error) for r in sink.results] == [("a", "a.txt: empty file"), ("b", None)]


def test_batch_published_default_and_document_date() -> None:
    docs = [InputDoc("k#1", "a", TEXTS[0]), InputDoc("k#2", "b", TEXTS[1], published="2021-05-06")]
    sink = ListSink()
    run(docs, sink, workers=1, published="2020-01-01", extractor=fake_extract)
    assert [r.record["published"] for r in sink.results] == ["2020-01-01", "2021-05-06"]


def test_batch_real_extract_records_match_the_library() -> None:
    docs = [InputDoc(f"k#{i}", f"d{i}", t, published="2020-01-23") for i, t in enumerate(TEXTS)]
    sink = ListSink()
    run(docs, sink, workers=1)
    assert [r.record for r in sink.results] == [
        waqia.extract(t, published="2020-01-23", id=f"d{i}") for i, t in enumerate(TEXTS)]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_batch_sink_resumes_after_a_torn_write(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    sink = JsonlSink(out, commit_seconds=0)
    with pytest.raises(KeyboardInterrupt):
        run(_docs(30, {3: "RAISE", 27: "STOP"}), sink, workers=1, chunk_size=5, extractor=fake_extract)
    # simulate a crash after the last commit: half a record in the output, half a ledger line
    with open(out, "ab") as f:
        f.write(b'{"doc_id": "d99", "ev')
    with open(sink.ledger_path, "ab") as f:
        f.write(b'{"out": 99')
    sink = JsonlSink(out)
    assert len(sink.done) == 10
    summary = run(_docs(15, {3: "RAISE"}), sink, workers=1, chunk_size=5, extractor=fake_extract)
    assert summary.counts() == (5, 0, 10)
    assert [r["doc_id"] for r in _lines(out)] == [f"d{i}" for i in range(15) if i != 3]
    assert [r["id"] for r in _lines(tmp_path / "out.jsonl.rejects.jsonl")] == ["d3"]


def test_batch_sink_refuses_to_clobber_an_unledgered_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "precious"}\n')
    with pytest.raises(InputError, match="--overwrite"):
        JsonlSink(out)
    sink = JsonlSink(out, overwrite=True)
    run(_docs(2), sink, workers=1, extractor=fake_extract)
    assert [r["doc_id"] for r in _lines(out)] == ["d0", "d1"]


def test_batch_sink_rerun_of_a_finished_run_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    run(_docs(20), JsonlSink(out), workers=1, extractor=fake_extract)
    before = out.read_bytes()
    with pytest.raises(InputError, match="finished run.*--overwrite"):
        JsonlSink(out)
    assert out.read_bytes() == before


def test_batch_summary_line_counts() -> None:
    line = batch.Summary(done=5, rejected=1, skipped=2, seconds=1.0).line()
    assert line.startswith("done 5 · rejected 1 · skipped 2")
