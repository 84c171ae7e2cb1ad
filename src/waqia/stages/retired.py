"""A soldier or an officer retired is a civilian: «العميد المتقاعد», «ضباط متقاعدين», «رقيب متقاعد».

A noun for a soldier or an officer of the state (``actor_terms.tsv``: category ``state_forces``, type
``person``: «جندي», «ضابط», «العقيد») or a military rank (``claim_words.tsv`` role ``rank``: «المقدم»,
«الفريق»), followed right after by the adjective «متقاعد» in any inflection (role ``retired``) that agrees
with it in definiteness, is one noun phrase for a civilian.  The phrase is added to the lexicon's matches
as one noun for people of category ``civilians`` over both words, so that every stage reads its side
from it as from a row of ``actor_terms``: the longest match of a phrase wins over the noun inside it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from waqia.core.lexicon import Entry, Lexicon, Match
from waqia.core.morphology import (
    ARTICLE,
    DUAL_NOMINATIVE,
    LAM_ARTICLE,
    OBLIQUE,
    PLURAL_NOMINATIVE,
    PREFIXES,
    has_article,
)

_RUNS = re.compile(r"\w+")
_LONGEST_FIRST = tuple(sorted(PREFIXES, key=len, reverse=True))
#: the columns of the phrase's entry, as an ``actor_terms.tsv`` row of a civilian written out has them
_CIVILIAN = {"category": "civilians", "name": "", "type": "person", "strength": "2", "flags": "", "inflect": ""}
#: the phrase is no line of a table: its entry's line is below zero, one per form of the phrase, so that
#: two phrases are one entry only when they are written alike, as two rows were (events/sides.py)
_LINES: dict[str, int] = {}


@functools.lru_cache(maxsize=4)
def _words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The forms of «متقاعد» (role ``retired``) and the ranks (role or flag ``rank``: «لواء» is a unit too) of
    ``claim_words.tsv``."""
    entries = lexicon.concept("claim_words")
    return (frozenset(e.key for e in entries if e.get("role") == "retired"),
            frozenset(e.key for e in entries if e.get("role") == "rank" or "rank" in e.get("flags").split()))


def _number(adjective: str) -> str:
    """The number an adjective of people shows by its ending («متقاعدان» du; «متقاعدين», «متقاعدون» pl)."""
    if adjective.endswith(DUAL_NOMINATIVE):
        return "du"
    return "pl" if adjective.endswith((OBLIQUE, PLURAL_NOMINATIVE)) else "sg"


def retired_people(text: str, matches: Sequence[Match], lexicon: Lexicon,
                   runs: tuple[Sequence[int], Sequence[int]] | None = None) -> tuple[Match, ...]:
    """``matches`` (the lexicon's, in scan order) with a match of a civilian added for every soldier,
    officer or rank followed by «متقاعد» (see the module)."""
    retired, ranks = _words(lexicon)
    if not retired or not any(w in text for w in retired):
        return tuple(matches)
    starts, ends = runs if runs is not None else _runs(text)
    nouns = {m.end: m for m in matches if m.concept == "actor_terms" and m.entry.get("type") == "person"
             and m.entry.get("category") == "state_forces"}
    added = []
    for i in range(1, len(starts)):
        adjective = text[starts[i]:ends[i]]
        definite = adjective.startswith(ARTICLE) and adjective[len(ARTICLE):] in retired
        if not definite and adjective not in retired or text[ends[i - 1]:starts[i]] != " ":
            continue
        found = _noun(text, starts[i - 1], ends[i - 1], nouns.get(ends[i - 1]), ranks, definite)
        if found is not None:
            start, prefix, number = found
            form = text[start:ends[i]]
            if prefix.endswith(LAM_ARTICLE[0]) and not form.startswith(ARTICLE) and definite:
                form = ARTICLE + form[len(LAM_ARTICLE[0]):]  # «للعميد المتقاعد»: the entry «العميد المتقاعد»
            entry = Entry("actor_terms", form, form, False,
                          {**_CIVILIAN, "number": number or _number(adjective)}, _LINES.setdefault(form, -1 - len(_LINES)))
            added.append(Match(start, ends[i], entry, prefix, "actor_terms", starts[i - 1]))
    if not added:
        return tuple(matches)
    out = [*matches, *added]
    out.sort(key=lambda m: m.end, reverse=True)
    out.sort(key=lambda m: m.start)
    return tuple(out)


def _noun(text: str, start: int, end: int, noun: Match | None, ranks: frozenset[str],
          definite: bool) -> tuple[int, str, str] | None:
    """Where the phrase of a soldier, an officer or a rank in the word ``text[start:end]`` begins (at its
    article, after any other proclitic), its proclitic chain before that, and its number ("" for a rank:
    the adjective's); None when the word is none or disagrees in definiteness."""
    if noun is not None and noun.word_start == start:
        prefix, key = noun.prefix, noun.entry.key
        number = noun.entry.get("number")
    else:
        word = text[start:end]
        chain = next((p for p in ("", *_LONGEST_FIRST) if word.startswith(p) and word[len(p):] in ranks), None)
        if chain is None:
            return None
        prefix, key, number = chain, word[len(chain):], ""
    if key.startswith(ARTICLE):
        return (start + len(prefix), prefix, number) if definite else None
    if has_article(prefix) != definite:
        return None
    if not definite:
        return start + len(prefix), prefix, number
    cut = len(ARTICLE) if prefix.endswith(ARTICLE) else len(LAM_ARTICLE) - 1  # «والعميد»: «و»; «للعميد»: «ل»
    return start + len(prefix) - cut, prefix[:-cut], number


def _runs(text: str) -> tuple[list[int], list[int]]:
    found = [(m.start(), m.end()) for m in _RUNS.finditer(text)]
    return [s for s, _ in found], [e for _, e in found]
