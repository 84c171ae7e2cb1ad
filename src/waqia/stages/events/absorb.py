"""Weak trigger words that are part of a stronger one in their sentence or story."""

from __future__ import annotations

import bisect
from typing import Any

from waqia.core.document import Document
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.events.crowds import crowd_fights
from waqia.stages.events.frames import BREAKS
from waqia.stages.events.rules import fired_apart
from waqia.stages.events.scope import fresh_items
from waqia.stages.events.subtypes import ABDUCTION, days_named, freed, shot_apart
from waqia.stages.places.roles import locates

#: weak words that tell an act of their own beside a strong word of another type in their sentence
BESIDE_STRONG = ("Violence against civilians", "Strategic developments")
#: a weak word for the bomber («انتحاري») beside a strong bomb word tells who set it off: a suicide attack
BOMBER = ("Suicide bomb",)
#: ... and a weak word for ground taken («وسيطروا عليها») tells what no strike or bomb word of its sentence does
KEPT = (*BOMBER, "territory", "fallen", "overran")


def absorb(triggers: list[Any], claims: list[ClaimMention],
           dated_sentences: set[int] | None = None, placed_sentences: set[int] | None = None,
           doc: Document | None = None) -> list[Any]:
    """Weak triggers that are part of a stronger one are dropped.

    A weak trigger next to a strong one in its sentence is the same event
    («قصف» beside «غارة»), unless it tells an act of another kind (``BESIDE_STRONG``: gunfire at
    people, an arrest: «اندلعت الاشتباكات بعد اعتقال القائد»); a weak weapon word in a story that has a strong
    trigger of the same family, or a battle, is a detail of that event
    (a car bomb used in a ground attack is part of the battle).  The fire the victims fell to («برصاص
    الجيش», flag ``shot``) tells an event of its own only in a story that no other word tells one of
    (beside arrests it does: «استشهد شاب برصاص الجيش ... واعتقلت القوات خمسة»; beside a protest of another
    sentence too: «استشهد شاب برصاص الجيش ... ونظم المئات وقفة احتجاجية»).
    """
    strong_in = {(t.sentence, t.event_type) for t in triggers if t.weight >= 2}
    # a label («مجزرة») judges the event a weak word of its sentence tells («بعد أن قصفت طائراته منزلا»): it absorbs none
    strong_sentences = {t.sentence for t in triggers if t.weight >= 2 and not getattr(t, "label", False)}
    families = {t.event_type for t in triggers if t.weight >= 2}
    battles = any(t.event_type == "Battles" for t in triggers)
    claim_sentences = {c.sentence for c in claims if c.claim.kind in ("killed", "injured")}
    dated = dated_sentences if dated_sentences is not None else set()
    placed = placed_sentences if placed_sentences is not None else set()
    told = any(not getattr(t, "shot", False) and t.event_type not in ("Strategic developments", "Protests")
               for t in triggers)
    protests = {t.sentence for t in triggers if t.event_type == "Protests"}
    bombed = {t.sentence for t in triggers if t.sub_event_type in BOMBER}
    out = []
    days = days_named(doc) if doc is not None and told else {}
    fresh = fresh_items(doc) if doc is not None and told else set()  # «وفي حادث منفصل»، «وفي مدينة X،»: a new item
    for t in triggers:
        if getattr(t, "shot", False) and (told or t.sentence in protests) and not shot_apart(t, triggers, days, fresh):
            continue  # «برصاص القناصة» in a story whose event a word tells: the fire of that event (not of another day)
        if t.weight < 2 and t.sub_event_type == ABDUCTION and doc is not None and freed(doc, t.pos):
            continue  # «حرر سبعة رهائن»: the people set free, no taking told
        if t.weight < 2 and t.sentence in bombed and doc is not None and bomber_attack(doc, t):
            continue  # «هجوم نفذه انتحاري»: the attack is the bombing
        if t.weight < 2 and doc is not None and shelled_target(doc, t, triggers):
            continue  # «قصفت مدفعيته مصادر النيران»: the sources of fire are the shelling's target
        if t.weight < 2:
            if t.sentence in strong_sentences and t.event_type not in BESIDE_STRONG and t.sub_event_type not in KEPT \
                    and not (t.event_type == "Protests" and (t.sentence, "Riots") in strong_in) \
                    and not (t.event_type == "Battles" and (t.sentence, "Protests") in strong_in
                             and doc is not None and crowd_fights(doc, t.pos, t.end)) \
                    and ((t.sentence, t.event_type) not in strong_in or t.event_type == "Explosions/Remote violence") \
                    and not (doc is not None and _own_clause_and_place(doc, t, triggers)):
                continue  # a weak word beside a strong one is the same event («قصف» beside «غارة»); protesters
                # beside their riot are left to refine: felled there, force met them («قتل متظاهرون برصاص الأمن بعدما أحرق محتجون المقر»);
                # so is a fight whose side is the crowd beside its protest («هاجم المحتجون متاجر»): the protest turned riot
            if t.event_type == "Explosions/Remote violence" and t.sentence not in dated \
                    and t.sentence not in placed and (
                    "Explosions/Remote violence" in families and (t.sentence, t.event_type) not in strong_in
                    or battles and t.sentence not in claim_sentences and not fired_apart(t, triggers)):
                continue
        out.append(t)
    return out


