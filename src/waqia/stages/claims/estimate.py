"""The size of a verb's subject given after it: «هاجم مسلحون يقدر عددهم بالعشرات», «اقتحم مسلحون
يقدر عددهم بنحو 100 قرية»: a plural for people right after a verb of attack (casualty_terms detail
``subject``), a verb of estimating and the count it sizes (claim_words role ``estimate``), then «ب»
and an amount: the attackers, that many."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import AT
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.party import make_claim

__all__ = ["estimated_subject"]


def estimated_subject(idx: ClaimIndex, ti: int, m: Match, k: int) -> list[tuple[Claim, int]]:
    """The claim of the verb at token ``ti`` whose subject, the people at token ``k``, is sized after
    it by «يقدر عددهم ب» + an amount in its clause; none otherwise."""
    toks, est = idx.doc.tokens, idx.words.get("estimate", frozenset())
    noun = idx.people.get(k)
    if noun is None or noun.entry.get("category") in ("", "unknown"):
        return []
    j = idx.tok(noun.end)
    if j + 2 >= len(toks) or toks[j].text not in est or toks[j + 1].text not in est \
            or not toks[j + 2].text.startswith(AT):
        return []
    n = j + 3 if toks[j + 2].text == AT else j + 2  # «بالعشرات», «بنحو 100»; «ب 12» written apart
    q = idx.quantities.get(n)
    if q is None or not idx.same_clause(ti, n):
        return []
    side = noun.entry.get("category")
    party = Party(idx.doc.span(noun.start, noun.end), noun.entry.get("name") or None, side)
    span = idx.doc.span(noun.start, q.end)
    return [(make_claim(idx, m.entry.get("kind"), q.value, q.start, span, party, low=q.low, high=q.high,
                        approx=q.approx, vague=q.vague), q.start)]
