"""A toll whose figure comes after a relative clause on what it counts.

«ارتفع عدد المدنيين الذين قتلوا في القصف إلى 30»: the counted noun, its relative clause with a verb of
death, then «إلى» and the figure; the side is the noun that «عدد» counts.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex, blocked
from waqia.stages.claims.described import left_to_victim
from waqia.stages.claims.parts import with_parts
from waqia.stages.claims.party import read_party
from waqia.stages.claims.rules import replace_party
from waqia.stages.claims.things import counts_things


def relative_toll(idx: ClaimIndex, ti: int, m: Match, used: set[int], head: int) -> list[tuple[Claim, int]]:
    """«ارتفع عدد المدنيين الذين قتلوا في القصف إلى 30»: the figure after the relative clause.  An attack's doers
    there («حصيلة الهجمات التي شنها مسلحون إلى مقتل 160 شخصا») count no figure past another casualty word: it is
    that word's."""
    attackers = m.entry.attrs.get("kind") == "participants"
    for k in range(ti + 1, min(ti + 17, len(idx.doc.tokens))):
        if not idx.same_clause(ti, k) or attackers and k in idx.cues:
            return []
        q = idx.quantities.get(k)
        if q is not None:
            if k in used or blocked(idx, k) or counts_things(idx, q) or left_to_victim(idx, ti, k):
                return []
            used.add(k)
            found = with_parts(idx, m, q, k, used)
            party, _ = read_party(idx, head + 1, stop=ti - 1)  # the side is the noun that «عدد» counts
            if found and party.span is not None:
                found[0] = (replace_party(found[0][0], party), found[0][1])
            return found
    return []
