"""Untrusted input through the API: stored and returned as data, never as markup or SQL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_api_endpoints import ARTICLE, make_client

HOSTILE = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\u202eمعكوس\u202c",
           "'; DROP TABLE documents; --", "\" OR 1=1 --"]


@pytest.mark.parametrize("evil", HOSTILE)
def test_api_safety_hostile_text_round_trips_as_json(tmp_path: Any, evil: str) -> None:
    with make_client(tmp_path) as c:
        r = c.post("/v1/documents", json={"text": evil + ARTICLE, "id": evil, "title": evil})
        assert r.status_code == 201 and r.headers["content-type"].startswith("application/json")
        got = c.get("/v1/documents/" + evil.replace("/", "%2F"))
        assert got.json()["text"] == evil + ARTICLE and got.json()["title"] == evil
        page = c.get("/")
        assert evil not in page.text


@pytest.mark.parametrize("evil", HOSTILE)
def test_api_safety_sql_in_filters_is_a_value(tmp_path: Any, evil: str) -> None:
    with make_client(tmp_path) as c:
        assert c.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04"}).status_code == 201
        assert c.get("/v1/incidents", params={"admin1": evil}).json()["count"] == 0
        assert c.get("/v1/incidents/" + evil.replace("/", "%2F")).status_code == 404
        assert c.get("/v1/incidents").json()["count"] == 1
