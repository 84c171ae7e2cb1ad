"""The crew of a vessel told by the bare «الطاقم» («أحد أفراد الطاقم أصيب», the ship named a sentence before): the
men aboard, of the side of the vessel named last before them in their sentence or the one before — a merchant ship,
a tanker or a boat (claim_words role ``vessel``) carries civilians, one with a military adjective after it («سفينة
حربية», roles ``armed_site`` and ``war``) the state's sailors.  A military vehicle (role ``armour``: «دبابة», «آلية»)
carries the state's soldiers only when a word of the occupying army or a military adjective follows it («دبابة
ميركافا», «جرافة عسكرية إسرائيلية»); any other craft (a helicopter, a tank of no one named) says nothing: whose it is
is not in the word."""

from __future__ import annotations

import dataclasses
import functools

from waqia.core.morphology import proclitic_readings, without_article
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.rules import ClaimMention, replace_party


def crew_sides(idx: ClaimIndex, claims: list[ClaimMention]) -> list[ClaimMention]:
    """``claims`` with the crews of no side given their vessel's side."""
    if not idx.words.get("crew") or not idx.words.get("vessel"):
        return claims
    out = []
    for cm in claims:
        c = cm.claim
        side = _vessel_side(idx, c) if c.party.category == "unknown" and c.party.span is not None else None
        out.append(dataclasses.replace(cm, claim=replace_party(c, Party(c.party.span, c.party.name, side)))
                   if side else cm)
    return out


def _vessel_side(idx: ClaimIndex, c: Claim) -> str | None:
    """The side of the vessel whose crew is the party of ``c`` («الطاقم», «أفراد الطاقم»), or None."""
    span, toks = c.party.span, idx.doc.tokens
    assert span is not None
    k = idx.tok(idx.doc.normal_pos(span.start))
    j = idx.tok(idx.doc.normal_pos(span.end - 1)) + 1  # «أفراد الطاقم»: the crew after the members' noun
    crew = idx.words["crew"]
    if not any(_reads(toks[n].text) & crew for n in range(k, min(j + 1, len(toks))) if n == k or idx.same_clause(k, n)):
        return None  # «الطاقم», «أفراد الطاقم», «أفراد طاقمها»
    war = idx.words.get("armed_site", frozenset()) | idx.words.get("war", frozenset())
    for v in range(k - 1, -1, -1):
        if toks[v].sentence < toks[k].sentence - 1:
            return None
        if _reads(toks[v].text) & idx.words["vessel"]:
            armed = v + 1 < len(toks) and bool(_reads(toks[v + 1].text) & war)
            return "state_forces" if armed else "civilians"
        if _stems(toks[v].text) & idx.words.get("armour", frozenset()):
            return _army_vehicle(idx, v, war)
    return None


def _army_vehicle(idx: ClaimIndex, v: int, war: frozenset[str]) -> str | None:
    """«دبابة ميركافا», «جرافة عسكرية إسرائيلية», «آلية للاحتلال»: a vehicle at token ``v`` with a word of the occupying
    army or a military adjective within three words after it carries the state's soldiers; any other, no side."""
    toks, own = idx.doc.tokens, war | idx.words.get("occupier", frozenset())
    return "state_forces" if any(_reads(toks[n].text) & own or toks[n].text in own
                                 for n in range(v + 1, min(v + 4, len(toks))) if idx.same_clause(v, n)) else None


@functools.lru_cache(maxsize=4096)
def _reads(word: str) -> frozenset[str]:
    """The readings of a word without its proclitics and article («للسفينة»: «سفينة»)."""
    return frozenset(without_article(stem) for _, stem in proclitic_readings(word))


@functools.lru_cache(maxsize=4096)
def _stems(word: str) -> frozenset[str]:
    """The readings of a word without its proclitics, with and without the article («بآلية»: «آلية», whose first
    letters read as an article once normalised)."""
    return frozenset(stem for _, stem in proclitic_readings(word)) | _reads(word)
