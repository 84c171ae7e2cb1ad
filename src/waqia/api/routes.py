"""The endpoints of the HTTP API (mounted by :func:`waqia.api.app.create_app`).

Store calls wait on the database, so the endpoints that only read or write
the store are plain functions that FastAPI runs in its thread pool; storing
an article runs in at most :data:`STORE_THREADS` threads per process (more
would only queue for the one writer and the GIL, each with its own memory
and database connection).
Extraction is CPU work and runs on the event loop's own thread: a thread
pool full of extractions fights the loop for the GIL and starves it (under
50 clients one process answered 18 requests/s that way); the server runs
one worker process per core instead (``waqia serve --workers``).
"""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any, Literal
from urllib.parse import quote

from anyio import CapacityLimiter, to_thread
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from waqia import __version__
from waqia.api.articles import BODIES, Article, ArticleIn, article_text, read_article
from waqia.api.common import dumps, key_matches
from waqia.api.review import CorrectionIn, Review, gold_from_review, review_from_record
from waqia.errors import WaqiaError

router = APIRouter()
DATE = r"^\d{4}-\d{2}-\d{2}$"
EventType = Literal["Battles", "Explosions/Remote violence", "Violence against civilians",
                    "Protests", "Riots", "Strategic developments"]
#: articles one worker process stores at once (the rest wait their turn)
STORE_THREADS = 4
MEDIA = {"csv": "text/csv; charset=utf-8", "geojson": "application/geo+json",
         "jsonl": "application/x-ndjson; charset=utf-8"}


def require_key(request: Request) -> None:
    """Dependency of the write endpoints: the API key, when one is configured."""
    if not key_matches(request.app.state.api_key, request):
        raise HTTPException(401, "this endpoint needs the API key: send it in the X-API-Key "
                                 "header (or Authorization: Bearer <key>)",
                            headers={"WWW-Authenticate": "Bearer"})


def _store(request: Request) -> Any:
    return request.app.state.store.get()


def plain(obj: Any) -> Any:
    """A store result as JSON-ready data (dicts, dataclasses or objects with ``as_dict``)."""
    if hasattr(obj, "as_dict"):
        return obj.as_dict()
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if isinstance(obj, (list, tuple)):
        return [plain(x) for x in obj]
    return obj


def _extract(request: Request, article: Article) -> dict[str, Any]:
    record = dict(request.app.state.extractor(article.text, article.published, **article.meta))
    if article.warnings:
        record["warnings"] = article.warnings + list(record.get("warnings") or [])
    return record


def _document(request: Request, doc_id: str) -> dict[str, Any]:
    try:
        doc = plain(_store(request).get_document(doc_id))
    except KeyError:
        doc = None
    if not doc:
        raise HTTPException(404, f"no document with id {doc_id!r}; store it with POST /v1/documents")
    return dict(doc)


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index(request: Request) -> Response:
    """The web page."""
    return request.app.state.templates.TemplateResponse(
        request, "index.html",
        {"version": __version__, "key_required": bool(request.app.state.api_key)})


@router.get("/healthz", tags=["meta"])
def healthz(request: Request) -> dict[str, Any]:
    """Liveness, version, and whether the event store can be opened."""
    try:
        _store(request)
        store = "ok"
    except WaqiaError as exc:  # the store may be missing or down; health says so
        store = f"unavailable: {exc}"
    return {"status": "ok", "version": __version__, "store": store,
            "api_key_required": bool(request.app.state.api_key)}


@router.post("/v1/extract", tags=["documents"], openapi_extra=BODIES, response_model=dict[str, Any])
async def extract(request: Request, given: Annotated[ArticleIn, Depends(read_article)]) -> JSONResponse:
    """Read one article (JSON, or a web page as ``text/html``) and return its document record
    (output format v1); nothing is stored."""
    return JSONResponse(_extract(request, article_text(given)))  # JSON-ready already: no re-encoding


@router.post("/v1/documents", tags=["documents"], status_code=201, dependencies=[Depends(require_key)],
             openapi_extra=BODIES)
async def create_document(request: Request, given: Annotated[ArticleIn, Depends(read_article)]) -> JSONResponse:
    """Read one article, store its record with its ``text``, and return it.

    201 when stored (or replaced); 200 when the same record was already
    stored, or when the same text is stored under another id (that document
    is returned).  The ``X-Waqia-Ingest`` header says which.
    """
    article = article_text(given)
    doc_id = article.meta.get("id")
    if doc_id:  # the same text stored under another id: answered without reading it again
        known = await to_thread.run_sync(_stored_duplicate, request, doc_id, article.text,
                                         limiter=_store_slots(request))
        if known is not None:
            return known
    record = _extract(request, article) | {"text": article.text}
    return await to_thread.run_sync(_stored, request, record, article.text, limiter=_store_slots(request))


def _stored_duplicate(request: Request, doc_id: str, text: str) -> JSONResponse | None:
    find = getattr(_store(request), "duplicate_of", None)
    other = find(doc_id, text) if find is not None else None
    return _answer(_document(request, other), "duplicate") if other is not None else None


def _store_slots(request: Request) -> CapacityLimiter:
    """The limiter of this application's storing threads (made on first use, in the event loop)."""
    slots = getattr(request.app.state, "store_slots", None)
    if slots is None:
        slots = request.app.state.store_slots = CapacityLimiter(STORE_THREADS)
    return slots


def _stored(request: Request, record: dict[str, Any], text: str) -> JSONResponse:
    result = _store(request).ingest(record, text=text)
    status = getattr(result, "status", "added")
    if status == "duplicate" and getattr(result, "duplicate_of", None):
        record = _document(request, result.duplicate_of)
    return _answer(record, str(status))


