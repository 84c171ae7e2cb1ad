"""`waqia extract --workers N` against `waqia extract --cluster` on a running Dask cluster of N workers.

    .venv/bin/python benchmarks/cluster_cli.py [N_ARTICLES] [--workers 2] [--rounds 3]

The real commands, as a user runs them: a Dask scheduler and N single-thread
workers (``dask scheduler``, ``dask worker --nworkers N --nthreads 1``) are
started on this machine first and warmed; then the two commands run in turn
(local, Dask, local, Dask, ...) on the same input, so that a drift of the
shared machine falls on both alike.  Prints each run's wall time, the median
of each and their ratio, and whether the outputs are byte-identical.  The
cluster listens on 127.0.0.1 only and is stopped at the end.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

BIN = Path(sys.executable).parent
WAQIA, DASK = str(BIN / "waqia"), str(BIN / "dask")


def start_cluster(port: int, workers: int) -> list[subprocess.Popen[bytes]]:
    """A scheduler and ``workers`` worker processes on 127.0.0.1, warmed by one small extraction."""
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    procs = [subprocess.Popen([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                               "--no-dashboard"], **quiet)]  # type: ignore[call-overload]
    procs.append(subprocess.Popen([DASK, "worker", address, "--nworkers", str(workers), "--nthreads", "1",
                                   "--no-dashboard", "--host", "127.0.0.1"], **quiet))  # type: ignore[call-overload]
    from distributed import Client

    deadline = time.monotonic() + 90
    with Client(address, timeout=60) as client:
        while len(client.scheduler_info()["workers"]) < workers:
            if time.monotonic() > deadline:
                stop(procs)
                raise SystemExit("the Dask workers did not start in 90 s")
            time.sleep(0.5)
        client.run(lambda: __import__("waqia").extract("تمهيد"))
    return procs


def stop(procs: list[subprocess.Popen[bytes]]) -> None:
    for p in reversed(procs):
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            continue
    for p in procs:
        p.wait(timeout=60)


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=4000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--port", type=int, default=18786)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="waqia-cluster-"))
    src = build(args.n, tmp / "in.jsonl")
    procs = start_cluster(args.port, args.workers)
    common = ["extract", str(src), "--overwrite", "--no-progress", "-o"]
    runs: dict[str, list[float]] = {"local": [], "dask": []}
    try:
        for _ in range(args.rounds):
            runs["local"].append(timed([WAQIA, *common, str(tmp / "local.jsonl"), "--workers", str(args.workers)]))
            runs["dask"].append(timed([WAQIA, *common, str(tmp / "dask.jsonl"),
                                       "--cluster", f"tcp://127.0.0.1:{args.port}"]))
            print(f"local {runs['local'][-1]:6.2f} s   dask {runs['dask'][-1]:6.2f} s", flush=True)
    finally:
        stop(procs)
    med = {k: statistics.median(v) for k, v in runs.items()}
    same = (tmp / "local.jsonl").read_bytes() == (tmp / "dask.jsonl").read_bytes()
    print(f"{args.n:,} articles, {args.workers} workers, {args.rounds} rounds: median local {med['local']:.2f} s "
          f"({args.n / med['local']:,.0f}/s), Dask {med['dask']:.2f} s ({args.n / med['dask']:,.0f}/s); "
          f"Dask / local = {med['dask'] / med['local']:.2f}; outputs identical: {same}")


if __name__ == "__main__":
    main()
