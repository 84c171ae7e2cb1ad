"""A toll's shares by side told after the victims it counts (issue #10, round 34).

«والقتلى هم 8 جنود و4 مدنيين», «وأوضح المصدر أن القتلى هم 11 من قوات دفاع شبوة، وتسعة من قوات الأمن
الخاصة، وثلاثة مدنيين»: a definite victim noun, «هم» (claim_words.tsv role ``they``) and a list of
figures, each with the side its words name.  Shares of more than one side are the toll's breakdown by
side (GUIDELINES: each figure a claim, the total then of no one side, :func:`share_sides` for
claims/mixed.py); shares of one side count the same people again in parts and make no claim.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import conjoined, has_article, joined_by_and
from waqia.output import Claim
from waqia.stages.claims.conjuncts import conjunct
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.parts import Part, next_part
from waqia.stages.claims.party import make_claim
from waqia.stages.claims.splits import comma_only

#: how many words of an item may follow the side its figure names («من قوات الأمن الخاصة»)
ITEM_WORDS = 4


def _first_share(idx: ClaimIndex, ti: int) -> int | None:
    """The token of the first figure after «هم» that follows the victim noun at token ``ti``, in its clause."""
    toks = idx.doc.tokens
    j = ti + 1
    if j + 1 >= len(toks) or not idx.same_clause(ti, j + 1):
        return None
    word = toks[j].text
    word = word[1:] if conjoined(word) and len(word) > 2 else word
    return j + 1 if word in idx.words.get("they", ()) and j + 1 in idx.quantities else None


def _shares(idx: ClaimIndex, ti: int) -> list[tuple[int, Part]]:
    """The shares listed after the victim noun at token ``ti`` (a figure and the side its words name each),
    joined by «و» (a comma before it too); empty unless they name more than one side."""
    toks = idx.doc.tokens
    j = _first_share(idx, ti)
    shares: list[tuple[int, Part]] = []
    while j is not None and j < len(toks):
        part = next_part(idx, j, None, item=bool(shares) and comma_only(idx, j))  # «...، ومدنيان»: an item of its own
        if part is None or part.value is None:
            break
        shares.append((conjunct(idx, j), part))
        j = _past_item(idx, idx.tok(part.end))
        if j >= len(toks) or not joined_by_and(toks[j].text) or not (idx.same_clause(j - 1, j) or comma_only(idx, j)):
            break
    sides = {part.party.category for _, part in shares} - {"unknown"}
    return shares if len(shares) > 1 and len(sides) > 1 else []


def _past_item(idx: ClaimIndex, j: int) -> int:
    """The token after a share's own words from token ``j``: the words after its side («من قوات الأمن الخاصة»)
    and a name joined to its side by «و» that counts no one («11 من قوات دفاع شبوة والعمالقة»: one share of both)."""
    toks = idx.doc.tokens
    for _ in range(ITEM_WORDS):
        if j + 1 >= len(toks) or not idx.same_clause(j - 1, j) or j in idx.quantities:
            break
        force = idx.people.get(j)
        if joined_by_and(toks[j].text) and (next_part(idx, j, None) is not None or force is not None
                                            and force.entry.attrs.get("type") != "group"):
            break  # the next share
        j = idx.tok(force.end) if force is not None else j + 1
    return j


def share_sides(idx: ClaimIndex, ti: int) -> set[str]:
    """The sides of the shares told after the victim noun at token ``ti`` (none unless more than one)."""
    return {part.party.category for _, part in _shares(idx, ti)}


def told_shares(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The claims of the shares by side told after the definite victim noun ``m`` at token ``ti``."""
    if m.entry.attrs.get("role") != "victim" or not has_article(m.prefix):
        return []
    shares = [(k, part) for k, part in _shares(idx, ti) if k not in used]
    out = []
    for k, part in shares:
        used.add(k)
        q = idx.quantities.get(k)  # «ومدنيان»: a noun that counts itself
        start = q.start if q is not None else idx.doc.tokens[k].start
        span = idx.doc.span(start, max(q.end if q is not None else start, part.end))
        out.append((make_claim(idx, m.entry.get("kind"), part.value, start, span, part.party, low=part.low,
                               high=part.high, approx=q is not None and q.approx), start))
    return out
