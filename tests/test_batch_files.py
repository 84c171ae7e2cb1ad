"""Re-runs and sidecar files: the settings that shape an output are recorded with its progress, a
re-run with other settings is refused naming --overwrite, and the ledger and rejects live in one
hidden folder beside the output that goes when the run completes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from waqia.cli import main
from waqia.corpus.batch import run
from waqia.corpus.files import JsonlSink, run_state, sidecar_folder
from waqia.corpus.inputs import InputDoc, iter_documents
from waqia.errors import InputError
from waqia.settings import Settings

TEXTS = ["قصفت طائرات مسيرة مخزنا للوقود قرب المطار فجر اليوم",
         "أصيب عامل بجروح في انفجار لغم أرضي داخل حقل زراعي"]


def stop_at_second(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
    """Ctrl-C on the second text: a run of :func:`corpus` stops with its first two documents committed
    (the documents in flight when it stops are done again)."""
    if text == TEXTS[1]:
        raise KeyboardInterrupt
    return {"doc_id": meta.get("id"), "published": published, "events": [], "warnings": []}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    texts = [TEXTS[0]] * 5 + [TEXTS[1]]
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    return path


def interrupted(corpus: Path, out: Path, state: dict[str, Any]) -> None:
    sink = JsonlSink(out, commit_seconds=0, state=state)
    with pytest.raises(KeyboardInterrupt):
        run(iter_documents([corpus]), sink, workers=1, chunk_size=1, extractor=stop_at_second)


def test_batch_files_other_settings_are_refused_naming_overwrite(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    interrupted(corpus, out, run_state(Settings(), None))
    with pytest.raises(InputError, match=r"other settings \(published: none → 2021-04-05\).*--overwrite"):
        JsonlSink(out, state=run_state(Settings(), "2021-04-05"))
    gazetteer = tmp_path / "g.sqlite"
    gazetteer.write_bytes(b"not used here")
    with pytest.raises(InputError, match="gazetteer: none → .*g.sqlite"):
        JsonlSink(out, state=run_state(Settings(gazetteer=str(gazetteer)), None))
    assert len(JsonlSink(out, state=run_state(Settings(), None)).done) == 2  # the same settings resume


def test_batch_files_cli_rerun_with_another_date_is_one_line(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    interrupted(corpus, out, run_state(Settings.from_env(), None))
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--published", "2021-04-05",
                                       "--workers", "1", "--no-progress"])
    assert result.exit_code == 1
    assert "published: none → 2021-04-05" in result.output and "--overwrite" in result.output
    assert "Traceback" not in result.output and result.output.count("\n") == 1
    again = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--published", "2021-04-05",
                                      "--workers", "1", "--no-progress", "--overwrite"])
    assert again.exit_code == 0, again.output
    assert {json.loads(x)["published"] for x in out.read_text(encoding="utf-8").splitlines()} == {"2021-04-05"}


def test_batch_files_sidecars_in_one_hidden_folder_gone_when_complete(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    interrupted(corpus, out, run_state(Settings.from_env(), None))
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.jsonl.waqia", "in.jsonl", "out.jsonl"]
    assert sorted(p.name for p in sidecar_folder(out).iterdir()) == ["progress", "rejects.jsonl"]
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0 and "skipped 2" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_batch_files_rejects_stay_beside_the_output_only_when_some(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    docs = [InputDoc("k#1", "a", TEXTS[0]), InputDoc("k#2", "b", error="b.txt: empty file")]
    sink = JsonlSink(out)
    run(docs, sink, workers=1, extractor=stop_at_second)
    assert sink.rej_path == str(out) + ".rejects.jsonl"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl", "out.jsonl.rejects.jsonl"]
    assert json.loads(Path(sink.rej_path).read_text(encoding="utf-8"))["id"] == "b"