def _own_clause_and_place(doc: Document, t: Any, triggers: list[Any]) -> bool:
    """A strike of its own beside a battle: a weak word of remote violence after a clause break that
    follows the sentence's strong battle word, with a place of its own after it in its clause
    («دارت معارك في أم درمان، وقصف الطيران مواقع في بحري»)."""
    if t.event_type != "Explosions/Remote violence":
        return False
    strong = [u for u in triggers if u.sentence == t.sentence and u.weight >= 2 and u.event_type == "Battles"]
    if not strong or any(u.end > t.pos or not doc.broken(BREAKS, u.end, t.pos) for u in strong):
        return False
    end = doc.sentences[t.sentence].end
    breaks = doc.breaks(BREAKS)  # the first break after the word, found by bisection (#14)
    i = bisect.bisect_left(breaks, t.end)
    stop = breaks[i] if i < len(breaks) and breaks[i] < end else end
    return any(t.end <= p.start < stop and locates(p) for p in doc.layer("places"))


def bomber_attack(doc: Document, t: Any) -> bool:
    """A noun for any attack (flag ``generic``: «هجوم نفذه انتحاري بسيارة ملغومة على قاعدة») in a sentence
    that names a suicide bomber and neither armed men (the bomber himself aside) nor a storming: the attack is the bombing, no battle."""
    if not any(m.start == t.pos and "generic" in (m.entry.get("flags") or "") for m in doc.matches_of("event_triggers")):
        return False
    bombers = {m.start for m in doc.matches_of("event_triggers") if m.entry.get("sub_event_type") in BOMBER}
    return not any(a.sentence == t.sentence and a.category == "armed_group" and a.start not in bombers
                   for a in doc.layer("actors")) \
        and not any(m.entry.get("means") == "assault" and doc.sentence_of(m.start) == t.sentence
                    for m in doc.matches_of("event_triggers_means"))



def shelled_target(doc: Document, t: Any, triggers: list[Any]) -> bool:
    """Fire returned at its sources (flag ``target``: «مصادر النيران») as the object of a shelling or strike word
    at most three words before it in its clause («قصفت مدفعيته مصادر النيران», «استهدف الطيران مصادر إطلاق
    النار»): the target of that shelling, no exchange of fire («ردت القوات على مصادر النيران» still is one)."""
    if t.event_type != "Battles" or not any(
            m.start == t.pos and "target" in (m.entry.get("flags") or "") for m in doc.matches_of("event_triggers")):
        return False
    at = doc.token_index(t.pos)
    return any(u.sentence == t.sentence and u.event_type == "Explosions/Remote violence" and u.end <= t.pos
               and at - doc.token_index(u.pos) <= 3 and not doc.broken(BREAKS, u.end, t.pos) for u in triggers)
