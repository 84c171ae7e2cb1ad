"""What Python's cyclic garbage collector costs extraction, and which stage it is charged to.

    cd benchmarks && ../.venv/bin/python gc_cost.py [ROUNDS]

Two measures over the dev inputs, CPU time, after one cold pass that is not counted:

1. Throughput of ``waqia.extract`` (best of ``ROUNDS`` whole passes, default 4) as the process runs,
   with ``gc.freeze()`` after the cold pass, with higher collection thresholds, and with both — each
   in a fresh process, so that one setting does not carry into the next.
2. Milliseconds per article of each stage (``profile_stages.one``, ``ROUNDS`` passes) as the pipeline
   runs, and when generations 0 and 1 are collected before each article, outside the timing: a stage
   whose time falls in the second is paying for the previous document's garbage, not for its own work.

Only measures: nothing is changed.  Compare two trees by putting each ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time
from collections import defaultdict

from corpus import DEV
from profile_stages import CLOCK, articles, one

import waqia
from waqia.pipeline import default_pipeline
from waqia.settings import Settings

MODES = ("plain", "freeze", "thresholds", "both")


def throughput(mode: str, rounds: int) -> float:
    """Articles per second of CPU time, the best of ``rounds`` passes, with the collector set by ``mode``."""
    arts = articles(DEV)
    for a in arts:
        waqia.extract(a["text"], published=a.get("published"))
    if mode in ("freeze", "both"):
        gc.collect()
        gc.freeze()
    if mode in ("thresholds", "both"):
        gc.set_threshold(50000, 20, 20)
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for a in arts:
            waqia.extract(a["text"], published=a.get("published"))
        best = min(best, time.process_time() - start)
    return len(arts) / best


def stages(rounds: int) -> dict[str, dict[str, float]]:
    """Milliseconds per article of each stage, as it runs and with the young generations collected first."""
    CLOCK[0] = time.process_time
    arts, pipe = articles(DEV), default_pipeline(Settings())
    for a in arts:
        one(pipe, a, defaultdict(float))
    out = {}
    for mode in ("as it runs", "collected first"):
        spent: dict[str, float] = defaultdict(float)
        for _ in range(rounds):
            for a in arts:
                if mode == "collected first":
                    gc.collect(1)
                one(pipe, a, spent)
        n = rounds * len(arts)
        out[mode] = {k: v / n * 1000 for k, v in spent.items()}
    return out


def main(rounds: int = 4) -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--mode":  # one throughput measure, in a process of its own
        print(json.dumps(throughput(sys.argv[2], rounds)))
        return
    for mode in MODES:
        rate = subprocess.run([sys.executable, __file__, "--mode", mode, str(rounds)], check=True,
                              capture_output=True, text=True).stdout.strip().splitlines()[-1]
        print(f"waqia.extract, {mode:<10} {float(rate):7.1f} articles/s (CPU, best of {rounds})")
    per = stages(rounds)
    print(f"{'stage, ms per dev article':<34}{'as it runs':>12}{'collected first':>17}")
    for name in per["as it runs"]:
        print(f"{name:<34}{per['as it runs'][name]:>12.3f}{per['collected first'][name]:>17.3f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--") and a not in MODES]
    main(int(args[0]) if args else 4)
