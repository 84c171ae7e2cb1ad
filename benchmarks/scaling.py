"""Scaling from 1 to 2 local worker processes and from 1 to 2 Dask workers, same corpus, same output.

    .venv/bin/python benchmarks/scaling.py [N_ARTICLES]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

from waqia.batch import JsonlSink, run
from waqia.cluster import run_on_cluster
from waqia.inputs import iter_documents


def _warm(seconds: float) -> str:
    time.sleep(seconds)  # keeps each worker busy so that every one of them is started and warmed
    return __import__("waqia").extract("تمهيد")["language"]


def local(src: Path, out: Path, workers: int) -> float:
    from waqia.batch import Job, ProcessEngine

    engine = ProcessEngine(Job(), workers)  # a real worker process even for 1, as Dask has
    for f in [engine.pool.submit(_warm, 0.5) for _ in range(workers)]:
        f.result()
    start = time.perf_counter()
    run(iter_documents([src]), JsonlSink(out, overwrite=True), workers=workers, engine=engine)
    return time.perf_counter() - start


def dask(src: Path, out: Path, workers: int) -> float:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        client.run(lambda: __import__("waqia").extract("تمهيد"))  # warm the workers, as a long run would be
        start = time.perf_counter()
        run_on_cluster(iter_documents([src]), JsonlSink(out, overwrite=True), client=client)
        return time.perf_counter() - start


def main(n: int = 4000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="waqia-bench-"))
    src = build(n, tmp / "in.jsonl")
    print(f"{n} articles ({src.stat().st_size / 1e6:.1f} MB) in {tmp}")
    for name, fn in (("local", local), ("dask", dask)):
        times = {w: fn(src, tmp / f"{name}{w}.jsonl", w) for w in (1, 2)}
        same = (tmp / f"{name}1.jsonl").read_bytes() == (tmp / f"{name}2.jsonl").read_bytes()
        for w, secs in times.items():
            print(f"{name:5s} {w} worker(s): {secs:6.2f} s  {n / secs:7,.0f} articles/s")
        print(f"{name:5s} speed-up 1 -> 2: {times[1] / times[2]:.2f}x; outputs identical: {same}")
    same = (tmp / "local2.jsonl").read_bytes() == (tmp / "dask2.jsonl").read_bytes()
    print(f"local and Dask outputs identical: {same}")
    peak = max(resource.getrusage(r).ru_maxrss for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"peak RSS of one process: {peak / 1024:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
