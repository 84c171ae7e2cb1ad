"""Every endpoint of the HTTP API, in process, against a real SQLite event store.

The extractor is replaced by one that returns a record built by hand for our
own test article, so that these tests pin the API and not the reader; one
test runs the real ``waqia.extract`` through the API.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from waqia.api import create_app
from waqia.settings import Settings

ARTICLE = (
    "أفاد المرصد السوري لحقوق الإنسان بمقتل 12 عنصرا من قوات النظام في هجوم شنته فصائل مسلحة "
    "على نقاط عسكرية قرب بلدة سراقب بريف إدلب فجر اليوم.\n"
    "من جهتها، قالت وكالة الأنباء الرسمية إن 7 جنود قتلوا في الهجوم.\n"
    "وأضاف المرصد أن 20 مسلحا أصيبوا خلال الاشتباكات."
)


def span(text: str, needle: str, nth: int = 0) -> dict[str, Any]:
    """``{"text", "start", "end"}`` of the nth occurrence of ``needle``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"text": needle, "start": start, "end": start + len(needle)}


def claim(text: str, kind: str, value: int, what: str, party: str, category: str,
          source: str | None, source_name: str | None, nth_source: int = 0) -> dict[str, Any]:
    src = span(text, source, nth_source) | {"name": source_name} if source else None
    c = span(text, what)
    return {"kind": kind, "value": value, "low": value, "high": value, "approx": False,
            "party": span(text, party) | {"name": party, "category": category}, "source": src,
            "evidence": {"start": c["start"], "end": c["end"]}} | c


def sample_record(text: str = ARTICLE, published: str | None = "2020-02-04", doc_id: str | None = None,
                  **meta: Any) -> dict[str, Any]:
    """A document record (output format v1) for :data:`ARTICLE`, built by hand."""
    obs = "المرصد السوري لحقوق الإنسان"
    claims = [
        claim(text, "killed", 12, "بمقتل 12 عنصرا", "عنصرا من قوات النظام", "state_forces", obs, obs),
        claim(text, "killed", 7, "7 جنود قتلوا", "جنود", "state_forces",
              "وكالة الأنباء الرسمية", "وكالة الأنباء الرسمية"),
        claim(text, "injured", 20, "20 مسلحا أصيبوا", "مسلحا", "armed_group", "المرصد", obs, 1),
    ]
    place = span(text, "سراقب") | {"name": "Saraqib", "name_ar": "سراقب", "country": "SY", "admin1": "Idlib",
                                   "admin2": None, "lat": 35.86, "lon": 36.8, "geo_precision": 1,
                                   "gazetteer_id": None}
    event = {"event_id": "ev:test1", "event_type": "Battles", "sub_event_type": "Armed clash",
             "date": published[:10] if published else None, "date_precision": "day",
             "date_span": span(text, "فجر اليوم"), "locations": [place],
             "actors": [span(text, "فصائل مسلحة") | {"role": "initiator", "name": "armed factions",
                                                     "category": "armed_group"}],
             "claims": claims, "fatalities": {"low": 7, "best": 7, "high": 12},
             "sources": [obs, "وكالة الأنباء الرسمية"], "confidence": 0.8}
    return {"doc_id": doc_id or "test-article", "url": meta.get("url"), "title": meta.get("title"),
            "outlet": meta.get("outlet"), "published": published, "language": "ar", "relevant": True,
            "events": [event], "warnings": []}


def fake_extract(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
    """Stands in for waqia.extract: the hand-built record for ARTICLE, an empty one otherwise."""
    if text == ARTICLE:
        return sample_record(text, published, meta.get("id"), **meta)
    return {"doc_id": meta.get("id") or f"doc-{abs(hash(text)) % 10**8}", "url": meta.get("url"),
            "title": meta.get("title"), "outlet": meta.get("outlet"), "published": published, "language": "ar", "relevant": False,
            "events": [], "warnings": []}


def make_client(tmp_path: Any, api_key: str | None = None, **kw: Any) -> TestClient:
    kw.setdefault("extractor", fake_extract)
    app = create_app(Settings(), store_url=f"sqlite:///{tmp_path}/api.db", api_key=api_key, **kw)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def client(tmp_path: Any) -> Iterator[TestClient]:
    with make_client(tmp_path) as c:
        yield c


@pytest.fixture
def stored(client: TestClient) -> dict[str, Any]:
    r = client.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a1"})
    assert r.status_code == 201, r.text
    return dict(r.json())


def test_api_healthz_reports_version_and_store(client: TestClient) -> None:
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["store"] == "ok" and body["api_key_required"] is False


def test_api_openapi_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/v1/extract", "/v1/documents", "/v1/documents/{doc_id}", "/v1/incidents",
                 "/v1/incidents/{incident_id}", "/v1/export", "/healthz", "/v1/gold",
                 "/v1/documents/{doc_id}/corrections", "/v1/documents/{doc_id}/review"):
        assert path in paths


