"""Time per 1,000 characters as one text grows: a linear reader costs the same at every length.

    cd benchmarks && ../.venv/bin/python long_text.py [SIZES...] [--json]

Each size (in characters; default 4000 32000 128000) is one text made by
joining perturbed dev articles (``corpus.texts``) until it is that long, read
once to warm up and then timed as the best of three ``waqia.extract`` calls.
A stage whose work grows with the square of the length shows as a cost per
1,000 characters that rises with the size.  To compare two revisions, run the
script with each tree's ``src`` first on ``PYTHONPATH`` in the same session.
"""

from __future__ import annotations

import json
import sys
import time

from corpus import texts

import waqia


def long_text(size: int) -> str:
    """One text of at least ``size`` characters, whole articles joined by blank lines."""
    parts: list[str] = []
    length, n = 0, 0
    while length < size:
        n += 50
        parts = texts(n)
        length = sum(len(p) + 2 for p in parts)
    out, total = [], 0
    for p in parts:
        out.append(p)
        total += len(p) + 2
        if total >= size:
            break
    return "\n\n".join(out)


def per_thousand(size: int) -> float:
    """Milliseconds per 1,000 characters for a text of ``size`` characters (best of three)."""
    text = long_text(size)
    waqia.extract(text, published="2024-01-02")
    best = min(_once(text) for _ in range(3))
    return best * 1000 / (len(text) / 1000)


def _once(text: str) -> float:
    start = time.perf_counter()
    waqia.extract(text, published="2024-01-02")
    return time.perf_counter() - start


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv if a.isdigit()] or [4000, 32000, 128000]
    rows = {size: per_thousand(size) for size in sizes}
    if "--json" in argv:
        print(json.dumps(rows))
        return
    print("| characters | ms per 1,000 characters | relative to the shortest |")
    print("|---:|---:|---:|")
    first = rows[sizes[0]]
    for size, ms in rows.items():
        print(f"| {size:,} | {ms:.2f} | {ms / first:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
