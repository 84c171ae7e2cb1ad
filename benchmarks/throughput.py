"""Articles per second on one core, side by side with a bare Aho-Corasick scan of the same texts.

    .venv/bin/python benchmarks/throughput.py [N_ARTICLES]
"""

from __future__ import annotations

import platform
import resource
import sys
import time

from corpus import texts

import waqia
from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import normalize


def timed(fn: object, items: list[str]) -> float:
    start = time.perf_counter()
    for t in items:
        fn(t)  # type: ignore[operator]
    return time.perf_counter() - start


def main(n: int = 2000) -> None:
    items = texts(n)
    automaton = default_lexicon()._automaton
    matching = [normalize(t).text for t in items]
    waqia.extract(items[0])  # load the language data and gazetteer once

    def scan(t: str) -> None:
        for _ in automaton.iter(t):
            pass

    rows = [("bare Aho-Corasick scan (matching form)", timed(scan, matching)),
            ("normalize + scan", timed(lambda t: scan(normalize(t).text), items)),
            ("waqia.extract (full pipeline)", timed(lambda t: waqia.extract(t, published="2020-01-30"), items))]
    chars = sum(map(len, items))
    print(f"{n} articles, {chars / n:,.0f} characters each on average; Python {platform.python_version()}, "
          f"{platform.processor() or platform.machine()}")
    for name, secs in rows:
        print(f"{name:40s} {n / secs:10,.0f} articles/s  {chars / secs / 1e6:8.2f} M chars/s  ({secs:.2f} s)")
    print(f"extract is {rows[2][1] / rows[0][1]:,.0f}x the bare scan; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
