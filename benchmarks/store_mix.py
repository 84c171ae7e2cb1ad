"""What storing costs in load.py's mix, in one process: CPU per ingest and time holding the write lock.

    .venv/bin/python benchmarks/store_mix.py [N_INGESTS]      (default 800)

Extracts the 400 texts ``load.py`` sends (``corpus.texts(400)``, published
2020-01-30), then stores N of them drawn at random (seed 1) under new ids
into a fresh SQLite file in /tmp, as the server's ``POST /v1/documents``
does: about half are new articles, the rest duplicates of a stored text.
Prints the CPU seconds per ingest and how long each ingest held the write
transaction (the time every other writer waits).  Run it with an older
``src`` first on ``PYTHONPATH`` for a before/after.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from corpus import texts

import waqia
from waqia.store import Store


def main(n: int = 800) -> None:
    items = texts(400)
    records = [waqia.extract(t, published="2020-01-30") for t in items]
    store = Store.open(str(Path(tempfile.mkdtemp(prefix="waqia-store-")) / "mix.db"))
    held: list[float] = []
    transact = store._transact

    def timed(work: Any) -> Any:
        start = time.perf_counter()
        try:
            return transact(work)
        finally:
            held.append(time.perf_counter() - start)

    store._transact = timed  # type: ignore[method-assign]
    rng, statuses = random.Random(1), Counter[str]()
    cpu = time.process_time()
    for i in range(n):
        k = rng.randrange(len(items))
        statuses[store.ingest(dict(records[k], doc_id=f"mix-{i}"), text=items[k]).status] += 1
    cpu = time.process_time() - cpu
    print(f"{n} ingests ({dict(statuses)}): {1000 * cpu / n:.2f} ms CPU per ingest; write transaction "
          f"held {1000 * sum(held) / len(held):.2f} ms per ingest ({1000 * sum(held[-200:]) / 200:.2f} ms "
          f"over the last 200); {store.counts()}")
    store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800)
