"""This checkout against another revision, measured in the same run, rounds interleaved.

    cd benchmarks && ../.venv/bin/python paired.py REV [ROUNDS] [N_ARTICLES] [--wall]

``REV`` is a git revision (extracted with ``git archive`` into a temporary
folder) or a folder holding a ``src/waqia``.  Each round runs, for the other
revision and then for this checkout, ``profile_stages.py 1 --json`` (one warm
round over the dev inputs, per step) and ``throughput.py N_ARTICLES --json``
(default 1000), each in a fresh process with that tree's ``src`` first on
``PYTHONPATH``; the measuring scripts are this checkout's in both cases, timing
CPU time (``--cpu``: on a shared machine the wall clock also counts waiting for
a core; ``--wall`` here times the wall clock instead).  The table gives medians
over the rounds and the ratio of this checkout to REV: absolute times move with
the load, ratios of interleaved rounds much less.  The load average is printed
before and after.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def tree(rev: str, tmp: Path) -> Path:
    """The ``src`` folder of ``rev``: a folder as given, or a git revision extracted into ``tmp``."""
    if (Path(rev) / "src" / "waqia").is_dir():
        return Path(rev).resolve() / "src"
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    return tmp / "src"


CLOCK = ["--cpu"]


def measure(src: Path, script: str, *args: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run([sys.executable, str(HERE / script), *args, "--json", *CLOCK], env=env, cwd=HERE,
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(rev: str, rounds: int = 5, n: int = 1000) -> None:
    load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"other": tree(rev, Path(tmp)), "this": REPO / "src"}
        runs: dict[str, list[dict[str, float]]] = {k: [] for k in trees}
        for r in range(rounds):
            for name, src in trees.items():
                runs[name].append(measure(src, "profile_stages.py", "1") | measure(src, "throughput.py", str(n)))
            print(f"round {r + 1}/{rounds} done, load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    med = {k: {key: statistics.median(run[key] for run in v) for key in v[0]} for k, v in runs.items()}
    print(f"{rev} against this checkout, {rounds} interleaved rounds, {'CPU' if CLOCK else 'wall'} time; "
          f"load average before "
          f"{load[0]:.2f}, after {os.getloadavg()[0]:.2f}")
    print(f"{'step (ms per dev article, median)':40s} {rev[:10]:>10s} {'this':>10s} {'this/other':>10s}")
    for key in med["this"]:
        if key in med["other"] and "articles" not in key and "scan" not in key and "extract" not in key:
            a, b = med["other"][key], med["this"][key]
            print(f"{key:40s} {a:10.3f} {b:10.3f} {b / a:10.2f}")
    print(f"{'throughput.py, articles/s (median)':40s}")
    for key in ("bare Aho-Corasick scan (matching form)", "waqia.extract (full pipeline)",
                *(k for k in med["this"] if k.startswith("batch"))):
        a, b = med["other"][key], med["this"][key]
        print(f"{key:40s} {a:10,.0f} {b:10,.0f} {b / a:10.2f}")
    batch = [(k, "throughput.py batch, this/other articles/s") for k in med["this"] if k.startswith("batch")]
    for key, what in (("waqia.extract (full pipeline)", "throughput.py extract, this/other articles/s"), *batch,
                      ("total", "profile total, other/this ms")):
        ratios = sorted(t[key] / o[key] if "extract" in key else o[key] / t[key]
                        for o, t in zip(runs["other"], runs["this"]))
        print(f"{what}, per round: median {statistics.median(ratios):.2f}, "
              f"from {ratios[0]:.2f} to {ratios[-1]:.2f}")


if __name__ == "__main__":
    if "--wall" in sys.argv[1:]:
        CLOCK.clear()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(args[0] if args else "HEAD~1", int(args[1]) if len(args) > 1 else 5, int(args[2]) if len(args) > 2 else 1000)
