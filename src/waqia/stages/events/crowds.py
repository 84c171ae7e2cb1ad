"""Who fights in a clash: a crowd is no armed side (issue #10).

«اشتبك متظاهرون مع عناصر الشرطة», «اشتبك شبان غاضبون مع قوات الاحتلال», «اشتبكت قوات الأمن مع المحتجين»,
«اشتباكات المحتجين مع قوات الأمن»: a clash word one of whose sides is protesters, young men or mourners
(means ``protesters`` and ``youths`` in ``event_triggers_means.tsv``) tells a protest turned violent, a riot,
not a battle; the side is read from the words around the clash word: its subject right after a verb that
comes first (after a word for a crowd: «مئات من المحتجين»), right before it («المتظاهرون اشتبكوا»), the noun
it is in construct with, or the noun after «مع» in its clause (protesters after «بين»: see
:func:`waqia.stages.events.means.protesters_against`).
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.stages.events.means import in_sentence

#: the means that name a crowd as a side
CROWD = ("protesters", "youths")
#: how many words after a clash word «مع» may stand («اشتبكت قوات الأمن المركزي مع المحتجين»)
WITH_REACH = 5
#: punctuation that ends a clause
CLAUSE_BREAKS = "،,؛;.:\n"


def crowd_fights(doc: Document, pos: int, end: int) -> bool:
    """The clash word at ``[pos, end)`` has a crowd for one of its sides, and no armed men stand in its sentence."""
    sentence = doc.sentence_of(pos)
    if any(a.sentence == sentence and a.category == "armed_group" for a in doc.layer("actors")):
        return False
    here = in_sentence(doc, sentence)  # indexed once per document, not filtered per clash word (#14)
    crowd = {doc.token_index(m.start) for m in here if m.entry.get("means") in CROWD}
    if not crowd:
        return False
    first, last = doc.token_index(pos), doc.token_index(max(end - 1, pos))
    heads = {last + 1} | {doc.token_index(max(m.end - 1, m.start)) + 1 for m in here
                          if m.entry.get("means") == "crowd" and doc.token_index(m.start) == last + 1}
    if heads & crowd or first - 1 in crowd and _open(doc, pos - 1, pos):
        return True  # «اشتبك متظاهرون», «اشتباكات المحتجين», «مئات من المحتجين اشتبكوا»
    return any(_after_with(doc, m, end, last, crowd) for m in here if m.entry.get("means") == "with")


def _after_with(doc: Document, m: Match, end: int, last: int, crowd: set[int]) -> bool:
    """«مع» within :data:`WITH_REACH` words after the clash word, in its clause, with a crowd right after it."""
    at = doc.token_index(m.start)
    return m.start >= end and at - last <= WITH_REACH and at + 1 in crowd and _open(doc, end, m.start)


def _open(doc: Document, start: int, stop: int) -> bool:
    """No clause break in ``[start, stop)``."""
    return not doc.broken(CLAUSE_BREAKS, max(start, 0), stop)  # the document's break positions (#14)
