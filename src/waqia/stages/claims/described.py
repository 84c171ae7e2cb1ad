"""A figure and its noun for people described by a noun of the victims right after them: «سقط 3
متظاهرين جرحى», «لا يزال 4 صيادين مفقودين», «5 أشخاص ما زالوا مفقودين», «وصل 12 مدنيا مصابين إلى المستشفى».  The victim noun
(casualty_terms role ``victim``, plural or dual, with no clitic: «وجرحى» opens a conjunct) tells
their kind, the noun for people their side.  A word of occurrence before the figure («سقط»,
«سقوط») leaves the figure to that victim noun: the protesters fell wounded, not dead."""

from __future__ import annotations

from dataclasses import replace

from waqia.core.morphology import has_article, nisba
from waqia.stages.claims.context import ClaimIndex, occurrence
from waqia.stages.numbers.stage import Quantity

#: how many adjectives («فلسطينيين», «مسلحين») may stand between the noun for people and the victim noun
ADJECTIVES = 2


def described(idx: ClaimIndex, ti: int) -> tuple[Quantity, int, int] | None:
    """The figure that the victim noun at token ``ti`` describes, the token it ends on and the token
    of the noun for people between them («3 متظاهرين جرحى»: «3», «متظاهرين»), or None."""
    m, toks = idx.cues[ti], idx.doc.tokens
    if m.entry.get("role") != "victim" or m.entry.get("number") not in ("pl", "du") or m.prefix:
        return None
    end = ti - 1
    state = idx.words.get("still", frozenset()) | idx.words.get("neg", frozenset()) | idx.words["what"]
    while end > ti - 3 and toks[end].text in state:
        end -= 1  # «5 أشخاص ما زالوا مفقودين»: past the verb of a state
    for last in range(end, max(end - 1 - ADJECTIVES, 0), -1):  # «5 مدنيين فلسطينيين قتلى»: past the adjectives
        found = _counted_noun(idx, last, ti)
        if found is not None or last in idx.cues or not (nisba(toks[last].text) or _force(idx, last)):
            return found  # «8 من مقاتلي الحركة أسرى»: past the force they belong to
    return None


def _counted_noun(idx: ClaimIndex, last: int, ti: int) -> tuple[Quantity, int, int] | None:
    """The figure, its last token and the noun for people ending at token ``last`` that it counts
    («3 متظاهرين», «9 من المدنيين»), in the clause of token ``ti``."""
    toks = idx.doc.tokens
    for j in range(last, max(last - 3, 0), -1):
        person = idx.people.get(j)
        if person is None or idx.tok(person.end - 1) != last:
            continue
        at = j - 2 if j >= 2 and toks[j - 1].text in idx.words["of"] else j - 1
        q = idx.quantity_ends.get(at)  # «9 من المدنيين قتلى»: past the partitive
        kinds = ("person", "other", "group") if at == j - 2 else ("person", "other")  # «9 من المسلحين»
        if person.entry.get("type") not in kinds or has_article(person.prefix) and at == j - 1 \
                or q is None or not idx.same_clause(at, ti):
            return None
        return q, at, j
    return None

def left_to_victim(idx: ClaimIndex, ti: int, k: int) -> bool:
    """The figure at token ``k`` after the word of occurrence at token ``ti`` («سقط 3 متظاهرين جرحى»)
    is described by a victim noun after its noun for people: that noun reads it, not the verb."""
    if not occurrence(idx, ti):
        return False
    q = idx.quantities[k]
    for j in range(idx.tok(q.end - 1) + 2, min(idx.tok(q.end - 1) + 3 + ADJECTIVES, len(idx.doc.tokens))):
        if j in idx.cues:
            found = described(idx, j)
            return found is not None and found[0] is q
    return False


def exceeded(idx: ClaimIndex, ti: int, q: Quantity, k: int) -> tuple[Quantity, int, int | None]:
    """«خلف الكمين عددا كبيرا من القتلى تجاوز 20 جنديا»: a vague amount ``q`` (ending at token ``k``) of
    the victim noun at token ``ti`` that a verb of rising right after it («تجاوز», «بلغ»: claim_words role
    ``rise``) or a figure hedged by «more» («يفوق 12») gives a figure: that figure, hedged («أكثر من»: approx), counts them, and the token after it
    names their side; ``(q, k, None)`` otherwise."""
    toks, j = idx.doc.tokens, ti + 1
    if q.value is not None or j + 1 >= len(toks):
        return q, k, None
    q2 = idx.quantities.get(j)  # «يفوق 12», «يتجاوز 12»: read as a figure hedged by «more»
    if toks[j].text in idx.words.get("rise", ()):
        q2 = q2 or idx.quantities.get(j + 1)  # «تجاوز 20» may be read as the figure's hedge
    elif q2 is None or q2.value is None or q2.low is None or q2.low <= q2.value:
        return q, k, None
    if q2 is None or q2.value is None or not idx.same_clause(ti, j + 1):
        return q, k, None
    after = idx.tok(q2.end)
    return replace(q, value=q2.value, low=q2.low, high=q2.high, approx=True, vague=None), k, \
        after if after < len(toks) and after in idx.people and idx.same_clause(ti, after) else None


def _force(idx: ClaimIndex, k: int) -> bool:
    """A force named by one word at token ``k`` («الحركة», «التنظيم»): the owner of the noun before it."""
    m = idx.people.get(k)
    return m is not None and m.entry.attrs.get("type") == "group" and idx.tok(m.end - 1) == k
