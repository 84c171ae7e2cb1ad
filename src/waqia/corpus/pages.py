"""Web pages: the article of an HTML page, its headline and its metadata.

The main content is found by trafilatura (a maintained boilerplate remover:
navigation, headers, footers, comments, share bars and scripts out).  Before
it runs, blocks that are mostly links (related-article teasers, tag lists)
are pruned from the tree; after it, lines that open with a teaser cue
(``data/page_cues.tsv``: «read also», «related») are dropped, and the
headline leaves the text for the ``title`` field, so that it is kept with
the record but never read as a second report.  The publication date comes
from the page's own metadata (``article:published_time``, JSON-LD
``datePublished``, ``<time datetime>`` ...), never from dates in the text.

>>> page = html_to_text("<html><head><title>Budget passed</title></head><body><nav><a href='/'>Home</a>"
...     "</nav><article><h1>Budget passed</h1><p>The council passed the budget on Monday after a long"
...     " debate.</p></article><script>var x = 'nothing';</script></body></html>")
>>> page.text, page.meta["title"]
('The council passed the budget on Monday after a long debate.', 'Budget passed')
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from copy import deepcopy
from functools import lru_cache
from html.parser import HTMLParser
from importlib import resources
from typing import Any, NamedTuple

from waqia.core.normalize import key

#: Blocks whose text is at least this share of link text (and little else) are teasers or menus.
LINK_SHARE = 0.6
#: Text outside the links of such a block: a label («read also:»), not prose.
LABEL_CHARS = 40
_BLOCKS = ("p", "li", "dd", "dt", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "div")
_DATE_META = frozenset({"article:published_time", "og:published_time", "datepublished", "pubdate",
                        "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
                        "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
                        "article.published", "published_time", "release_date"})
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_ISO_MONTH = re.compile(r"^\s*(\d{4}-\d{2})\s*$")
_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<meta|<title|<article|<div|<p[\s>]|<!--)",
                         re.IGNORECASE)
_TAGS = re.compile(r"</(p|div|span|a|li|h[1-6]|script|body|html|article|section)\s*>", re.IGNORECASE)

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its per-page notices are not ours to print
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


class Page(NamedTuple):
    """The readable text of an HTML page, its metadata (title, published, outlet, url) and warnings."""

    text: str
    meta: dict[str, str]
    warnings: list[str]


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than an article (what a pasted page looks like).

    >>> looks_like_html("<!DOCTYPE html><html><body><p>x</p></body></html>"), looks_like_html("قصف <b>")
    (True, False)
    >>> looks_like_html("<p>first</p><p>second</p>")
    True
    """
    head = text[:2000]
    return bool(_HTML_START.match(head)) and bool(_TAGS.search(text[:200_000]))


def html_to_text(html: str) -> Page:
    """The article of a page (boilerplate, teasers, comments and scripts out) and its metadata.

    ``meta`` may hold ``title`` (the headline, which is not in ``text``),
    ``published`` (from the page's metadata), ``outlet`` (the site's name)
    and ``url`` (the canonical address).
    """
    tree = _parse(html)
    if tree is None:
        text = _all_text(html)
        if not text:
            return Page("", {}, ["the HTML page has no visible text"])
        return Page(text, {}, ["the HTML page could not be parsed into a tree; all of its visible text was read"])
    meta = _metadata(tree)
    headlines = {key(_squash(h.text_content())) for h in tree.iter("h1")}
    _prune_link_blocks(tree)
    text = _main_text(tree)
    if meta.get("title"):
        headlines.add(key(meta["title"]))
    lines = [line for line in text.split("\n") if line and not _is_teaser(line)]
    while lines and key(lines[0]) in headlines:
        meta.setdefault("title", lines[0])
        lines.pop(0)
    text = "\n".join(lines)
    return Page(text, meta, [] if text else ["the HTML page has no visible text"])


