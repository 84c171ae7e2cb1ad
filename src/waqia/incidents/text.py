"""The text evidence that two articles report one event: content words, copied passages
and the weekdays a lead names.  Pure functions over an article's text; the store keeps their
results per document (``documents.fingerprint``, ``documents.shingles``) and
:mod:`waqia.incidents.evidence` weighs them.  See ``docs/incidents.md``.

The content words are the article's words less a fixed list of the words of any Arabic prose and
of every conflict report (``lang/ar/tables/text_stopwords.tsv``).  The list is the linker's own:
the reading lexicon (``lang/ar/*.tsv``) may change without moving the text evidence.
"""

from __future__ import annotations

import csv
import io
import re
import zlib
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from waqia.core.lexicon import default_lexicon
from waqia.core.morphology import PREFIXES
from waqia.core.normalize import key
from waqia.incidents.rarity import UNKNOWN, word_rarity

if TYPE_CHECKING:
    from waqia.incidents.members import Member

#: the version of :func:`text_words` and :func:`text_counts`: fingerprints stored under another
#: version are not compared
TEXT_VERSION = 4
#: words per shingle; shingle share (of the shorter text) of a copied passage
SHINGLE_WORDS, COPY_SHARE = 3, 0.2
#: content words are at least this long once proclitics are stripped
MIN_WORD = 3
#: cosine of the content words (log-scaled counts times rarity) at which text evidence starts, and
#: the span over which it grows to TEXT_MAX
TEXT_FROM, TEXT_SPAN, TEXT_MAX = 0.12, 0.17, 4.0
#: fewer shared content words than this are no text evidence, however short the texts (two
#: notes of a few words that share a place name are not one story)
TEXT_MIN_SHARED = 5
#: the lead of an article (matching-form characters), where it names the weekday of its event
LEAD_CHARS = 300
#: a dateline («القاهرة - », «غزة (الأناضول) -») ends this early, after at most DATELINE_WORDS words
DATELINE_CHARS, DATELINE_WORDS = 50, 3
_DATELINE_END = re.compile(r"[-–—:/(]")
_LETTERS = re.compile(r"[^\W\d_]+")
_PREFIXES = sorted((p for p in PREFIXES if p), key=len, reverse=True)


