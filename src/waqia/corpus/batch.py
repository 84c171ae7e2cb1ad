"""Batch runs: many documents through :func:`waqia.extract` on every core.

:func:`run` reads :class:`~waqia.corpus.inputs.InputDoc` objects in chunks, hands
them to an engine (worker processes here, a Dask cluster in
:mod:`waqia.corpus.cluster`) and gives the results, **in input order**, to a sink.
Each document is extracted inside one boundary (:func:`extract_doc`; a chunk read
stage by stage, :func:`extract_chunk`, keeps one per document) that turns any
exception into a reject, so one bad document never stops a run.

:class:`~waqia.corpus.files.JsonlSink` writes JSON Lines with a rejects file
and a progress ledger, so that an interrupted run (Ctrl-C or ``kill -9``)
continues where it stopped and writes nothing twice; a sink with a
``finish`` method is told when a run completes.

>>> from waqia.corpus.inputs import InputDoc
>>> sink = ListSink()
>>> run([InputDoc("k1", "a", "قتل جندي"), InputDoc("k2", "b", error="bad")], sink, workers=1).counts()
(1, 1, 0)
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Any, Protocol

from waqia.corpus.files import DoneKeys, JsonlSink, Result
from waqia.corpus.inputs import InputDoc
from waqia.settings import Settings

__all__ = ["DoneKeys", "Job", "JsonlSink", "ListSink", "Result", "Summary", "extract_chunk", "extract_doc", "run"]

#: Documents per task: large enough to amortise the hand-over, small enough for a steady progress bar.
CHUNK_SIZE = 64


@dataclass(frozen=True)
class Job:
    """What every worker needs besides the documents; sent to workers explicitly.

    ``published`` is the date for documents without one; ``with_text`` adds
    the document's text to each record (``waqia show`` uses it);
    ``extractor`` replaces :func:`waqia.extract` (a module-level function
    with the same signature, so that it pickles by reference).
    """

    settings: Settings = field(default_factory=Settings)
    published: str | None = None
    with_text: bool = False
    extractor: Callable[..., dict[str, Any]] | None = None


def extract_doc(doc: InputDoc, job: Job) -> Result:
    """Extract one document; never raises (a failure becomes ``error``)."""
    if doc.error is not None:
        return Result(doc.key, doc.id, error=doc.error, position=doc.position)
    try:
        import waqia

        extract = job.extractor or waqia.extract
        rec = extract(doc.text, published=doc.published or job.published, settings=job.settings,
                      id=doc.id, url=doc.url, title=doc.title, outlet=doc.outlet)
    except Exception as exc:  # noqa: BLE001 - the per-document boundary
        return _result(doc, job, exc)
    return _result(doc, job, rec)


def _result(doc: InputDoc, job: Job, rec: dict[str, Any] | Exception) -> Result:
    """The result of a document from its record, or from the exception its extraction raised."""
    try:
        if isinstance(rec, Exception):
            raise rec
        if doc.warnings:
            rec["warnings"] = list(doc.warnings) + list(rec.get("warnings") or [])
        if job.with_text:
            rec["text"] = doc.text[: job.settings.max_chars]
        return Result(doc.key, str(rec.get("doc_id")), _dumps(rec), position=doc.position)
    except Exception as exc:  # noqa: BLE001 - the per-document boundary
        return Result(doc.key, doc.id, error=f"extraction failed: {type(exc).__name__}: {exc}"[:1000],
                      position=doc.position)


def extract_chunk(docs: Sequence[InputDoc], job: Job) -> list[Result]:
    """Extract a chunk of documents (the task a worker runs), each as :func:`extract_doc` does.

    With waqia's own pipeline, each stage reads the whole chunk (up to :data:`GROUP_CHARS` characters
    of it) before the next one starts (:meth:`waqia.pipeline.Pipeline.run_many`: its code and data
    stay in the processor's caches, #14); a replacement ``extractor`` reads one document at a time."""
    if job.extractor is not None:
        return [extract_doc(d, job) for d in docs]
    try:
        from waqia.pipeline import default_pipeline

        pipe = default_pipeline(job.settings)
    except Exception:  # noqa: BLE001 - each document reports it, as extract_doc does
        return [extract_doc(d, job) for d in docs]
    records = iter([rec for group in _groups([d for d in docs if d.error is None], GROUP_CHARS) for rec in pipe.run_many([(
        d.text, d.published or job.published, {"id": d.id, "url": d.url, "title": d.title, "outlet": d.outlet})
        for d in group])])
    return [_result(d, job, next(records)) if d.error is None else extract_doc(d, job) for d in docs]


#: the most characters of text read stage by stage at once: the documents in flight hold their layers
#: between stages, about 100 bytes a character (some 10 MB), not a whole chunk of long articles
GROUP_CHARS = 100_000


def _groups(docs: list[InputDoc], limit: int) -> Iterator[list[InputDoc]]:
    """``docs`` in order, in runs of at most ``limit`` characters (a longer document alone)."""
    group: list[InputDoc] = []
    size = 0
    for d in docs:
        if group and size + len(d.text) > limit:
            yield group
            group, size = [], 0
        group.append(d)
        size += len(d.text)
    if group:
        yield group


def _dumps(rec: dict[str, Any]) -> str:
    line = json.dumps(rec, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from broken input: escape them
        line = json.dumps(rec, ensure_ascii=True)
    return line


# --- sinks --------------------------------------------------------------------

class Sink(Protocol):
    """Where results go, in input order.  ``waqia ingest`` passes its own."""

    def write(self, results: Sequence[Result]) -> None: ...

    def close(self) -> None: ...


class ListSink:
    """Keeps results in memory (tests, small scripts)."""

    def __init__(self) -> None:
        self.results: list[Result] = []

    def write(self, results: Sequence[Result]) -> None:
        self.results.extend(results)

    def close(self) -> None:
        pass


@dataclass
class Summary:
    """Counts of a run: done (written), rejected, skipped (done by an earlier run)."""

    done: int = 0
    rejected: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def counts(self) -> tuple[int, int, int]:
        return self.done, self.rejected, self.skipped

    def line(self) -> str:
        """The summary line printed at the end of a run.

        >>> Summary(1200, 3, 10, 2.0).line()
        'done 1,200 · rejected 3 · skipped 10 · 2.0 s · 600 docs/s'
        """
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        return (f"done {self.done:,} · rejected {self.rejected:,} · skipped {self.skipped:,} · "
                f"{self.seconds:.1f} s · {rate:,.0f} docs/s")


# --- engines ------------------------------------------------------------------

class Engine(Protocol):
    """Runs chunks somewhere: ``submit`` returns an object with ``result()``."""

    def submit(self, chunk: list[InputDoc]) -> Any: ...

    def recover(self, chunk: list[InputDoc], exc: BaseException) -> list[Result]: ...

    def close(self, cancel: bool = False) -> None: ...


class InlineEngine:
    """Runs every chunk in this process (``--workers 1``)."""

    def __init__(self, job: Job):
        self.job = job

    def submit(self, chunk: list[InputDoc]) -> Future[list[Result]]:
        fut: Future[list[Result]] = Future()
        fut.set_result(extract_chunk(chunk, self.job))
        return fut

    def recover(self, chunk: list[InputDoc], exc: BaseException) -> list[Result]:
        return [_failed(d, exc) for d in chunk]

    def close(self, cancel: bool = False) -> None:
        pass


def _failed(doc: InputDoc, exc: BaseException) -> Result:
    return Result(doc.key, doc.id, error=f"worker failed: {type(exc).__name__}: {exc}"[:1000],
                  position=doc.position)


#: ``prctl`` option: the signal a process gets when its parent dies (Linux, <linux/prctl.h>)
PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> bool:
    """Ask Linux to kill this process when ``parent`` dies, even by ``kill -9``; True when it will.

    A worker left alone would otherwise wait for work forever.  Elsewhere
    (or without the C library) nothing changes and False is returned.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)
    return True


def _init_worker(job: Job, parent: int | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    if parent is not None:
        die_with_parent(parent)
    try:  # warm the caches; if this fails, each document reports why
        from waqia.pipeline import default_pipeline

        default_pipeline(job.settings)
    except Exception:  # noqa: BLE001, S110 - a broken initializer would break the whole pool
        pass


class ProcessEngine:
    """Worker processes (spawned, so safe on every platform)."""

    def __init__(self, job: Job, workers: int):
        self.job, self.workers = job, workers
        self.pool = self._pool()

    def _pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.job, os.getpid()))

    def submit(self, chunk: list[InputDoc]) -> Future[list[Result]]:
        return self.pool.submit(extract_chunk, chunk, self.job)

    def recover(self, chunk: list[InputDoc], exc: BaseException) -> list[Result]:
        """A worker died (crash, out of memory): retry each document alone."""
        out = []
        for doc in chunk:
            try:
                out.append(self._fresh_pool_if_broken().submit(extract_doc, doc, self.job).result())
            except Exception as again:  # noqa: BLE001 - this document kills workers: reject it
                out.append(_failed(doc, again))
        return out

    def _fresh_pool_if_broken(self) -> ProcessPoolExecutor:
        if getattr(self.pool, "_broken", False):
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._pool()
        return self.pool

    def close(self, cancel: bool = False) -> None:
        self.pool.shutdown(wait=not cancel, cancel_futures=cancel)


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- the run ------------------------------------------------------------------

ProgressFn = Callable[[int, Summary], None]


def run(docs: Iterable[InputDoc], sink: Sink, *, settings: Settings | None = None,
        workers: int | None = None, skip: Any = None, published: str | None = None,
        with_text: bool = False, chunk_size: int = CHUNK_SIZE, on_progress: ProgressFn | None = None,
        engine: Engine | None = None, extractor: Callable[..., dict[str, Any]] | None = None) -> Summary:
    """Extract ``docs`` and hand results to ``sink`` in input order.

    ``workers`` defaults to every core (1 runs in this process); ``skip`` is
    a container of keys already done (default: the sink's ``done``
    attribute when it has one, as :class:`JsonlSink` does);
    ``engine`` replaces the local processes (see :mod:`waqia.corpus.cluster`) and
    ``extractor`` replaces :func:`waqia.extract` (see :class:`Job`).
    ``on_progress(position, summary)`` is called after each chunk.  On
    Ctrl-C the committed work is kept and KeyboardInterrupt propagates.
    """
    job = Job(settings or Settings(), published, with_text, extractor)
    skip = getattr(sink, "done", frozenset()) if skip is None else skip
    n = workers or default_workers()
    eng = engine or (InlineEngine(job) if n <= 1 else ProcessEngine(job, n))
    summary = Summary()
    started = time.monotonic()
    window = max(2, 4 * n)
    pending: deque[tuple[Any, list[InputDoc]]] = deque()
    cancel = True
    try:
        for chunk in _chunks(docs, skip, chunk_size, summary):
            pending.append((eng.submit(chunk), chunk))
            while len(pending) >= window:
                _deliver(eng, *pending.popleft(), sink, summary, started, on_progress)
        while pending:
            _deliver(eng, *pending.popleft(), sink, summary, started, on_progress)
        cancel = False
    finally:
        eng.close(cancel=cancel)
        summary.seconds = time.monotonic() - started
        sink.close()
    finish = getattr(sink, "finish", None)
    if finish is not None:
        finish()
    return summary


def _chunks(docs: Iterable[InputDoc], skip: Any, size: int, summary: Summary) -> Iterator[list[InputDoc]]:
    chunk: list[InputDoc] = []
    for doc in docs:
        if doc.key in skip:
            summary.skipped += 1
            continue
        chunk.append(doc)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _deliver(eng: Engine, fut: Any, chunk: list[InputDoc], sink: Sink, summary: Summary,
             started: float, on_progress: ProgressFn | None) -> None:
    try:
        results = fut.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker or task: retry document by document
        results = eng.recover(chunk, exc)
    sink.write(results)
    summary.rejected += sum(r.error is not None for r in results)
    summary.done += sum(r.error is None for r in results)
    summary.seconds = time.monotonic() - started
    if on_progress is not None and results:
        on_progress(results[-1].position, summary)
