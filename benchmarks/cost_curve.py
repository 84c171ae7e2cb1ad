"""The cost curve over input size: `waqia extract` on 1k, 10k and 100k articles, time and peak memory.

    .venv/bin/python benchmarks/cost_curve.py [SIZES...]     (default: 1000 10000 100000)

Runs the real command (all cores, progress off) and prints seconds per 1,000
articles, so that a million-article run can be predicted from the slope.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

WAQIA = str(Path(sys.executable).with_name("waqia"))


def measure(n: int, tmp: Path) -> tuple[float, float]:
    src = build(n, tmp / f"in-{n}.jsonl")
    start = time.perf_counter()
    subprocess.run([WAQIA, "extract", str(src), "-o", str(tmp / f"out-{n}.jsonl"), "--overwrite",
                    "--no-progress"], check=True, stderr=subprocess.DEVNULL)
    secs = time.perf_counter() - start
    return secs, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main(sizes: list[int]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="waqia-cost-"))
    print(f"{'articles':>9} {'seconds':>9} {'articles/s':>11} {'s per 1k':>9} {'peak RSS MB':>12}")
    rows = []
    for n in sizes:
        secs, rss = measure(n, tmp)
        rows.append((n, secs))
        print(f"{n:9,d} {secs:9.1f} {n / secs:11,.0f} {1000 * secs / n:9.2f} {rss:12,.0f}")
    if len(rows) >= 2:
        (n0, t0), (n1, t1) = rows[-2], rows[-1]
        slope = (t1 - t0) / (n1 - n0)
        print(f"marginal cost {slope * 1000:.2f} s per 1k articles -> 1,000,000 articles ~ "
              f"{(t1 + slope * (1_000_000 - n1)) / 3600:.1f} h on this machine")


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [1000, 10000, 100000])
