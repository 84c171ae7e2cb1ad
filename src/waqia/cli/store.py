"""``waqia incidents`` and ``waqia export``: the event store from the shell (``waqia ingest``
fills it: see :mod:`waqia.cli.ingest`).

    waqia incidents --since 2020-01-01 --country SY -o incidents.jsonl
    waqia export --format csv -o incidents.csv
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from waqia.cli.options import check_day, check_output, existing_store, quiet_option
from waqia.errors import WaqiaError

DB_HELP = "Event store: a file path or sqlite:///FILE (default waqia.db here) or postgresql://USER@HOST/DB."


def _open_store(db: str | None) -> Any:
    from waqia.store import Store

    try:
        return Store.open(db)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc


def _filters(fn: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--db", envvar="WAQIA_DB", default=None, help=DB_HELP),
        click.option("--since", default=None, callback=check_day,
                     help="Only incidents on or after this day (YYYY-MM-DD)."),
        click.option("--until", default=None, callback=check_day,
                     help="Only incidents on or before this day (YYYY-MM-DD)."),
        click.option("--country", default=None, help="Only incidents in this country (ISO alpha-2, e.g. SY)."),
        click.option("--admin1", default=None, help="Only incidents in this province (English name)."),
        click.option("--type", "event_type", default=None, help="Only this ACLED event type."),
        click.option("--min-docs", type=int, default=1, show_default=True,
                     help="Only incidents reported by at least this many documents."),
        click.option("-o", "--output", default=None, callback=check_output,
                     help="Output file (default, or -: standard output)."),
        quiet_option,
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def _select(db: str | None, min_docs: int, **filters: Any) -> list[dict[str, Any]]:
    store = _open_store(existing_store(db))
    try:
        found = store.incidents(**filters)
    finally:
        store.close()
    return [i for i in found if len(i.get("doc_ids") or []) >= min_docs]


def explain_lines(incident: dict[str, Any]) -> list[str]:
    """Why each document of an incident is in it: its links, their scores and feature weights."""
    lines = [f"{incident['incident_id']}: {len(incident.get('doc_ids') or [])} documents"]
    links = incident.get("links") or []
    for doc in incident.get("doc_ids") or []:
        mine = [x for x in links if doc in (x["doc_id"], x["linked_to"]["doc_id"])]
        lines.append(f"  {doc}" + ("" if mine else "  (no link: it stands alone)"))
        for x in mine:
            other = x["linked_to"]["doc_id"] if x["doc_id"] == doc else x["doc_id"]
            feats = ", ".join(f"{k} {v:+g}" for k, v in x["features"].items())
            lines.append(f"    linked to {other}: score {x['score']:g} ({feats})")
    return lines


@click.command()
@_filters
@click.option("--explain", "explain_id", default=None, metavar="ID",
              help="Print why each document of incident ID joined it (features and weights).")
def incidents(db: str | None, since: str | None, until: str | None, country: str | None,
              admin1: str | None, event_type: str | None, min_docs: int, output: Path | None,
              quiet: bool, explain_id: str | None) -> None:
    """Write the incidents linked across articles as JSON Lines."""
    from waqia.exports import export

    if explain_id:
        store = _open_store(db)
        try:
            found_one = store.get_incident(explain_id)
        finally:
            store.close()
        if found_one is None:
            raise click.ClickException(f"no incident {explain_id!r}; list them with `waqia incidents`")
        click.echo("\n".join(explain_lines(found_one)))
        return

    found = _select(db, min_docs, since=since, until=until, country=country, admin1=admin1,
                    event_type=event_type)
    n = export(found, "jsonl", output, stdout=sys.stdout)
    if not quiet:
        click.echo(f"{n} incidents", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]), default="jsonl",
              show_default=True, help="jsonl (the Incident records), csv (ACLED columns), geojson, parquet.")
@_filters
def export(fmt: str, db: str | None, since: str | None, until: str | None, country: str | None,
           admin1: str | None, event_type: str | None, min_docs: int, output: Path | None,
           quiet: bool) -> None:
    """Export incidents as JSONL, CSV (ACLED column names), GeoJSON or Parquet."""
    from waqia import exports

    found = _select(db, min_docs, since=since, until=until, country=country, admin1=admin1,
                    event_type=event_type)
    try:
        n = exports.export(found, fmt, output, stdout=sys.stdout)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc
    if not quiet:
        click.echo(f"{n} incidents written as {fmt}", err=True)
