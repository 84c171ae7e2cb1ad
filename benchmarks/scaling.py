"""Scaling from 1 to 2 local worker processes and from 1 to 2 Dask workers, same corpus, same output.

    .venv/bin/python benchmarks/scaling.py [N_ARTICLES]

Beside each wall time it prints the CPU seconds spent by every process of
the run (this one, its workers, Dask's nannies and scheduler), read with
psutil before and after: CPU per article shows an engine's overhead even
when other work shares the machine and wall times drift; and the cores
that other processes on the machine took meanwhile.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

from waqia.corpus.batch import JsonlSink, run
from waqia.corpus.cluster import run_on_cluster
from waqia.corpus.inputs import iter_documents


def cpu_seconds() -> float:
    """User + system CPU of this process and all its descendants, living ones included."""
    import psutil

    me = psutil.Process()
    total = 0.0
    for p in [me, *me.children(recursive=True)]:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.Error:
            continue
    return total


def machine_busy() -> float:
    """CPU seconds every core of the machine has spent busy so far (others' processes included)."""
    import psutil

    t = psutil.cpu_times()
    return sum(t) - t.idle - getattr(t, "iowait", 0.0)


def _warm(seconds: float) -> str:
    time.sleep(seconds)  # keeps each worker busy so that every one of them is started and warmed
    return __import__("waqia").extract("تمهيد")["language"]


def local(src: Path, out: Path, workers: int) -> tuple[float, float, float]:
    from waqia.corpus.batch import Job, ProcessEngine

    engine = ProcessEngine(Job(), workers)  # a real worker process even for 1, as Dask has
    for f in [engine.pool.submit(_warm, 0.5) for _ in range(workers)]:
        f.result()
    close, marks = engine.close, []

    def measured_close(cancel: bool = False) -> None:
        marks.append(cpu_seconds())  # before the workers exit and take their CPU times with them
        marks.append(machine_busy())
        close(cancel)

    engine.close = measured_close  # type: ignore[method-assign]
    start, cpu, busy = time.perf_counter(), cpu_seconds(), machine_busy()
    run(iter_documents([src]), JsonlSink(out, overwrite=True), workers=workers, engine=engine)
    return time.perf_counter() - start, marks[0] - cpu, marks[1] - busy - (marks[0] - cpu)


def dask(src: Path, out: Path, workers: int) -> tuple[float, float, float]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as lc, \
            Client(lc) as client:
        client.run(lambda: __import__("waqia").extract("تمهيد"))  # warm the workers, as a long run would be
        start, cpu, busy = time.perf_counter(), cpu_seconds(), machine_busy()
        run_on_cluster(iter_documents([src]), JsonlSink(out, overwrite=True), client=client)
        used = cpu_seconds() - cpu
        return time.perf_counter() - start, used, machine_busy() - busy - used


def main(n: int = 4000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="waqia-bench-"))
    src = build(n, tmp / "in.jsonl")
    print(f"{n} articles ({src.stat().st_size / 1e6:.1f} MB) in {tmp}; load {os.getloadavg()[0]:.2f}")
    for name, fn in (("local", local), ("dask", dask)):
        times = {w: fn(src, tmp / f"{name}{w}.jsonl", w) for w in (1, 2)}
        same = (tmp / f"{name}1.jsonl").read_bytes() == (tmp / f"{name}2.jsonl").read_bytes()
        for w, (secs, cpu, others) in times.items():
            print(f"{name:5s} {w} worker(s): {secs:6.2f} s  {n / secs:7,.0f} articles/s  "
                  f"CPU {cpu:6.2f} s = {cpu / n * 1000:.2f} ms/article; other processes {others / secs:.2f} cores")
        print(f"{name:5s} speed-up 1 -> 2: {times[1][0] / times[2][0]:.2f}x; outputs identical: {same}")
    same = (tmp / "local2.jsonl").read_bytes() == (tmp / "dask2.jsonl").read_bytes()
    print(f"local and Dask outputs identical: {same}")
    peak = max(resource.getrusage(r).ru_maxrss for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(f"peak RSS of one process: {peak / 1024:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
