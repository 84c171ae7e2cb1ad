"""The batch path read article by article, then stage by stage: one process, rounds interleaved.

    cd benchmarks && ../.venv/bin/python stage_major.py [ROUNDS] [N_ARTICLES] [CHUNK]

Over the same chunks (``N_ARTICLES`` texts of ``corpus.texts``, default 390, in chunks of
``CHUNK``, default ``CHUNK_SIZE``): ``extract_doc`` for each document, which is what
``extract_chunk`` did before speed39, and ``extract_chunk``, which reads each stage over the
whole chunk (``Pipeline.run_many``).  Each round times both ways twice, in the order A B B A,
with the process's CPU clock; a cold pass is not counted, and the two ways' results are
asserted equal.  Prints milliseconds per article of each way (median over the rounds) and the
per-round ratios of articles per second, each with the load average at its end: the saving comes
from the processor's caches, which other processes share (the L3), so it moves with the load.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable

from corpus import texts

from waqia.corpus.batch import CHUNK_SIZE, Job, Result, extract_chunk, extract_doc
from waqia.corpus.inputs import InputDoc


def main(rounds: int = 7, n: int = 390, chunk: int = CHUNK_SIZE) -> None:
    docs = [InputDoc(f"t{k}", None, t, published="2020-01-30") for k, t in enumerate(texts(n))]
    chunks = [docs[k:k + chunk] for k in range(0, len(docs), chunk)]
    job = Job()

    def one_by_one() -> list[Result]:
        return [extract_doc(d, job) for c in chunks for d in c]

    def staged() -> list[Result]:
        return [r for c in chunks for r in extract_chunk(c, job)]

    assert one_by_one() == staged(), "the two ways disagree"

    def timed(fn: Callable[[], list[Result]]) -> float:
        start = time.process_time()
        fn()
        return (time.process_time() - start) / len(docs) * 1000

    spent: dict[str, list[float]] = {"one by one": [], "stage by stage": []}
    for r in range(rounds):
        a1, b1, b2, a2 = timed(one_by_one), timed(staged), timed(staged), timed(one_by_one)
        spent["one by one"].append((a1 + a2) / 2)
        spent["stage by stage"].append((b1 + b2) / 2)
        print(f"round {r + 1}/{rounds}: {spent['one by one'][-1]:.3f} / {spent['stage by stage'][-1]:.3f} ms, "
              f"ratio {spent['one by one'][-1] / spent['stage by stage'][-1]:.3f}, load {os.getloadavg()[0]:.2f}",
              file=sys.stderr)
    ratios = sorted(a / b for a, b in zip(spent["one by one"], spent["stage by stage"], strict=True))
    print(f"{len(docs)} articles in chunks of {chunk}, {rounds} rounds (A B B A), CPU time")
    for name, values in spent.items():
        print(f"{name:16s} {statistics.median(values):8.3f} ms per article (median)")
    print(f"stage by stage / one by one, articles/s per round: median {statistics.median(ratios):.3f}, "
          f"from {ratios[0]:.3f} to {ratios[-1]:.3f}")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*args)
