"""``waqia ingest`` / ``waqia incidents`` from the shell: idempotent, never stopped by a bad line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from test_store_fixtures import hotel_attack_reports
from waqia.cli import main
from waqia.store import Store


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_store_cli_ingest_records_twice(tmp_path: Path) -> None:
    src = _write(tmp_path / "r.jsonl", [json.dumps(r) for r in hotel_attack_reports()]
                 + ["{not json", json.dumps({"no": "id"})])
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", "--records", "--no-progress", "--db", db, str(src)])
    assert first.exit_code == 0, first.output
    assert "added 4" in first.output and "rejected 2" in first.output
    with Store.open(db) as s:
        counts = s.counts()
    second = runner.invoke(main, ["ingest", "--records", "--no-progress", "--db", db, str(src)])
    assert "unchanged 4" in second.output
    with Store.open(db) as s:
        assert s.counts() == counts == {"documents": 4, "events": 4, "incidents": 1,
                                        "linked_incidents": 1, "corrections": 0}


def test_store_cli_incidents_filters_and_file(tmp_path: Path) -> None:
    src = _write(tmp_path / "r.jsonl", [json.dumps(r) for r in hotel_attack_reports()])
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    runner.invoke(main, ["ingest", "--records", "-q", "--db", db, str(src)])
    out = tmp_path / "inc.jsonl"
    res = runner.invoke(main, ["incidents", "--db", db, "--country", "SO", "--min-docs", "2", "-o", str(out)])
    assert res.exit_code == 0, res.output
    [inc] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert inc["doc_ids"] == ["h1", "h2", "h3", "h4"]
    none = runner.invoke(main, ["incidents", "--db", db, "--country", "IQ"])
    assert none.exit_code == 0 and none.stdout.strip() == ""


def test_store_cli_ingest_articles_never_raises(tmp_path: Path) -> None:
    src = _write(tmp_path / "a.jsonl", [json.dumps({"id": "x1", "text": "نص قصير عن اجتماع", "published": "2020-01-02"}),
                                        "{broken"])
    db = str(tmp_path / "w.db")
    res = CliRunner().invoke(main, ["ingest", "-q", "--workers", "1", "--db", db, str(src)])
    assert res.exit_code == 0, res.output
    assert "rejected" in res.output


def test_store_cli_bad_database_is_a_clear_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["incidents", "--db", str(tmp_path / "missing" / "x.db")])
    assert res.exit_code != 0 and "does not exist" in res.output


def test_store_cli_incidents_explain(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with Store.open(db) as s:
        for rec in hotel_attack_reports():
            s.ingest(rec)
        [inc] = s.incidents()
    runner = CliRunner()
    res = runner.invoke(main, ["incidents", "--db", db, "--explain", inc["incident_id"]])
    assert res.exit_code == 0, res.output
    assert "4 documents" in res.output and "linked to h1: score" in res.output and "place +3" in res.output
    bad = runner.invoke(main, ["incidents", "--db", db, "--explain", "inc-nope"])
    assert bad.exit_code == 1 and "Traceback" not in bad.output and "no incident" in bad.output
