"""What a waqia process holds in memory, and what each worker costs.

    .venv/bin/python benchmarks/memory.py [N_ARTICLES]

1. One process extracting N articles with the shipped gazetteer: RSS after
   ``import waqia``, after the first extraction (lexicon, gazetteer and
   pipeline loaded), after 100 articles and after all, in a child process of
   its own; then, in another (tracemalloc costs memory itself), the largest
   allocations still held after 100 articles, by file.
2. ``waqia extract --workers 2`` on the same articles: the peak RSS and USS
   of each of its processes (psutil, sampled every 0.2 s).  USS is what a
   process alone holds (what ending it frees); RSS also counts the pages it
   shares with others.
The server's workers are measured under load by ``load.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

WAQIA = str(Path(sys.executable).with_name("waqia"))

ONE_PROCESS = r"""
import json, sys
def rss():
    return next(int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmRSS"))
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
print(f"  python with the articles read: {rss():6.0f} MB")
import waqia
print(f"  import waqia:                  {rss():6.0f} MB")
waqia.extract("قتل جندي في قصف على حلب")
print(f"  first extraction:              {rss():6.0f} MB")
for i, d in enumerate(docs, 1):
    waqia.extract(d["text"], published=d.get("published"))
    if i in (100, len(docs)):
        print(f"  after {i:,} articles:{' ' * (15 - len(f'{i:,}'))}{rss():6.0f} MB")
"""

#: the allocations that stay, in a process of their own (tracemalloc costs memory itself)
HELD = r"""
import json, sys, tracemalloc
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")][:100]
tracemalloc.start()
import waqia
for d in docs:
    waqia.extract(d["text"], published=d.get("published"))
print("  largest allocations held after 100 articles (tracemalloc, by file):")
for stat in tracemalloc.take_snapshot().statistics("filename")[:6]:
    print(f"    {stat.size / 2**20:6.1f} MB  {stat.traceback[0].filename.split('site-packages/')[-1]}")
"""


def sample(cmd: list[str]) -> dict[int, tuple[str, float, float]]:
    """Run ``cmd``; the peak (RSS, USS) in MB of each of its processes."""
    import psutil

    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root, peak = psutil.Process(proc.pid), {}
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in procs:
            try:
                m, line = p.memory_full_info(), p.cmdline()
            except psutil.Error:
                continue
            name = "parent" if p.pid == proc.pid else "resource tracker" if "resource_tracker" in " ".join(line) \
                else "worker"
            old = peak.get(p.pid, (name, 0.0, 0.0))
            peak[p.pid] = (name, max(old[1], m.rss / 2**20), max(old[2], m.uss / 2**20))
        time.sleep(0.2)
    return peak


def main(n: int = 2000) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="waqia-mem-"))
    src = build(n, tmp / "in.jsonl")
    print(f"1. one process, {n:,} articles, shipped gazetteer")
    subprocess.run([sys.executable, "-c", ONE_PROCESS, str(src)], check=True)
    subprocess.run([sys.executable, "-c", HELD, str(src)], check=True)
    print("2. waqia extract --workers 2 (peak per process)")
    for name, rss, uss in sample([WAQIA, "extract", str(src), "-o", str(tmp / "out.jsonl"), "--workers", "2",
                                  "--overwrite", "--no-progress"]).values():
        print(f"  {name:16s} RSS {rss:6.0f} MB  USS {uss:6.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
