"""The pipeline: stages in order, each ``Document -> Document``.

Stages are looked up by versioned name in :data:`STAGES`, a plain dict that
built-in stages and extensions share: :func:`register` adds an extension,
:func:`registry` returns them all, the built-in ones always included.  Each
stage declares every layer it reads (``requires``, ``optional``) and writes
(``produces``); :class:`Pipeline` checks the order when it is built, and with
``check_layers=True`` makes a stage that reads or writes an undeclared layer
raise :class:`PipelineError`.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import re
from collections.abc import Sequence
from typing import Any, NoReturn, Self

from waqia.core.context import FIELD_LAYERS, Context, Stage
from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import arabic_share_at_least
from waqia.errors import PipelineError
from waqia.settings import Settings

__all__ = ["DEFAULT_STAGES", "STAGES", "Context", "Pipeline", "Stage", "check_order", "check_text",
           "default_pipeline", "register", "registry"]

# What the built-in stages read and write; the sentences stage sets the fields
# behind "sentences" and "tokens" (core.context.FIELD_LAYERS).
_TEXT = ("sentences", "tokens", "matches")


def _factories() -> dict[str, Stage]:
    from waqia.stages import actors, retired, sentences
    from waqia.stages.claims import stage as claims
    from waqia.stages.dates import stage as dates
    from waqia.stages.events import stage as events
    from waqia.stages.numbers import stage as numbers
    from waqia.stages.places import stage as places
    from waqia.stages.sources import stage as sources

    def scan(doc: Document, ctx: Context) -> Document:
        # the tokens are the text's runs of word characters: where its words begin and end (#14)
        runs = (doc.token_starts, doc.token_ends) if doc.tokens else None
        # a soldier or an officer retired is a civilian: one phrase over the noun and «متقاعد»
        return doc.add("matches", retired.retired_people(doc.text, ctx.lexicon.scan(doc.text, runs), ctx.lexicon, runs))

    return {s.name: s for s in (
        Stage("sentences.v1", lambda d, c: sentences.split(d), (), ("sentences", "tokens")),
        Stage("lexicon.v1", scan, (), ("matches",), optional=("tokens",)),
        # without the lexicon stage's matches it scans the text itself
        Stage("numbers.v1", numbers.find_numbers, (), ("numbers",), optional=("matches",)),
        Stage("dates.v1", dates.find_dates, ("sentences", "tokens"), ("dates", "published")),
        Stage("sources.v1", sources.find_sources, _TEXT, ("source_mentions", "sources", "speaker_phrases"),
              optional=("dates", "numbers")),
        Stage("places.v1", places.find_places, ("tokens", "matches"), ("places",),
              optional=("source_mentions", "sources", "speaker_phrases")),
        Stage("actors.v1", actors.find_actors, _TEXT, ("actors",)),
        Stage("claims.v1", claims.find_claims, (*_TEXT, "numbers", "sources", "actors"), ("claims",),
              optional=("dates", "places")),
        Stage("events.v1", events.find_events, (*_TEXT, "claims", "dates", "places", "actors"), ("events",),
              optional=("source_mentions", "published", "numbers")),  # the local speaker's place
        # (stages/events/placing.py); the day; the counts after «القبض على» (stages/events/subtypes.arrests_apart)
    )}


#: Versioned stage name -> Stage: the built-in stages (loaded on first use, no
#: import side effects) and every extension given to :func:`register`.
STAGES: dict[str, Stage] = {}
DEFAULT_STAGES = ("sentences.v1", "lexicon.v1", "numbers.v1", "dates.v1", "sources.v1",
                  "places.v1", "actors.v1", "claims.v1", "events.v1")
_BUILT_IN: dict[str, Stage] = {}
_VERSIONED = re.compile(r"[\w.-]+\.v[0-9]+")


def registry() -> dict[str, Stage]:
    """Every known stage by name: the built-in ones and the registered extensions."""
    if not _BUILT_IN:
        _BUILT_IN.update(_factories())
        for name, stage in _BUILT_IN.items():
            STAGES.setdefault(name, stage)  # a stage registered under a built-in name stays
    return STAGES


def register(stage: Stage, *, replace: bool = False) -> Stage:
    """Add an extension stage under its versioned name (``"mine.v1"``) and return it.

    The built-in stages stay registered.  A name already taken is an error
    unless ``replace`` is true.
    """
    if not isinstance(stage, Stage):
        raise PipelineError(f"register() takes a waqia.pipeline.Stage, not {type(stage).__name__}")
    if not _VERSIONED.fullmatch(stage.name):
        raise PipelineError(f"stage name {stage.name!r} is not versioned: use NAME.vN, e.g. 'mine.v1'")
    reg = registry()
    if stage.name in reg and reg[stage.name] is not stage and not replace:
        raise PipelineError(f"a stage named {stage.name} is already registered; "
                            "pass replace=True to replace it, or give a new version")
    reg[stage.name] = stage
    return stage


def check_order(stages: Sequence[Stage]) -> None:
    """Raise :class:`PipelineError` unless every stage reads layers produced before it.

    A required layer must come from an earlier stage; no layer a stage reads
    (required or optional) may be produced by a later one.
    """
    made: dict[str, list[int]] = {}
    for i, stage in enumerate(stages):
        for layer in stage.produces:
            made.setdefault(layer, []).append(i)
    for i, stage in enumerate(stages):
        for layer in stage.requires:
            if not any(j < i for j in made.get(layer, ())):
                later = [stages[j].name for j in made.get(layer, ()) if j > i]
                where = f"{later[0]} produces it but comes after {stage.name}" if later else \
                    "no stage of this pipeline produces it"
                raise PipelineError(f"stage {stage.name} needs layer {layer!r} from an earlier stage ({where})")
        for layer in stage.reads:
            later = [stages[j].name for j in made.get(layer, ()) if j > i]
            if later:
                raise PipelineError(f"stage {stage.name} reads layer {layer!r}, which {later[0]} produces "
                                    f"after it: put {later[0]} before {stage.name}")


class Pipeline:
    """Stages run in order over one article."""

    def __init__(self, stage_names: tuple[str, ...], ctx: Context, *, check_layers: bool = False):
        """Stages by name, in order; :class:`PipelineError` when one is unknown or out of order.

        ``check_layers`` (for tests; slower) shows each stage only the layers
        it declares and fails when it reads or writes another.
        """
        reg = registry()
        unknown = [n for n in stage_names if n not in reg]
        if unknown:
            raise PipelineError(f"unknown stage(s) {unknown}; known: {sorted(reg)}")
        self.stages = [reg[n] for n in stage_names]
        check_order(self.stages)
        self.ctx = ctx
        self.check_layers = check_layers

    def analyse(self, text: str, **meta: Any) -> Document:
        """Run every stage and return the final Document."""
        doc = Document.from_text(text, **meta)
        if self.check_layers:
            for stage in self.stages:
                doc = _run_declared(stage, doc, self.ctx)
            return doc
        for stage in self.stages:
            doc = stage.fn(doc, self.ctx)
        return doc

    def run(self, text: Any, published: str | None = None, **meta: Any) -> dict[str, Any]:
        """Extract one article; return its record as a JSON-ready dict."""
        from waqia.stages.events.stage import build_record

        text, warnings = check_text(text, self.ctx.settings)
        meta = {k: v for k, v in meta.items() if v is not None}
        doc = self.analyse(text, published=published, **meta) if not _blank(text) else \
            Document.from_text(text, published=published, **meta)
        doc = doc.add(warnings=tuple(warnings))
        return build_record(doc, self.ctx).as_dict()

    def run_many(self, articles: Sequence[tuple[Any, str | None, dict[str, Any]]]) -> list[dict[str, Any] | Exception]:
        """:meth:`run` over several articles (text, published, metadata), each stage over all of
        them before the next one starts (#14): a stage's code and the data it reads stay in the
        processor's caches from one article to the next, instead of being pushed out by the eight
        other stages in between.  Each article gives the record :meth:`run` gives it, or the
        exception :meth:`run` would raise for it; the others are read on."""
        from waqia.stages.events.stage import build_record

        out: list[dict[str, Any] | Exception] = [_NOT_READ] * len(articles)
        live: list[tuple[int, Document, tuple[str, ...]]] = []  # articles with text, in input order
        blank: list[tuple[int, Document, tuple[str, ...]]] = []  # read by no stage, as in run()
        for n, (text, published, meta) in enumerate(articles):
            try:
                text, warnings = check_text(text, self.ctx.settings)
                doc = Document.from_text(text, published=published, **{k: v for k, v in meta.items() if v is not None})
            except Exception as exc:  # noqa: BLE001 - this article's failure, not the others'
                out[n] = exc
                continue
            (blank if _blank(text) else live).append((n, doc, tuple(warnings)))
        for stage in self.stages:
            live = self._stage_over(stage, live, out)
        for n, doc, notes in sorted(live + blank, key=_FIRST):
            try:
                out[n] = build_record(doc.add(warnings=notes), self.ctx).as_dict()
            except Exception as exc:  # noqa: BLE001 - this article's failure, not the others'
                out[n] = exc
        return out

    def _stage_over(self, stage: Stage, live: list[tuple[int, Document, tuple[str, ...]]],
                    out: list[dict[str, Any] | Exception]) -> list[tuple[int, Document, tuple[str, ...]]]:
        """One stage over every article still read (:meth:`run_many`); one that fails leaves them."""
        kept = []
        for n, doc, warnings in live:
            try:
                doc = _run_declared(stage, doc, self.ctx) if self.check_layers else stage.fn(doc, self.ctx)
            except Exception as exc:  # noqa: BLE001 - this article's failure, not the others'
                out[n] = exc
                continue
            kept.append((n, doc, warnings))
        return kept


#: what :meth:`Pipeline.run_many` holds for an article until it is read (never returned)
_NOT_READ = PipelineError("not read")
_FIRST = operator.itemgetter(0)


def _run_declared(stage: Stage, doc: Document, ctx: Context) -> Document:
    """Run ``stage`` on a view of ``doc`` that holds only the layers it declares.

    Reading another layer, or writing a layer or field it does not produce,
    raises :class:`PipelineError`.  The result is what ``stage.fn(doc, ctx)``
    gives when the stage keeps to its declarations.
    """
    allowed = frozenset(stage.reads + stage.produces)
    hidden: dict[str, Any] = {f: _Undeclared(stage.name, layer) for layer, fields in FIELD_LAYERS.items()
                              if layer not in allowed for f in fields}
    view = dataclasses.replace(doc, layers=_DeclaredLayers(stage.name, allowed, doc.layers), **hidden)
    out = stage.fn(view, ctx)
    extra = sorted(set(out.layers) - set(view.layers) - set(stage.produces))
    changed = sorted(layer for layer, fields in FIELD_LAYERS.items() if layer not in stage.produces
                     and any(getattr(out, f) is not getattr(view, f) for f in fields))
    if extra or changed:
        raise PipelineError(f"stage {stage.name} wrote layer(s) {extra + changed} it does not declare "
                            f"(produces {list(stage.produces)})")
    kept: dict[str, Any] = {f: getattr(doc, f) for f in hidden}
    return dataclasses.replace(out, layers={**doc.layers, **out.layers}, **kept)


def _undeclared(stage: str, layer: object) -> NoReturn:
    raise PipelineError(f"stage {stage} read layer {layer!r} it does not declare: add it to its "
                        "requires or optional")


class _DeclaredLayers(dict[str, tuple[Any, ...]]):
    """The layers a stage declares; asking for another one raises."""

    def __init__(self, stage: str, allowed: frozenset[str], layers: dict[str, tuple[Any, ...]]):
        super().__init__((k, v) for k, v in layers.items() if k in allowed)
        self.stage, self.allowed = stage, allowed

    def _check(self, key: object) -> None:
        if key not in self.allowed:
            _undeclared(self.stage, key)

    def __getitem__(self, key: str) -> tuple[Any, ...]:
        self._check(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self._check(key)
        return super().__contains__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._check(key)
        return super().get(key, default)


class _Undeclared(tuple[Any, ...]):
    """Stands for a field (``sentences``, ``tokens``) a stage does not declare: any use raises."""

    stage: str
    layer: str

    def __new__(cls, stage: str, layer: str) -> Self:
        self = super().__new__(cls)
        self.stage, self.layer = stage, layer
        return self

    def _fail(self, *_: Any) -> NoReturn:
        _undeclared(self.stage, self.layer)

    __getitem__ = __len__ = __iter__ = __bool__ = __contains__ = _fail


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
    if _blank(text):
        warnings.append("empty document: no text")
    elif not arabic_share_at_least(text, settings.min_arabic_ratio):
        warnings.append("text is mostly not Arabic: waqia reads Arabic only")
    return text, warnings


def _blank(text: str) -> bool:
    """``not text.strip()``, without copying the text."""
    return not text or text.isspace()


@functools.lru_cache(maxsize=4)
def default_pipeline(settings: Settings) -> Pipeline:
    """The standard pipeline for these settings (cached per process)."""
    from waqia.geo.gazetteer import open_gazetteer

    ctx = Context(settings, default_lexicon(), open_gazetteer(settings.gazetteer))
    return Pipeline(DEFAULT_STAGES, ctx)
