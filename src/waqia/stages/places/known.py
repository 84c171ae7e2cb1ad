"""The n-grams of a document that the gazetteer knows, with their proclitics (#14: out of
:mod:`waqia.stages.places.patterns`, which re-exports them).

>>> lookup_keys("كفر نبوده")
('كفر نبوده', 'كفرنبوده')
>>> lookup_keys("الرقه")
('الرقه', 'رقه')
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping
from itertools import compress, count
from typing import Any

from waqia.core.document import Document, Token
from waqia.core.morphology import ARTICLE, NAME_PREFIXES, proclitic_readings
from waqia.geo.build.writer import strip_article

#: the most words of a name looked up
MAX_WORDS = 4
_ART = len(ARTICLE)


def lookup_keys(key: str) -> tuple[str, ...]:
    """A matching key as written, without its article and without spaces (no repeats)."""
    bare, joint = strip_article(key), key.replace(" ", "")
    if bare == key:
        return (key,) if joint == key else (key, joint)
    return (key, bare) if joint in (key, bare) else (key, bare, joint)


def word_variants(word: str) -> tuple[tuple[str, str], ...]:
    """``(prefix, stem)`` readings of one word: as written, then without proclitics
    (:func:`waqia.core.morphology.proclitic_readings`)."""
    return proclitic_readings(word)


def known_names(doc: Document, gazetteer: Any) -> KnownNames:
    """(token, length, prefix) -> (key, exact) for every n-gram the gazetteer knows.

    Only readings whose first word opens some name in the gazetteer are looked up: in
    the gazetteer's keys held in memory when it has them (``name_keys``), else with one
    batched :meth:`known` query.  Each n-gram is looked up as written, without its
    article and without spaces (:func:`lookup_keys`).
    """
    heads = getattr(gazetteer, "first_words", None)
    keys = getattr(gazetteer, "name_keys", None)
    if keys is not None and heads is not None:
        return _known_held(doc, gazetteer, keys)
    toks = doc.tokens
    runs = _runs(doc)
    wanted: dict[str, list[tuple[int, int, str, str]]] = {}
    for i, tok in enumerate(toks):
        variants = word_variants(tok.text) if heads is None else [(p, w) for p, w, _, _ in _opening(tok.text, gazetteer)]
        for prefix, w in variants:
            key = w
            for n in range(1, runs[i] + 1):
                if n > 1:
                    key = f"{key} {toks[i + n - 1].text}"
                for k in lookup_keys(key):
                    wanted.setdefault(k, []).append((i, n, prefix, key))
    found = gazetteer.known(wanted) if gazetteer is not None else set()
    out = KnownNames()
    for k, readings in wanted.items():
        if k in found:
            for i, n, prefix, key in readings:
                _note(out, (i, n, prefix), key, k == key)
    return out


def _note(out: KnownNames, at: tuple[int, int, str], key: str, exact: bool) -> None:
    """Keep the first reading found at ``at``, unless a later one is exact and it is not."""
    old = out.get(at)
    if old is None or (exact and not old[1]):
        out[at] = (key, exact)


def _known_held(doc: Document, gazetteer: Any, keys: Mapping[str, object]) -> KnownNames:
    """:func:`known_names` with the gazetteer's keys in memory: each n-gram's three keys
    (:func:`lookup_keys`) grown a word at a time (tokens hold no spaces); a word's own
    look-ups are kept with its readings (:func:`_opening_held`), across documents (#14)."""
    toks, text, texts = doc.tokens, doc.text, doc.texts
    last = len(texts) - 1
    out = KnownNames()
    readings = _readings_held(gazetteer, texts)
    for i in compress(count(), readings):  # only the tokens with some reading: no Python step for the others (#14)
        for prefix, w, one, article in readings[i]:
            if one is not None:  # one word: as written (exact) or without its article
                _note(out, (i, 1, prefix), w, one)
            # how many words are joined from token i on: counted only for the few names that may
            # grow with the next word (not for every token, #14)
            if i == last or not _grows(w, article, texts[i + 1], gazetteer) or (run := _run(toks, text, i)) == 1:
                continue
            key = joint = w
            for n, t in enumerate(texts[i + 1:i + run], 2):
                key, joint = key + " " + t, joint + t
                if key in keys:
                    _note(out, (i, n, prefix), key, True)
                if article and key[_ART:] in keys:  # strip_article of a key of two words or more
                    _note(out, (i, n, prefix), key, False)
                if joint in keys:
                    _note(out, (i, n, prefix), key, False)
    return out


#: the most words whose readings :func:`_held` keeps for one gazetteer
_HELD = 65536


def _readings_held(gazetteer: Any, texts: list[str]) -> list[tuple[tuple[str, str, bool | None, bool], ...]]:
    """The readings of each of ``texts`` (:func:`_opening_held`), from those kept for the gazetteer: one
    ``dict.get`` a token, in C code, where a cached call of two arguments was (#14)."""
    held = _held(gazetteer)
    out = list(map(held.get, texts))
    if None in out:  # words not met before
        for i, variants in enumerate(out):
            if variants is None:
                word = texts[i]
                found = held.get(word)  # met earlier in the same list
                if found is None:
                    if len(held) >= _HELD:
                        held.clear()  # bounded, as the cache it stands before
                    found = held[word] = _opening_held(word, gazetteer)
                out[i] = found
    return out  # type: ignore[return-value]


@functools.lru_cache(maxsize=2)
def _held(gazetteer: Any) -> dict[str, tuple[tuple[str, str, bool | None, bool], ...]]:
    """Per gazetteer, the readings of the words asked about (:func:`_opening_held`), by word: one
    ``dict.get`` per token of a document where a cached call of two arguments was (#14)."""
    return {}


@functools.lru_cache(maxsize=32768)
def _grows(w: str, article: bool, second: str, gazetteer: Any) -> bool:
    """Whether some key begins with ``w`` and the next word ``second`` (spaced, spaced without
    the article, or joined): else none of the longer readings from ``w`` is looked up (#14)."""
    ordered = _sorted(gazetteer)
    starts = (w + " " + second, w + second, w[_ART:] + " " + second) if article else (w + " " + second, w + second)
    for start in starts:
        at = bisect.bisect_left(ordered, start)
        if at < len(ordered) and ordered[at].startswith(start):
            return True
    return False


@functools.lru_cache(maxsize=2)
def _sorted(gazetteer: Any) -> tuple[str, ...]:
    """The gazetteer's keys in order, once per gazetteer (a key begins with some string when the first
    key not before that string does); a tuple of strings, which the garbage collector stops
    tracking, so that no collection walks its 160,000 items again (a list it walks every time)."""
    return tuple(sorted(gazetteer.name_keys))


@functools.lru_cache(maxsize=65536)
def _opening_held(word: str, gazetteer: Any) -> tuple[tuple[str, str, bool | None, bool], ...]:
    """:func:`_opening` with the word's own look-up in the gazetteer's ``name_keys``: (prefix, stem, True when the stem is
    a key, False when only the stem without its article is, else None, whether a longer key loses it)."""
    keys = gazetteer.name_keys
    return tuple((p, w, True if w in keys else False if bare != w and bare in keys else None, article)
                 for p, w, bare, article in _opening(word, gazetteer))


def _joined(toks: tuple[Token, ...], text: str, k: int) -> bool:
    """Token k and the next stand in one sentence with one space between them."""
    if k + 1 >= len(toks):
        return False
    _, end, _, sentence = toks[k]  # tokens are named tuples: unpacked, not read by name
    start, _, _, after = toks[k + 1]
    return start == end + 1 and after == sentence and text[end] == " "


def _run(toks: tuple[Token, ...], text: str, i: int) -> int:
    """``_runs(doc)[i]``, for one token: how many tokens from token i on are joined (at most
    :data:`MAX_WORDS`). Most tokens open no name that goes on: their runs are never counted (#14)."""
    n = 1
    while n < MAX_WORDS and _joined(toks, text, i + n - 1):
        n += 1
    return n


def _runs(doc: Document) -> list[int]:
    """For each token, how many tokens from it on are :func:`joined` (at most :data:`MAX_WORDS`)."""
    toks, text = doc.tokens, doc.text
    runs = [1] * len(toks)
    run = 1  # runs[k + 1]
    for k in range(len(toks) - 2, -1, -1):
        _, end, _, sentence = toks[k]  # tokens are named tuples: unpacked, not read by name
        start, _, _, after = toks[k + 1]
        if start == end + 1 and after == sentence and text[end] == " ":  # one space between them
            run = run + 1 if run < MAX_WORDS else MAX_WORDS
            runs[k] = run
        else:
            run = 1
    return runs


@functools.lru_cache(maxsize=65536)
def _opening(word: str, gazetteer: Any) -> tuple[tuple[str, str, str, bool], ...]:
    """The readings of ``word`` (:func:`word_variants`) that open some name of the gazetteer
    (its ``first_words``; the look-ups are kept per gazetteer, not per set of words: a
    gazetteer's sets of keys are dicts, which no cache can be keyed on):
    (prefix, stem, the stem without its article, whether a longer key loses its article)."""
    heads = gazetteer.first_words
    return tuple((p, w, strip_article(w), w.startswith(ARTICLE)) for p, w in word_variants(word)
                 if w in heads or strip_article(w) in heads)


class KnownNames(dict[tuple[int, int, str], tuple[str, bool]]):
    """(token, length, prefix) -> (key, exact), with the best reading per token precomputed."""

    @functools.cached_property
    def best(self) -> dict[int, tuple[int, str, str, bool]]:
        order = _PREFIX_ORDER
        out: dict[int, tuple[int, str, str, bool]] = {}
        for (i, n, prefix), (key, exact) in self.items():
            old = out.get(i)  # longer first, then the shorter prefix: no tuples made to compare (#14)
            if old is None or n > old[0] or n == old[0] and order.get(prefix, 99) < order.get(old[1], 99):
                out[i] = (n, prefix, key, exact)
        return out


#: the proclitics in the order :attr:`KnownNames.best` prefers them (none first)
_PREFIX_ORDER = {p: r for r, p in enumerate(("",) + NAME_PREFIXES)}


def known_upto(known: dict[tuple[int, int, str], tuple[str, bool]], i: int,
               longest: int) -> tuple[int, str, str, bool] | None:
    """The longest known name at token i of at most ``longest`` words."""
    for n in range(longest, 0, -1):
        for prefix in ("",) + NAME_PREFIXES:
            hit = known.get((i, n, prefix))
            if hit is not None:
                return n, prefix, hit[0], hit[1]
    return None


def best_known(known: dict[tuple[int, int, str], tuple[str, bool]], i: int) -> tuple[int, str, str, bool] | None:
    """The longest known name at token i: (length, prefix, key, exact); shortest prefix first."""
    if isinstance(known, KnownNames):
        return known.best.get(i)
    return known_upto(known, i, MAX_WORDS)
