"""Language data: loading the TSV lexicons and matching them through clitics.

Every word list lives in ``waqia/lang/ar/<concept>.tsv`` (see
``docs/lexicons.md`` for the template).  All entries of all concepts go into
one Aho-Corasick automaton, so an article is scanned once.

A match is accepted only on word boundaries, seeing through the proclitics
Arabic attaches to a word: the conjunctions و ف, the prepositions ب ل ك, the
article ال and their combinations (وبال، فلل، لل ...).  An entry written
with a final ``*`` is a stem and may be followed by any ending.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from operator import itemgetter, le, lt, sub
from typing import NamedTuple

import ahocorasick

from waqia.core.morphology import (
    ARTICLE,
    INFLECTIONS,
    LAM,
    LAM_PREFIXES,
    PREFIXES,
    VERB_PLURAL,
    VERB_PREFIXES,
    definite,
    inflect,
)
from waqia.core.normalize import key as norm_key
from waqia.errors import LexiconError

DATA_PACKAGE = "waqia.lang.ar"

@dataclass(frozen=True, eq=False)
class Entry:
    """One line of a lexicon file."""

    concept: str
    form: str
    key: str
    stem: bool
    attrs: dict[str, str] = field(default_factory=dict)
    line: int = 0

    def get(self, name: str, default: str = "") -> str:
        return self.attrs.get(name) or default

    @property
    def clitics(self) -> bool:
        return "noclitic" not in self.get("flags")

    @property
    def verbal(self) -> bool:
        """A verb takes the conjunctions only, never the article or a preposition («البث» is no «بث»)."""
        return self.get("inflect") == "verb"


class Match(NamedTuple):
    """An entry found in the matching form at ``[start, end)``.

    ``prefix`` is the proclitic chain before it inside the same word, and
    ``word_start`` where that word begins (``start - len(prefix)``).
    ``concept`` is the entry's file.  Both are kept on the match, not
    computed: stages read them many times per article.
    """

    start: int
    end: int
    entry: Entry
    prefix: str
    concept: str
    word_start: int


_new_match = tuple.__new__


class Lexicon:
    """All language data of one language, with a single scanner."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries: list[Entry] = list(entries)
        self.by_concept: dict[str, list[Entry]] = {}
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        table: dict[str, list[tuple[Entry, bool]]] = {}
        for e in self.entries:
            self.by_concept.setdefault(e.concept, []).append(e)
            if "noscan" in e.get("flags"):
                continue  # looked up by word, not searched for
            table.setdefault(e.key, []).append((e, False))
            if e.clitics and definite(e.key):
                table.setdefault(LAM + e.key[len(ARTICLE):], []).append((e, True))
        #: per automaton key (its id), the entries it holds and whether each is the elided form
        self._values: list[tuple[tuple[Entry, bool], ...]] = []
        for k, values in table.items():
            if len(k) > _LENGTH_MASK:
                raise LexiconError(f"{values[0][0].concept}.tsv:{values[0][0].line}: a key of more than {_LENGTH_MASK} characters")
            # the automaton stores a plain integer per key (no object to fetch per hit, #14):
            # its id, its length, whether one of its entries is a stem, and whether its first and
            # its last characters are word characters (read here once, not in the text per hit)
            stems = any(e.stem for e, _ in values)
            automaton.add_word(k, (len(self._values) << _ID_SHIFT) | (len(k) << 1) | stems
                               | _FIRST_WORD * _is_word(k[0]) | _LAST_WORD * _is_word(k[-1]))
            self._values.append(tuple(values))
        #: which entries a hit takes, by key id and state (class of its chain, at a word end): filled on use
        self._memo: list[tuple[tuple[Entry, str], ...] | None] = [None] * (len(self._values) * _STATES)
        self._automaton = automaton
        self._empty = not table
        if table:
            automaton.make_automaton()

    def concept(self, name: str) -> list[Entry]:
        return self.by_concept.get(name, [])

    def scan(self, text: str, runs: tuple[Sequence[int], Sequence[int]] | None = None) -> list[Match]:
        """Every accepted match in ``text`` (a matching form), in text order.

        A hit inside a word is taken only after a proclitic chain; which
        entries a hit accepts depends only on what ``_accepted`` asks of that
        chain and on whether the hit ends a word, and is memoised per key and
        such state in one flat list (twice as many slots a key as there are
        classes of chains).  A hit inside a word is dropped before its chain is
        looked for when none of its key's entries is a stem (#14).

        ``runs``: the starts and the ends of the text's runs of word characters
        (``\\w+``, in order: a document's tokens); read from the text when not
        given.  Where words begin and end is looked up in them, not read from
        the text around each hit (#14).
        """
        out: list[Match] = []
        if self._empty:
            return out
        starts, ends = runs if runs is not None else _runs(text)
        word_starts, word_ends = set(starts), set(ends)
        append = out.append
        states = _CHAIN_STATE
        memo, values = self._memo, self._values
        for last, code in self._automaton.iter(text):
            end = last + 1
            if not code & _LAST_WORD or end in word_ends:
                state = 1  # the hit ends a word (``text[last]``, the key's last character, ends a run)
            elif code & 1:
                state = 0
            else:
                continue  # inside a word, and none of the key's entries is a stem: nobody's hit
            start = end - (code >> 1 & _LENGTH_MASK)
            if code & _FIRST_WORD and start not in word_starts:
                ws = starts[bisect_right(starts, start) - 1]  # where the word holding the hit begins
                if start - ws > _LONGEST_PREFIX:
                    continue  # longer than any proclitic chain: every entry refuses the hit
                prefix = text[ws:start]
                chain = states.get(prefix)
                if chain is None:
                    continue  # no proclitic chain: every entry refuses the hit
                state += chain
            else:
                prefix, ws = "", start
            slot = (code >> _ID_SHIFT) * _STATES + state
            accepted = memo[slot]
            if accepted is None:
                accepted = memo[slot] = _accepted(values[code >> _ID_SHIFT], prefix, state & 1 == 1)
            for entry, concept in accepted:
                append(_new_match(Match, (start, end, entry, prefix, concept, ws)))
        # by start, the longest first, ties in hit order: two stable sorts
        out.sort(key=_END, reverse=True)
        out.sort(key=_START)
        return out


