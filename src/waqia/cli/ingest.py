"""``waqia ingest``: extract articles (or read extracted records) and store them, linking incidents.

    waqia ingest news/*.jsonl --db waqia.db --gazetteer mena.sqlite --rejects rejects.jsonl
    waqia ingest out.jsonl --records

The options that ``waqia extract`` has mean the same here: ``--published``,
``--workers``, ``--cluster``, ``--gazetteer``, ``--rejects``,
``--progress/--no-progress`` and ``-q``.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from waqia.cli.extract import run_batch, stderr_console
from waqia.cli.options import (
    check_file_output,
    check_published,
    cluster_option,
    gazetteer_option,
    progress_option,
    quiet_option,
    usable_gazetteer,
)
from waqia.errors import WaqiaError

DB_HELP = "Event store: a file path or sqlite:///FILE (default waqia.db here) or postgresql://USER@HOST/DB."


class StoreSink:
    """Receives extraction results in input order and stores each document in its own transaction.

    A reject is a line on standard error (the first 20) and, with ``rejects``, a JSON line
    ``{"key", "id", "reason"}`` in that file, as ``waqia extract`` writes them.
    """

    def __init__(self, store: Any, echo: Callable[[str], None], rejects: Path | None = None):
        self.store, self.echo, self.rejects = store, echo, rejects
        self.status: Counter[str] = Counter()

    def write(self, results: Sequence[Any]) -> None:
        for r in results:
            if r.error is not None:
                self.reject(r.key, r.error, r.doc_id)
                continue
            record = r.record
            self.put(record, record.pop("text", None), r.key)

    def put(self, record: Any, text: str | None, where: str) -> None:
        """Store one record; a failure is counted and reported, never raised."""
        try:
            self.status[self.store.ingest(record, text=text).status] += 1
        except WaqiaError as exc:
            self.reject(where, str(exc), record.get("doc_id") if isinstance(record, dict) else None)

    def reject(self, where: str, why: str, doc_id: str | None = None) -> None:
        self.status["rejected"] += 1
        if self.rejects is not None:
            with open(self.rejects, "a", encoding="utf-8", errors="replace") as f:
                f.write(json.dumps({"key": where, "id": doc_id, "reason": why}, ensure_ascii=False) + "\n")
        if self.status["rejected"] <= 20:
            self.echo(f"rejected {where}: {why}")

    def close(self) -> None:
        pass


def read_records(paths: Sequence[str]) -> Iterator[tuple[str, Any]]:
    """(where, record) for every line of JSON Lines files of extracted records (.gz allowed)."""
    from waqia.corpus.inputs import expand_paths

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


def open_store(db: str | None) -> Any:
    """The event store at ``db``; a store that cannot be opened is a one-line error."""
    from waqia.store import Store

    try:
        return Store.open(db)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", envvar="WAQIA_DB", default=None, help=DB_HELP)
@click.option("--records", is_flag=True,
              help="PATHS hold document records already extracted (waqia extract output): store them as they are.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Extraction processes (default: every core).")
@cluster_option
@click.option("--published", default=None, callback=check_published, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for documents without one.")
@gazetteer_option
@click.option("--rejects", callback=check_file_output,
              help="Also write each document that failed as a JSON line here.")
@progress_option
@quiet_option
def ingest(paths: tuple[str, ...], db: str | None, records: bool, workers: int | None, cluster: str | None,
           published: str | None, gazetteer: str | None, rejects: Path | None, progress: bool | None,
           quiet: bool) -> None:
    """Extract articles (or read extracted records) and store them with their text, linking incidents.

    Ingesting the same documents again adds nothing; a changed record under
    the same id replaces the old one.  Each document is one transaction.
    """
    from waqia.settings import Settings

    console = stderr_console()
    settings = Settings.from_env(gazetteer=gazetteer, db=db)
    usable_gazetteer(settings.gazetteer)
    store = open_store(db)
    sink = StoreSink(store, lambda msg: click.echo(msg, err=True), rejects)
    try:
        if records:
            for where, rec in read_records(paths):
                if isinstance(rec, dict):
                    sink.put(rec, rec.pop("text", None), where)
                else:
                    sink.reject(where, str(rec))
        else:
            show = not quiet and (console.is_terminal if progress is None else progress)
            _extract_into(paths, sink, show, console, settings=settings, workers=workers, cluster=cluster,
                          published=published)
        counts = store.counts()
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    if not quiet:
        done = ", ".join(f"{k} {v}" for k, v in sorted(sink.status.items())) or "nothing"
        click.echo(f"{done}; the store holds {counts['documents']} documents, {counts['events']} events, "
                   f"{counts['incidents']} incidents ({counts['linked_incidents']} reported by several)", err=True)


def _extract_into(paths: Sequence[str], sink: StoreSink, show: bool, console: Any, **options: Any) -> None:
    from waqia.corpus.inputs import expand_paths

    run_batch(expand_paths(paths), sink, frozenset(), show, console, label="ingest", with_text=True,
              chunk_size=64, **options)
