"""``waqia serve``: the HTTP API and the web page in one process.

    waqia serve --db waqia.db --port 8000
    WAQIA_API_KEY=s3cret waqia serve --host 0.0.0.0

Then open http://127.0.0.1:8000/ for the page and /openapi.json for the API.
"""

from __future__ import annotations

import click

from ..errors import WaqiaError
from ..settings import Settings
from .options import quiet_option

DB_HELP = "Event store: a file path or sqlite:///FILE (default waqia.db here) or postgresql://USER@HOST/DB."


def build(db: str | None, api_key: str | None, max_body: int | None) -> object:
    """The application ``serve`` runs (opens the store now, so a bad --db fails at once).

    >>> app = build("sqlite://", None, None)
    >>> app.state.store.get().counts()["documents"]
    0
    """
    from ..api import create_app

    settings = Settings.from_env(db=db)
    app = create_app(settings, store_url=settings.db, api_key=api_key, max_body=max_body)
    app.state.store.get()
    return app


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
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["critical", "error", "warning", "info", "debug"]))
@quiet_option
def serve(db: str | None, host: str, port: int, api_key: str | None, max_body: int | None,
          log_level: str, quiet: bool) -> None:
    """Run the HTTP API and the web page."""
    import uvicorn

    try:
        app = build(db, api_key, max_body)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from None
    if host not in ("127.0.0.1", "localhost", "::1") and not api_key:
        click.echo("warning: listening beyond this machine without --api-key: anyone who can reach "
                   "the port can store documents and corrections", err=True)
    if quiet:
        log_level = "warning" if log_level in ("info", "debug") else log_level
    else:
        click.echo(f"waqia: http://{host}:{port}/  (API: /openapi.json)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)  # type: ignore[arg-type]
