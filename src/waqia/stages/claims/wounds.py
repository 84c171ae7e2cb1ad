"""The wounds of the dead (#10, nineteenth round of the claims): «عثر على جثة رجل مصابا بطلق ناري»,
«قتيل مصاب بعدة رصاصات». A singular injured participle (casualty_terms.tsv kind injured, role
victim, number sg) without «و» and without a figure, in the clause (past a comma when accusative) of a word that names a dead
body or a dead man (kind killed, role victim) a few words before it, says how the dead was hit: a
state of the dead, not one more wounded («قتيل ومصاب» lists two)."""

from __future__ import annotations

from waqia.core.morphology import ACCUSATIVE, joined_by_and
from waqia.stages.claims.context import ClaimIndex

#: words before the participle where the dead may be named («جثة رجل في الثلاثينيات من عمره مصابا»)
DEAD_REACH = 8


def wound_of_the_dead(idx: ClaimIndex, k: int, kind: str) -> bool:
    """Whether the injured claim word at token ``k`` describes a dead named before it (see the module)."""
    m = idx.cues.get(k)
    if kind != "injured" or m is None or m.entry.get("role") != "victim" or m.entry.get("number") != "sg" \
            or joined_by_and(idx.doc.tokens[k].text) or k - 1 in idx.quantity_ends:
        return False
    toks = idx.doc.tokens
    state = toks[k].text.endswith(ACCUSATIVE)  # «، مصابا بطلق ناري»: a state set off by a comma still describes
    return any(idx.cues[j].entry.get("kind") == "killed" and idx.cues[j].entry.get("role") == "victim"
               and (idx.same_clause(j, k) or state and toks[j].sentence == toks[k].sentence)
               for j in range(max(k - DEAD_REACH, 0), k) if j in idx.cues)
