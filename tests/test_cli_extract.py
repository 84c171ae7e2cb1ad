"""`waqia extract`: inputs of every kind in, one record per document out, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import waqia
from waqia.cli import main

ARTICLE = "قتل جنديان وأصيب ثلاثة آخرون في هجوم بطائرة مسيرة على موقع عسكري أمس الأحد"
DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev-input.jsonl"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["extract", *args, "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.html").write_text(f"<title>عاجل</title><script>x()</script><p>{ARTICLE}</p>",
                                       encoding="utf-8")
    (tmp_path / "three.jsonl").write_text(
        json.dumps({"id": "j1", "text": ARTICLE, "url": "https://example.org/1", "published": "2021-11-07"},
                   ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    return tmp_path


def test_cli_extract_folder_to_stdout(folder: Path) -> None:
    code, out, err = _invoke(str(folder), "--published", "2021-11-08", "--workers", "1")
    assert code == 0, err
    recs = _records(out)
    assert [r["doc_id"] for r in recs] == ["one.txt", "j1", "two.html"]
    assert recs[0] == waqia.extract(ARTICLE, published="2021-11-08", id="one.txt")
    assert recs[1]["published"] == "2021-11-07" and recs[1]["url"] == "https://example.org/1"
    assert recs[2]["title"] == "عاجل"
    assert "rejected empty.txt" in err and "empty file" in err
    assert "done 3 · rejected 1 · skipped 0" in err


def test_cli_extract_output_file_rejects_and_resume(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "res" / "out.jsonl"
    out.parent.mkdir()
    code, _, err = _invoke(str(folder), "-o", str(out), "--workers", "2")
    assert code == 0, err
    assert len(_records(out.read_text(encoding="utf-8"))) == 3
    [rej] = _records((out.parent / "out.jsonl.rejects.jsonl").read_text(encoding="utf-8"))
    assert rej["id"] == "empty.txt" and "empty" in rej["reason"]
    assert sorted(p.name for p in out.parent.iterdir()) == ["out.jsonl", "out.jsonl.rejects.jsonl"]
    code, _, err = _invoke(str(folder), "-o", str(out))
    assert code == 1 and "finished run" in err and "--overwrite" in err


def test_cli_extract_ignores_its_own_output_in_an_input_folder(folder: Path) -> None:
    out = folder / "out.jsonl"
    _invoke(str(folder), "-o", str(out), "--workers", "1")
    code, _, err = _invoke(str(folder), "-o", str(out), "--workers", "1", "--overwrite")
    assert code == 0 and "done 3 · rejected 1 · skipped 0" in err


def test_cli_extract_with_text_adds_the_text(folder: Path) -> None:
    _, out, _ = _invoke(str(folder / "one.txt"), "--with-text", "--workers", "1")
    [rec] = _records(out)
    assert rec["text"] == ARTICLE


@pytest.mark.parametrize("args, message", [
    (["nowhere/at/all.txt"], "does not exist"),
    (["{folder}", "--published", "yesterday"], "YYYY-MM-DD"),
    (["{folder}", "--workers", "0"], "0"),
])
def test_cli_extract_bad_arguments_are_clear_errors(folder: Path, args: list[str], message: str) -> None:
    code, _, err = _invoke(*[a.format(folder=folder) for a in args])
    assert code != 0 and message in err and "Traceback" not in err


def test_cli_extract_refuses_to_overwrite_foreign_output(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "mine.jsonl"
    out.write_text("keep me\n")
    code, _, err = _invoke(str(folder), "-o", str(out))
    assert code != 0 and "--overwrite" in err
    assert out.read_text() == "keep me\n"


@pytest.mark.skipif(not DEV.exists(), reason="needs ../shared/eval/dev-input.jsonl (the shared eval set)")
def test_cli_extract_dev_set_matches_the_library(tmp_path: Path) -> None:
    out = tmp_path / "dev.jsonl"
    code, _, err = _invoke(str(DEV), "-o", str(out), "--workers", "2")
    assert code == 0, err
    got = _records(out.read_text(encoding="utf-8"))
    want = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in got] == [w["id"] for w in want]
    for rec, art in zip(got, want, strict=True):
        meta = {k: art.get(k) for k in ("url", "title", "outlet")}
        assert rec == waqia.extract(art["text"], published=art.get("published"), id=art["id"], **meta)
