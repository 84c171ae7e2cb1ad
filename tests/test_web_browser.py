"""The web page in headless Chromium (Debian's ``chromium``, driven by Playwright).

Pastes an article, checks the highlights, the map and the claims table,
makes a correction, saves it, reloads and sees it; checks that hostile
article text is shown as text; and asserts that no request leaves 127.0.0.1.
A screenshot is saved under the test's temporary directory.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_api_endpoints import ARTICLE, sample_record
from waqia.api import create_app
from waqia.settings import Settings

pytestmark = pytest.mark.browser
CHROMIUM = os.environ.get("WAQIA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
HOSTILE = ("\n<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\">"
           "\u202eنص معكوس\u202c سراقب")
SEED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev-input.jsonl"


def browser_extract(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
    """The hand-built record for any text that starts with our test article."""
    record = sample_record(text, published, meta.get("id") or "browser-article", **meta)
    if not text.startswith(ARTICLE):
        record["events"], record["relevant"] = [], False
    return record


class Server:
    """uvicorn serving an app on 127.0.0.1 and a free port, in a thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,
                                                    log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM}: install Debian's chromium (scripts/ci-services.sh) "
                    "or set WAQIA_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def open_page(browser: Any, requests: list[str]) -> Any:
    page = browser.new_page(viewport={"width": 1300, "height": 1000}, locale="ar")
    page.on("request", lambda req: requests.append(req.url))
    page.set_default_timeout(15_000)
    return page


def assert_local(requests: list[str]) -> None:
    assert requests, "the page made no request at all"
    outside = [u for u in requests if urlparse(u).hostname != "127.0.0.1"]
    assert not outside, f"requests left localhost: {outside}"


def paste(page: Any, base: str, text: str, published: str, title: str | None = None) -> None:
    page.goto(base + "/")
    page.fill("#article-text", text)
    page.fill("#article-published", published)
    if title:
        page.fill("#article-title", title)
    page.click("#read-button")
    page.wait_for_selector("body[data-loaded]")


def correct_first_claim(page: Any) -> None:
    value = page.locator("#review .rv-value").first
    assert value.input_value() == "12"
    value.fill("13")
    value.press("Tab")
    page.fill("#review-author", "coder A")
    page.click("#save-review")
    page.wait_for_selector("#review-banner")


def test_web_browser_paste_highlight_map_correct_reload(browser: Any, tmp_path: Path) -> None:
    app = create_app(Settings(), store_url=f"sqlite:///{tmp_path}/web.db", extractor=browser_extract)
    requests: list[str] = []
    with Server(app) as base:
        page = open_page(browser, requests)
        paste(page, base, ARTICLE + HOSTILE, "2020-02-04", title="<img src=x onerror=\"window.__pwned=3\">")
        assert page.locator("#doc-text mark.hl-claim").count() >= 3
        assert page.locator("#doc-text mark.hl-source").count() >= 2
        assert page.locator("#doc-text mark.hl-place").count() == 1
        assert page.locator("#map svg circle").count() == 1
        assert page.locator("#map svg path.land.focus[data-country=SY]").count() == 1
        headers = page.locator("#sources-table th.source-col bdi.src-name").all_inner_texts()
        assert headers == ["المرصد السوري لحقوق الإنسان", "وكالة الأنباء الرسمية"]
        assert page.evaluate("window.__pwned") is None
        assert page.locator("img").count() == 0 and page.locator("#doc-text script").count() == 0
        assert "<script>window.__pwned = 1</script>" in page.inner_text("#doc-text")
        assert page.locator("#doc-text .ctl").all_inner_texts() == ["RLO", "PDF"]
        page.locator("#doc-text mark.hl-claim").first.click()

        correct_first_claim(page)
        page.reload()
        page.wait_for_selector("body[data-loaded]")
        assert page.locator("#review .rv-value").first.input_value() == "13"
        assert page.locator("#review .badge.status-edited").count() == 1
        assert "coder A" in page.inner_text("#review-banner")
        assert "12" in page.inner_text("#cl-0-0")
        page.screenshot(path=str(tmp_path / "waqia-page.png"), full_page=True)

        page.goto(base + "/#/incidents")
        page.wait_for_selector("#incident-table tbody tr")
        page.locator("#incident-table tbody a").first.click()
        page.wait_for_selector("#incident-map svg circle")
        assert "المرصد السوري لحقوق الإنسان" in page.inner_text("#incident")
        page.close()
    assert (tmp_path / "waqia-page.png").stat().st_size > 10_000
    assert_local(requests)


def test_web_browser_seed_article_end_to_end(browser: Any, tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the seed article lives in ../shared/eval")
    seed = json.loads(SEED.read_text(encoding="utf-8").splitlines()[0])
    app = create_app(Settings(), store_url=f"sqlite:///{tmp_path}/seed.db")
    requests: list[str] = []
    with Server(app) as base:
        page = open_page(browser, requests)
        paste(page, base, seed["text"], "2020-01-23")
        figures = page.locator("#sources-table span.fig").all_inner_texts()
        sources = page.locator("#sources-table th.source-col bdi").all_inner_texts()
        assert page.locator("#doc-text mark.hl-claim").count() >= 4
        whys = page.locator("#events .chip small.why")  # why each place was chosen, its note as tooltip
        assert whys.count() >= 1 and all(w.get_attribute("title") and w.get_attribute("data-chosen-by")
                                         for w in whys.all())
        page.screenshot(path=str(tmp_path / "waqia-seed.png"), full_page=True)
        page.close()
    assert_local(requests)
    assert sorted(figures) == ["200", "40", "80", "~50"], figures
    assert len(set(sources)) == 3, sources


def test_web_browser_a_new_pasted_article_does_not_keep_the_last_outlet(browser: Any, tmp_path: Path) -> None:
    app = create_app(Settings(), store_url=f"sqlite:///{tmp_path}/paste.db", extractor=browser_extract)
    with Server(app) as base:
        page = browser.new_page()
        page.goto(base + "/")
        page.fill("#article-outlet", "first.example")
        page.fill("#article-text", ARTICLE)
        page.evaluate("""() => {
            const box = document.getElementById("article-text");
            box.focus();
            box.setSelectionRange(0, box.value.length);
            box.dispatchEvent(new ClipboardEvent("paste", {bubbles: true, cancelable: true}));
        }""")
        assert page.input_value("#article-outlet") == ""
        page.fill("#article-outlet", "second.example")
        page.evaluate("""() => {
            const box = document.getElementById("article-text");
            box.setSelectionRange(0, 3);
            box.dispatchEvent(new ClipboardEvent("paste", {bubbles: true, cancelable: true}));
        }""")
        assert page.input_value("#article-outlet") == "second.example"  # a paste inside the text edits it
