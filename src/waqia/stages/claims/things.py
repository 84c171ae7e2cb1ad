"""Figures that count no people: an age or a duration («البالغ من العمر 15 عاما», «48 ساعة»), or
weapons, strikes and other casualty words («سقوط 3 قذائف», «شن 4 غارات»)."""

from __future__ import annotations

from waqia.stages.claims.context import ClaimIndex, event_words
from waqia.stages.numbers.stage import Quantity


def aged(idx: ClaimIndex, q: Quantity) -> bool:
    """A figure followed by a unit of time («12 عاما», «48 ساعة»): an age or a duration."""
    j = idx.tok(q.end)
    return j < len(idx.doc.tokens) and idx.same_clause(j - 1, j) and idx.doc.tokens[j].text in idx.words.get("time", ())


def counts_things(idx: ClaimIndex, q: Quantity) -> bool:
    """A figure whose noun is a weapon, a strike, a unit of time or another casualty word counts no
    victims here."""
    j = idx.tok(q.end)
    if j >= len(idx.doc.tokens) or not idx.same_clause(j - 1, j):
        return False
    if aged(idx, q) or idx.doc.tokens[j].text in idx.words.get("thing", ()):
        return True  # «الفتى البالغ من العمر 15 عاما»: an age or a duration; «أصيب بثلاث رصاصات»: rounds
    if j in idx.cues and idx.cues[j].entry.get("role") == "victim":
        return True
    return idx.doc.tokens[j].start in event_words(idx) and j not in idx.people
