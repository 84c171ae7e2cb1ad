"""`waqia show`: the text with its evidence highlighted, and a claims table per event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from waqia.cli import main
from waqia.cli.show import render, spans_of

TEXT = "قالت وزارة الدفاع إن 12 مسلحا قتلوا في غارة جوية قرب البلدة أمس"


def _record(**changes: Any) -> dict[str, Any]:
    claim = {"kind": "killed", "value": 12, "low": 12, "high": 12, "approx": False,
             "text": "12", "start": 21, "end": 23,
             "party": {"text": "مسلحا", "start": 24, "end": 29, "name": "militants", "category": "armed_group"},
             "source": {"text": "وزارة الدفاع", "start": 5, "end": 17, "name": "وزارة الدفاع"},
             "evidence": {"start": 0, "end": len(TEXT)}}
    event = {"event_id": "e1", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
             "date": "2022-05-01", "date_precision": "day",
             "date_span": {"text": "أمس", "start": len(TEXT) - 3, "end": len(TEXT)},
             "locations": [], "actors": [], "claims": [claim],
             "fatalities": {"low": 12, "best": 12, "high": 12}, "sources": ["وزارة الدفاع"], "confidence": 0.8}
    rec = {"doc_id": "r1", "url": None, "title": "غارة", "outlet": None, "published": "2022-05-02",
           "language": "ar", "relevant": True, "events": [event], "warnings": []}
    return rec | changes


def _view(rec: dict[str, Any], text: str | None) -> Console:
    console = Console(record=True, width=200, color_system="truecolor", force_terminal=True)
    render(console, rec, text)
    return console


def test_cli_show_spans_of_a_record_are_found() -> None:
    kinds = sorted(k for k, _ in spans_of(_record()))
    assert kinds == ["claim", "date", "party", "source"]


def test_cli_show_highlights_each_span_and_tabulates_claims() -> None:
    console = _view(_record(), TEXT)
    plain = console.export_text(clear=False)
    assert "r1 · غارة · 2022-05-02" in plain
    for cell in ("killed", "12", "مسلحا [armed_group]", "وزارة الدفاع", "Air/drone strike", "fatalities 12/12/12"):
        assert cell in plain, cell
    assert "do not match" not in plain
    styled = console.export_html()
    assert styled.count("color: #") >= 4  # claim, party, source and date each coloured


def test_cli_show_reports_spans_that_do_not_match_the_text() -> None:
    plain = _view(_record(), "نص آخر لا علاقة له").export_text()
    assert "4 span(s) do not match this text" in plain


def test_cli_show_without_text_says_how_to_get_it() -> None:
    plain = _view(_record(), None).export_text()
    assert "--with-text" in plain and "killed" in plain


def test_cli_show_file_of_records_and_limit(tmp_path: Path) -> None:
    f = tmp_path / "out.jsonl"
    rows = [_record(text=TEXT), _record(doc_id="r2", text=TEXT), "{broken"]
    f.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows),
                 encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(f), "--width", "160"])
    assert result.exit_code == 0, result.output
    assert "r1" in result.output and "r2" in result.output and "neither a record nor an article" in result.output
    limited = CliRunner().invoke(main, ["show", str(f), "--limit", "1", "--width", "160"])
    assert "r2 ·" not in limited.output


def test_cli_show_text_from_inputs(tmp_path: Path) -> None:
    out, src = tmp_path / "out.jsonl", tmp_path / "in.jsonl"
    out.write_text(json.dumps(_record(), ensure_ascii=False) + "\n", encoding="utf-8")
    src.write_text(json.dumps({"id": "r1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(out), "--text-from", str(src), "--width", "160"])
    assert result.exit_code == 0 and TEXT in result.output and "--with-text" not in result.output


@pytest.mark.parametrize("name, body", [
    ("a.txt", TEXT), ("b.html", f"<p>{TEXT}</p>"),
    ("c.jsonl", json.dumps({"id": "c1", "text": TEXT}, ensure_ascii=False)),
])
def test_cli_show_extracts_input_articles_on_the_fly(tmp_path: Path, name: str, body: str) -> None:
    f = tmp_path / name
    f.write_text(body, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(f), "--width", "160"])
    assert result.exit_code == 0, result.output
    assert TEXT in result.output and "Traceback" not in result.output


def test_cli_show_prints_why_each_place_was_chosen(tmp_path: Path) -> None:
    text = "قصفت الطائرات بلدة التح بريف إدلب الجنوبي فقتل 4 مدنيين."
    f = tmp_path / "a.txt"
    f.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(f), "--width", "300"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("place ")]
    assert any("التح → At Tahh" in x and "cue «بلدة» (place_word)" in x and "only_candidate:" in x
               for x in lines), lines
    assert any("إدلب →" in x and "cue «بريف» (place_word)" in x and "place_kind:" in x for x in lines), lines
