"""What puts an event word out of the story: a threat it is the object of, a demonstrative that
points back at an event already told (#10).

Both are grammar, not vocabulary: the words of threat and the demonstratives come from the
language tables (``background_cues.tsv`` type ``hypothetical``, ``speaker_words.tsv`` role
``points``); where they stand decides.
"""

from __future__ import annotations

import bisect
import functools

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon, Match

#: punctuation that ends a clause (quotation marks quote; they do not)
CLAUSE_BREAK = frozenset("،,.:;؛()!?؟")

#: how far, in words, a verb of threat or warning reaches into its object clause
#: («توعد زعيم الجماعة في كلمة مساء الخميس بشن هجمات»: the threat's object comes after its
#: subject and adjuncts, so further than the eight words a cue of the past reaches)
THREAT_REACH = 14


@functools.lru_cache(maxsize=4)
def demonstratives(lexicon: Lexicon) -> frozenset[str]:
    """The demonstratives that point back at something named before («تلك», «هذه»)."""
    return frozenset(e.key for e in lexicon.concept("speaker_words") if "points" in e.get("role").split(","))


def pointed(doc: Document, m: Match, points: frozenset[str]) -> bool:
    """Whether event word ``m`` follows a demonstrative («تلك المعارك»): it refers back to an event
    already told and tells no new one."""
    k = doc.token_index(m.start)
    return k > 0 and doc.tokens[k - 1].sentence == doc.tokens[k].sentence and doc.tokens[k - 1].text in points


def threat_positions(doc: Document) -> list[int]:
    """Sorted token indices of words of threat, warning or condition."""
    return sorted(doc.token_index(m.start) for m in doc.matches_of("background_cues")
                  if m.entry.get("type") == "hypothetical")


def under_threat(doc: Document, pos: int, threats: list[int]) -> bool:
    """Whether the word at normalised ``pos`` is in the object clause of a threat before it: a word
    of threat at most :data:`THREAT_REACH` words before, with no clause punctuation between."""
    k = doc.token_index(pos)
    toks = doc.tokens
    for p in threats[bisect.bisect_left(threats, k - THREAT_REACH):bisect.bisect_left(threats, k)]:
        if toks[p].sentence == toks[k].sentence and not CLAUSE_BREAK.intersection(doc.text[toks[p].end:toks[k].start]):
            return True
    return False
