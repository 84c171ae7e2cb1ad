"""The captives of a battle: a weak word of arrest joined by «و» to the killing of the same fighters in one clause
(«تمكنت من قتل اثنين من المهاجمين واعتقال ثالث») tells who was taken in that fight, not arrests of their own."""

from __future__ import annotations

from typing import Any

from waqia.core.document import Document
from waqia.core.morphology import joined_by_and
from waqia.stages.claims.rules import CARED, ClaimMention
from waqia.stages.events.means import means_near

#: punctuation or a new line that ends a clause
_GAP_BREAKS = "،,؛;.:\n"
#: how many words may stand between the killed and the word of arrest joined to them
REACH = 6


def captives(doc: Document, triggers: list[Any], claims: list[ClaimMention]) -> set[int]:
    """Where the weak words of arrest stand (weight 1: «اعتقال», «أسر») that open with «و» and follow, in their
    clause and within :data:`REACH` words, a toll of the killed told in the same sentence, when a battle is told
    in the story: the battle's captives, who join it as a word that refers back.  A sweep after the word in its
    clause (means ``sweep``) tells an operation of its own."""
    if not any(t.event_type == "Battles" for t in triggers):
        return set()
    out = set()
    for t in triggers:
        if t.sub_event_type != "Arrests" or t.weight >= 2 or not joined_by_and(doc.tokens[doc.token_index(t.pos)].text) \
                or means_near(doc, t.pos, t.end, "sweep", before=False):
            continue  # «واعتقلت ستة مشتبه بهم خلال عملية تفتيش»: a sweep of its own (subtypes.arrests_apart)
        at = doc.token_index(t.pos)
        if any(c.sentence == t.sentence and c.claim.kind == "killed" and c.pos < t.pos
               and at - doc.token_index(c.pos) <= REACH and not doc.broken(_GAP_BREAKS, c.pos, t.pos) for c in claims):
            out.add(t.pos)
    return out


def toll_apart(triggers: list[Any], claims: list[ClaimMention]) -> list[ClaimMention]:
    """The dead and wounded of a story whose every event word tells arrests («تمكنت المفرزة من القضاء على ثلاثة
    إرهابيين» told by no event word, then «أوقفت مفارز أخرى عنصري دعم»): arrests kill no one, so the toll tells
    a fight of its own, typed by its figures; empty when another kind of event is told."""
    if not triggers or any(t.sub_event_type != "Arrests" for t in triggers):
        return []
    return [c for c in claims if c.claim.kind in ("killed", "injured") and c.role != CARED]
