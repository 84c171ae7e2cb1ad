"""``waqia extract``: articles in, one JSON record per document out.

Reads .txt, .html and .jsonl(.gz) files, folders and globs (streamed),
runs on every core (or a Dask cluster), shows progress, and resumes after
an interruption when writing to a file.  See docs/batch.md.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Container, Sequence
from pathlib import Path
from typing import Any

import click

from waqia.cli.options import (
    check_file_output,
    check_output,
    check_published,
    cluster_option,
    gazetteer_option,
    progress_option,
    quiet_option,
    usable_gazetteer,
)
from waqia.corpus.batch import JsonlSink, Result, Sink, Summary, run
from waqia.corpus.files import run_state, sidecar_folder
from waqia.corpus.inputs import expand_paths, input_size, iter_documents
from waqia.errors import WaqiaError
from waqia.settings import Settings


class FirstReject:
    """Passes results on to ``sink`` and keeps the reason of the first document rejected."""

    def __init__(self, sink: Sink):
        self.sink, self.first = sink, ""

    def write(self, results: Sequence[Result]) -> None:
        if not self.first:
            self.first = next((str(r.error) for r in results if r.error is not None), "")
        self.sink.write(results)

    def close(self) -> None:
        self.sink.close()

    def finish(self) -> None:
        finish = getattr(self.sink, "finish", None)
        if finish is not None:
            finish()


class StreamSink:
    """Writes records to a text stream (stdout), rejects to a callback; no resume."""

    def __init__(self, stream: Any, on_reject: Callable[[Result], None]):
        self.stream, self.on_reject = stream, on_reject

    def write(self, results: Sequence[Result]) -> None:
        for r in results:
            if r.error is None and r.line is not None:
                self.stream.write(r.line + "\n")
            else:
                self.on_reject(r)
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


@click.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", callback=check_output,
              help="Write JSON Lines here (resumable). Default, or -: standard output.")
@click.option("--rejects", callback=check_file_output,
              help="Where documents that failed go (default: OUTPUT.rejects.jsonl, made only when one did).")
@click.option("--published", callback=check_published, metavar="DATE",
              help="Publication date (YYYY-MM-DD) for documents that carry none.")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default: every core).")
@cluster_option
@click.option("--overwrite", is_flag=True,
              help="Start again instead of resuming an earlier run (needed for a finished output or new settings).")
@click.option("--with-text", is_flag=True, help="Add each document's text to its record (for `waqia show`).")
@progress_option
@quiet_option
@click.option("--chunk-size", type=click.IntRange(min=1), default=64, show_default=True,
              help="Documents per task.")
@gazetteer_option
@click.option("--commit-every", type=click.FloatRange(min=0), default=2.0, show_default=True,
              help="Seconds between durable commits of the output (what a crash can cost).")
def extract(paths: tuple[str, ...], output: Path | None, rejects: Path | None, published: str | None,
            workers: int | None, cluster: str | None, overwrite: bool, with_text: bool,
            progress: bool | None, quiet: bool, chunk_size: int, gazetteer: str | None,
            commit_every: float) -> None:
    """Read articles from PATHS and write one JSON record per document.

    PATHS are .txt files (one article each; the id is the file name), .html
    pages, .jsonl files with one {"id", "text", "url", "title", "outlet",
    "published"} object a line (.gz allowed), folders and glob patterns.
    Output is in input order.  With -o, an interrupted run continues where
    it stopped when the same command is run again.
    """
    console = stderr_console()
    try:
        settings = Settings.from_env(gazetteer=gazetteer)
        usable_gazetteer(settings.gazetteer)
        files = _without_outputs(expand_paths(paths), output, rejects)
        state = run_state(settings, published, with_text)
        sink: Sink = JsonlSink(output, rejects, overwrite=overwrite, commit_seconds=commit_every, state=state) \
            if output else StreamSink(sys.stdout, reject_printer(console, rejects))
        skip: Container[str] = sink.done if isinstance(sink, JsonlSink) else frozenset()
        show = not quiet and (console.is_terminal if progress is None else progress)
        tally = FirstReject(sink)
        summary = run_batch(files, tally, skip, show, console, settings=settings, workers=workers,
                            cluster=cluster, published=published, with_text=with_text, chunk_size=chunk_size)
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:
        console.print("[yellow]interrupted[/]: finished work is saved; run the same command to continue")
        sys.exit(130)
    if not quiet:
        console.print(summary.line(), highlight=False)
    if summary.rejected and not summary.done and not summary.skipped:
        where = f"; every reason is in {sink.rej_path}" if isinstance(sink, JsonlSink) else ""
        raise click.ClickException(f"every document was rejected ({summary.rejected:,}); "
                                   f"the first because: {tally.first}{where}")


def run_batch(files: list[Path], sink: Sink, skip: Any, show: bool, console: Any, *, cluster: str | None,
              label: str = "extract", **options: Any) -> Summary:
    """Run :func:`waqia.corpus.batch.run` (or its Dask twin) over ``files`` with a progress bar when ``show``."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    docs = iter_documents((), files=files)
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
               TextColumn("{task.fields[counts]}"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, disable=not show, transient=False) as bar:
        task = bar.add_task(label, total=max(1, input_size(files)), counts="")

        def on_progress(position: int, s: Summary) -> None:
            rate = s.done / s.seconds if s.seconds else 0.0
            bar.update(task, completed=position,
                       counts=f"{s.done:,} done · {s.rejected:,} rejected · {rate:,.0f}/s")

        if cluster:
            from waqia.corpus.cluster import run_on_cluster

            options.pop("workers", None)
            return run_on_cluster(docs, sink, address=cluster, skip=skip, on_progress=on_progress, **options)
        return run(docs, sink, skip=skip, on_progress=on_progress, **options)


def _without_outputs(files: list[Path], output: Path | None, rejects: Path | None) -> list[Path]:
    """Leave out this run's own output files (a folder given as input may hold them)."""
    if output is None:
        return files
    ours = {output.resolve(), (rejects or Path(str(output) + ".rejects.jsonl")).resolve()}
    folder = sidecar_folder(output).resolve()
    return [f for f in files if f.resolve() not in ours and folder not in f.resolve().parents]


def stderr_console() -> Any:
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True)


def reject_printer(console: Any, rejects: Path | None) -> Callable[[Result], None]:
    """Each reject as a line on ``console`` and, with ``rejects``, a JSON line appended to that file."""
    import json

    def on_reject(r: Result) -> None:
        if rejects is not None:
            with open(rejects, "a", encoding="utf-8", errors="replace") as f:
                f.write(json.dumps({"key": r.key, "id": r.doc_id, "reason": r.error}, ensure_ascii=False) + "\n")
        from rich.markup import escape

        console.print(f"[red]rejected[/] {escape(str(r.doc_id or r.key))}: {escape(str(r.error))}", highlight=False)

    return on_reject
