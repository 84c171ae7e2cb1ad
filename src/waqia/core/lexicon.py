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

import bisect
import csv
import functools
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
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
    ``word_start`` where that word begins.  ``concept`` is the entry's file
    (kept on the match: stages filter by it many times per article).
    """

    start: int
    end: int
    entry: Entry
    prefix: str
    concept: str

    @property
    def word_start(self) -> int:
        return self.start - len(self.prefix)


_WORD = re.compile(r"\w+")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Lexicon:
    """All language data of one language, with a single scanner."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries: list[Entry] = list(entries)
        self.by_concept: dict[str, list[Entry]] = {}
        automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple[Entry, bool]]] = {}
        for e in self.entries:
            self.by_concept.setdefault(e.concept, []).append(e)
            if "noscan" in e.get("flags"):
                continue  # looked up by word, not searched for
            table.setdefault(e.key, []).append((e, False))
            if e.clitics and definite(e.key):
                table.setdefault(LAM + e.key[len(ARTICLE):], []).append((e, True))
        for k, values in table.items():
            automaton.add_word(k, (len(k), tuple(values)))
        self._automaton = automaton
        self._empty = not table
        if table:
            automaton.make_automaton()

    def concept(self, name: str) -> list[Entry]:
        return self.by_concept.get(name, [])

    def scan(self, text: str) -> list[Match]:
        """Every accepted match in ``text`` (a matching form), in text order."""
        out: list[Match] = []
        if self._empty:
            return out
        spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        starts = [a for a, _ in spans]
        ends = {b for _, b in spans}
        for last, (length, values) in self._automaton.iter(text):
            end = last + 1
            start = end - length
            at_word_end = end in ends or not _is_word(text[end - 1])
            i = bisect.bisect_right(starts, start) - 1
            ws = starts[i] if i >= 0 and spans[i][1] > start else start
            prefix = text[ws:start]
            for entry, elided in values:
                if not entry.stem and not at_word_end:
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
                out.append(Match(start, end, entry, prefix, entry.concept))
        out.sort(key=lambda m: (m.start, -m.end))
        return out


def longest(matches: Iterable[Match]) -> list[Match]:
    """Keep, among overlapping matches, the longest (earliest on ties)."""
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    if not ordered:
        return []
    taken = bytearray(max(m.end for m in ordered) + 1)
    chosen: list[Match] = []
    for m in ordered:
        if not any(taken[m.start:m.end]):
            chosen.append(m)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return sorted(chosen, key=lambda m: m.start)


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
