"""The subject of «لقي» counted by no figure (#10): «ولقي مدنيون حتفهم», «ولقي آخرون مصرعهم»,
«لقي عناصر من الشرطة مصرعهم».

«لقي» (claim_words.tsv role ``met``) opens a clause whose object «حتفهم», «مصرعهم» closes it; its
subject stands right after it.  A plural noun for people there with no article and no figure is a
vague toll of the dead, of the side the words up to the object name.  A definite noun refers back
to victims already counted («ولقي الجنود حتفهم»), a singular or dual one is counted as before.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import conjoined, has_article
from waqia.output import Claim
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import ClaimIndex, blocked
from waqia.stages.claims.parts import with_parts


def met_subject(idx: ClaimIndex, met: int, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The vague toll of the plural subject right after «لقي» (token ``met``) of the object at ``ti``."""
    if met < 0 or met + 1 >= ti:
        return []
    k = met + 1
    person = idx.people.get(k)
    if person is None or k in used or blocked(idx, k) or person.entry.get("type") not in ("person", "other") \
            or person.entry.get("number") in COUNT or has_article(person.prefix) \
            or any(j in idx.quantities or j in idx.cues for j in range(k, ti)):
        return []
    used.add(k)
    return with_parts(idx, m, None, k, used)


def met_before(idx: ClaimIndex, k: int) -> bool:
    """Token ``k - 1`` is «لقي» (or «ولقي»), whose subject stands at ``k``."""
    met, word = idx.words.get("met", frozenset()), idx.doc.tokens[k - 1].text
    return k > 0 and (word in met or conjoined(word) and word[1:] in met)
