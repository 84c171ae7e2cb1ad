"""Articles per second on one core, side by side with a bare Aho-Corasick scan of the same texts.

    .venv/bin/python benchmarks/throughput.py [N_ARTICLES] [--json] [--cpu]

Rows: the bare scan, normalisation and the scan, ``waqia.extract`` article by article, and the
batch path (``waqia extract``, ``waqia.corpus.batch.run``): ``extract_chunk`` over chunks of
``CHUNK_SIZE`` articles, records serialised as the batch writes them.

``--json`` prints one object, articles per second of each row, for ``paired.py``;
``--cpu`` times with the process's CPU clock (``time.process_time``), not the wall clock.
"""

from __future__ import annotations

import json
import platform
import resource
import sys
import time

from corpus import texts

import waqia
from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import normalize
from waqia.corpus.batch import CHUNK_SIZE, Job, extract_chunk
from waqia.corpus.inputs import InputDoc

CLOCK = [time.perf_counter]


def timed(fn: object, items: list[str]) -> float:
    clock = CLOCK[0]
    start = clock()
    for t in items:
        fn(t)  # type: ignore[operator]
    return clock() - start


def main(n: int = 2000, as_json: bool = False) -> None:
    items = texts(n)
    automaton = default_lexicon()._automaton
    matching = [normalize(t).text for t in items]
    waqia.extract(items[0])  # load the language data and gazetteer once

    def scan(t: str) -> None:
        for _ in automaton.iter(t):
            pass

    docs = [InputDoc(f"t{k}", None, t, published="2020-01-30") for k, t in enumerate(items)]
    chunks = [docs[k:k + CHUNK_SIZE] for k in range(0, len(docs), CHUNK_SIZE)]
    job = Job()
    rows = [("bare Aho-Corasick scan (matching form)", timed(scan, matching)),
            ("normalize + scan", timed(lambda t: scan(normalize(t).text), items)),
            ("waqia.extract (full pipeline)", timed(lambda t: waqia.extract(t, published="2020-01-30"), items)),
            (f"batch extract_chunk ({CHUNK_SIZE} a chunk)", timed(lambda c: extract_chunk(c, job), chunks))]
    chars = sum(map(len, items))
    if as_json:
        print(json.dumps({name: n / secs for name, secs in rows}))
        return
    print(f"{n} articles, {chars / n:,.0f} characters each on average; Python {platform.python_version()}, "
          f"{platform.processor() or platform.machine()}")
    for name, secs in rows:
        print(f"{name:40s} {n / secs:10,.0f} articles/s  {chars / secs / 1e6:8.2f} M chars/s  ({secs:.2f} s)")
    print(f"extract is {rows[2][1] / rows[0][1]:,.0f}x the bare scan; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--cpu" in sys.argv[1:]:
        CLOCK[0] = time.process_time
    main(int(args[0]) if args else 2000, "--json" in sys.argv[1:])
