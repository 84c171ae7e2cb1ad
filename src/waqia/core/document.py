"""The data model shared by every stage: Document and Span.

A :class:`Document` holds the original text, its matching form (see
:mod:`waqia.core.normalize`) and what the stages have found so far.  Stages never
mutate a document: they return a new one with :meth:`Document.add`.

Every span points into the ORIGINAL text.  Spans are made only through
:meth:`Document.span`, which maps matching-form offsets back to the original.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import re
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from waqia.core.normalize import Normalized, normalize


@dataclass(frozen=True)
class Span:
    """A half-open piece ``[start, end)`` of the original text.

    >>> doc = Document.from_text("قُتل جندي")
    >>> doc.span(0, 3).text
    'قُتل'
    """

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Sentence:
    """A sentence, as normalised offsets ``[start, end)`` and its number."""

    index: int
    start: int
    end: int


class Token(NamedTuple):
    """A word or number in the matching form (normalised offsets)."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class Document:
    """One article on its way through the pipeline.

    ``layers`` maps a stage's product name (``"numbers"``, ``"claims"`` ...)
    to the tuple of objects it found.
    """

    norm: Normalized
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    token_starts: tuple[int, ...] = ()
    layers: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_text(cls, original: str, **meta: Any) -> Document:
        return cls(norm=normalize(original), meta=dict(meta))

    @property
    def original(self) -> str:
        return self.norm.original

    @functools.cached_property
    def text(self) -> str:
        """The matching form: what the stages search.

        Kept in the instance once read (a cache, not a field: a document made by
        :meth:`add` shares it, as it shares the normalised text), so that the stages'
        hundreds of reads per article are attribute reads, not property calls (#14).
        """
        return self.norm.text

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of the original for normalised ``[start, end)``."""
        s, e = self.norm.original_span(start, end)
        return Span(s, e, self.norm.original[s:e])

    def normal_pos(self, original: int) -> int:
        """The normalised position of the character at ``original`` (a :class:`Span`'s start), where the
        layers' positions and :meth:`token_index` are read.

        >>> d = Document.from_text("قُتل جندي")
        >>> d.normal_pos(5), d.text[d.normal_pos(5):]
        (4, 'جندي')
        """
        return self.norm.offsets.to_normal(original) if self.norm.offsets.points else original

    def original_text(self, start: int, end: int) -> str:
        """The original text of normalised ``[start, end)``: ``span(start, end).text`` without the
        :class:`Span` (#14).

        >>> Document.from_text("قُتل جندي").original_text(0, 3)
        'قُتل'
        """
        s, e = self.norm.original_span(start, end)
        return self.norm.original[s:e]

    def layer(self, name: str) -> tuple[Any, ...]:
        return self.layers.get(name, ())

    def matches_of(self, *concepts: str) -> tuple[Any, ...]:
        """The items of the ``matches`` layer of these concepts: concept by concept, each in
        layer order.

        The layer is indexed by concept once (and again only when the layer is
        replaced), so that a stage asking for a few concepts does not filter every
        match each time (#14).

        >>> from types import SimpleNamespace as M
        >>> doc = Document.from_text("x").add("matches", (M(concept="a"), M(concept="b"), M(concept="a")))
        >>> [m.concept for m in doc.matches_of("b", "a")], doc.matches_of("c"), doc.concepts()
        (['b', 'a', 'a'], (), ('a', 'b'))
        """
        asked = self.__dict__.get("_asked")  # concepts asked for -> their matches: one look-up (#14)
        if asked is not None:
            found = asked.get(concepts)
            if found is not None:
                return found
        return self._matches_by(concepts)

    def _matches_by(self, concepts: tuple[str, ...]) -> tuple[Any, ...]:
        """:meth:`matches_of`, the first time these concepts are asked for: the layer is indexed by
        concept once, and each set of concepts asked for kept with its matches (caches, not fields:
        equality ignores them; :meth:`add` drops them when it sets the ``matches`` layer, and a
        document made any other way starts without them)."""
        index: dict[str, tuple[Any, ...]] | None = self.__dict__.get("_by_concept")
        if index is None:
            by: dict[str, list[Any]] = {}
            for m in self.layers.get("matches", ()):
                by.setdefault(m.concept, []).append(m)
            index = {k: tuple(v) for k, v in by.items()}
            object.__setattr__(self, "_by_concept", index)
        asked: dict[tuple[str, ...], tuple[Any, ...]] | None = self.__dict__.get("_asked")
        if asked is None:
            asked = {}
            object.__setattr__(self, "_asked", asked)
        found = asked[concepts] = index.get(concepts[0], ()) if len(concepts) == 1 else \
            tuple(m for c in dict.fromkeys(concepts) for m in index.get(c, ()))
        return found

    def concepts(self) -> tuple[str, ...]:
        """The concepts of the ``matches`` layer, in the order they first occur."""
        self.matches_of()
        return tuple(self.__dict__["_by_concept"])

    def add(self, name: str | None = None, items: tuple[Any, ...] = (), *,
            warnings: tuple[str, ...] = (), **changes: Any) -> Document:
        """A new document with a layer set, warnings appended, or fields changed."""
        layers = dict(self.layers)
        if name is not None:
            layers[name] = tuple(items)
        if changes or type(self) is not Document:
            return dataclasses.replace(self, layers=layers, warnings=self.warnings + tuple(warnings), **changes)
        # what dataclasses.replace gives for these two fields, without its generic machinery
        # (every stage adds a layer: this runs about a dozen times per article)
        new = object.__new__(Document)
        fields = new.__dict__
        fields.update(self.__dict__)
        if name == "matches":  # the caches read from the layer it replaces
            fields.pop("_by_concept", None)
            fields.pop("_asked", None)
        fields["layers"] = layers
        fields["warnings"] = self.warnings + tuple(warnings)
        return new

    def breaks(self, marks: str) -> list[int]:
        """Where the characters of ``marks`` stand in the matching form, in text order.

        Found once per document and set of marks, in one pass of the regex engine,
        and kept (a cache, not a field; a document made by :meth:`add` shares it, as
        it shares the text): a stage that asks whether a gap holds a clause break
        looks it up instead of reading the gap character by character (#14).

        >>> Document.from_text("قتل، ثم; جرح").breaks(";،")
        [3, 7]
        """
        cache: tuple[Normalized, dict[str, list[int]]] | None = self.__dict__.get("_breaks")
        if cache is None or cache[0] is not self.norm:
            cache = (self.norm, {})
            object.__setattr__(self, "_breaks", cache)
        found = cache[1].get(marks)
        if found is None:
            found = cache[1][marks] = [m.start() for m in _marks_pattern(marks).finditer(self.norm.text)]
        return found

    def broken(self, marks: str, start: int, stop: int) -> bool:
        """Whether one of the characters of ``marks`` stands in the matching form's ``[start, stop)``:
        ``any(ch in marks for ch in doc.text[start:stop])``, by bisection (#14).

        >>> d = Document.from_text("قتل، ثم جرح")
        >>> d.broken("،", 0, 4), d.broken("،", 4, 11), d.broken("،", 5, 2)
        (True, False, False)
        """
        found = self.breaks(marks)
        if start < 0 or stop < 0:  # as a slice reads them: from the end
            n = len(self.norm.text)
            start, stop = max(start + n, 0) if start < 0 else start, stop + n if stop < 0 else stop
        i = bisect.bisect_left(found, start)
        return i < len(found) and found[i] < stop

    def token_index(self, pos: int) -> int:
        """Index of the token holding normalised ``pos`` (or the next one after it): the first
        token that ends after ``pos``, one bisection of :attr:`token_ends` (#14: the stages ask a
        few hundred times per article).

        >>> from waqia.stages.sentences import split
        >>> d = split(Document.from_text("قتل  جندي."))
        >>> [d.token_index(p) for p in (-1, 0, 2, 3, 4, 5, 8, 9, 10, 99)]
        [0, 0, 0, 1, 1, 1, 1, 2, 2, 2]
        """
        look = functools.partial(bisect.bisect_right, self.token_ends)
        # the instance's own look-up from now on (a document made by :meth:`add` shares it, as it
        # shares the tokens): a call of C code, with no Python frame per question (#14)
        object.__setattr__(self, "token_index", look)
        return look(pos)

    @functools.cached_property
    def texts(self) -> list[str]:
        """The tokens' texts, in order (kept in the instance: a cache, not a field; a document made by
        :meth:`add` shares it, as it shares the tokens): the readers that walk every word read this
        list, not one each of their own (#14)."""
        return list(map(_TOKEN_TEXT, self.tokens))

    @functools.cached_property
    def token_ends(self) -> list[int]:
        """Where each token ends, in order (kept in the instance: a cache, not a field; a document
        made by :meth:`add` shares it, as it shares the tokens)."""
        return list(map(_TOKEN_END, self.tokens))

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding normalised position ``pos``.

        The sentences' starts are listed on the first question, and the instance then
        answers with one bisection of them, a call of C code (a document made by
        :meth:`add` shares it, as it shares the sentences; one with other sentences is
        a new instance, which lists its own), with no Python frame per question (#14).

        >>> d = Document.from_text("x").add(sentences=(Sentence(0, 0, 4), Sentence(1, 5, 9)))
        >>> d.sentence_of(0), d.sentence_of(4), d.sentence_of(7), d.sentence_of(-1)
        (0, 0, 1, 0)
        """
        # how many sentences after the first start at or before ``pos``: the last one that does
        # (the first when none does); the instance's own look-up from now on, as :meth:`token_index`
        look = functools.partial(bisect.bisect_right, list(map(_SENTENCE_START, self.sentences[1:])))
        object.__setattr__(self, "sentence_of", look)
        return look(pos)


#: the Arabic and the Latin comma, as the stages read a clause's edge between two tokens
COMMAS: frozenset[str] = frozenset("،,")
_SENTENCE_START = attrgetter("start")
_TOKEN_END = itemgetter(1)
_TOKEN_TEXT = itemgetter(2)


@functools.lru_cache(maxsize=64)
def _marks_pattern(marks: str) -> re.Pattern[str]:
    """A character class of ``marks``."""
    return re.compile("[" + re.escape(marks) + "]")


def doc_id_for(text: str) -> str:
    """A stable id for a document that has none: a hash of its text."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