def _runs(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the runs of word characters of ``text``."""
    spans = [m.span() for m in _WORD_RUN.finditer(text)]
    return [s for s, _ in spans], [e for _, e in spans]


_WORD_RUN = re.compile(r"\w+")
_START, _END = itemgetter(0), itemgetter(1)
#: every proclitic chain a match may follow inside its word, and the longest one's length
_CHAINS = PREFIXES | LAM_PREFIXES | VERB_PREFIXES
_LONGEST_PREFIX = max(map(len, _CHAINS))


def _chain_classes() -> dict[str, int]:
    """Each chain (and no chain, ``""``) -> the number of its class: chains that ``_accepted``
    cannot tell apart share one, so that a key's memo holds a few entries, not one per chain."""
    classes: dict[tuple[bool, ...], int] = {}
    return {chain: classes.setdefault((chain != "", chain in VERB_PREFIXES, chain in LAM_PREFIXES,
                                       chain in PREFIXES, chain.endswith(ARTICLE)), len(classes))
            for chain in sorted(_CHAINS | {""})}


_CHAIN_CLASS = _chain_classes()
#: each chain -> twice its class: a hit's memo key, plus one when the hit ends a word
_CHAIN_STATE = {chain: cls << 1 for chain, cls in _CHAIN_CLASS.items()}
#: how many states a hit may be in; an automaton value holds whether a key holds a stem in its
#: lowest bit, its length in the bits ``_LENGTH_MASK`` above, whether its first and its last
#: characters are word characters in the bits ``_FIRST_WORD`` and ``_LAST_WORD``, its id from
#: ``_ID_SHIFT`` up
_STATES = 2 * (max(_CHAIN_CLASS.values()) + 1)
_LENGTH_MASK = (1 << 12) - 1
_FIRST_WORD = 1 << 13
_LAST_WORD = 1 << 14
_ID_SHIFT = 15


def _is_word(c: str) -> bool:
    """What ``\\w`` matches."""
    return c.isalnum() or c == "_"


def _accepted(values: tuple[tuple[Entry, bool], ...], prefix: str, at_end: bool) -> tuple[tuple[Entry, str], ...]:
    """The entries of one automaton key that a hit after ``prefix`` takes, with their concepts."""
    out = []
    for entry, elided in values:
        if not entry.stem and not at_end:
            continue
        if prefix:
            if not entry.clitics or entry.verbal and prefix not in VERB_PREFIXES:
                continue
            if elided:
                if prefix not in LAM_PREFIXES:
                    continue
            elif prefix not in PREFIXES or (prefix.endswith(ARTICLE) and entry.key.startswith(ARTICLE)):
                continue
        elif elided:
            continue
        out.append((entry, entry.concept))
    return tuple(out)


def longest(matches: Iterable[Match]) -> list[Match]:
    """Keep, among overlapping matches, the longest (earliest on ties).

    Most calls hold no two matches that overlap: all are kept, and nothing is
    sorted by length.  Otherwise the matches fall into runs that overlap each
    other (in text order, each starting before the furthest end so far): a match
    alone in its run is kept as it is, and only inside a run of several are the
    longest chosen (#14: the choice in one run never depends on another's).
    """
    ordered = sorted(matches, key=_START)
    if len(ordered) < 2:
        return ordered
    starts = list(map(_START, ordered))
    ends = list(map(_END, ordered))
    following = starts[1:]
    if all(map(lt, starts, following)) and all(map(le, ends, following)):
        return ordered  # no two overlap: every one is kept, in text order
    n = len(ordered)
    if min(map(sub, ends, starts)) <= 0:
        return _longest_plain(ordered, starts, ends)  # an empty match (none of the lexicon's): the plain way
    chosen: list[Match] = []
    i = 0
    while i < n:
        j, reach = i + 1, ends[i]
        while j < n and starts[j] < reach:
            if ends[j] > reach:  # noqa: PLR1730  (no call of max per match: this loop is hot)
                reach = ends[j]
            j += 1
        if j == i + 1:
            chosen.append(ordered[i])
        else:
            chosen += _longest_in_run(ordered, starts, ends, i, j)
        i = j
    return chosen


def _longest_in_run(ordered: list[Match], starts: list[int], ends: list[int], lo: int, hi: int) -> list[Match]:
    """:func:`longest` of the run ``ordered[lo:hi]`` (none empty): the longest first, by start on
    ties (a stable sort), each kept when it overlaps none kept before; in text order (two kept
    never start together)."""
    kept: list[tuple[int, int, int]] = []
    for k in sorted(range(lo, hi), key=lambda k: starts[k] - ends[k]):
        start, end = starts[k], ends[k]
        for a, b, _ in kept:
            if a < end and start < b:
                break
        else:
            kept.append((start, end, k))
    kept.sort()
    return [ordered[k] for _, _, k in kept]


def _longest_plain(ordered: list[Match], starts: list[int], ends: list[int]) -> list[Match]:
    """:func:`longest` of matches in text order, the longest first (by start on ties), each kept
    when no character of it is taken; in text order (ties in the order they were kept)."""
    lengths = list(map(sub, ends, starts))
    taken = bytearray(max(ends) + 1)
    chosen: list[Match] = []
    for i in sorted(range(len(ordered)), key=lengths.__getitem__, reverse=True):  # a stable sort
        start, end = starts[i], ends[i]
        if taken.find(1, start, end) < 0:
            chosen.append(ordered[i])
            taken[start:end] = b"\x01" * (end - start)
    chosen.sort(key=_START)
    return chosen


def read_tsv(concept: str, body: str) -> tuple[list[Entry], list[str]]:
    """Parse one lexicon file; return its entries and every problem found."""
    entries: list[Entry] = []
    problems: list[str] = []
    header: list[str] | None = None
    rows = list(csv.reader(io.StringIO(body), delimiter="\t", quoting=csv.QUOTE_NONE))
    bases = {norm_key(r[0].strip().rstrip("*")) for r in rows[1:] if r and r[0].strip() and not r[0].lstrip().startswith("#")}
    for lineno, row in enumerate(rows, 1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        if header is None:
            header = [c.strip() for c in row]
            if header[0] != "form":
                problems.append(f"{concept}.tsv:{lineno}: the header must start with 'form'")
            continue
        if len(row) > len(header):
            problems.append(f"{concept}.tsv:{lineno}: {len(row)} columns, header has {len(header)}")
            continue
        form = row[0].strip()
        stem = form.endswith("*")
        k = norm_key(form.rstrip("*"))
        if not k:
            problems.append(f"{concept}.tsv:{lineno}: empty form")
            continue
        attrs = {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header) if i}
        patterns = [p for p in attrs.get("inflect", "").split("+") if p]
        unknown = [p for p in patterns if p not in INFLECTIONS]
        if unknown:
            problems.append(f"{concept}.tsv:{lineno}: unknown inflect {unknown[0]!r}; known: {sorted(INFLECTIONS)}")
            continue
        for n, (variant, number, possessed) in enumerate(_inflected(form.rstrip("*"), patterns)):
            if n and norm_key(variant) in bases:
                continue  # «طفله» (his child) is written as «طفلة» (a girl), an entry of its own
            vform = variant + ("*" if stem else "")
            vattrs = {**attrs, "number": number} if number and "number" in attrs else attrs
            if possessed:
                vattrs = {**vattrs, "flags": " ".join(filter(None, (vattrs.get("flags"), "possessive")))}
            entries.append(Entry(concept, vform, norm_key(variant), stem, vattrs, lineno))
    if header is None:
        problems.append(f"{concept}.tsv: no header line")
    return entries, problems


def _inflected(form: str, patterns: list[str]) -> list[tuple[str, str, bool]]:
    """(form, number, possessed) for every combination of ``patterns`` («verb+possessed»:
    «نقل», «نقلت», «نقلته», «نقلتها» ...), the entry itself first."""
    out = [(form, "", False)]
    for pattern in patterns:
        out = [(f, n or number, possessed or (pattern == "possessed" and f != base))
               for base, number, possessed in out for f, n in _with_pattern(base, pattern)]
    return list({f: (f, n, p) for f, n, p in out}.values())


def _with_pattern(base: str, pattern: str) -> list[tuple[str, str]]:
    """``inflect``, where a pronoun after «وا» drops the alif («نقلوا» + «ه» is «نقلوه»)."""
    forms = inflect(base, pattern)
    if pattern == "possessed" and base.endswith(VERB_PLURAL):
        forms = forms[:1] + [(base[:-1] + f[len(base):], n) for f, n in forms[1:]]
    return forms


def iter_files() -> Iterator[tuple[str, str]]:
    """(concept, file body) for every shipped lexicon file."""
    root = resources.files(DATA_PACKAGE)
    for item in sorted(root.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            yield item.name[:-4], item.read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped Arabic lexicon (loaded once per process)."""
    entries: list[Entry] = []
    problems: list[str] = []
    for concept, body in iter_files():
        found, bad = read_tsv(concept, body)
        entries.extend(found)
        problems.extend(bad)
    if problems:
        raise LexiconError("the language data has errors; fix these lines:\n" + "\n".join(problems))
    return Lexicon(entries)
