"""Place vocabulary and gazetteer lookups used while recognising place mentions.

:mod:`waqia.stages.places.stage` reads phrases with these helpers: the place words, cues,
adjectives and organisation words found in a document (``lang/ar/place_*.tsv``),
and the n-grams the gazetteer knows (one batched query per document).

>>> lookup_keys("كفر نبوده")
('كفر نبوده', 'كفرنبوده')
>>> lookup_keys("الرقه")
('الرقه', 'رقه')
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document, Token
from waqia.core.lexicon import longest
from waqia.core.morphology import AND, ARTICLE, AT, CONJUNCTIONS, LAM, NAME_PREFIXES, has_article
from waqia.core.normalize import key as norm_key
from waqia.core.wordlist import buckets, zipf_of
from waqia.geo.build.writer import strip_article
from waqia.output import Location
from waqia.stages.places.known import (  # noqa: F401  (the known names were read here before #14)
    MAX_WORDS,
    KnownNames,
    best_known,
    known_names,
    known_upto,
    lookup_keys,
    word_variants,
)

if TYPE_CHECKING:
    from waqia.core.context import Context

#: Zipf frequency from which a word is common (about once in 1,000 words per million)
#: and from which it is very common: such a name needs more evidence to be a place.
COMMON, VERY_COMMON = 3.0, 4.0
#: wordfreq's frequency buckets are centibels: bucket 600 is Zipf 3.0 (= COMMON)
_LAST_BUCKET = 600
SEPARATOR = re.compile(r"""^[\s،,()\[\]"']*$""")


@dataclass(frozen=True)
class Place:
    """A place mention at normalised ``[start, end)`` (the name only, without
    preposition or kind word) and its resolved :class:`Location`.

    ``kind`` is the place word before it when there is one (``town``,
    ``countryside``, ``axis`` ...); ``context`` true for places that are only
    background (where a statement was issued, where a group is based).
    ``preposition`` is the cue before it (``في``, ``ب``, ``من`` ...),
    ``container`` the index in the layer of the place it lies in («X بريف Y»).
    ``level`` what the name denotes: ``country``, ``admin1``, ``admin2``,
    ``admin3``, ``locality``, ``neighbourhood``, ``feature``, or ``region`` for a
    part of a province («ريف إدلب الجنوبي», «محور X»); a country named with a
    direction («وسط اليمن») stays ``country``.  None when nothing tells.
    """

    start: int
    end: int
    location: Location
    kind: str | None = None
    context: bool = False
    sentence: int = 0
    preposition: str | None = None
    known: bool = False
    container: int | None = None
    level: str | None = None


@dataclass
class Mention:
    """A recognised name before resolution (mutable while recognising)."""

    first: int  # token indices [first, last]
    last: int
    start: int  # normalised offsets of the name
    end: int
    key: str
    sentence: int
    kind: str | None = None
    precision: int = 1
    preposition: str | None = None
    known: bool = False
    context: bool = False
    list_head: int | None = None
    container: int | None = None
    strong: bool = False  # introduced by a place word or a cue
    needs_support: bool = False  # a small known place with a weak cue: kept only near the article's places
    coordinated: bool = False  # its cue or name carries the conjunction («وفي X», «وبX»)
    country: str | None = None  # told by a country's adjective after it («رفح المصرية»)
    stem: str | None = None  # a known first word the unknown name goes on from («طوز خرماتو»)
    named_after: str | None = None  # works named after a known place («صوامع تل أبيض», «سد الموصل»)
    short: str | None = None  # the known name without its last word, an adjective («الناقورة الجنوبية»)
    directed: bool = False  # read after a direction, then a place word («شرقي مدينة X»)
    bare: bool = False  # an unknown name read bare after «في» («في كانداجي»): the article places it


@dataclass
class Words:
    """The place vocabulary found in one document, indexed by token."""

    words: dict[int, tuple[int, Any]]  # token -> (last token, entry) for place words
    cues: dict[int, tuple[int, Any]]
    adjectives: dict[int, tuple[int, Any]]
    context: dict[int, tuple[int, Any]]
    stop: dict[str, str]  # key -> level
    openers: set[str]
    other: set[int] = field(default_factory=set)  # tokens inside other concepts' matches
    named: dict[str, tuple[str, str]] = field(default_factory=dict)  # «وبشارع» -> («وب», «شارع»)
    continuing: frozenset[str] = frozenset()  # stop words that may still be a name's second word
    generic: frozenset[str] = frozenset()  # openers that are nouns for a kind of place («سوق», «وادي»)
    opening: frozenset[str] = frozenset()  # words as written that open a street's name or a generic one
    nisba: dict[int, tuple[int, Any]] = field(default_factory=dict)  # a country's adjective («المصرية»)
    attacks: frozenset[int] = frozenset()  # last tokens of words that report an event («غارة», «هجوم»)
    violent: frozenset[int] = frozenset()  # last tokens of verbs of violence («استهدفت», «هاجموا»)
    victims: frozenset[int] = frozenset()  # last tokens of nouns that name the dead or hurt («القتيلين», «الجرحى»)

    @functools.cached_property
    def cue_ending(self) -> dict[int, tuple[int, Any]]:
        """Last token of a cue -> (its first token, match)."""
        return {last: (first, m) for first, (last, m) in self.cues.items()}


