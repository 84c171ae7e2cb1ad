"""The subject of a verb that follows its victims, counted by no figure (#10): a plural noun for
people with no article, or «آخرون», is a vague toll, of the side its words name.

* After «لقي» (claim_words.tsv role ``met``), which opens a clause whose object «حتفهم», «مصرعهم»
  closes it: «ولقي مدنيون حتفهم», «ولقي آخرون مصرعهم», «لقي عناصر من الشرطة مصرعهم».
* «آخرون» right after a complementiser, before the verb: «وأشار إلى أن آخرين أصيبوا بجروح», «وإن
  آخرين ما زالوا مفقودين»; not when a figure or a noun for people follows the verb, its object. A
  plural noun there («أن مدنيين قتلوا») is left unread: tried, it added a claim with the wrong
  speaker and an extra target on both sets.
* «آخرون» right after a verb of lasting, before the state they are in: «بينما لا يزال آخرون في عداد
  المفقودين».

A definite noun refers back to victims already counted («ولقي الجنود حتفهم»), a singular or dual one
is counted as before.
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import conjoined, has_article
from waqia.output import Claim
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import ClaimIndex, blocked, complementiser
from waqia.stages.claims.parts import with_parts


def uncounted_subject(idx: ClaimIndex, met: int, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The vague toll of the plural subject right after «لقي» (token ``met``) of the object at ``ti``,
    or right after a complementiser before the verb at ``ti``."""
    if met < 0:
        return _fronted(idx, ti, m, used) or _lasting(idx, ti, m, used)
    return _subject(idx, met + 1, ti, m, used)


def _lasting(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«بينما لا يزال آخرون في عداد المفقودين»: «آخرون» right after a verb of lasting (claim_words role
    ``still``: «يزال», «زال») and right before the phrase at ``ti`` of the state they are still in."""
    k = ti - 1
    if k < 1 or idx.doc.tokens[k - 1].text not in idx.words.get("still", ()) or not idx.same_clause(k - 1, ti) \
            or idx.people.get(k) is None or idx.people[k].entry.get("type") != "other":
        return []
    return _subject(idx, k, ti, m, used)


def _fronted(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«أن آخرين أصيبوا»: «آخرون» between a complementiser and the verb."""
    c = ti - 2
    if c < 0 or not complementiser(idx, c) or m.entry.get("kind") == "participants" or not idx.same_clause(c + 1, ti):
        return []
    nxt = idx.tok(m.end)
    if nxt < len(idx.doc.tokens) and idx.same_clause(ti, nxt) and (nxt in idx.quantities or nxt in idx.people):
        return []  # «أن مسلحين قتلوا 5 أشخاص»: the verb's object
    if idx.people.get(c + 1) is None or idx.people[c + 1].entry.get("type") != "other":
        return []  # «أن مدنيين قتلوا»: not read (a lead's joint speakers, the target named otherwise)
    return _subject(idx, c + 1, ti, m, used)


def _subject(idx: ClaimIndex, k: int, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The vague toll of a plural noun for people at token ``k``, the subject of the verb at ``ti``."""
    if k >= ti:
        return []
    person = idx.people.get(k)
    if person is None or k in used or blocked(idx, k) or person.entry.get("type") not in ("person", "other") \
            or person.entry.get("number") in COUNT or has_article(person.prefix) \
            or any(j in idx.quantities or j in idx.cues for j in range(k, ti)):
        return []
    used.add(k)
    return with_parts(idx, m, None, k, used)


def opens_subject(idx: ClaimIndex, k: int) -> bool:
    """Token ``k - 1`` is «لقي» (or «ولقي») or a complementiser, whose subject stands at ``k``."""
    met, word = idx.words.get("met", frozenset()), idx.doc.tokens[k - 1].text
    return k > 0 and (word in met or conjoined(word) and word[1:] in met or complementiser(idx, k - 1))
