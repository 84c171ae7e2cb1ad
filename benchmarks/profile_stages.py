"""Where extraction time goes: milliseconds per article for each pipeline stage, over the dev inputs,
beside a bare Aho-Corasick scan of the same texts.

    .venv/bin/python benchmarks/profile_stages.py [ROUNDS] [INPUT.jsonl] [--json] [--cpu]

Runs what :meth:`waqia.pipeline.Pipeline.run` runs, one step at a time with
``time.perf_counter`` around each: checking the text, normalising it into a
:class:`~waqia.core.document.Document`, every stage of the default pipeline, and
building the output record.  Each round goes over every article once; the
first (cold) round is not counted.  Only measures: nothing is changed.
``--json`` prints one object, milliseconds per article by step (and
``total``), for ``paired.py``; ``--cpu`` times with the process's CPU clock
(``time.process_time``) instead of the wall clock, which on a busy machine
also counts the time the process waited for a core.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from collections import defaultdict
from pathlib import Path

from corpus import DEV

from waqia.core.document import Document
from waqia.core.normalize import normalize
from waqia.pipeline import check_text, default_pipeline
from waqia.settings import Settings
from waqia.stages.events.stage import build_record


def articles(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        sys.exit(f"{path} not found: the profile needs the shared dev inputs")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


CLOCK = [time.perf_counter]


def one(pipe: object, art: dict[str, str], spent: dict[str, float]) -> None:
    """Extract one article as Pipeline.run does, adding each step's seconds to ``spent``."""
    clock = CLOCK[0]
    t0 = clock()
    text, warnings = check_text(art["text"], pipe.ctx.settings)  # type: ignore[attr-defined]
    t1 = clock()
    meta = {k: art[k] for k in ("published", "id", "url", "title", "outlet") if art.get(k) is not None}
    doc = Document.from_text(text, **meta)
    t2 = clock()
    spent["check text"] += t1 - t0
    spent["normalise (Document.from_text)"] += t2 - t1
    for stage in pipe.stages:  # type: ignore[attr-defined]
        start = clock()
        doc = stage.fn(doc, pipe.ctx)  # type: ignore[attr-defined]
        spent[stage.name] += clock() - start
    start = clock()
    build_record(doc.add(warnings=tuple(warnings)), pipe.ctx).as_dict()  # type: ignore[attr-defined]
    spent["record (build_record + as_dict)"] += clock() - start


def bare_scan(pipe: object, arts: list[dict[str, str]], rounds: int) -> tuple[float, float]:
    """Seconds per article of the bare automaton over the matching form, and of normalise + scan."""
    automaton = pipe.ctx.lexicon._automaton  # type: ignore[attr-defined]
    matching = [normalize(a["text"]).text for a in arts]
    start = time.perf_counter()
    for _ in range(rounds):
        for t in matching:
            for _hit in automaton.iter(t):
                pass
    scan = (time.perf_counter() - start) / (rounds * len(arts))
    start = time.perf_counter()
    for _ in range(rounds):
        for a in arts:
            for _hit in automaton.iter(normalize(a["text"]).text):
                pass
    return scan, (time.perf_counter() - start) / (rounds * len(arts))


def measure(rounds: int, path: Path) -> tuple[list[dict[str, str]], dict[str, float]]:
    """The articles and the seconds each step took over ``rounds`` warm rounds."""
    arts = articles(path)
    pipe = default_pipeline(Settings())
    spent: dict[str, float] = defaultdict(float)
    for art in arts:  # cold round: caches and lazy data, not counted
        one(pipe, art, defaultdict(float))
    for _ in range(rounds):
        for art in arts:
            one(pipe, art, spent)
    return arts, spent


def main(rounds: int = 5, path: Path = DEV, as_json: bool = False) -> None:
    arts, spent = measure(rounds, path)
    n = rounds * len(arts)
    total = sum(spent.values())
    if as_json:
        print(json.dumps({**{k: v / n * 1000 for k, v in spent.items()}, "total": total / n * 1000}))
        return
    pipe = default_pipeline(Settings())
    chars = sum(len(a["text"]) for a in arts) / len(arts)
    print(f"{len(arts)} articles of {path.name} ({chars:,.0f} characters on average) x {rounds} rounds; "
          f"Python {platform.python_version()}; load {os.getloadavg()[0]:.2f}")
    print(f"{'step':34s} {'ms/article':>10s} {'share':>7s}")
    for name, secs in spent.items():
        print(f"{name:34s} {secs / n * 1000:10.3f} {secs / total:7.1%}")
    print(f"{'total':34s} {total / n * 1000:10.3f}   ({n / total:,.0f} articles/s)")
    scan, norm_scan = bare_scan(pipe, arts, rounds)
    print(f"{'bare Aho-Corasick scan':34s} {scan * 1000:10.3f}   (extraction = {total / n / scan:,.0f}x)")
    print(f"{'normalise + bare scan':34s} {norm_scan * 1000:10.3f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--cpu" in sys.argv[1:]:
        CLOCK[0] = time.process_time
    main(int(args[0]) if args else 5, Path(args[1]) if len(args) > 1 else DEV, "--json" in sys.argv[1:])
