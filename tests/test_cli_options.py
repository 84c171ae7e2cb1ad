"""The options shared by the batch commands mean the same everywhere: `ingest` has what `extract`
has, `-q` silences every report, a bad gazetteer is one line before any work, a UTF-16 file
without its byte-order mark is text, and `waqia show` never prints the word None."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from waqia.cli import main
from waqia.corpus.inputs import decode_bytes, iter_documents

ARTICLE = "قتل ثلاثة عناصر من حرس الحدود في اشتباك مع مهربين قرب قرية جبلية فجر الخميس"


def _run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WAQIA_DB", raising=False)
    monkeypatch.delenv("WAQIA_GAZETTEER", raising=False)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.sqlite").write_bytes(b"not a gazetteer at all")
    return tmp_path


@pytest.mark.parametrize("option", ["--gazetteer", "--rejects", "--cluster", "--no-progress", "--progress",
                                    "--published", "--workers", "-q"])
def test_cli_options_ingest_has_what_extract_has(option: str) -> None:
    for command in ("extract", "ingest"):
        assert option in _run(command, "--help").output, (command, option)


def test_cli_options_ingest_writes_rejects_like_extract(place: Path) -> None:
    res = _run("ingest", "a.txt", "empty.txt", "--db", "w.db", "--workers", "1", "--rejects", "rej.jsonl", "-q")
    assert res.exit_code == 0, res.output
    [rej] = [json.loads(line) for line in (place / "rej.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rej["id"] == "empty.txt" and "empty" in rej["reason"]


@pytest.mark.parametrize("command", [["extract", "a.txt", "--workers", "1"],
                                     ["ingest", "a.txt", "--db", "w.db", "--workers", "1"]])
def test_cli_options_bad_gazetteer_is_one_line_before_any_work(place: Path, command: list[str]) -> None:
    res = _run(*command, "--gazetteer", "bad.sqlite")
    assert res.exit_code == 1 and res.stderr.startswith("Error: ") and "not a waqia gazetteer" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and not (place / "w.db").exists()


def test_cli_options_quiet_means_silent_everywhere(place: Path) -> None:
    runs = [["extract", "a.txt", "-o", "out.jsonl", "--workers", "1", "-q"],
            ["ingest", "a.txt", "--db", "w.db", "--workers", "1", "-q"],
            ["incidents", "--db", "w.db", "-o", "inc.jsonl", "-q"],
            ["export", "--db", "w.db", "--format", "csv", "-o", "inc.csv", "-q"]]
    for args in runs:
        res = _run(*args)
        assert res.exit_code == 0, (args, res.output)
        assert res.stderr == "", (args, res.stderr)
    loud = _run("incidents", "--db", "w.db", "-o", "inc2.jsonl")
    assert "incidents" in loud.stderr


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_cli_options_utf16_without_bom_is_text(tmp_path: Path, codec: str) -> None:
    text, warnings = decode_bytes(ARTICLE.encode(codec))
    assert text == ARTICLE and "UTF-16" in warnings[0]
    (tmp_path / "w.txt").write_bytes((ARTICLE + "\n").encode(codec))
    [doc] = iter_documents([tmp_path / "w.txt"])
    assert doc.error is None and doc.text.strip() == ARTICLE


def test_cli_options_binary_with_nul_bytes_stays_binary() -> None:
    with pytest.raises(Exception, match="binary"):
        decode_bytes(b"\x00\x01\x02binary\x00\xff" * 40)


def test_cli_options_show_never_prints_none(tmp_path: Path) -> None:
    record = {"doc_id": "d1", "title": None, "published": None, "warnings": [], "text": ARTICLE,
              "events": [{"event_type": "Battles", "sub_event_type": None, "date": None, "date_precision": None,
                          "locations": [{"name": None, "text": None}], "actors": [], "confidence": None,
                          "fatalities": {"low": None, "best": None, "high": None},
                          "claims": [{"kind": "killed", "value": None, "low": None, "high": None, "approx": True,
                                      "text": "ثلاثة", "start": 4, "end": 9,
                                      "party": {"text": None, "name": None, "category": None},
                                      "source": {"text": "مصادر", "name": None, "start": None, "end": None},
                                      "evidence": {"start": None, "end": None}}]}]}
    path = tmp_path / "rec.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    res = _run("show", str(path), "--width", "200")
    assert res.exit_code == 0, res.output
    assert "None" not in res.output and "Battles" in res.output


def test_cli_options_gazetteer_info_takes_a_file(place: Path) -> None:
    (place / "places.txt").write_text("9001\tKafr Test\tKafr Test\t\t35.5\t36.5\tP\tPPL\tSY\t\t09\t\t\t\t1200"
                                      "\t\t\t\t\n", encoding="utf-8")
    built = _run("gazetteer", "build", "g.sqlite", "places.txt")
    assert built.exit_code == 0, built.output
    res = _run("gazetteer", "info", "g.sqlite")
    assert res.exit_code == 0, res.output
    assert "g.sqlite" in json.loads(res.stdout)["gazetteer"]
    missing = _run("gazetteer", "info", "nope.sqlite")
    assert missing.exit_code == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_cli_options_gazetteer_build_quiet(place: Path) -> None:
    (place / "places.txt").write_text("9001\tKafr Test\tKafr Test\t\t35.5\t36.5\tP\tPPL\tSY\t\t09\t\t\t\t1200"
                                      "\t\t\t\t\n", encoding="utf-8")
    loud = _run("gazetteer", "build", "g.sqlite", "places.txt")
    quiet = _run("gazetteer", "build", "-q", "q.sqlite", "places.txt")
    assert loud.exit_code == quiet.exit_code == 0
    assert "wrote" in loud.output and quiet.output == ""
    assert (place / "q.sqlite").exists()
