"""One stage alone: milliseconds per dev article, the documents brought to it by the stages before.

    cd benchmarks && ../.venv/bin/python stage_alone.py STAGE [ROUNDS] [--profile [SORT]]

``STAGE`` is a versioned name of the default pipeline (``events.v1``).  The dev
inputs are read by every stage before it once; then the stage runs over all of
them ``ROUNDS`` times (default 8) and the best round's CPU time per article is
printed.  The per-document index of the matches by concept
(:meth:`waqia.core.document.Document.matches_of`) is kept from the stages before,
as in the pipeline, but for ``sources.v1``, the first stage to build it.
``--profile`` runs the rounds under ``cProfile`` instead and prints the 40 most
costly functions (sorted by ``cumulative`` time, or by ``SORT``: ``tottime``).
Compare two trees by putting each ``src`` first on ``PYTHONPATH`` in turn.
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time

from corpus import DEV
from profile_stages import articles

from waqia.core.document import Document
from waqia.pipeline import check_text, default_pipeline
from waqia.settings import Settings


def prepared(target: str) -> tuple[object, list[Document], object]:
    """The pipeline, the dev documents as the stage ``target`` receives them, and that stage's function."""
    pipe = default_pipeline(Settings())
    names = [s.name for s in pipe.stages]
    if target not in names:
        sys.exit(f"no stage {target} in the default pipeline: {names}")
    docs = []
    for art in articles(DEV):
        text, _ = check_text(art["text"], pipe.ctx.settings)
        meta = {k: art[k] for k in ("published", "id", "url", "title", "outlet") if art.get(k) is not None}
        doc = Document.from_text(text, **meta)
        for stage in pipe.stages:
            if stage.name == target:
                fn = stage.fn
                break
            doc = stage.fn(doc, pipe.ctx)
        docs.append(doc)
    return pipe, docs, fn


def fresh(doc: Document, target: str) -> Document:
    """A copy of ``doc`` with no result of an earlier round kept on it."""
    new = doc.add()
    if target == "sources.v1":
        new.__dict__.pop("_by_concept", None)
        new.__dict__.pop("_asked", None)
    return new


def main(target: str, rounds: int = 8, profile: str | None = None) -> None:
    pipe, docs, fn = prepared(target)
    ctx = pipe.ctx  # type: ignore[attr-defined]
    for doc in docs:  # cold round: lazy data and caches, not counted
        fn(fresh(doc, target), ctx)  # type: ignore[operator]
    if profile:
        prof = cProfile.Profile()
        for _ in range(rounds):
            batch = [fresh(d, target) for d in docs]
            prof.enable()
            for doc in batch:
                fn(doc, ctx)  # type: ignore[operator]
            prof.disable()
        pstats.Stats(prof).sort_stats(profile).print_stats(40)
        return
    best = float("inf")
    for _ in range(rounds):
        batch = [fresh(d, target) for d in docs]
        start = time.process_time()
        for doc in batch:
            fn(doc, ctx)  # type: ignore[operator]
        best = min(best, time.process_time() - start)
    print(f"{target}: {best / len(docs) * 1000:.4f} ms per article, CPU, best of {rounds} rounds "
          f"over {len(docs)} dev articles")


if __name__ == "__main__":
    args = sys.argv[1:]
    sort = None
    if "--profile" in args:
        i = args.index("--profile")
        sort = args[i + 1] if i + 1 < len(args) and not args[i + 1].isdigit() else "cumulative"
        args = [a for a in args if a not in ("--profile", sort)]
    if not args:
        sys.exit(__doc__)
    main(args[0], int(args[1]) if len(args) > 1 else 8, sort)
