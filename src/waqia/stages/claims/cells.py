"""A cell arrested and told by its size (#10, round 30 set C).

«القبض على خلية إرهابية مكونة من أربعة عناصر», «اعتقلت قوات الأمن خلية من خمسة أشخاص», «فككت الشرطة خلية
تضم ستة أشخاص»: after a word of capture, a word for a cell (claim_words.tsv role ``cell``) within a few words,
then its size — a figure after «من» or a word of make-up (role ``size``: «مكونة», «تضم», «قوامها») — counts the
men taken.  They are the members of an armed group's cell, whatever noun counts them («أشخاص», «عناصر»): a
side the figure's own words name stands.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex, blocked
from waqia.stages.claims.parts import with_parts
from waqia.stages.claims.rules import replace_party

CELL_REACH = 4  # words after the word of capture where the word for a cell may stand
SIZE_REACH = 4  # words after the word for a cell where its size may stand


def cell_size(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The members of a cell taken by the word of capture at token ``ti``, counted by its size."""
    if m.entry.get("kind") != "captured":
        return []
    toks = idx.doc.tokens
    cell = next((j for j in range(ti + 1, min(ti + 1 + CELL_REACH, len(toks)))
                 if toks[j].text in idx.words.get("cell", ()) and idx.same_clause(ti, j)), None)
    if cell is None or any(j in idx.quantities for j in range(ti + 1, cell)):
        return []
    for k in range(cell + 1, min(cell + 1 + SIZE_REACH, len(toks))):
        if not idx.same_clause(cell, k) or k in idx.cues:
            return []
        q = idx.quantities.get(k)
        if q is None:
            continue
        word = toks[k - 1].text
        if k in used or blocked(idx, k) or not (word in idx.words["of"] or word in idx.words.get("size", ())):
            return []
        used.add(k)
        found = with_parts(idx, m, q, k, used)
        return [(_armed(claim), pos) if n == 0 else (claim, pos) for n, (claim, pos) in enumerate(found)]
    return []


def _armed(claim: Claim) -> Claim:
    """The claim, of an armed group unless its words named another side."""
    party = claim.party
    if party.category in ("civilians", "unknown"):
        return replace_party(claim, Party(party.span, party.name, "armed_group"))
    return claim
