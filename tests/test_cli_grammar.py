"""One grammar for every command: `-o -` is standard output, and every user slip is one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from waqia.cli import COMMANDS, main

ARTICLE = "أصيب أربعة مدنيين بجروح في سقوط قذيفة على سوق شعبي في المدينة صباح أمس الاثنين"


@pytest.fixture()
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working folder with an article, a store holding it, and a gold file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WAQIA_DB", raising=False)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "a.txt", "relevant": True}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", "-q", "--workers", "1", "--db", "w.db", "a.txt"])
    assert res.exit_code == 0, res.output
    return tmp_path


def _run(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


MISSING_FOLDER = [
    ["extract", "a.txt", "-o", "nope/out.jsonl"],
    ["extract", "a.txt", "-o", "out.jsonl", "--rejects", "nope/rejects.jsonl"],
    ["export", "--db", "w.db", "-o", "nope/x.csv", "--format", "csv"],
    ["incidents", "--db", "w.db", "-o", "nope/x.jsonl"],
    ["gazetteer", "build", "nope/g.sqlite", "a.txt"],
    ["ingest", "--db", "nope/w.db", "a.txt"],
    ["serve", "--db", "nope/w.db"],
]
BAD_DATE = [
    ["extract", "a.txt", "--published", "2021-13-45"],
    ["ingest", "--db", "w.db", "a.txt", "--published", "2021-02-30"],
    ["incidents", "--db", "w.db", "--since", "2021-13-45"],
    ["export", "--db", "w.db", "--until", "yesterday"],
]
MISSING_STORE = [
    ["incidents", "--db", "missing.db"],
    ["export", "--db", "missing.db", "--format", "csv"],
    ["export", "--db", "sqlite:///missing.db"],
]
MISSING_FILE = [
    ["show", "missing.jsonl"],
    ["evaluate", "gold.jsonl", "missing.jsonl"],
    ["gazetteer", "lookup", "حلب", "--gazetteer", "missing.sqlite"],
]
CASES = [("missing folder", c) for c in MISSING_FOLDER] + [("bad date", c) for c in BAD_DATE] + \
    [("missing store", c) for c in MISSING_STORE] + [("missing file", c) for c in MISSING_FILE]


@pytest.mark.parametrize("slip, args", CASES, ids=[f"{s}: {' '.join(a[:3])}" for s, a in CASES])
def test_cli_grammar_a_slip_is_one_line(place: Path, slip: str, args: list[str]) -> None:
    res = _run(*args)
    assert isinstance(res.exception, SystemExit), res.exception   # an uncaught error is not an exit
    assert res.exit_code != 0
    assert "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert res.stderr.startswith("Error: ")
    wanted = {"missing folder": "does not exist", "bad date": "YYYY-MM-DD", "missing store": "does not exist",
              "missing file": "missing"}[slip]
    assert wanted in res.stderr
    assert not (place / "missing.db").exists() and not (place / "nope").exists()


def test_cli_grammar_every_command_is_tried() -> None:
    tried = {args[0] for _, args in CASES}
    assert tried == set(COMMANDS)


@pytest.mark.parametrize("args", [
    ["extract", "a.txt", "--no-progress", "-o", "-"],
    ["incidents", "--db", "w.db", "-o", "-"],
    ["export", "--db", "w.db", "--format", "csv", "-o", "-"],
])
def test_cli_grammar_dash_is_standard_output(place: Path, args: list[str]) -> None:
    res = _run(*args)
    assert res.exit_code == 0, res.output
    assert res.stdout.strip()
    assert not any(p.name.startswith("-") for p in place.iterdir())


def test_cli_grammar_dash_is_refused_where_a_file_is_needed(place: Path) -> None:
    res = _run("gazetteer", "build", "-", "a.txt")
    assert res.exit_code != 0 and "give a path" in res.stderr


@pytest.mark.parametrize("value", ["2021-03-07", "2021-03", "2021-03-07T09:30:00"])
def test_cli_grammar_good_dates_pass(place: Path, value: str) -> None:
    assert _run("extract", "a.txt", "--no-progress", "--published", value).exit_code == 0


def test_cli_grammar_extract_fails_when_every_document_is_rejected(place: Path) -> None:
    (place / "empty.txt").write_bytes(b"")
    (place / "blank.txt").write_text("   \n", encoding="utf-8")
    res = _run("extract", "empty.txt", "blank.txt", "--no-progress")
    assert res.exit_code == 1 and res.stdout == ""
    assert "every document was rejected (2)" in res.stderr and "empty" in res.stderr
    (place / "out").mkdir()
    res = _run("extract", "empty.txt", "-o", "out/x.jsonl", "--no-progress")
    assert res.exit_code == 1 and "out/x.jsonl.rejects.jsonl" in res.stderr
    assert _run("extract", "empty.txt", "a.txt", "--no-progress").exit_code == 0


def test_cli_grammar_help_with_h() -> None:
    res = _run("-h")
    assert res.exit_code == 0 and "Commands:" in res.stdout and "evaluate" in res.stdout
    assert "--published" in _run("extract", "-h").stdout


def test_cli_grammar_unknown_option_is_one_line() -> None:
    res = _run("extract", "--no-such-option")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "--no-such-option" in res.stderr and "waqia extract --help" in res.stderr.replace("main", "waqia")


def test_cli_grammar_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "waqia.cli", "extract", "a.txt", "-o", "nope/x.jsonl"],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
