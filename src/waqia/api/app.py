"""The HTTP API and the web page, served by one FastAPI application.

>>> from waqia.settings import Settings
>>> app = create_app(Settings(), api_key="s3cret")
>>> sorted(p for p in app.openapi()["paths"] if p.startswith("/v1/incidents"))
['/v1/incidents', '/v1/incidents/{incident_id}']

Every error, whatever raised it, has one JSON shape (see :func:`error_body`);
request bodies are limited in size; write endpoints need the API key when one
is configured; CORS is off (no ``Access-Control-*`` header is ever sent) and
the page is served with a Content-Security-Policy that allows no request to
leave the server it came from.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from waqia import __version__
from waqia.errors import InputError, StoreError, WaqiaError
from waqia.settings import Settings

log = logging.getLogger(__name__)
HERE = Path(__file__).parent
Extractor = Callable[..., dict[str, Any]]

#: HTTP status -> the ``code`` of the error shape.
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
         415: "unsupported_media_type", 422: "invalid_request", 500: "internal_error",
         503: "store_unavailable"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")


def error_body(status: int, message: str, details: Any = None) -> dict[str, Any]:
    """The one JSON shape of every error the API returns.

    >>> error_body(404, "no document 'x'")
    {'error': {'status': 404, 'code': 'not_found', 'message': "no document 'x'", 'details': None}}
    """
    return {"error": {"status": status, "code": CODES.get(status, "error"),
                      "message": message, "details": details}}


def error_response(status: int, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    """A :func:`error_body` as a response."""
    return JSONResponse(error_body(status, message, details), status_code=status, headers=headers)


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with a 413.

    The declared ``Content-Length`` is checked first; bodies sent without one
    are counted as they arrive.  The body (at most ``max_bytes``) is read
    here and handed on whole.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await error_response(413, self._message())(scope, receive, send)
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS", "DELETE") and declared is None:
            await self.app(scope, receive, send)
            return
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            body += message.get("body", b"")
            more = bool(message.get("more_body"))
            if len(body) > self.max_bytes:
                await error_response(413, self._message())(scope, receive, send)
                return
        await self.app(scope, _replay(bytes(body), receive), send)

    def _message(self) -> str:
        return (f"request body over {self.max_bytes:,} bytes; send a shorter article "
                "or raise the limit with `waqia serve --max-body`")


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


#: headers every response carries unless it sets its own
SECURITY_HEADERS = (("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
                    ("X-Frame-Options", "DENY"), ("Content-Security-Policy", CSP))


class SecurityHeaders:
    """ASGI middleware: no-sniff, frame and content-security headers on every response.

    Plain ASGI rather than ``@app.middleware("http")``, whose wrapping of
    each request and response cost a noticeable share of a short request.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS:
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def security_headers(app: FastAPI) -> None:
    """Add no-sniff, frame and content-security headers to every response."""
    app.add_middleware(SecurityHeaders)


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to the one error shape."""

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        details = None if isinstance(exc.detail, str) else exc.detail
        return error_response(exc.status_code, message, details, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                   for e in exc.errors()]
        where = "; ".join(f"{'.'.join(map(str, d['loc']))}: {d['msg']}" for d in details[:5])
        return error_response(422, f"the request is not valid ({where}); see /openapi.json", details)

    @app.exception_handler(WaqiaError)
    async def _waqia(request: Request, exc: WaqiaError) -> JSONResponse:
        status = 503 if isinstance(exc, StoreError) else 400 if isinstance(exc, InputError) else 500
        return error_response(status, str(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the details")


class StoreHandle:
    """Opens the event store on first use, so the API runs without one until needed."""

    def __init__(self, url: str | None, store: Any = None) -> None:
        self.url, self._store, self._lock = url, store, threading.Lock()

    def get(self) -> Any:
        with self._lock:
            if self._store is None:
                try:
                    from waqia.store import Store
                except ImportError as exc:
                    raise StoreError("the event store is not available in this installation "
                                     f"({exc}); only /v1/extract works") from None
                self._store = Store.open(self.url)
            return self._store


def create_app(settings: Settings, store_url: str | None = None, api_key: str | None = None, *,
               store: Any = None, extractor: Extractor | None = None,
               max_body: int | None = None) -> FastAPI:
    """The waqia web application.

    ``store_url`` (default ``settings.db``) names the event store, opened on
    first use; ``store`` passes an opened one instead.  ``api_key`` protects
    the write endpoints.  ``extractor`` replaces :func:`waqia.extract`
    (same signature).  ``max_body`` limits request bodies in bytes (default:
    room for ``settings.max_chars`` characters of Arabic in JSON).
    """
    from waqia.api.routes import router

    app = FastAPI(title="waqia", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic conflict news to source-attributed, geocoded event data. "
                              "See docs/api.md.")
    app.state.settings = settings
    app.state.store = StoreHandle(store_url or settings.db, store)
    app.state.api_key = api_key or None
    app.state.extractor = extractor or _default_extractor(settings)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    install_error_handlers(app)
    security_headers(app)
    app.add_middleware(BodyLimit, max_bytes=max_body or settings.max_chars * 4 + 65_536)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(router)
    return app


def _default_extractor(settings: Settings) -> Extractor:
    from waqia import extract

    def run(text: str, published: str | None = None, **meta: Any) -> dict[str, Any]:
        return extract(text, published, settings=settings, **meta)

    return run
