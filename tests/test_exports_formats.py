"""Exports open in pandas (CSV, Parquet), as valid GeoJSON, and CSV uses ACLED's column names."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from test_store_fixtures import actor, claim, event, hotel_attack_reports, loc, record
from waqia.cli import main
from waqia.errors import ConfigError
from waqia.exports import ACLED_COLUMNS, export, geojson, incident_row
from waqia.store import Store

pd = pytest.importorskip("pandas", reason="the export tests read the files back with pandas")

ACLED_NAMES = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "admin2",
               "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities"]
WAQIA_NAMES = ["fatalities_low", "fatalities_high", "injured", "sources", "claims", "doc_ids"]


@pytest.fixture
def incidents(tmp_path: Path) -> list[dict[str, Any]]:
    with Store.open(str(tmp_path / "x.db")) as s:
        for rec in hotel_attack_reports():
            s.ingest(rec)
        s.ingest(record("z", [event("e1", "Explosions/Remote violence", "Air/drone strike", "2021-06-01",
                                    [loc("Mosul", "IQ", "Ninawa", 36.34, 43.13)],
                                    [claim("killed", 3, "civilians", "a medic")],
                                    [actor("Air force", "state_forces"), actor("villagers", "civilians", "target")])],
                            "2021-06-01"))
        s.ingest(record("n", [event("e1", locations=[loc("Nowhere", "ML", None)])]))
        return s.incidents()


def test_exports_formats_csv_has_acled_columns(incidents: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    assert export(incidents, "csv", path) == 3
    df = pd.read_csv(path)
    assert list(df.columns)[:15] == ACLED_NAMES == list(ACLED_COLUMNS)
    assert set(WAQIA_NAMES) <= set(df.columns)
    strike = df[df["event_date"] == "2021-06-01"].iloc[0]
    assert (strike["actor1"], strike["actor2"], strike["country"]) == ("Air force", "villagers", "IQ")
    assert (strike["latitude"], strike["longitude"], strike["fatalities"]) == (36.34, 43.13, 3)
    hotel = df[df["doc_ids"].str.contains("h1")].iloc[0]
    assert (hotel["fatalities_low"], hotel["fatalities"], hotel["fatalities_high"]) == (8, 12, 21)
    assert hotel["doc_ids"] == "h1; h2; h3; h4"
    assert "disagree" in hotel["notes"]
    assert len(json.loads(hotel["claims"])) == 6


def test_exports_formats_parquet_opens_in_pandas(incidents: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "x.parquet"
    assert export(incidents, "parquet", path) == 3
    df = pd.read_parquet(path)
    assert list(df.columns)[:15] == ACLED_NAMES
    import pyarrow.parquet as pq

    types = {f.name: str(f.type) for f in pq.read_schema(path)}
    assert (types["latitude"], types["fatalities"], types["event_date"]) == ("double", "int64", "string")
    assert sorted(df["fatalities"].dropna().tolist()) == [3, 12]


def test_exports_formats_geojson_is_valid(incidents: list[dict[str, Any]], tmp_path: Path) -> None:
    path = tmp_path / "x.geojson"
    assert export(incidents, "geojson", path) == 2
    fc = json.loads(path.read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    for f in fc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())
    assert geojson([])["features"] == []


def test_exports_formats_jsonl_round_trip(incidents: list[dict[str, Any]]) -> None:
    buf = io.StringIO()
    export(incidents, "jsonl", None, stdout=buf)
    assert [json.loads(line) for line in buf.getvalue().splitlines()] == incidents


@pytest.mark.parametrize("fmt, path", [("xml", "x.xml"), ("parquet", None)])
def test_exports_formats_refuses_what_it_cannot_write(fmt: str, path: str | None) -> None:
    with pytest.raises(ConfigError):
        export([], fmt, path)


def test_exports_formats_row_without_location_or_figures() -> None:
    row = incident_row({"incident_id": "inc-x"})
    assert row["latitude"] is None and row["fatalities"] is None and row["doc_ids"] == ""


@pytest.mark.parametrize("fmt, reader", [("csv", "read_csv"), ("parquet", "read_parquet")])
def test_exports_formats_cli(tmp_path: Path, fmt: str, reader: str) -> None:
    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in hotel_attack_reports()), encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", "--records", "-q", "--db", db, str(src)]).exit_code == 0
    out = tmp_path / f"x.{fmt}"
    res = runner.invoke(main, ["export", "--format", fmt, "--db", db, "-o", str(out), "--country", "SO"])
    assert res.exit_code == 0, res.output
    df = getattr(pd, reader)(out)
    assert len(df) == 1 and df["doc_ids"][0] == "h1; h2; h3; h4"
