"""Exports of incidents: JSON Lines, CSV (ACLED column names), GeoJSON and Parquet.

CSV, GeoJSON and Parquet share one flat row per incident (:func:`incident_row`):
ACLED's column names where a field means the same thing, then waqia's own.
Differences from ACLED worth knowing: ``country`` is the ISO 3166-1 alpha-2
code; ``fatalities`` is the incident's *best* figure and is empty (not 0)
when no source gives a number; ``source`` lists the cited sources, ``;``
separated as in ACLED.
"""

from __future__ import annotations

import csv
import io  # noqa: F401 - used by the doctests
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from waqia.errors import ConfigError
from waqia.incidents.records import incident_fatalities, primary_location

#: ACLED's names, in ACLED's order, for the fields that mean the same thing.
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                 "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities")
#: waqia's own columns, after ACLED's.
WAQIA_COLUMNS = ("incident_id", "fatalities_low", "fatalities_high", "injured", "sources", "claims",
                 "doc_ids")
COLUMNS = ACLED_COLUMNS + WAQIA_COLUMNS
FORMATS = ("jsonl", "csv", "geojson", "parquet")
_INT_COLUMNS = ("geo_precision", "fatalities", "fatalities_low", "fatalities_high", "injured", "sources")
_FLOAT_COLUMNS = ("latitude", "longitude")


def _actor(incident: dict[str, Any], role: str) -> str | None:
    names = [a.get("name") or a.get("text") for a in incident.get("actors") or [] if a.get("role") == role]
    return next((n for n in names if n), None)


def _claim_summary(c: dict[str, Any]) -> dict[str, Any]:
    return {"kind": c.get("kind"), "value": c.get("value"), "approx": c.get("approx"),
            "party_category": (c.get("party") or {}).get("category"),
            "source": (c.get("source") or {}).get("name"), "doc_id": c.get("doc_id")}


def _notes(incident: dict[str, Any]) -> str:
    """ACLED-style notes: what happened, where, and each source's figures (:mod:`waqia.incidents.notes`)."""
    from waqia.incidents.notes import incident_notes

    return str(incident.get("notes") or incident_notes(incident))


def incident_row(incident: dict[str, Any]) -> dict[str, Any]:
    """One flat row (ACLED columns, then waqia's) for an incident record.

    >>> row = incident_row({"incident_id": "inc-1", "date": "2020-01-22", "event_type": "Battles",
    ...     "locations": [{"name": "Idlib", "country": "SY", "lat": 35.9, "lon": 36.6, "geo_precision": 1}],
    ...     "claims": [], "doc_ids": ["a", "b"], "fatalities": {"low": 15, "best": 15, "high": 32}})
    >>> row["event_date"], row["country"], row["fatalities"], row["fatalities_high"], row["doc_ids"]
    ('2020-01-22', 'SY', 15, 32, 'a; b')
    """
    loc = primary_location(incident) or {}
    fat = incident.get("fatalities") or {}
    claims = incident.get("claims") or []
    return {
        "event_date": incident.get("date"), "event_type": incident.get("event_type"),
        "sub_event_type": incident.get("sub_event_type"),
        "actor1": _actor(incident, "initiator"), "actor2": _actor(incident, "target"),
        "country": loc.get("country"), "admin1": loc.get("admin1"), "admin2": loc.get("admin2"),
        "location": loc.get("name") or loc.get("name_ar") or loc.get("text"),
        "latitude": loc.get("lat"), "longitude": loc.get("lon"), "geo_precision": loc.get("geo_precision"),
        "source": "; ".join(incident.get("sources") or []), "notes": _notes(incident),
        "fatalities": fat.get("best"),
        "incident_id": incident.get("incident_id"),
        "fatalities_low": fat.get("low"), "fatalities_high": fat.get("high"),
        "injured": incident_fatalities(claims, "injured")["best"],
        "sources": len(incident.get("sources") or []),
        "claims": json.dumps([_claim_summary(c) for c in claims], ensure_ascii=False),
        "doc_ids": "; ".join(incident.get("doc_ids") or []),
    }


def write_jsonl(incidents: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write incident records as JSON Lines; return how many."""
    n = 0
    for inc in incidents:
        out.write(json.dumps(inc, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(incidents: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write one CSV row per incident with a header of :data:`COLUMNS`; return how many."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for inc in incidents:
        writer.writerow({k: ("" if v is None else v) for k, v in incident_row(inc).items()})
        n += 1
    return n


def geojson(incidents: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: a point per incident that has coordinates.

    Properties are the flat row of :func:`incident_row` (readable by QGIS), and
    ``location_why`` (why the point was chosen: ``chosen_by: note``) when its location says.

    >>> fc = geojson([{"incident_id": "i", "locations": [{"lat": 33.5, "lon": 36.3}]}, {"incident_id": "j"}])
    >>> fc["type"], [f["geometry"]["coordinates"] for f in fc["features"]]
    ('FeatureCollection', [[36.3, 33.5]])
    """
    features = []
    for inc in incidents:
        row = incident_row(inc)
        if row["latitude"] is None or row["longitude"] is None:
            continue
        point = {"type": "Point", "coordinates": [float(row["longitude"]), float(row["latitude"])]}
        why = (primary_location(inc) or {}).get("why")
        if isinstance(why, dict) and why.get("chosen_by"):
            row["location_why"] = why["chosen_by"] + (f": {why['note']}" if why.get("note") else "")
        features.append({"type": "Feature", "id": row["incident_id"], "geometry": point, "properties": row})
    return {"type": "FeatureCollection", "features": features}


def write_geojson(incidents: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write :func:`geojson` to ``out``; return how many points."""
    fc = geojson(incidents)
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    return len(fc["features"])


def parquet_table(incidents: Iterable[dict[str, Any]]) -> Any:
    """A ``pyarrow.Table`` of the flat rows, with explicit column types."""
    import pyarrow as pa

    rows = [incident_row(i) for i in incidents]
    fields = [pa.field(c, pa.int64() if c in _INT_COLUMNS else pa.float64() if c in _FLOAT_COLUMNS
                       else pa.string()) for c in COLUMNS]
    schema = pa.schema(fields)
    return pa.Table.from_pylist(rows, schema=schema)


def write_parquet(incidents: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write a Parquet file through pyarrow; return how many rows."""
    import pyarrow.parquet as pq

    table = parquet_table(incidents)
    pq.write_table(table, str(path))
    return int(table.num_rows)


def export(incidents: Iterable[dict[str, Any]], fmt: str, path: str | Path | None,
           stdout: IO[str] | None = None) -> int:
    """Write incidents in ``fmt`` to ``path`` (or ``stdout`` for text formats); return how many.

    >>> buf = io.StringIO()
    >>> export([], "csv", None, buf), buf.getvalue().split(",")[0]
    (0, 'event_date')
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise ConfigError("Parquet is binary: give an output file with -o FILE.parquet")
        return write_parquet(incidents, path)
    writer = {"jsonl": write_jsonl, "csv": write_csv, "geojson": write_geojson}[fmt]
    if path is None:
        if stdout is None:
            raise ConfigError("give an output file (-o FILE) or a stream")
        return writer(incidents, stdout)
    with open(path, "w", encoding="utf-8", newline="") as out:
        return writer(incidents, out)
