"""Geocoding benchmark: gazetteer load time, process RSS, per-article place time.

    .venv/bin/python benchmarks/geocode.py [GAZETTEER.sqlite] [ARTICLES.jsonl]

Without a gazetteer the bundled one is measured; ARTICLES defaults to
../shared/eval/dev-input.jsonl.  Prints one JSON object.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    """Peak resident set size of this process in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    from waqia.core.document import Document
    from waqia.core.lexicon import default_lexicon
    from waqia.geo.gazetteer import open_gazetteer
    from waqia.pipeline import Context, Pipeline
    from waqia.settings import Settings

    gaz_path = argv[1] if len(argv) > 1 else None
    articles = Path(argv[2]) if len(argv) > 2 else ROOT.parent / "shared" / "eval" / "dev-input.jsonl"
    lexicon = default_lexicon()
    rss_before = rss_mb()
    t0 = time.perf_counter()
    gaz = open_gazetteer(gaz_path)
    open_s = time.perf_counter() - t0
    heads = len(gaz.first_words)  # the word index read on first use
    load_s = time.perf_counter() - t0
    size = len(gaz)
    texts = [json.loads(line)["text"] for line in articles.read_text(encoding="utf-8").splitlines() if line]
    ctx = Context(Settings(gazetteer=gaz_path), lexicon, gaz)
    front = Pipeline(("sentences.v1", "lexicon.v1"), ctx)
    docs: list[Document] = [front.analyse(t) for t in texts]
    places = Pipeline(("sentences.v1", "lexicon.v1", "places.v1"), ctx).stages[-1]
    t1 = time.perf_counter()
    found = 0
    for _ in range(3):
        found = sum(len(places.fn(d, ctx).layer("places")) for d in docs)
    per_article_ms = (time.perf_counter() - t1) / max(1, 3 * len(docs)) * 1000
    print(json.dumps({
        "gazetteer": gaz.label, "places_in_gazetteer": size, "open_seconds": round(open_s, 4),
        "load_seconds_with_word_index": round(load_s, 3), "first_words": heads,
        "rss_mb_before_load": round(rss_before, 1), "rss_mb_peak": round(rss_mb(), 1),
        "articles": len(docs), "places_found": found, "ms_per_article": round(per_article_ms, 2),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
