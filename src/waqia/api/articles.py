"""What the API reads: an article as JSON, or a web page (``text/html``) or plain text as the body.

A JSON ``text`` that is a whole page of markup (a pasted page) is read as a
page too, unless ``"format": "text"`` says otherwise; a page goes through
:func:`waqia.corpus.pages.html_to_text`, so its menus, teasers, comments and scripts
are never read, its headline becomes ``title`` and its metadata fill the
fields the request left empty.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any, Literal, NamedTuple

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from waqia.corpus.inputs import decode_bytes
from waqia.corpus.pages import html_to_text, looks_like_html
from waqia.errors import InputError

PUBLISHED = r"^\d{4}-\d{2}(-\d{2}([T ].*)?)?$"
#: the request fields a page's own metadata may fill
PAGE_FIELDS = ("title", "published", "outlet", "url")
#: what the endpoints that read an article accept, for the OpenAPI description
BODIES: dict[str, Any] = {}


class ArticleIn(BaseModel):
    """One article to read: its text (or a whole HTML page) and optional metadata."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="the article as published, or the HTML of its page")
    format: Literal["auto", "text", "html"] = Field(
        default="auto", description="html: a web page; text: plain text; auto: html when it is markup")
    published: str | None = Field(default=None, pattern=PUBLISHED,
                                  description="YYYY-MM-DD, a date and time, or YYYY-MM")
    id: str | None = Field(default=None, max_length=200, description="the article's own id")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=300)

    @field_validator("published")
    @classmethod
    def _real_day(cls, value: str | None) -> str | None:
        """``2021-13-45`` has the shape of a date but is none."""
        if value and len(value) >= 10:
            date.fromisoformat(value[:10])  # ValueError: pydantic reports it in the one error shape
        elif value:
            date.fromisoformat(value + "-01")
        return value


BODIES["requestBody"] = {"required": True, "content": {
    "application/json": {"schema": ArticleIn.model_json_schema()},
    "text/html": {"schema": {"type": "string", "description": "a web page; metadata as query parameters"}},
    "text/plain": {"schema": {"type": "string", "description": "an article; metadata as query parameters"}}}}


class Article(NamedTuple):
    """The text to read (a page's article, not its markup), its metadata and what reading it noticed."""

    text: str
    published: str | None
    meta: dict[str, str]
    warnings: list[str]


async def read_article(request: Request) -> ArticleIn:
    """The article of a request: JSON (:class:`ArticleIn`), or a ``text/html`` / ``text/plain`` body
    with the metadata as query parameters (``?published=2021-03-04&id=...``)."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if kind in ("text/html", "text/plain"):
        try:
            text, _ = decode_bytes(body)
        except InputError as exc:
            raise RequestValidationError([{"loc": ("body",), "msg": str(exc), "type": "value_error"}]) from None
        fields: dict[str, Any] = dict(request.query_params)
        fields.update(text=text, format="html" if kind == "text/html" else "text")
        return _validated(fields, "query")
    try:
        data = json.loads(body)
    except ValueError as exc:
        raise RequestValidationError([{"loc": ("body",), "msg": f"not JSON: {exc}", "type": "json_invalid"}],
                                     ) from None
    return _validated(data, "body")


def _validated(data: Any, where: str) -> ArticleIn:
    try:
        return ArticleIn.model_validate(data)
    except ValidationError as exc:
        errors = [{"loc": (where, *e["loc"]), "msg": e["msg"], "type": e["type"]} for e in exc.errors()]
        raise RequestValidationError(errors) from None


def article_text(article: ArticleIn) -> Article:
    """The text to read and the metadata to read it with; a page's own metadata fill empty fields.

    >>> a = article_text(ArticleIn(text="<html><head><title>Storm</title></head><body><h1>Storm</h1>"
    ...                            "<p>The storm closed the port for two days.</p></body></html>"))
    >>> a.text, a.meta
    ('The storm closed the port for two days.', {'title': 'Storm'})
    """
    given = {k: v for k, v in article.model_dump().items() if k in ("id", "url", "title", "outlet") and v}
    page = article.format == "html" or (article.format == "auto" and looks_like_html(article.text))
    if not page:
        return Article(article.text, article.published or None, given, [])
    read = html_to_text(article.text)
    meta = {k: read.meta[k] for k in PAGE_FIELDS if k != "published" and read.meta.get(k)} | given
    noticed = [] if article.format == "html" else [
        "the text is HTML markup: it was read as a web page (its article only, the headline as title)"]
    return Article(read.text, article.published or read.meta.get("published"), meta, noticed + read.warnings)
