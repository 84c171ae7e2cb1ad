"""The API's one error shape, the request size limit, the API key, CORS and headers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from test_api_endpoints import ARTICLE, make_client
from waqia.api import error_body
from waqia.errors import StoreError

KEY = "k-123"


def assert_error_shape(body: Any, status: int) -> None:
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "details"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["code"], str) and body["error"]["message"]


@pytest.fixture
def keyed(tmp_path: Any) -> Iterator[TestClient]:
    with make_client(tmp_path, api_key=KEY, max_body=4096) as c:
        yield c


def crash(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
    raise RuntimeError("boom")


@pytest.mark.parametrize("method, path, body, status", [
    ("GET", "/no/such/page", None, 404),
    ("GET", "/v1/documents/missing", None, 404),
    ("GET", "/v1/incidents/missing", None, 404),
    ("DELETE", "/v1/extract", None, 405),
    ("POST", "/v1/extract", {"txt": "x"}, 422),
    ("POST", "/v1/extract", {"text": "x", "published": "last week"}, 422),
    ("GET", "/v1/incidents?since=2020-13", None, 422),
    ("GET", "/v1/incidents?country=SYR", None, 422),
    ("GET", "/v1/incidents?limit=0", None, 422),
    ("POST", "/v1/extract", "not json", 422),
])
def test_api_errors_one_shape(tmp_path: Any, method: str, path: str, body: Any, status: int) -> None:
    with make_client(tmp_path) as c:
        kw = {"content": body} if isinstance(body, str) else {"json": body} if body is not None else {}
        r = c.request(method, path, **kw)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/json")
    assert_error_shape(r.json(), status)


def test_api_errors_crash_is_500_in_shape(tmp_path: Any) -> None:
    with make_client(tmp_path, extractor=crash) as c:
        r = c.post("/v1/extract", json={"text": ARTICLE})
    assert r.status_code == 500
    assert_error_shape(r.json(), 500)
    assert "boom" not in r.text


def test_api_errors_store_failure_is_503(tmp_path: Any) -> None:
    class Broken:
        def get_document(self, doc_id: str) -> None:
            raise StoreError("database is down; start it")

    with make_client(tmp_path, store=Broken()) as c:
        r = c.get("/v1/documents/a")
    assert r.status_code == 503 and r.json()["error"]["message"] == "database is down; start it"


def test_api_errors_body_doc() -> None:
    assert error_body(413, "too big")["error"]["code"] == "payload_too_large"


def test_api_size_limit_declared_length(keyed: TestClient) -> None:
    r = keyed.post("/v1/extract", json={"text": "ق" * 5000})
    assert r.status_code == 413
    assert_error_shape(r.json(), 413)


def test_api_size_limit_streamed_body(keyed: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield "ق".encode() * 300
        yield b'"}'

    r = keyed.post("/v1/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert_error_shape(r.json(), 413)


def test_api_size_limit_allows_small_body(keyed: TestClient) -> None:
    assert keyed.post("/v1/extract", json={"text": ARTICLE}).status_code == 200


@pytest.mark.parametrize("headers, status", [
    ({}, 401), ({"X-API-Key": "wrong"}, 401), ({"Authorization": "Bearer wrong"}, 401),
    ({"X-API-Key": KEY}, 201), ({"Authorization": f"Bearer {KEY}"}, 201),
])
def test_api_key_guards_writes(keyed: TestClient, headers: dict[str, str], status: int) -> None:
    r = keyed.post("/v1/documents", json={"text": ARTICLE, "id": "k1"}, headers=headers)
    assert r.status_code == status
    if status == 401:
        assert_error_shape(r.json(), 401)
        r2 = keyed.post("/v1/documents/k1/corrections", json={"author": "a", "review": {"events": []}},
                        headers=headers)
        assert r2.status_code == 401


def test_api_key_not_needed_for_reads(keyed: TestClient) -> None:
    assert keyed.post("/v1/documents", json={"text": ARTICLE, "id": "k1"},
                      headers={"X-API-Key": KEY}).status_code == 201
    for path in ("/healthz", "/v1/documents/k1", "/v1/incidents", "/v1/export?format=jsonl", "/"):
        assert keyed.get(path).status_code == 200, path
    assert keyed.post("/v1/extract", json={"text": ARTICLE}).status_code == 200


def test_api_cors_off_by_default(tmp_path: Any) -> None:
    with make_client(tmp_path) as c:
        r = c.get("/healthz", headers={"Origin": "https://evil.example"})
        pre = c.options("/v1/documents", headers={"Origin": "https://evil.example",
                                                  "Access-Control-Request-Method": "POST"})
    assert not any(h.lower().startswith("access-control-") for h in r.headers)
    assert not any(h.lower().startswith("access-control-") for h in pre.headers)
    assert pre.status_code == 405


def test_api_security_headers(tmp_path: Any) -> None:
    with make_client(tmp_path) as c:
        r = c.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
