"""Notes like ACLED's: each incident's notes tell when, what, between whom and where, and every
report's figures with its source, in English (CSV, JSON, API) and in Arabic (the page)."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Any

from fastapi.testclient import TestClient

from test_store_fixtures import actor, claim, event, hotel_attack_reports, loc, record
from waqia.api import create_app
from waqia.exports import export
from waqia.incidents.notes import english_source, incident_notes
from waqia.settings import Settings
from waqia.store import Store

ARABIC = re.compile("[\u0600-\u06ff]")
MOD, OBSERVATORY = "وزارة الدفاع الروسية", "المرصد السوري لحقوق الإنسان"


def outpost_reports() -> list[dict[str, Any]]:
    """Two invented reports of one attack on an outpost: rival tolls from two named sources, and
    a figure the article gives in its own voice."""
    town = loc("Tall Hamra", "SY", "Idlib", 35.7, 36.6)
    sides = [actor("Armed opposition", "armed_group", "initiator"), actor("Syrian Army", "state_forces", "target")]
    first = event("e1", date="2020-01-22", locations=[town], actors=sides,
                  claims=[claim("killed", 40, "state_forces", MOD), claim("injured", 80, "state_forces", MOD),
                          claim("killed", 50, "armed_group", MOD, approx=True)])
    second = event("e1", date="2020-01-22", locations=[town], actors=sides,
                   claims=[claim("killed", 17, "state_forces", OBSERVATORY), claim("captured", 3, "state_forces")])
    return [record("o1", [first], published="2020-01-23"), record("o2", [second], published="2020-01-23")]


def _store(tmp_path: Any) -> Store:
    store = Store.open(f"sqlite:///{tmp_path}/n.db")
    for rec in outpost_reports() + hotel_attack_reports():
        store.ingest(rec)
    return store


def source_label(c: dict[str, Any]) -> str:
    name = (c.get("source") or {}).get("name")
    return (english_source(name) or name) if name else f"unattributed report ({c['doc_id']})"


def test_notes_summary_csv_names_every_figure_and_its_source(tmp_path: Any) -> None:
    with _store(tmp_path) as store:
        incidents = store.incidents()
    buf = io.StringIO()
    export(incidents, "csv", None, buf)
    rows = {r["incident_id"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}
    assert len(rows) == 2
    for inc in incidents:
        notes = rows[inc["incident_id"]]["notes"]
        assert inc["claims"] and not notes.startswith("Reported by")
        for c in inc["claims"]:
            report = next(part for part in notes.split("; ") if source_label(c).lower() in part.lower())
            assert str(c["value"]) in report, (c, notes)


def test_notes_summary_reads_like_acled(tmp_path: Any) -> None:
    with _store(tmp_path) as store:
        [outpost] = store.incidents(country="SY")
    notes = outpost["notes"]
    assert notes.startswith("On 22 January 2020, an armed clash between Armed opposition and Syrian Army "
                            "in Tall Hamra (Idlib, Syria). ")
    assert ("The Russian Ministry of Defence reported 40 state forces and about 50 armed group members killed, "
            "80 state forces injured;") in notes
    assert "the Syrian Observatory for Human Rights reported 17 state forces killed" in notes
    assert "unattributed report (o2) reported 3 state forces captured" in notes
    assert "Sources disagree on state forces killed: 17 to 40." in notes
    assert not ARABIC.search(notes)
    assert MOD in outpost["notes_ar"] and "40" in outpost["notes_ar"] and ARABIC.search(outpost["notes_ar"])


def test_notes_summary_without_figures_or_date() -> None:
    inc = {"event_type": "Protests", "sub_event_type": "Peaceful protest", "date": None, "claims": [],
           "actors": [], "locations": []}
    assert incident_notes(inc) == "On a date the reports do not give, a peaceful protest. No figures were reported."
    assert incident_notes({**inc, "date": "2021-03", "date_precision": "month"}).startswith("In March 2021, ")


def test_notes_summary_in_the_api_and_jsonl(tmp_path: Any) -> None:
    store = _store(tmp_path)
    with TestClient(create_app(Settings(), store=store)) as client:
        [inc] = client.get("/v1/incidents?country=SY").json()["incidents"]
        one = client.get(f"/v1/incidents/{inc['incident_id']}").json()
        jsonl = client.get("/v1/export?format=jsonl&country=SY").text
    assert inc["notes"] == one["notes"] and one["notes_ar"]
    assert json.loads(jsonl.splitlines()[0])["notes"] == inc["notes"]
    store.close()
