"""Where the date patterns may match: the words every match of a pattern holds (#14).

Each pattern of :mod:`waqia.stages.dates.grammar` holds a word of one list in every
match: a month («month», «explicit»), a weekday or a relative day («relative»), a word
for a year, for «ago», for «this month».  One Aho-Corasick pass over the text finds
every place where the first word of one of those words is written, inside a word or
not.  A pattern none of whose words is in the text is not run; a pattern with a
*lead* is tried only where one of its matches may begin.

A lead says how a match opens before its word.  For «relative» it opens with a
proclitic glued to the first word, then at most a day part («مساء», «منتصف ليل»)
and a word for a day («يوم»), each followed by white space: a match begins where a
run of word characters (``\\w+``) begins, at most ``lead`` runs before the run that
holds its word, each run before it followed by white space only.  Trying the pattern
at those starts, from left to right and past the end of each match found, finds
what ``finditer`` finds: no match can begin anywhere else.

The months are no pattern's anchor words («اب», August, is written inside 3 or 4
words of an article): the month patterns keep their gates, but a gate is tried only
where a month is written (:class:`Near`): one or two characters before it, or, for a
month glued to an ordinal, searched for only where an ordinal's last word ends just
before a month.  Either way the gate passes exactly where searching the text finds it.
A month pattern whose gate passes is then tried only near the months (its *reach*): a
match of it begins where a run of word characters or of digits begins («12مارس»: the
day glued after a letter), in the run holding a month or at most ``reach`` runs before
it, whatever stands between them (:meth:`Anchors.near_finditer`).
``tests/test_dates_gates.py`` compares all of this with the plain ways on generated
date text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import ahocorasick

_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class Near:
    """Where a gate may match: ``offsets`` characters before a place of ``words`` (it is tried
    there with ``match``), or, with ``suffixes``, only in a text where one of them ends just
    before such a place (it is then searched for in the whole text)."""

    words: str
    offsets: tuple[int, ...] = ()
    suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Anchors:
    """The anchor words of the patterns and, for some, how far before them a match begins."""

    automaton: Any  # first word -> (its length, the names of the patterns it anchors)
    #: the patterns that hold one of these words in every match
    anchored: frozenset[str]
    #: pattern name -> how many runs of word characters a match may open with before its word
    leads: dict[str, int]
    #: gate -> where it may match; a gate not here is searched for in the whole text
    near: dict[re.Pattern[str], Near] = field(default_factory=dict)
    #: pattern name -> how many runs of word characters before the run holding a month a match
    #: may begin (the month patterns: :meth:`near_finditer`)
    reach: dict[str, int] = field(default_factory=dict)

    def find(self, text: str) -> dict[str, list[int]]:
        """Pattern name -> where its words begin in ``text`` (every place, in text order)."""
        found: dict[str, list[int]] = {}
        for last, (length, names) in self.automaton.iter(text):
            for name in names:
                found.setdefault(name, []).append(last + 1 - length)
        return found

    def passes(self, gate: re.Pattern[str], text: str, found: dict[str, list[int]]) -> bool:
        """Whether ``gate`` is found in ``text``: what ``gate.search(text)`` says (``found``: :meth:`find`)."""
        near = self.near.get(gate)
        if near is None:
            return gate.search(text) is not None
        places = found.get(near.words, ())
        if near.suffixes:
            return any(text.endswith(near.suffixes, 0, p) for p in places) and gate.search(text) is not None
        return any(gate.match(text, p - k) is not None for p in places for k in near.offsets if p >= k)

    def finditer(self, pattern: re.Pattern[str], text: str, words: list[int], lead: int,
                 runs: Runs | None = None) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields, trying ``pattern`` only where a match may begin
        (``runs``: the text's runs of word characters, read from it when not given)."""
        end = 0
        for start in _starts(text, words, lead, runs or runs_of(text)):
            if start >= end and (m := pattern.match(text, start)) is not None:
                yield m
                end = m.end()

    def near_finditer(self, pattern: re.Pattern[str], text: str, places: Iterable[int],
                      reach: int, runs: Runs | None = None) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer(text)`` yields for a pattern every match of which holds a word written
        at one of ``places`` and begins where a run of word characters or of digits begins, in the run
        holding that place or at most ``reach`` runs before it.  Only there is the pattern tried (#14)."""
        starts: set[int] = set()
        runs = runs or runs_of(text)
        for q in places:
            starts.update(m.start() for m in _OPENING.finditer(text, _runs_back(q, reach, runs), q + 1))
        end = 0
        for start in sorted(starts):
            if start >= end and (m := pattern.match(text, start)) is not None:
                yield m
                end = m.end()


class Runs(NamedTuple):
    """Where the runs of word characters (``\\w+``) of a text begin and end, in text order: a document's
    tokens (``Document.token_starts``, ``token_ends``), so that a run is found by bisection, not by
    reading the text back a character at a time (#14)."""

    starts: Sequence[int]
    ends: Sequence[int]


def runs_of(text: str) -> Runs:
    """The :class:`Runs` of ``text`` read from it (one pass; a document's tokens give them for free)."""
    spans = [m.span() for m in _RUN.finditer(text)]
    return Runs([s for s, _ in spans], [e for _, e in spans])


def _run_at(p: int, runs: Runs) -> tuple[int, int]:
    """The start of the run holding the character before ``p`` (``p`` itself when that is no word
    character, or ``p`` is 0), and the index of that run (of the first run after ``p`` if none)."""
    j = bisect_left(runs.ends, p)
    if j < len(runs.ends) and runs.starts[j] < p:
        return runs.starts[j], j
    return p, j


#: where a run of word characters or of digits begins (its look-behind sees the text before a search's start)
_OPENING = re.compile(r"(?<!\w)\w|(?<!\d)\d")


def _runs_back(p: int, back: int, runs: Runs) -> int:
    """Where the run of word characters holding ``p`` begins, or the run ``back`` runs before it
    (whatever stands between them), or 0."""
    p, j = _run_at(p, runs)
    return runs.starts[max(j - back, 0)] if back and j else p


def _starts(text: str, words: list[int], lead: int, runs: Runs) -> list[int]:
    """The starts of the runs of word characters that hold one of ``words``, and of the ``lead``
    runs before each, as long as only white space comes between, in text order."""
    out = set()
    starts, ends = runs
    for p in words:
        p, j = _run_at(p, runs)
        out.add(p)
        for _ in range(lead):
            if not j or not text[ends[j - 1]:p].isspace():
                break
            j -= 1
            p = starts[j]
            out.add(p)
    return sorted(out)


def runs(keys: Iterable[str]) -> int:
    """The most runs of word characters in one of ``keys`` (0 for none)."""
    return max((len(_RUN.findall(k)) for k in keys), default=0)


def opens_a_run(keys: Iterable[str]) -> bool:
    """Whether every key begins with a word character (a match then begins where a run does)."""
    return all(_RUN.match(k) for k in keys)


def build(words: dict[str, Iterable[str]], leads: dict[str, int],
          near: dict[re.Pattern[str], Near] | None = None, reach: dict[str, int] | None = None) -> Anchors | None:
    """Anchors for ``words`` (pattern name -> the keys every match of it holds one of).

    A pattern without keys is left out (it is always run, as before).  None when no
    pattern has keys.
    """
    table: dict[str, tuple[int, list[str]]] = {}
    for name, keys in words.items():
        for k in keys:
            first = k.split()[0] if k.split() else ""
            if first:
                table.setdefault(first, (len(first), []))[1].append(name)
    if not table:
        return None
    automaton = ahocorasick.Automaton()
    for first, (length, names) in table.items():
        automaton.add_word(first, (length, tuple(dict.fromkeys(names))))
    automaton.make_automaton()
    anchored = frozenset(name for name, keys in words.items() if any(k.split() for k in keys))
    return Anchors(automaton, anchored, {n: lead for n, lead in leads.items() if n in anchored},
                   {gate: n for gate, n in (near or {}).items() if n.words in anchored},
                   dict(reach or {}) if "months" in anchored else {})