def _words(text: str | None) -> list[str]:
    return re.findall(r"\w+", key(text or ""))


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The words the text evidence leaves out (matching form), from ``text_stopwords.tsv``.

    >>> "قوات" in stopwords() and "مصدر" in stopwords() and "مدرسه" not in stopwords()
    True
    """
    body = resources.files("waqia.lang.ar.tables").joinpath("text_stopwords.tsv").read_text(encoding="utf-8")
    lines = [line for line in body.splitlines() if line and not line.startswith("#")]
    return frozenset(key(row["form"]) for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                                                                 quoting=csv.QUOTE_NONE))


def readings(word: str) -> list[str]:
    """A word (matching form) as written, then without each proclitic (longest first) that leaves 2 letters.

    >>> readings("والسوق")
    ['والسوق', 'سوق', 'السوق']
    """
    return [word, *(word[len(p):] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= 2)]


def content_word(word: str) -> str | None:
    """A word (matching form) as the text evidence counts it: proclitics stripped (the longest
    that leaves 3 letters), or None for a stop word (with or without proclitics), a word with
    digits, or one shorter than :data:`MIN_WORD`.

    >>> content_word("والمدرسه"), content_word("بالقوات"), content_word("وفي"), content_word("2020")
    ('مدرسه', None, None, None)
    """
    if any(ch.isdigit() for ch in word):
        return None
    forms = readings(word)
    stop = stopwords()
    if any(f in stop for f in forms):
        return None
    stem = next((f for f in forms[1:] if len(f) >= 3), word)
    return stem if len(stem) >= MIN_WORD else None


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
    """Hashes of an article's content words (:func:`content_word`): what is left when the words
    of any report («انفجار», «مصدر», «قوات», «في») are taken out.

    >>> text_words("والمدرسة المدرسة بالمدرسة") == text_words("مدرسة")
    True
    >>> text_words("في 2020 من"), len(text_words("reported heavy shelling"))
    (frozenset(), 3)
    """
    stems = (content_word(w) for w in _words(text))
    return frozenset(_hash(s) for s in stems if s)


def text_counts(text: str | None) -> dict[int, int]:
    """How often each content word (:func:`text_words`, by hash) occurs in an article: the words
    of its event come back (the airport, the market), the words of its background once.

    >>> sorted(text_counts("المدرسة والمدرسة سوق").values()), text_counts(None)
    ([1, 2], {})
    """
    stems = (content_word(w) for w in _words(text))
    return dict(Counter(_hash(s) for s in stems if s))


def text_rarity(text: str | None) -> dict[int, float]:
    """How rare each content word (:func:`text_words`, by hash) is in Arabic at large
    (:func:`waqia.incidents.rarity.rarity`, ``9 - Zipf``): that of its most common reading
    (:func:`readings`) wherever the article writes it.  The text cosine weighs each word by it.

    >>> r = text_rarity("فندق والفندق في زقزوقية")
    >>> r[_hash("فندق")] < 5 < r[_hash("زقزوقيه")] == 9.0, text_rarity(None)
    (True, {})
    """
    out: dict[int, float] = {}
    for w in _words(text):
        stem = content_word(w)
        if stem:
            h = _hash(stem)
            out[h] = min(out.get(h, UNKNOWN), word_rarity(readings(w)))
    return out


def text_cosine(a: Member, b: Member, shared: frozenset[int] | None = None) -> float:
    """The cosine of two articles' content words, each weighted ``1 + ln(count)``
    (:func:`~waqia.incidents.members.count_weight`; a word without a known count counts once)
    times its rarity in Arabic at large (:func:`text_rarity`; 1 when unknown):
    :attr:`~waqia.incidents.members.Member.weights`.
    ``shared``: ``a.words & b.words`` when the caller has it.

    >>> from waqia.incidents.members import Member
    >>> a = Member("a", {}, words=frozenset({1, 2}), counts={1: 3, 2: 1})
    >>> round(text_cosine(a, a), 6), text_cosine(a, Member("b", {}, words=frozenset({3})))
    (1.0, 0.0)
    """
    shared = a.words & b.words if shared is None else shared
    if not shared:
        return 0.0
    wa, wb = a.weights, b.weights
    dot = float(len(shared))  # every shared word weighs 1 x 1, but those weighted (repeated, rare):
    for h in shared & (wa.keys() | wb.keys()):
        dot += wa.get(h, 1.0) * wb.get(h, 1.0) - 1.0
    return dot / (a.text_norm * b.text_norm)


@lru_cache(maxsize=8192)
def _place_words(names: tuple[str, ...]) -> frozenset[int]:
    stems = (content_word(w) for name in names for w in _words(name))
    return frozenset(_hash(s) for s in stems if s)


def place_words(names: Iterable[str | None]) -> frozenset[int]:
    """Hashes of the content words (:func:`content_word`) of place names as an article writes them.

    >>> place_words(["مخيم الهول", None]) == place_words(["الهول"]) | place_words(["مخيم"])
    True
    """
    return _place_words(tuple(n for n in names if isinstance(n, str)))


def text_weight(a: Member, b: Member) -> float:
    """Text evidence from 0 to :data:`TEXT_MAX`: the cosine of the content words
    (:func:`text_cosine`), 0 below :data:`TEXT_FROM`, growing linearly to the maximum over
    :data:`TEXT_SPAN`; a copied passage (shingle share of :data:`COPY_SHARE`) gives the maximum.
    0 when a text is unknown or when the texts share fewer than :data:`TEXT_MIN_SHARED` content
    words.  The words of the place names both events give (:func:`place_words`) are left out of
    the cosine's shared words: the ``place`` feature weighs that place already, and two reports of
    different events in one city repeat its name as much as two reports of one event."""
    shared = a.words & b.words
    if len(shared) < TEXT_MIN_SHARED:
        return 0.0
    if a.shingles and b.shingles:
        share = len(a.shingles & b.shingles) / min(len(a.shingles), len(b.shingles))
        if share >= COPY_SHARE:
            return TEXT_MAX
    named = place_words(x.get("text") for x in a.places) & place_words(x.get("text") for x in b.places)
    cosine = text_cosine(a, b, shared - named) if shared - named else 0.0
    return round(max(0.0, min(1.0, (cosine - TEXT_FROM) / TEXT_SPAN)) * TEXT_MAX, 2)


def dateline(text: str | None) -> tuple[int, int] | None:
    """``(start, end)`` of an article's opening dateline in the original text: a place (and perhaps
    a date) before the first dash, colon, slash or parenthesis, at most :data:`DATELINE_WORDS` words
    in the first :data:`DATELINE_CHARS` characters.  A dateline names where the report was written,
    not where the event happened.  None without one.

    >>> dateline("بيروت - قتل ثلاثة في غارة"), dateline("غزة (الأناضول) - قصف"), dateline("قتل ثلاثة في غارة")
    ((0, 6), (0, 4), None)
    """
    head = (text or "")[:DATELINE_CHARS]
    sep = _DATELINE_END.search(head)
    if sep is None:
        return None
    words = list(_LETTERS.finditer(head[:sep.start()]))
    if not words or len(words) > DATELINE_WORDS or any(p in head[:sep.start()] for p in "،,.؛"):
        return None
    return words[0].start(), sep.start()


def lead_weekdays(text: str | None) -> frozenset[int]:
    """Weekdays (0 = Monday) named in an article's lead: news leads name the day of the event.

    >>> sorted(lead_weekdays("قتل ثلاثة في هجوم يوم الثلاثاء")), lead_weekdays(None)
    ([1], frozenset())
    """
    lead = key(text or "")[:LEAD_CHARS]
    return frozenset(int(m.entry.get("weekday")) for m in default_lexicon().scan(lead)
                     if m.concept == "weekdays" and m.entry.get("weekday").isdigit())