def test_api_extract_returns_record_and_stores_nothing(client: TestClient) -> None:
    r = client.post("/v1/extract", json={"text": ARTICLE, "published": "2020-02-04", "id": "x"})
    assert r.status_code == 200
    assert r.json() == sample_record(doc_id="x")
    assert client.get("/v1/documents/x").status_code == 404


def test_api_extract_with_real_reader_keeps_spans_exact(tmp_path: Any) -> None:
    with make_client(tmp_path, extractor=None) as c:
        r = c.post("/v1/extract", json={"text": ARTICLE, "published": "2020-02-04"})
    assert r.status_code == 200
    record = r.json()
    assert record["language"] == "ar" and record["published"] == "2020-02-04"
    for ev in record["events"]:
        for c in ev["claims"]:
            for s in (c, c["party"], c["source"]):
                if s and s.get("start") is not None:
                    assert ARTICLE[s["start"]:s["end"]] == s["text"]


def test_api_documents_store_and_get(client: TestClient, stored: dict[str, Any]) -> None:
    assert stored["doc_id"] == "a1" and stored["text"] == ARTICLE
    got = client.get("/v1/documents/a1")
    assert got.status_code == 200 and got.json() == stored
    again = client.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a1"})
    assert again.status_code == 200 and again.headers["X-Waqia-Ingest"] == "unchanged"


def test_api_documents_same_text_other_id_returns_stored(client: TestClient, stored: dict[str, Any]) -> None:
    r = client.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a2"})
    assert r.status_code == 200 and r.headers["X-Waqia-Ingest"] == "duplicate"
    assert r.json()["doc_id"] == "a1"


