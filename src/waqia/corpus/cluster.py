"""Running a batch on a Dask distributed cluster.

The same :func:`waqia.corpus.batch.run` drives the work; :class:`DaskEngine` only
replaces where chunks run.  The client reads the inputs and ships them to
the workers in partitions (chunks of documents), so workers need waqia
installed but no access to the input files.  The :class:`~waqia.corpus.batch.Job`
(settings included) is scattered to every worker once and passed to each
task explicitly.  Results come back in input order, so the output is the
same as a local run's, byte for byte.

Usage: ``run_on_cluster(iter_documents(paths), JsonlSink("out.jsonl"),
address="tcp://scheduler:8786")`` or ``waqia extract ... --cluster tcp://scheduler:8786``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from waqia.corpus.batch import Job, Result, Sink, Summary, _failed, extract_chunk, extract_doc, run
from waqia.corpus.inputs import InputDoc
from waqia.errors import ConfigError
from waqia.settings import Settings

#: ``--cluster`` value meaning "the scheduler set in Dask's own configuration".
FROM_CONFIG = "dask-config"


class DaskEngine:
    """Chunks run as Dask tasks on an existing client's cluster."""

    def __init__(self, client: Any, job: Job):
        self.client = client
        self.job_future = client.scatter(job, broadcast=True, hash=False)
        self.futures: list[Any] = []

    def submit(self, chunk: list[InputDoc]) -> Any:
        fut = self.client.submit(extract_chunk, chunk, self.job_future, pure=False)
        self.futures.append(fut)
        if len(self.futures) > 1024:
            self.futures = [f for f in self.futures if not f.done()]
        return fut

    def recover(self, chunk: list[InputDoc], exc: BaseException) -> list[Result]:
        """A task failed (e.g. it killed its workers): retry each document alone."""
        out = []
        for doc in chunk:
            try:
                out.append(self.client.submit(extract_doc, doc, self.job_future, pure=False).result())
            except Exception as again:  # noqa: BLE001 - this document cannot be run: reject it
                out.append(_failed(doc, again))
        return out

    def close(self, cancel: bool = False) -> None:
        if cancel and self.futures:
            self.client.cancel(self.futures)
        self.futures = []

    def threads(self) -> int:
        """Worker threads in the cluster (sets how many chunks are in flight)."""
        workers = self.client.scheduler_info().get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


def connect(address: str, timeout: float = 30.0) -> Any:
    """A Dask client for ``tcp://HOST:PORT``, or for Dask's configuration with ``dask-config``.

    Raises :class:`ConfigError` with advice when the scheduler cannot be reached.
    """
    from distributed import Client

    try:
        if address == FROM_CONFIG:
            import dask.config

            configured = dask.config.get("scheduler-address", None)
            if not configured:
                raise ConfigError("no scheduler-address in the Dask configuration; set it "
                                  "(DASK_SCHEDULER_ADDRESS=tcp://host:8786) or pass --cluster tcp://host:8786")
            address = str(configured)
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}; "
                          "start it with `dask scheduler` or check the address") from None


def run_on_cluster(docs: Iterable[InputDoc], sink: Sink, *, client: Any | None = None,
                   address: str | None = None, settings: Settings | None = None,
                   published: str | None = None, with_text: bool = False, skip: Any = None,
                   chunk_size: int = 64, on_progress: Any = None, extractor: Any = None) -> Summary:
    """:func:`waqia.corpus.batch.run` on a Dask cluster: pass a ``client`` or a scheduler ``address``."""
    if client is None and address is None:
        raise ConfigError("run_on_cluster needs a Dask client or a scheduler address")
    own = client is None
    client = connect(address) if client is None else client  # type: ignore[arg-type]
    try:
        engine = DaskEngine(client, Job(settings or Settings(), published, with_text, extractor))
        return run(docs, sink, settings=settings, workers=engine.threads(), skip=skip,
                   published=published, with_text=with_text, chunk_size=chunk_size,
                   on_progress=on_progress, engine=engine, extractor=extractor)
    finally:
        if own:
            client.close()
