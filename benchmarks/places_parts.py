"""Where the places stage spends its time: milliseconds per dev article for each of its parts.

    cd benchmarks && ../.venv/bin/python places_parts.py [ROUNDS]

Runs the places stage alone (on documents already split into sentences and
matched against the lexicon, shipped gazetteer) over the dev inputs, with the
process's CPU clock around each part: the vocabulary of place words
(``vocabulary``), the n-grams the gazetteer knows (``known_names``), the phrase
reader (``recognise``), the roles of named mentions, the resolution with its
whys (``resolve``) and the roles of places.  The first (cold) round is not
counted.  Only measures: the parts are wrapped, nothing else is changed.  Run it
with another tree's ``src`` first on ``PYTHONPATH`` to compare (issue 14).
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from typing import Any

from corpus import load_dev

from waqia.core.lexicon import default_lexicon
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.places import geocode, roles, stage

SPENT: dict[str, float] = defaultdict(float)


def timed(name: str, fn: Any) -> Any:
    def wrapper(*args: Any, **kw: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kw)
        finally:
            SPENT[name] += time.process_time() - start
    return wrapper


def main(rounds: int = 5) -> None:
    for module, name in ((stage, "vocabulary"), (stage, "known_names"), (geocode, "resolve"),
                         (roles, "mark_roles"), (roles, "mark_named_mentions")):
        setattr(module, name, timed(name, getattr(module, name)))
    stage._Recogniser.run = timed("recognise", stage._Recogniser.run)  # type: ignore[method-assign]
    gaz = open_gazetteer(None)
    ctx = Context(Settings(), default_lexicon(), gaz)
    front = Pipeline(("sentences.v1", "lexicon.v1"), ctx)
    docs = [front.analyse(a["text"]) for a in load_dev()]
    places = Pipeline(("sentences.v1", "lexicon.v1", "places.v1"), ctx).stages[-1]
    for d in docs:  # cold round: the gazetteer's index and the caches, not counted
        places.fn(d, ctx)
    SPENT.clear()
    start = time.process_time()
    for _ in range(rounds):
        for d in docs:
            places.fn(d, ctx)
    per = rounds * len(docs)
    out = {"total": (time.process_time() - start) / per * 1000} | {k: v / per * 1000 for k, v in SPENT.items()}
    print(json.dumps({k: round(v, 3) for k, v in out.items()}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