def _parse(html: str) -> Any:
    """An lxml tree of the page, or None when lxml cannot build one (or finds no text in it)."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    body = tree.find("body")
    return tree if body is not None and any(s.strip() for s in body.itertext()) else None


def _main_text(tree: Any) -> str:
    import trafilatura

    text = ""
    for precise in (True, False):  # precision first: menus and footers out even on a short page
        found = trafilatura.bare_extraction(deepcopy(tree), include_comments=False, include_tables=True,
                                            favor_precision=precise, with_metadata=False)
        text = getattr(found, "text", None) or ""
        if text:
            break
    if not text:  # too little for trafilatura to call it an article: the body's blocks, scripts out
        body = tree.find("body")
        for bad in list(body.iter("script", "style", "noscript", "template", "nav", "footer", "header", "aside")):
            if bad.getparent() is not None:
                bad.drop_tree()
        text = "\n".join(_squash(t) for t in body.itertext())
    return "\n".join(_squash(line) for line in text.split("\n"))


def _squash(text: str) -> str:
    return " ".join(text.split())


def _prune_link_blocks(tree: Any) -> None:
    """Drop blocks made of links with at most a short label: teasers, tag lists, menus."""
    for block in list(tree.iter(*_BLOCKS)):
        if block.getparent() is None or (block.tag == "div" and block.find(".//p") is not None):
            continue
        text = _squash(block.text_content())
        linked = sum(len(_squash(a.text_content())) for a in block.iter("a"))
        if text and linked >= LINK_SHARE * len(text) and len(text) - linked <= LABEL_CHARS:
            block.drop_tree()


def _metadata(tree: Any) -> dict[str, str]:
    """title, outlet, url from trafilatura's metadata reader; published from the page's own metadata."""
    from trafilatura.metadata import extract_metadata

    meta: dict[str, str] = {}
    try:
        found = extract_metadata(tree, date_config={"extensive_search": False}, extensive=False)
    except (ValueError, TypeError, AttributeError):  # malformed metadata is no reason to lose the article
        found = None
    for ours, theirs in (("title", "title"), ("outlet", "sitename"), ("url", "url")):
        value = getattr(found, theirs, None)
        if isinstance(value, str) and value.strip():
            meta[ours] = _squash(value)
    published = published_from_metadata(tree)
    if published:
        meta["published"] = published
    return meta


def published_from_metadata(tree: Any) -> str | None:
    """The publication date a page declares (meta tags, JSON-LD, ``<time>``), as ``YYYY-MM-DD``.

    >>> import lxml.html
    >>> published_from_metadata(lxml.html.fromstring(
    ...     '<html><head><meta property="article:published_time" content="2021-05-14T09:30:00+03:00">'
    ...     '</head><body><p>On 2019-01-01 ...</p></body></html>'))
    '2021-05-14'
    """
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        if name in _DATE_META and (day := _day(meta.get("content"))):
            return day
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and (day := _json_ld_day(script.text)):
            return day
    for time in tree.iter("time"):
        if (time.get("itemprop") == "datePublished" or time.get("pubdate") is not None) and \
                (day := _day(time.get("datetime"))):
            return day
    return None


def _day(value: str | None) -> str | None:
    if not value:
        return None
    day = _ISO_DAY.match(value) or _ISO_MONTH.match(value)
    return day.group(1) if day else None


def _json_ld_day(body: str | None) -> str | None:
    try:
        data = json.loads(body or "")
    except (ValueError, RecursionError):
        return None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if isinstance(item.get("datePublished"), str) and (day := _day(item["datePublished"])):
                return day
            stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


@lru_cache(maxsize=1)
def teaser_cues() -> tuple[str, ...]:
    """Matching keys of the cues that open a teaser line (``data/page_cues.tsv``)."""
    body = resources.files("waqia.lang.ar.tables").joinpath("page_cues.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(body), delimiter="\t")
    return tuple(sorted({key(row["form"]) for row in rows if row.get("form")}, key=len, reverse=True))


def _is_teaser(line: str) -> bool:
    """A line opened by a teaser cue («read also: ...», a «related» heading)."""
    k = key(line)
    for cue in teaser_cues():
        if k.startswith(cue) and (len(k) == len(cue) or not k[len(cue)].isalnum()):
            return True
    return False


class _TextOnly(HTMLParser):
    """Every visible text node (for pages too broken or too deep for lxml)."""

    SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in self.SKIP
        self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip = max(0, self.skip - (tag in self.SKIP))
        self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _all_text(html: str) -> str:
    parser = _TextOnly()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):
        pass
    lines = (_squash(line) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
