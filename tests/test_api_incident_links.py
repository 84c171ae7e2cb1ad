"""The incident view says why each document joined: the links through the API and on the page."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
from test_store_fixtures import claim, event, loc, record
from test_web_browser import Server, assert_local, browser, open_page  # noqa: F401  (browser: a fixture)
from waqia.api import create_app
from waqia.settings import Settings
from waqia.store import Store

TOWN = loc("Kafr Ruma", "SY", "Idlib", 35.60, 36.63)
# Invented report texts, written for these tests.
FIRST = "قصفت مدفعية بعيدة المدى سوق الخضار في كفرومة صباح الاحد واصابت باعة ومتسوقين امام المخابز"
SECOND = "ارتفعت حصيلة قصف سوق الخضار في كفرومة الى تسعة بعدما توفي مصابان من الباعة امام المخابز"


def _report(doc: str, published: str, killed: int) -> dict[str, Any]:
    ev = event("e1", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-03-06", [TOWN],
               [claim("killed", killed, "civilians", "civil defence")])
    return record(doc, [ev], published)


def _store(tmp_path: Path) -> Store:
    store = Store.open(f"sqlite:///{tmp_path}/links.db")
    store.ingest(_report("first", "2022-03-06", 5), text=FIRST)
    store.ingest(_report("second", "2022-03-07", 9), text=SECOND)
    return store


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    store = _store(tmp_path)
    with TestClient(create_app(Settings(), store=store)) as c:
        yield c
    store.close()


def test_api_incident_links_through_the_api(client: TestClient) -> None:
    [listed] = client.get("/v1/incidents").json()["incidents"]
    inc = client.get(f"/v1/incidents/{listed['incident_id']}").json()
    assert inc["doc_ids"] == ["first", "second"]
    [link] = inc["links"]
    assert link["doc_id"] == "second" and link["linked_to"]["doc_id"] == "first"
    assert link["features"]["place"] == 3.0 and link["features"]["type"] == 1.5
    assert link["score"] == pytest.approx(sum(link["features"].values()))
    [s] = inc["series"]
    assert [v["value"] for v in s["values"]] == [5, 9] and inc["fatalities"]["best"] == 9


def test_api_incident_links_script_is_served_to_the_incident_view(client: TestClient) -> None:
    script = client.get("/static/links.js")
    assert script.status_code == 200 and "export function renderLinks" in script.text
    assert 'from "./links.js"' in client.get("/static/incidents.js").text


@pytest.mark.browser
def test_api_incident_links_on_the_page(browser: Any, tmp_path: Path) -> None:  # noqa: F811
    store = _store(tmp_path)
    requests: list[str] = []
    with Server(create_app(Settings(), store=store)) as base:
        page = open_page(browser, requests)
        page.goto(base + "/#/incidents")
        page.wait_for_selector("#incident-table tbody tr")
        page.locator("#incident-table tbody a").first.click()
        page.wait_for_selector("#incident-links li.link")
        second = page.locator('#incident-links li[data-doc="second"]')
        assert second.locator("li.link a").all_inner_texts() == ["first"]
        assert second.locator('[data-feature="place"]').inner_text() == "المكان +3"
        assert "أول تقرير" in page.locator('#incident-links li[data-doc="first"]').inner_text()
        assert page.locator("#incident-series .chip").count() == 2
        page.close()
    store.close()
    assert_local(requests)