def _index(doc: Document, concept: str, by_start: dict[int, int], ends: list[int]) -> dict[int, tuple[int, Any]]:
    out: dict[int, tuple[int, Any]] = {}
    found = doc.matches_of(concept)
    for m in longest(found) if len(found) > 1 else found:  # none or one: nothing overlaps
        first = by_start.get(m.word_start)
        if first is None:
            continue
        last = bisect.bisect_left(ends, m.end)
        out[first] = (min(last, len(ends) - 1), m)
    return out


@functools.lru_cache(maxsize=4)
def _word_lists(lexicon: Any) -> tuple[dict[str, str], set[str], dict[str, tuple[str, str]], frozenset[str],
                                        frozenset[str]]:
    """Per lexicon, once: stop words with their level, name openers, every proclitic
    form of the street words («وبشارع» -> («وب», «شارع»)) and the stop words that may
    continue a name («عيتا الشعب»)."""
    # a country's adjective (place_nisba.tsv) is never a name by itself; place_stop.tsv may say more of it
    stop = {e.key: "always" for e in lexicon.concept("place_nisba")}
    stop.update({e.key: e.get("level", "always") for e in lexicon.concept("place_stop")})
    continuing = frozenset(e.key for e in lexicon.concept("place_stop") if e.get("continues") == "yes")
    openers = {e.key for e in lexicon.concept("place_openers")}
    generic = frozenset(e.key for e in lexicon.concept("place_openers") if e.get("cue") in ("yes", "name"))
    named: dict[str, tuple[str, str]] = {}
    for e in lexicon.concept("place_named"):
        for p in ("", AT, AND + AT, *CONJUNCTIONS):
            named[p + e.key] = (p, e.key)
    return stop, openers, named, continuing, generic


@functools.lru_cache(maxsize=4)
def land_nouns(lexicon: Any) -> frozenset[str]:
    """Per lexicon, once: the nouns of the land («جبل», «وادي», «تل»; place_openers.tsv cue
    ``name``) that make a name of any definite word after them («في جبل الزاوية»)."""
    return frozenset(e.key for e in lexicon.concept("place_openers") if e.get("cue") == "name")


@functools.lru_cache(maxsize=4)
def works_nouns(lexicon: Any) -> frozenset[str]:
    """Per lexicon, once: the nouns of works named after a town or a river («سد», «حقل», «جسر»;
    place_openers.tsv ``works``): «سد الموصل» is the dam, not the city."""
    return frozenset(e.key for e in lexicon.concept("place_openers") if e.get("works") == "yes")


@functools.lru_cache(maxsize=4)
def _opening_forms(lexicon: Any) -> frozenset[str]:
    """Per lexicon, once: every word as written that is a street word with its proclitics
    (``Words.named``) or has a reading (:func:`generic_reading`) that is a noun for a kind
    of place: a proclitic chain, then the noun (an alif dropped after «ل»: «للوادي»)."""
    _, _, named, _, generic = _word_lists(lexicon)
    forms = {p + g for p in ("", *NAME_PREFIXES) for g in generic}
    forms |= {p + g[1:] for p in NAME_PREFIXES if p.endswith(LAM) for g in generic if g.startswith(ARTICLE)}
    return frozenset(named) | frozenset(f for f in forms if generic_reading(f, generic)[1])


