"""Figures that count again victims already counted (issue #10, fourteenth round of the claims).

«بينهم» right before a figure is read by :func:`waqia.stages.claims.context.blocked`; these are
the parts and states of a toll told in other words, after a figure of the same kind:

* «إنقاذ 14 شخصا من تحت الأنقاض»: a word of rescue before a figure of the missing: those found
  alive (no whole needed);
* «وما زال 12 مصابا في حالة حرجة», «لم يبق من الجرحى سوى 23 مصابا»: those of a toll still in a
  state (claim_words.tsv role ``still``: «زال», «يزال», «سوى») within three words before the figure.
"""

from __future__ import annotations

from waqia.core.morphology import conjoined
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.rules import ClaimMention


def restated(idx: ClaimIndex, out: list[ClaimMention], claim: Claim) -> bool:
    """The figure of ``claim`` counts again some victims of a figure of its kind before it in ``out``."""
    if claim.value is None or claim.span is None:
        return False
    k = idx.tok(idx.doc.normal_pos(claim.span.start))
    if claim.kind == "missing" and _rescued(idx, k):
        return True
    wholes = [o.claim for o in out if o.claim.kind == claim.kind and o.claim.value is not None
              and o.claim.value > claim.value]
    if not wholes:
        return False  # a part needs a whole told before it
    side = claim.party.category
    if side != "unknown" and not any(w.party.category == side for w in wholes):
        return False  # another side's figure is its own claim
    return _still(idx, k)


def _word(idx: ClaimIndex, j: int, role: str) -> bool:
    word, words = idx.doc.tokens[j].text, idx.words.get(role, frozenset())
    return word in words or conjoined(word) and word[1:] in words


def _still(idx: ClaimIndex, k: int) -> bool:
    """A word of a state kept («زال», «يزال», «سوى»: role ``still``) within three words before the
    figure at token ``k`` in its clause."""
    return any(_word(idx, j, "still") and idx.same_clause(j, k) for j in range(max(k - 3, 0), k))


def _rescued(idx: ClaimIndex, k: int) -> bool:
    """«إنقاذ 14 شخصا من تحت الأنقاض»: a word of rescue (role ``rescue``) within three words before the
    figure at token ``k`` in its clause: those found alive, no one missing."""
    return any(_word(idx, j, "rescue") and idx.same_clause(j, k) for j in range(max(k - 3, 0), k))
