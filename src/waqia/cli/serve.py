"""``waqia serve``: the HTTP API and the web page in one process.

    waqia serve --db waqia.db --port 8000
    waqia serve --workers 4
    WAQIA_API_KEY=s3cret waqia serve --host 0.0.0.0

Then open http://127.0.0.1:8000/ for the page and /openapi.json for the API.

By default the server runs one worker process per core, each with its own
listening socket on the same port so that the kernel spreads connections
across them (:mod:`waqia.cli.supervise`), and extraction uses every core;
every worker opens the same event store, whose writes are serialised
(SQLite: a lock file, WAL, a busy timeout and retries; PostgreSQL: an
advisory lock).  An in-memory store (``sqlite://``) would be a different
database in each worker, so it always runs one.
"""

from __future__ import annotations

import os

import click

from waqia.cli.options import quiet_option
from waqia.errors import WaqiaError
from waqia.settings import Settings

DB_HELP = "Event store: a file path or sqlite:///FILE (default waqia.db here) or postgresql://USER@HOST/DB."
#: what a worker process reads to build the same application as its parent
WORKER_ENV = "WAQIA_SERVE_CONFIG"


def build(db: str | None, api_key: str | None, max_body: int | None) -> object:
    """The application ``serve`` runs (opens the store now, so a bad --db fails at once).

    >>> app = build("sqlite://", None, None)
    >>> app.state.store.get().counts()["documents"]
    0
    """
    from waqia.api import create_app

    settings = Settings.from_env(db=db)
    app = create_app(settings, store_url=settings.db, api_key=api_key, max_body=max_body)
    app.state.store.get()
    return app


def in_memory(db: str | None) -> bool:
    """True for a store that lives in one process's memory (each worker would have its own).

    >>> in_memory("sqlite://"), in_memory("sqlite:///:memory:"), in_memory("x.db")
    (True, True, False)
    """
    from waqia.store import database_url

    return database_url(db or os.environ.get("WAQIA_DB")) in ("sqlite://", "sqlite:///:memory:")


def worker_app() -> object:
    """The application of one worker process (``uvicorn --factory``), from its parent's options."""
    import json

    from waqia.pipeline import default_pipeline

    config = json.loads(os.environ.get(WORKER_ENV) or "{}")
    app = build(config.get("db"), os.environ.get("WAQIA_API_KEY") or None, config.get("max_body"))
    default_pipeline(app.state.settings)  # type: ignore[attr-defined]  # language data loaded before requests
    return app


def worker_count(workers: int | None, db: str | None) -> int:
    """Worker processes to run: every core by default, one for an in-memory store."""
    from waqia.corpus.batch import default_workers

    if in_memory(db):
        if workers and workers > 1:
            click.echo("note: an in-memory store lives in one process: serving with 1 worker", err=True)
        return 1
    return workers or default_workers()


@click.command()
@click.option("--db", default=None, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the server to your network).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on.")
@click.option("--api-key", envvar="WAQIA_API_KEY", default=None,
              help="Key the write endpoints require (X-API-Key header); env WAQIA_API_KEY.")
@click.option("--max-body", type=click.IntRange(1024), default=None,
              help="Largest request body in bytes (default: room for max_chars of Arabic).")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Worker processes answering requests (default: one per core).")
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@quiet_option
def serve(db: str | None, host: str, port: int, api_key: str | None, max_body: int | None,
          workers: int | None, log_level: str, quiet: bool) -> None:
    """Run the HTTP API and the web page."""
    import uvicorn

    try:
        app = build(db, api_key, max_body)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from None
    if host not in ("127.0.0.1", "localhost", "::1") and not api_key:
        click.echo("warning: listening beyond this machine without --api-key: anyone who can reach "
                   "the port can store documents and corrections", err=True)
    n = worker_count(workers, db)
    if quiet:
        log_level = "warning" if log_level in ("info", "debug") else log_level
    else:
        click.echo(f"waqia: http://{host}:{port}/  (API: /openapi.json; {n} worker process"
                   f"{'es' if n > 1 else ''})", err=True)
    if n == 1:
        from waqia.pipeline import default_pipeline

        default_pipeline(app.state.settings)  # type: ignore[attr-defined]  # loaded before the first request
        uvicorn.run(app, host=host, port=port, log_level=log_level)  # type: ignore[arg-type]
        return
    app.state.store.get().close()  # type: ignore[attr-defined]  # each worker opens its own
    _serve_workers(n, db, api_key, max_body, host, port, log_level)


def _serve_workers(n: int, db: str | None, api_key: str | None, max_body: int | None,
                   host: str, port: int, log_level: str) -> None:
    import json

    import uvicorn

    from waqia.cli.supervise import reuse_port_sockets, run_workers

    os.environ[WORKER_ENV] = json.dumps({"db": db, "max_body": max_body})
    if api_key:
        os.environ["WAQIA_API_KEY"] = api_key
    try:
        socks = reuse_port_sockets(host, port, n)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
                                   "choose another --port (or --host)") from None
    if socks is None:  # no SO_REUSEPORT spreading here: uvicorn's workers share one socket
        uvicorn.run("waqia.cli.serve:worker_app", factory=True, workers=n, host=host, port=port,
                    log_level=log_level)
        return
    run_workers(socks, host, port, log_level)
