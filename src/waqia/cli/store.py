"""``waqia ingest``, ``waqia incidents`` and ``waqia export``: the event store from the shell.

    waqia ingest news/*.jsonl --db waqia.db
    waqia incidents --since 2020-01-01 --country SY -o incidents.jsonl
    waqia export --format csv -o incidents.csv
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import WaqiaError
from .options import check_day, check_output, check_published, existing_store

DB_HELP = "Event store: a file path or sqlite:///FILE (default waqia.db here) or postgresql://USER@HOST/DB."


class StoreSink:
    """Receives extraction results in input order and stores each document in its own transaction."""

    def __init__(self, store: Any, echo: Callable[[str], None]):
        self.store = store
        self.echo = echo
        self.status: Counter[str] = Counter()

    def write(self, results: Sequence[Any]) -> None:
        for r in results:
            if r.error is not None:
                self.reject(r.key, r.error)
                continue
            record = r.record
            self.put(record, record.pop("text", None), r.key)

    def put(self, record: Any, text: str | None, where: str) -> None:
        """Store one record; a failure is counted and reported, never raised."""
        try:
            self.status[self.store.ingest(record, text=text).status] += 1
        except WaqiaError as exc:
            self.reject(where, str(exc))

    def reject(self, where: str, why: str) -> None:
        self.status["rejected"] += 1
        if self.status["rejected"] <= 20:
            self.echo(f"rejected {where}: {why}")

    def close(self) -> None:
        pass


def read_records(paths: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """(where, record) for every line of JSON Lines files of extracted records (.gz allowed)."""
    from ..inputs import expand_paths

    for path in expand_paths(paths):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    yield f"{path}#{n}", json.loads(line)
                except json.JSONDecodeError as exc:
                    yield f"{path}#{n}", f"not a JSON line: {exc}"


def _open_store(db: str | None) -> Any:
    from ..store import Store

    try:
        return Store.open(db)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", envvar="WAQIA_DB", default=None, help=DB_HELP)
@click.option("--records", is_flag=True,
              help="PATHS hold document records already extracted (waqia extract output): store them as they are.")
@click.option("--workers", type=int, default=None, help="Extraction processes (default: every core).")
@click.option("--published", default=None, callback=check_published,
              help="Publication date (YYYY-MM-DD) for documents without one.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str | None, records: bool, workers: int | None,
           published: str | None, quiet: bool) -> None:
    """Extract articles (or read extracted records) and store them, linking incidents.

    Ingesting the same documents again adds nothing; a changed record under
    the same id replaces the old one.  Each document is one transaction.
    """
    store = _open_store(db)
    sink = StoreSink(store, lambda msg: click.echo(msg, err=True))
    try:
        if records:
            for where, rec in read_records(paths):
                if isinstance(rec, dict):
                    sink.put(rec, rec.pop("text", None), where)
                else:
                    sink.reject(where, str(rec))
        else:
            _extract_into(paths, sink, workers, published, quiet)
        counts = store.counts()
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    done = ", ".join(f"{k} {v}" for k, v in sorted(sink.status.items())) or "nothing"
    click.echo(f"{done}; the store holds {counts['documents']} documents, {counts['events']} events, "
               f"{counts['incidents']} incidents ({counts['linked_incidents']} reported by several)", err=True)


def _extract_into(paths: Sequence[str], sink: StoreSink, workers: int | None, published: str | None,
                  quiet: bool) -> None:
    from rich.progress import Progress

    from .. import batch
    from ..inputs import expand_paths, input_size, iter_documents

    files = expand_paths(paths)
    docs = iter_documents(paths, files=files)
    if quiet:
        batch.run(docs, sink, workers=workers, published=published, with_text=True)
        return
    with Progress(transient=False) as progress:
        task = progress.add_task("ingesting", total=max(1, input_size(files)))

        def on_progress(position: int, summary: Any) -> None:
            progress.update(task, completed=position, description=f"ingesting ({summary.done} done)")

        batch.run(docs, sink, workers=workers, published=published, with_text=True, on_progress=on_progress)
        progress.update(task, completed=max(1, input_size(files)))


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
              explain_id: str | None) -> None:
    """Write the incidents linked across articles as JSON Lines."""
    from ..exports import export

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
    click.echo(f"{n} incidents", err=True)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]), default="jsonl",
              show_default=True, help="jsonl (the Incident records), csv (ACLED columns), geojson, parquet.")
@_filters
def export(fmt: str, db: str | None, since: str | None, until: str | None, country: str | None,
           admin1: str | None, event_type: str | None, min_docs: int, output: Path | None) -> None:
    """Export incidents as JSONL, CSV (ACLED column names), GeoJSON or Parquet."""
    from .. import exports

    found = _select(db, min_docs, since=since, until=until, country=country, admin1=admin1,
                    event_type=event_type)
    try:
        n = exports.export(found, fmt, output, stdout=sys.stdout)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{n} incidents written as {fmt}", err=True)