def _answer(record: dict[str, Any], status: str) -> JSONResponse:
    code = 201 if status in ("added", "replaced") else 200
    return JSONResponse(record, status_code=code, headers={
        "Location": "/v1/documents/" + quote(str(record["doc_id"]), safe=""), "X-Waqia-Ingest": status})


def _corrections(request: Request, doc_id: str) -> list[dict[str, Any]]:
    return [dict(c) for c in plain(_store(request).corrections(doc_id)) or []]


def _payload(correction: dict[str, Any]) -> dict[str, Any]:
    payload = correction.get("payload", correction)
    return payload.get("review", payload) if isinstance(payload, dict) else {}


@router.get("/v1/documents/{doc_id:path}/review", tags=["review"])
def get_review(request: Request, doc_id: str) -> dict[str, Any]:
    """The reading a coder works on: the latest correction, else the machine reading."""
    doc = _document(request, doc_id)
    history = _corrections(request, doc_id)
    machine = review_from_record(doc)
    if not history:
        return {"doc_id": doc_id, "corrected": False, "review": machine, "machine": machine,
                "author": None, "saved_at": None, "corrections": 0}
    last = history[-1]
    return {"doc_id": doc_id, "corrected": True, "review": _payload(last), "machine": machine,
            "author": last.get("author"), "saved_at": _saved_at(last), "corrections": len(history)}


def _saved_at(correction: dict[str, Any]) -> Any:
    for name in ("created_at", "created", "saved_at", "at"):
        if correction.get(name) is not None:
            return str(correction[name])
    return None


@router.get("/v1/documents/{doc_id:path}/corrections", tags=["review"])
def list_corrections(request: Request, doc_id: str) -> dict[str, Any]:
    """Every correction saved for a document, oldest first."""
    _document(request, doc_id)
    return {"doc_id": doc_id, "corrections": _corrections(request, doc_id)}


@router.post("/v1/documents/{doc_id:path}/corrections", tags=["review"], status_code=201,
             dependencies=[Depends(require_key)])
def save_correction(request: Request, doc_id: str, body: CorrectionIn) -> dict[str, Any]:
    """Store a coder's reading beside the machine reading (which is never changed)."""
    _document(request, doc_id)
    payload = {"review": body.review.model_dump()}
    saved = plain(_store(request).save_correction(doc_id, payload, body.author))
    return {"doc_id": doc_id, "author": body.author, "review": payload["review"],
            "saved": saved if isinstance(saved, (dict, int, str)) else None}


@router.get("/v1/documents/{doc_id:path}", tags=["documents"])
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    """A stored document record (with its ``text``)."""
    return _document(request, doc_id)


class IncidentFilter(BaseModel):
    """Filters shared by the incidents list and the export."""

    since: str | None = Field(default=None, pattern=DATE)
    until: str | None = Field(default=None, pattern=DATE)
    country: str | None = Field(default=None, pattern=r"^[A-Za-z]{2}$")
    admin1: str | None = Field(default=None, max_length=200)
    event_type: EventType | None = None
    limit: int = Field(default=100, ge=1, le=10_000)


def _incidents(request: Request, f: IncidentFilter) -> list[dict[str, Any]]:
    rows = _store(request).incidents(since=f.since, until=f.until,
                                     country=f.country.upper() if f.country else None,
                                     admin1=f.admin1 or None, event_type=f.event_type, limit=f.limit)
    return [dict(x) for x in plain(list(rows))]


@router.get("/v1/incidents", tags=["incidents"])
def list_incidents(request: Request, f: Annotated[IncidentFilter, Depends()]) -> dict[str, Any]:
    """Incidents linked across articles, newest first, filtered."""
    items = _incidents(request, f)
    return {"count": len(items), "incidents": items}


@router.get("/v1/incidents/{incident_id:path}", tags=["incidents"])
def get_incident(request: Request, incident_id: str) -> dict[str, Any]:
    """One incident: its articles, sources, claims, disagreements and low/best/high."""
    try:
        incident = plain(_store(request).get_incident(incident_id))
    except KeyError:
        incident = None
    if not incident:
        raise HTTPException(404, f"no incident with id {incident_id!r}; list them at /v1/incidents")
    return dict(incident)


@router.get("/v1/export", tags=["incidents"])
def export(request: Request, f: Annotated[IncidentFilter, Depends()],
           format: Annotated[Literal["csv", "geojson", "jsonl"], Query()] = "jsonl") -> Response:
    """The filtered incidents as CSV (ACLED columns), GeoJSON or JSON Lines."""
    from waqia.api.exporting import render_export

    body = render_export(format, _incidents(request, f))
    return Response(body, media_type=MEDIA[format],
                    headers={"Content-Disposition": f'attachment; filename="waqia-incidents.{format}"'})


@router.get("/v1/gold", tags=["review"])
def gold(request: Request, doc_id: Annotated[list[str] | None, Query()] = None) -> Response:
    """Reviewed documents as gold annotations (JSON Lines for ``score.py``)."""
    from waqia.api.exporting import reviewed_doc_ids

    ids = doc_id or reviewed_doc_ids(_store(request))
    lines = []
    for one in ids:
        history = _corrections(request, one)
        if history:
            lines.append(dumps(gold_from_review(_document(request, one), _payload(history[-1]))))
    return Response("".join(line + "\n" for line in lines), media_type=MEDIA["jsonl"],
                    headers={"Content-Disposition": 'attachment; filename="waqia-gold.jsonl"'})


__all__ = ["Review", "router"]
