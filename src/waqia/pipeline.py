"""The pipeline: stages in order, each ``Document -> Document``.

Stages are looked up by versioned name in :data:`STAGES`, a plain dict that
built-in stages and extensions share.  Each stage declares what layers it
requires and produces; :class:`Pipeline` checks the order when it is built.
"""

from __future__ import annotations

import functools
from typing import Any

from waqia.core.context import Context, Stage
from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import arabic_ratio
from waqia.errors import PipelineError
from waqia.settings import Settings


def _factories() -> dict[str, Stage]:
    from waqia.stages import actors, events, sentences
    from waqia.stages.claims import stage as claims
    from waqia.stages.dates import stage as dates
    from waqia.stages.numbers import stage as numbers
    from waqia.stages.places import stage as places
    from waqia.stages.sources import stage as sources

    def scan(doc: Document, ctx: Context) -> Document:
        return doc.add("matches", tuple(ctx.lexicon.scan(doc.text)))

    return {s.name: s for s in (
        Stage("sentences.v1", lambda d, c: sentences.split(d), (), ("sentences",)),
        Stage("lexicon.v1", scan, ("sentences",), ("matches",)),
        Stage("numbers.v1", numbers.find_numbers, ("matches",), ("numbers",)),
        Stage("dates.v1", dates.find_dates, ("matches",), ("dates",)),
        Stage("sources.v1", sources.find_sources, ("matches",), ("sources",)),
        Stage("places.v1", places.find_places, ("matches",), ("places",)),
        Stage("actors.v1", actors.find_actors, ("matches",), ("actors",)),
        Stage("claims.v1", claims.find_claims, ("numbers", "sources", "actors"), ("claims",)),
        Stage("events.v1", events.find_events, ("claims", "dates", "places", "actors"), ("events",)),
    )}


#: Versioned stage name -> Stage.  Filled on first use (no import side effects).
STAGES: dict[str, Stage] = {}
DEFAULT_STAGES = ("sentences.v1", "lexicon.v1", "numbers.v1", "dates.v1", "sources.v1",
                  "places.v1", "actors.v1", "claims.v1", "events.v1")


def registry() -> dict[str, Stage]:
    if not STAGES:
        STAGES.update(_factories())
    return STAGES


class Pipeline:
    """Stages run in order over one article."""

    def __init__(self, stage_names: tuple[str, ...], ctx: Context):
        reg = registry()
        unknown = [n for n in stage_names if n not in reg]
        if unknown:
            raise PipelineError(f"unknown stage(s) {unknown}; known: {sorted(reg)}")
        have: set[str] = set()
        for n in stage_names:
            missing = set(reg[n].requires) - have
            if missing:
                raise PipelineError(f"stage {n} needs {sorted(missing)} from an earlier stage")
            have.update(reg[n].produces)
        self.stages = [reg[n] for n in stage_names]
        self.ctx = ctx

    def analyse(self, text: str, **meta: Any) -> Document:
        """Run every stage and return the final Document."""
        doc = Document.from_text(text, **meta)
        for stage in self.stages:
            doc = stage.fn(doc, self.ctx)
        return doc

    def run(self, text: Any, published: str | None = None, **meta: Any) -> dict[str, Any]:
        """Extract one article; return its record as a JSON-ready dict."""
        from waqia.stages.events import build_record

        text, warnings = check_text(text, self.ctx.settings)
        meta = {k: v for k, v in meta.items() if v is not None}
        doc = self.analyse(text, published=published, **meta) if text.strip() else \
            Document.from_text(text, published=published, **meta)
        doc = doc.add(warnings=tuple(warnings))
        return build_record(doc, self.ctx).as_dict()


def check_text(text: Any, settings: Settings) -> tuple[str, list[str]]:
    """Coerce the input to text and say what is wrong with it, without raising."""
    warnings: list[str] = []
    if text is None:
        return "", ["empty document: no text"]
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            text = bytes(text).decode("utf-8", errors="replace")
            warnings.append("input was not valid UTF-8; undecodable bytes were replaced with U+FFFD")
    if not isinstance(text, str):
        return "", [f"input is a {type(text).__name__}, not text; nothing was read"]
    if "\x00" in text:
        warnings.append("input holds NUL bytes: it looks binary, results are unreliable")
    if len(text) > settings.max_chars:
        warnings.append(f"text cut to its first {settings.max_chars:,} characters "
                        f"(it had {len(text):,}); set max_chars to read more")
        text = text[: settings.max_chars]
    if not text.strip():
        warnings.append("empty document: no text")
    elif arabic_ratio(text) < settings.min_arabic_ratio:
        warnings.append("text is mostly not Arabic: waqia reads Arabic only")
    return text, warnings


@functools.lru_cache(maxsize=4)
def default_pipeline(settings: Settings) -> Pipeline:
    """The standard pipeline for these settings (cached per process)."""
    from waqia.geo.gazetteer import open_gazetteer

    ctx = Context(settings, default_lexicon(), open_gazetteer(settings.gazetteer))
    return Pipeline(DEFAULT_STAGES, ctx)
