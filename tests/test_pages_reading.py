"""Web pages: the article only (menus, teasers, comments, scripts out), the headline as title,
the publication date from the page's metadata; through the CLI and the API alike.

``tests/pages/shelling.html`` is our own page: a short article about shelling (3 killed,
5 injured) wrapped in what news sites put around one: a script and comments with other
figures (500, 77), «اقرأ أيضاً» teasers with «مقتل 40» (linked, unlinked and in a related
block), navigation, a header and a footer.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

import waqia
from waqia.api import create_app
from waqia.cli import main
from waqia.corpus.inputs import iter_documents
from waqia.corpus.pages import html_to_text, looks_like_html, published_from_metadata
from waqia.settings import Settings

sys.path.insert(0, str(Path(__file__).parent))
PAGE = Path(__file__).parent / "pages" / "shelling.html"
HTML = PAGE.read_text(encoding="utf-8")
HEADLINE = "مقتل ثلاثة مدنيين بقصف على الريحان"
FIRST = "قالت مصادر محلية إن قصفا مدفعيا استهدف بلدة الريحان"
NOT_ARTICLE = ["40", "500", "77", "الرئيسية", "رياضة", "الحقوق", "الخصوصية", "التعليقات", "أيضاً",
               "ذات صلة", "breaking", "color"]


def figures(record: dict) -> list[tuple[str, int | None]]:
    return sorted((c["kind"], c["value"]) for e in record["events"] for c in e["claims"])


def test_pages_article_only_headline_as_title_date_from_metadata() -> None:
    page = html_to_text(HTML)
    assert page.text.startswith(FIRST)
    assert page.text.count("\n") == 2  # the three paragraphs of the article, nothing else
    for word in NOT_ARTICLE + [HEADLINE]:
        assert word not in page.text, word
    assert page.meta == {"title": HEADLINE, "outlet": "شبكة الوادي", "published": "2021-05-14"}


def test_pages_teasers_scripts_and_headline_add_no_claim_nor_event() -> None:
    page = html_to_text(HTML)
    record = waqia.extract(page.text, page.meta["published"], title=page.meta["title"])
    assert figures(record) == [("injured", 5), ("killed", 3)]
    assert len(record["events"]) == 1
    assert record["title"] == HEADLINE


def test_pages_a_date_in_the_text_is_not_the_publication_date() -> None:
    tree = lxml.html.fromstring("<html><body><article><p>في 2019-03-04 وقع انفجار في السوق.</p>"
                                "<time datetime='2018-01-01'>أمس</time></article></body></html>")
    assert published_from_metadata(tree) is None
    ld = ('<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
          '"datePublished": "2022-11-03T08:00:00Z"}]}</script></head><body><p>x</p></body></html>')
    assert published_from_metadata(lxml.html.fromstring(ld)) == "2022-11-03"


@pytest.mark.parametrize("text, markup", [
    (HTML, True), ("<p>قصف على البلدة</p><p>ثم هدوء</p>", True),
    ("قصف على البلدة <b>اليوم</b>", False), ("قال إن 3 < 5 وإن 7 > 2", False)])
def test_pages_markup_is_recognised(text: str, markup: bool) -> None:
    assert looks_like_html(text) is markup


def test_pages_html_file_through_extract(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(PAGE), "-o", str(out), "--workers", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert (record["title"], record["published"], record["outlet"]) == (HEADLINE, "2021-05-14", "شبكة الوادي")
    assert figures(record) == [("injured", 5), ("killed", 3)]


def test_pages_input_reader_takes_the_page_metadata(tmp_path: Path) -> None:
    [doc] = iter_documents([PAGE])
    assert (doc.title, doc.published, doc.outlet) == (HEADLINE, "2021-05-14", "شبكة الوادي")
    assert "500" not in doc.text and "40" not in doc.text


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_app(Settings()))


def test_pages_api_reads_text_html(client: TestClient) -> None:
    r = client.post("/v1/extract?id=p1", content=HTML.encode("utf-8"),
                    headers={"Content-Type": "text/html; charset=utf-8"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert (record["doc_id"], record["title"], record["published"]) == ("p1", HEADLINE, "2021-05-14")
    assert figures(record) == [("injured", 5), ("killed", 3)]


def test_pages_api_json_with_pasted_page_is_read_as_a_page(client: TestClient) -> None:
    record = client.post("/v1/extract", json={"text": HTML, "published": "2021-06-01"}).json()
    assert figures(record) == [("injured", 5), ("killed", 3)]
    assert record["published"] == "2021-06-01"  # what the request says wins over the page
    assert any("HTML" in w for w in record["warnings"])


def test_pages_api_a_script_string_is_never_read(client: TestClient) -> None:
    html = "<html><body><script>var x = 'مقتل 500 شخص في انفجار';</script><p>هدوء حذر في المدينة.</p></body></html>"
    record = client.post("/v1/extract", json={"text": html}).json()
    assert figures(record) == []
    plain = client.post("/v1/extract", content="قتل جندي في قصف".encode(), headers={"Content-Type": "text/plain"})
    assert plain.status_code == 200 and figures(plain.json())


def test_pages_api_bad_html_body_is_one_error(client: TestClient) -> None:
    r = client.post("/v1/extract?published=2021-13-99", content=b"<p>x</p>", headers={"Content-Type": "text/html"})
    assert r.status_code == 422 and set(r.json()) == {"error"}