@functools.lru_cache(maxsize=4)
def name_words(lexicon: Any) -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Per lexicon, once: the links and openers of a person's name (person_names.tsv), and the
    cues of a direction of movement (place_cues.tsv role ``toward``), as written."""
    links = frozenset(e.key for e in lexicon.concept("person_names") if e.get("role") == "link")
    openers = tuple(e.key for e in lexicon.concept("person_names") if e.get("role") == "opener")
    toward = frozenset(e.form for e in lexicon.concept("place_cues") if e.get("role") == "toward")
    return links, openers, toward


@functools.lru_cache(maxsize=8)
def cue_forms(lexicon: Any, role: str) -> frozenset[str]:
    """Per lexicon and role, once: the place cues (place_cues.tsv) of that role, as written."""
    return frozenset(e.form for e in lexicon.concept("place_cues") if e.get("role") == role)


def vocabulary(doc: Document, ctx: Context) -> Words:
    by_start = {t.start: i for i, t in enumerate(doc.tokens)}
    ends = doc.token_ends  # kept by the document (read-only here): no list made again (#14)
    stop, openers, named, continuing, generic = _word_lists(ctx.lexicon)
    opening = _opening_forms(ctx.lexicon)
    # tokens where another concept's match begins: one pass over the matches, each start once (#14)
    starts = {m.word_start for c in doc.concepts() if not c.startswith("place_") for m in doc.matches_of(c)}
    other = {by_start[s] for s in starts if s in by_start}
    return Words(_index(doc, "place_words", by_start, ends), _index(doc, "place_cues", by_start, ends),
                  _index(doc, "place_adjectives", by_start, ends), _index(doc, "place_context", by_start, ends),
                  stop, openers, other, named, continuing, generic, opening,
                  _index(doc, "place_nisba", by_start, ends),
                  frozenset(last for last, _ in _index(doc, "event_triggers", by_start, ends).values()),
                  frozenset(last for last, m in _index(doc, "violence_verbs", by_start, ends).values()
                            if m.entry.get("type") == "verb"),
                  frozenset(last for last, m in _index(doc, "casualty_terms", by_start, ends).values()
                            if m.entry.get("role") == "victim"))


@functools.lru_cache(maxsize=1)
def _common_words() -> dict[str, float]:
    """Every Arabic word of Zipf frequency 3.0 or more, in matching form, with its
    frequency: read once from the word list the wordfreq package installs with itself
    (no network; its lists are CC BY-SA 4.0 and are used, not redistributed: see NOTICE).

    The list is read bucket by bucket and left once the last common bucket is read, so
    the rest of it (about a million rarer words) is never held: ``wordfreq``'s own
    ``get_frequency_list`` would keep all of it for the life of the process (#14).
    """
    arabic = re.compile("[\u0621-\u064a]+")
    out: dict[str, float] = {}
    for i, words in buckets("ar", last=_LAST_BUCKET):
        for word in words:
            if arabic.fullmatch(word):
                out.setdefault(norm_key(word), zipf_of(i))
    return out


@functools.lru_cache(maxsize=65536)  # the same names in every article (#14)
def commonness(key: str) -> float:
    """How common a name is as a word of running text (Zipf frequency; 0 for rare words).

    A name of several words counts one less than its rarest word.

    >>> commonness("سراقب") < COMMON <= VERY_COMMON <= commonness("كانت")
    True
    """
    words = _common_words()
    zs = [words.get(w) or words.get(strip_article(w), 0.0) for w in key.split(" ")]
    return min(zs) - (1.0 if len(zs) > 1 else 0.0)


def spelt_otherwise(doc: Document, words: Words, k: int) -> bool:
    """The cue at token ``k`` is read only through the normalised spelling: the text ends the word otherwise
    than the word list writes it («علي», a first name, is the cue «على» once ى is read as ي)."""
    hit = words.cues.get(k)
    tok = doc.tokens[k]
    return hit is not None and doc.original_text(tok.start, tok.end)[-1:] != str(hit[1].entry.form)[-1:]


def joined(doc: Document, tokens: tuple[Token, ...], i: int, n: int) -> bool:
    """Tokens i..i+n-1 exist, are in one sentence and are separated by single spaces."""
    if i + n > len(tokens):
        return False
    for k in range(i, i + n - 1):
        if tokens[k + 1].sentence != tokens[i].sentence or doc.text[tokens[k].end:tokens[k + 1].start] != " ":
            return False
    return True


@functools.lru_cache(maxsize=65536)
def generic_reading(word: str, generic: frozenset[str]) -> tuple[str, str]:
    """(prefix, stem) of the first reading of ``word`` (:func:`word_variants`) whose stem is
    a noun for a kind of place in ``generic`` («وبوادي» -> («وب», «وادي»)); else ("", "")."""
    return next(((p, w) for p, w in word_variants(word) if w in generic), ("", ""))


def part_of_named(doc: Document, tokens: tuple[Token, ...], words: Words, i: int) -> bool:
    """«في أزقة المخيم», «في حواري البلدة»: token i stands in construct with a place word that carries the article
    (the place named before), so it names a part of that place, not a place of its own."""
    word = words.words.get(i + 1)
    return word is not None and has_article(str(word[1].prefix)) and joined(doc, tokens, i, 2)
