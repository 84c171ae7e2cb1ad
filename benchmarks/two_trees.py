"""Another revision and this checkout in one process, rounds A B B A: `waqia.extract` over the dev inputs.

    cd benchmarks && ../.venv/bin/python two_trees.py REV [ROUNDS]

``REV`` (a git revision) is extracted with ``git archive`` and its package copied as ``waqia_old`` (every
``waqia`` of its modules renamed), so both trees run in one interpreter, on one processor's caches and one
garbage collector: a drift of the machine falls on both sides of each pair.  Each round times both trees over
every dev article (CPU time, after a cold pass of each), in the order A B B A, then B A A B; the ratio of each
pair is printed with the medians.  Outputs are not compared here (``scripts/same-output.sh`` does that).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WAQIA_SHARED", REPO.parent / "shared"))
_NAME = re.compile(r"\bwaqia\b")


def old_package(rev: str, tmp: Path) -> None:
    """``rev``'s ``src/waqia`` as the package ``waqia_old`` in ``tmp``."""
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src/waqia"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive.stdout, check=True)
    shutil.move(str(tmp / "src" / "waqia"), str(tmp / "waqia_old"))
    for path in (tmp / "waqia_old").rglob("*.py"):
        path.write_text(_NAME.sub("waqia_old", path.read_text(encoding="utf-8")), encoding="utf-8")


def main() -> None:
    rev, rounds = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 6
    texts = [json.loads(x)["text"] for x in (SHARED / "eval" / "dev-input.jsonl").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        old_package(rev, Path(tmp))
        sys.path.insert(0, tmp)
        sys.path.insert(0, str(REPO / "src"))
        import waqia_old

        import waqia
        trees = {"other": waqia_old.extract, "this": waqia.extract}
        for extract in trees.values():  # cold: the lexicon, the gazetteer, the memos
            for t in texts:
                extract(t)
        times: dict[str, list[float]] = {"other": [], "this": []}
        for r in range(rounds):
            for name in (("other", "this", "this", "other") if r % 2 == 0 else ("this", "other", "other", "this")):
                start = time.process_time()
                for t in texts:
                    trees[name](t)
                times[name].append((time.process_time() - start) / len(texts) * 1000)
    ratios = [o / n for o, n in zip(times["other"], times["this"])]
    print(f"{rev} against this checkout in one process, {len(ratios)} pairs, CPU ms a dev article (median): "
          f"other {statistics.median(times['other']):.3f}, this {statistics.median(times['this']):.3f}; "
          f"other/this {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})")


if __name__ == "__main__":
    main()
