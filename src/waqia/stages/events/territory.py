"""Who took the ground a territory word tells (issue #10): the state regains it, any other side overtakes it.

The side is read from the words around the trigger: for ground fallen («سقطت البلدة في أيدي مسلحين») the
hand it fell into, right after the completion of the verb (none named there: not the state's, which a
story names as its own); for a verb joined to the one before with its subject in it («هاجم مسلحون معسكرا
للجيش وسيطروا عليه») the subject of the first verb, the first side of the sentence (not
after a preposition: «للجيش» is the post's); else the side named
nearest before the trigger in its sentence, or the subject right after a verb that comes first
(«سيطرت قوات الجيش على ...»).  A territory word in a relative clause describes ground held, no taking.
"""

from __future__ import annotations

from typing import Any

from waqia.core.document import Document
from waqia.core.morphology import PREPOSITION_ARTICLES, conjoined
from waqia.stages.events.frames import completion_end

REGAINS = "Government regains territory"
OVERTAKES = "Non-state actor overtakes territory"
#: how many words after the verb (or the completion of ground fallen) its subject may start
SUBJECT_REACH = 2


def taken_by(doc: Document, t: Any) -> str:
    """The sub-event type of the territory trigger ``t`` (sub-event type ``territory`` or ``fallen``)."""
    sides = [a for a in doc.layer("actors") if a.sentence == t.sentence]
    after = doc.token_index(t.end - 1)  # the subject's head may stand first («قوات الجيش»)
    if t.sub_event_type == "fallen":  # «سقطت البلدة في يد قوات الدعم السريع»: the hand it fell into
        hand = completion_end(doc, t.pos)
        at = doc.token_index(hand - 1) if hand is not None else after
        taker = next((a for a in sides if a.start >= t.end and 0 < doc.token_index(a.start) - at <= SUBJECT_REACH), None)
    else:
        before = [a for a in sides if a.end <= t.pos]
        own = next((a for a in sides if 0 < doc.token_index(a.start) - after <= SUBJECT_REACH), None)
        if before and own is None and conjoined(doc.tokens[doc.token_index(t.pos)].text):
            # «... وسيطروا عليه»: the subject of the verb it is joined to, the first side of the sentence; one after a
            # preposition is no subject («هاجم مقاتلو الحركة ثكنة للجيش»: the post's, not the taker)
            first = doc.tokens[doc.token_index(before[0].start)].text
            taker = None if first.startswith(PREPOSITION_ARTICLES) else before[0]
        else:
            taker = before[-1] if before else own
    return REGAINS if taker is not None and taker.category == "state_forces" else OVERTAKES


def held(doc: Document, pos: int) -> bool:
    """The territory word at ``pos`` opens a relative clause («المواقع التي سيطر عليها التنظيم», «البلدة التي
    استولى عليها المسلحون»): it describes ground a side holds, it tells no taking (a relative pronoun:
    ``relative`` in ``source_stops.tsv``)."""
    at = doc.token_index(pos)
    return any(m.entry.get("why") == "relative" and doc.token_index(max(m.end - 1, m.start)) == at - 1
               for m in doc.matches_of("source_stops"))
