"""The text evidence that two articles report one event: distinctive words, copied passages
and the weekdays a lead names.  Pure functions over an article's text; the store keeps their
results per document (``documents.fingerprint``, ``documents.shingles``) and
:mod:`waqia.incidents.evidence` weighs them.  See ``docs/incidents.md``."""

from __future__ import annotations

import re
import zlib
from typing import TYPE_CHECKING

from waqia.core.lexicon import PREFIXES, default_lexicon
from waqia.core.normalize import key

if TYPE_CHECKING:
    from waqia.incidents.members import Member

#: words per shingle; shingle share (of the shorter text) of a copied passage
SHINGLE_WORDS, COPY_SHARE = 3, 0.2
#: content words are at least this long once proclitics are stripped
MIN_WORD = 4
#: lexicon concepts whose words still tell one event from another (names of places and days)
TEXT_CONCEPTS = frozenset({"place_named", "weekdays", "months"})
#: word-set Jaccard at which text evidence starts, and the span over which it grows to TEXT_MAX
TEXT_FROM, TEXT_SPAN, TEXT_MAX = 0.03, 0.15, 4.0
#: the lead of an article (matching-form characters), where it names the weekday of its event
LEAD_CHARS = 300
_PREFIXES = sorted((p for p in PREFIXES if p), key=len, reverse=True)


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", key(text or ""))


def _stem(word: str) -> str:
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            return word[len(p):]
    return word


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def text_shingles(text: str | None) -> frozenset[int]:
    """Hashes of the overlapping word triples of an article (copied passages show in them).

    >>> text_shingles("قُتل ٤ جنود في قصف") == text_shingles("قتل 4 جنود في  قصف")
    True
    >>> len(text_shingles("a b c d")), text_shingles(None)
    (2, frozenset())
    """
    words = _words(text)
    grams = (" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(_hash(g) for g in grams)


def text_words(text: str | None) -> frozenset[int]:
    """Hashes of an article's distinctive words: proclitics stripped, at least :data:`MIN_WORD`
    letters, no digits, and none of the genre's own vocabulary (a word inside a lexicon match of
    any concept but :data:`TEXT_CONCEPTS`: «انفجار», «مصدر أمني» are in every report).

    >>> text_words("والمدينة المدينة بالمدينة") == text_words("مدينة")
    True
    >>> text_words("في 2020 من"), len(text_words("reported heavy shelling"))
    (frozenset(), 3)
    """
    norm = key(text or "")
    covered: set[int] = set()
    for m in default_lexicon().scan(norm):
        if m.concept not in TEXT_CONCEPTS:
            covered.update(range(m.word_start, m.end))
    stems = (_stem(w.group()) for w in re.finditer(r"\w+", norm) if w.start() not in covered)
    return frozenset(_hash(s) for s in stems if len(s) >= MIN_WORD and not s.isdigit())


def text_weight(a: Member, b: Member) -> float:
    """Text evidence from 0 to :data:`TEXT_MAX`: the Jaccard similarity of the content words,
    0 below :data:`TEXT_FROM`, growing linearly to the maximum over :data:`TEXT_SPAN`; a copied
    passage (shingle share of :data:`COPY_SHARE`) gives the maximum.  0 when a text is unknown."""
    if not a.words or not b.words:
        return 0.0
    if a.shingles and b.shingles:
        share = len(a.shingles & b.shingles) / min(len(a.shingles), len(b.shingles))
        if share >= COPY_SHARE:
            return TEXT_MAX
    jaccard = len(a.words & b.words) / len(a.words | b.words)
    return round(max(0.0, min(1.0, (jaccard - TEXT_FROM) / TEXT_SPAN)) * TEXT_MAX, 2)


def lead_weekdays(text: str | None) -> frozenset[int]:
    """Weekdays (0 = Monday) named in an article's lead: news leads name the day of the event.

    >>> sorted(lead_weekdays("قتل ثلاثة في هجوم يوم الثلاثاء")), lead_weekdays(None)
    ([1], frozenset())
    """
    lead = key(text or "")[:LEAD_CHARS]
    return frozenset(int(m.entry.get("weekday")) for m in default_lexicon().scan(lead)
                     if m.concept == "weekdays" and m.entry.get("weekday").isdigit())
