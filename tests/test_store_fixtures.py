"""Shared fixtures and record builders for the store, incident and export tests.

The records are written in the shape of ``output-format.md`` (section
Document) with made-up places, sources and figures, so these tests do not
depend on what extraction currently finds.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

PG_ENV = "WAQIA_TEST_PG_URL"
PG_SKIP = (f"PostgreSQL tests need a server: set {PG_ENV} (scripts/ci-services.sh starts one and "
           "writes it to .ci/services.env)")

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def pg_schema_url(base: str, schema: str) -> str:
    """A URL whose connections use ``schema`` first (a fresh namespace per test)."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


def backend_url(kind: str, tmp_path: Any) -> Iterator[str]:
    """Yield a fresh database URL of this kind; PostgreSQL skips without a server."""
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'waqia-test.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(PG_SKIP)
    from sqlalchemy import create_engine, text

    schema = "waqia_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield pg_schema_url(base, schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def loc(name: str, country: str = "SY", admin1: str | None = "Idlib", lat: float | None = None,
        lon: float | None = None, precision: int = 1, admin2: str | None = None) -> dict[str, Any]:
    """A Location of the contract (the span fields are filler: these records have no text)."""
    return {"text": name, "start": 0, "end": len(name), "name": name, "name_ar": None,
            "country": country, "admin1": admin1, "admin2": admin2, "lat": lat, "lon": lon,
            "geo_precision": precision, "gazetteer_id": None}


def claim(kind: str, value: int | None, category: str = "civilians", source: str | None = None,
          approx: bool = False) -> dict[str, Any]:
    """A Claim of the contract."""
    return {"kind": kind, "value": value, "low": value, "high": None if approx else value,
            "approx": approx,
            "party": {"text": None, "start": None, "end": None, "name": None, "category": category},
            "source": None if source is None else {"text": source, "start": 0, "end": len(source),
                                                   "name": source},
            "evidence": {"start": 0, "end": 1}}


def actor(name: str, category: str = "armed_group", role: str = "initiator") -> dict[str, Any]:
    """An Actor of the contract."""
    return {"text": name, "start": 0, "end": len(name), "role": role, "name": name, "category": category}


def event(event_id: str, event_type: str = "Battles", sub: str = "Armed clash", date: str | None = None,
          locations: list[dict[str, Any]] | None = None, claims: list[dict[str, Any]] | None = None,
          actors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An Event of the contract."""
    claims = claims or []
    sources = list(dict.fromkeys(c["source"]["name"] for c in claims if c["source"]))
    return {"event_id": event_id, "event_type": event_type, "sub_event_type": sub, "date": date,
            "date_precision": "day" if date else "unknown", "date_span": None,
            "locations": locations or [], "actors": actors or [], "claims": claims,
            "fatalities": {"low": None, "best": None, "high": None}, "sources": sources, "confidence": 0.8}


def record(doc_id: str, events: list[dict[str, Any]], published: str | None = None,
           outlet: str | None = "example.org") -> dict[str, Any]:
    """A Document record of the contract."""
    return {"doc_id": doc_id, "url": f"https://{outlet}/{doc_id}" if outlet else None, "title": None,
            "outlet": outlet, "published": published, "language": "ar", "relevant": bool(events),
            "events": events, "warnings": []}


def hotel_attack_reports() -> list[dict[str, Any]]:
    """Four invented reports of one attack on a hotel, with rising and rival tolls
    (dated to the day of the attack or the next: relative dates are often off by one)."""
    city = loc("Harbour City", "SO", "Banaadir", 2.04, 45.34)
    attacker = actor("Coastal Front")
    return [
        record("h1", [event("e1", "Explosions/Remote violence", "Suicide bomb", "2022-08-19", [city],
                            [claim("killed", 8, source="police officer", approx=True)], [attacker])],
               outlet="one.example"),
        record("h2", [event("e1", "Battles", "Armed clash", "2022-08-19",
                            [loc("Sea View hotel", "SO", "Banaadir"), city],
                            [claim("killed", 12, source="health ministry"), claim("injured", 30)], [attacker])],
               outlet="two.example"),
        record("h3", [event("e1", "Explosions/Remote violence", "Suicide bomb", "2022-08-20", [city],
                            [claim("killed", 21, source="security official"),
                             claim("injured", 40, source="security official")], [attacker])],
               outlet="three.example"),
        record("h4", [event("e1", "Battles", "Armed clash", "2022-08-19", [city],
                            [claim("killed", 20, source="hospital director", approx=True)], [attacker])],
               outlet="four.example"),
    ]


@pytest.fixture(params=BACKENDS)
def db_url(request: Any, tmp_path: Any) -> Iterator[str]:
    """A fresh, empty database of each back end."""
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(db_url: str) -> Iterator[Any]:
    """An open Store on a fresh database of each back end."""
    from waqia.store import Store

    s = Store.open(db_url)
    try:
        yield s
    finally:
        s.close()


def now() -> Any:
    """The current time in UTC, for rows written by hand."""
    from datetime import UTC, datetime

    return datetime.now(UTC)


def store_before(conn: Any, steps: int) -> None:
    """Make ``conn`` hold a store that only the first ``steps`` migrations made, as an older waqia
    left it: the later migrations are the ones a test checks."""
    from sqlalchemy import insert

    from waqia.store import schema
    from waqia.store.migrations import MIGRATIONS

    schema.metadata.create_all(conn, tables=[schema.migrations_table])
    for name, step in MIGRATIONS[:steps]:
        step(conn)
        conn.execute(insert(schema.migrations_table).values(name=name, applied_at=now()))