def test_api_documents_duplicate_is_not_read_again(tmp_path: Any) -> None:
    """The same text under another id answers with the stored document without extracting."""
    read: list[str] = []

    def counting(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
        read.append(str(meta.get("id")))
        return fake_extract(text, published, **meta)

    with make_client(tmp_path, extractor=counting) as c:
        first = c.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a1"})
        again = c.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a2"})
        same_id = c.post("/v1/documents", json={"text": ARTICLE, "published": "2020-02-04", "id": "a1"})
    assert (first.status_code, again.status_code, same_id.status_code) == (201, 200, 200)
    assert again.headers["X-Waqia-Ingest"] == "duplicate" and again.json() == first.json()
    assert again.headers["Location"] == "/v1/documents/a1"
    assert same_id.headers["X-Waqia-Ingest"] == "unchanged"
    assert read == ["a1", "a1"]  # the duplicate was not read; the same id is (its record may change)


@pytest.mark.parametrize("query, expected", [
    ("", 1), ("?country=SY", 1), ("?country=sy", 1), ("?country=IQ", 0), ("?admin1=Idlib", 1),
    ("?since=2020-02-04&until=2020-02-04", 1), ("?since=2020-02-05", 0), ("?until=2020-02-03", 0),
    ("?event_type=Battles", 1), ("?event_type=Riots", 0),
])
def test_api_incidents_filters(client: TestClient, stored: dict[str, Any], query: str, expected: int) -> None:
    body = client.get("/v1/incidents" + query).json()
    assert body["count"] == expected == len(body["incidents"])


def test_api_incident_by_id(client: TestClient, stored: dict[str, Any]) -> None:
    inc = client.get("/v1/incidents").json()["incidents"][0]
    one = client.get(f"/v1/incidents/{inc['incident_id']}")
    assert one.status_code == 200 and one.json()["doc_ids"] == ["a1"]
    assert one.json()["fatalities"]["high"] == 12
    assert client.get("/v1/incidents/nope").status_code == 404


@pytest.mark.parametrize("fmt, media", [("csv", "text/csv"), ("geojson", "application/geo+json"),
                                        ("jsonl", "application/x-ndjson")])
def test_api_export_formats(client: TestClient, stored: dict[str, Any], fmt: str, media: str) -> None:
    r = client.get(f"/v1/export?format={fmt}&country=SY")
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
        assert len(rows) == 1 and rows[0]["country"]
    elif fmt == "geojson":
        assert json.loads(r.text)["features"][0]["geometry"]["coordinates"] == [36.8, 35.86]
    else:
        assert json.loads(r.text.splitlines()[0])["doc_ids"] == ["a1"]


def test_api_export_rejects_unknown_format(client: TestClient) -> None:
    r = client.get("/v1/export?format=xls")
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


def test_api_review_starts_from_machine_reading(client: TestClient, stored: dict[str, Any]) -> None:
    info = client.get("/v1/documents/a1/review").json()
    assert info["corrected"] is False and info["review"] == info["machine"]
    claims = info["review"]["events"][0]["claims"]
    assert [(c["kind"], c["value"], c["source"]) for c in claims] == [
        ("killed", 12, "المرصد السوري لحقوق الإنسان"), ("killed", 7, "وكالة الأنباء الرسمية"),
        ("injured", 20, "المرصد السوري لحقوق الإنسان")]


def corrected_review(client: TestClient) -> dict[str, Any]:
    review = client.get("/v1/documents/a1/review").json()["review"]
    claim0 = review["events"][0]["claims"][0]
    claim0["machine"] = {"value": claim0["value"]}
    claim0["value"], claim0["status"] = 13, "edited"
    review["events"][0]["claims"][1]["status"] = "deleted"
    review["events"][0]["claims"].append({"kind": "captured", "value": 3, "party_category": "armed_group",
                                          "source": None, "status": "added"})
    return dict(review)


def test_api_corrections_kept_beside_machine_reading(client: TestClient, stored: dict[str, Any]) -> None:
    review = corrected_review(client)
    r = client.post("/v1/documents/a1/corrections", json={"author": "coder 1", "review": review})
    assert r.status_code == 201, r.text
    info = client.get("/v1/documents/a1/review").json()
    assert info["corrected"] and info["author"] == "coder 1" and info["corrections"] == 1
    assert info["review"]["events"][0]["claims"][0]["value"] == 13
    assert info["machine"]["events"][0]["claims"][0]["value"] == 12
    assert client.get("/v1/documents/a1").json() == stored
    history = client.get("/v1/documents/a1/corrections").json()["corrections"]
    assert len(history) == 1 and history[0]["author"] == "coder 1"


@pytest.mark.parametrize("bad", [
    {"author": "", "review": {"events": []}},
    {"author": "x", "review": {"events": [{"event_type": "Party"}]}},
    {"author": "x", "review": {"events": [{"event_type": "Battles", "claims": [{"kind": "killed",
                                                                                 "value": -1}]}]}},
    {"author": "x", "review": {"events": [{"event_type": "Battles", "date": "yesterday"}]}},
    {"author": "x", "review": {"events": [], "surprise": 1}},
])
def test_api_corrections_validated(client: TestClient, stored: dict[str, Any], bad: dict[str, Any]) -> None:
    r = client.post("/v1/documents/a1/corrections", json=bad)
    assert r.status_code == 422 and r.json()["error"]["details"]


def test_api_corrections_need_a_stored_document(client: TestClient) -> None:
    r = client.post("/v1/documents/none/corrections", json={"author": "x", "review": {"events": []}})
    assert r.status_code == 404
    assert client.get("/v1/documents/none/review").status_code == 404


def test_api_gold_export_of_reviewed_documents(client: TestClient, stored: dict[str, Any]) -> None:
    assert client.get("/v1/gold").text == ""
    client.post("/v1/documents/a1/corrections", json={"author": "c", "review": corrected_review(client)})
    lines = client.get("/v1/gold").text.splitlines()
    assert len(lines) == 1
    gold = json.loads(lines[0])
    assert gold["id"] == "a1" and gold["text"] == ARTICLE and gold["published"] == "2020-02-04"
    assert sorted((c["kind"], c["value"]) for c in gold["claims"]) == [
        ("captured", 3), ("injured", 20), ("killed", 13)]
    assert gold["locations"] == [{"text": "سراقب", "country": "SY", "admin1": "Idlib"}]
    assert gold["event_types"] == ["Battles"] and gold["dates"] == ["2020-02-04"]
    assert client.get("/v1/gold?doc_id=a1").text.splitlines() == lines


def test_api_index_page_is_rtl_and_local(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and '<html lang="ar" dir="rtl">' in r.text
    assert "http://" not in r.text and "https://" not in r.text
    for asset in ("/static/app.js", "/static/style.css", "/static/favicon.svg"):
        assert client.get(asset).status_code == 200
