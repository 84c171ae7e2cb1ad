"""Who took the ground a territory word tells (issue #10): the state regains it, any other side overtakes it.

The side is read from the words around the trigger: for ground fallen («سقطت البلدة في أيدي مسلحين») the
hand it fell into, right after the completion of the verb (none named there: not the state's, which a
story names as its own); for a frame («سيطرت قوات الجيش على ...», «بعد سيطرة قوات X عليها») the side
between the word and its completion; for a verb joined to the one before with its subject in it («هاجم
مسلحون معسكرا للجيش وسيطروا عليه») the subject of the first verb, the first side of the sentence; else
the side named nearest before the trigger in its sentence, or the subject right after a verb that comes
first.  A side after a preposition is no subject where another stands («للجيش» is the post's).  A
territory word in a relative clause describes ground held, no taking.
"""

from __future__ import annotations

from typing import Any

from waqia.core.document import Document
from waqia.core.morphology import CONJUNCTIONS, OF, PREPOSITION_ARTICLES, PREPOSITIONS, conjoined
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
        # a side after a preposition is no subject where another stands («هاجم مسلحون موقعا للجيش ... وتمكنوا من
        # السيطرة عليه»: the post's, not the taker); alone it may be («الرواية الرسمية للجيش تقول إنه سيطر على»)
        named = [a for a in sides if a.end <= t.pos]
        free = [a for a in named if not _after_preposition(doc, a.start)]
        own = next((a for a in sides if _subject_at(doc, doc.token_index(a.start), after)), None)
        if own is not None and completion_end(doc, t.pos) is not None:
            taker = own  # a frame's subject stands between the word and its completion («بعد سيطرة قوات X عليها»)
        elif named and own is None and conjoined(doc.tokens[doc.token_index(t.pos)].text):
            # «... وسيطروا عليه»: the subject of the verb it is joined to, the first side («هاجم مقاتلو الحركة ثكنة
            # للجيش وسيطروا عليها»: after a preposition, the post's)
            taker = named[0] if free and free[0] is named[0] else None
        else:
            before = free or named
            taker = before[-1] if before else own
    return REGAINS if taker is not None and taker.category == "state_forces" else OVERTAKES


def _after_preposition(doc: Document, start: int) -> bool:
    """The side starting at ``start`` follows a preposition in its word: «للجيش», «بالقوات», or a bare «ل» before a
    noun in construct («مواقع لقوات النظام»: the side names whose posts, it takes nothing)."""
    tok = doc.tokens[doc.token_index(start)]
    clitics = doc.norm.text[tok.start:start].lstrip("".join(CONJUNCTIONS))
    return tok.text.startswith(PREPOSITION_ARTICLES) or clitics in PREPOSITIONS


def _subject_at(doc: Document, at: int, after: int) -> bool:
    """A side whose first token is ``at`` stands as the subject of the verb ending at token ``after``: within
    :data:`SUBJECT_REACH` words, or one word more after a noun of part and «من» («استعادت وحدات من الجيش
    السيطرة على», «سيطرت مجموعة من مسلحي الحركة على»)."""
    gap = at - after
    return 0 < gap <= SUBJECT_REACH or (gap == SUBJECT_REACH + 1 and doc.tokens[at - 1].text == OF
                                        and doc.tokens[at - 1].sentence == doc.tokens[after].sentence)


def held(doc: Document, pos: int) -> bool:
    """The territory word at ``pos`` opens a relative clause («المواقع التي سيطر عليها التنظيم», «البلدة التي
    استولى عليها المسلحون»): it describes ground a side holds, it tells no taking (a relative pronoun:
    ``relative`` in ``source_stops.tsv``)."""
    at = doc.token_index(pos)
    return any(m.entry.get("why") == "relative" and doc.token_index(max(m.end - 1, m.start)) == at - 1
               for m in doc.matches_of("source_stops"))


def managed(doc: Document, pos: int) -> bool:
    """The territory word at ``pos`` is a verbal noun right after «من» («تمكن التنظيم من السيطرة على الحواجز»):
    what a side managed to take, told here, not a word that refers back to an event told before («تمت
    السيطرة على مجريات الأحداث», «بدأت الأجهزة بالسيطرة على» stay as they are)."""
    at = doc.token_index(pos)
    return at > 0 and doc.tokens[at - 1].text == OF and doc.tokens[at - 1].sentence == doc.tokens[at].sentence


def overran_by(doc: Document, t: Any) -> bool:
    """«اجتاح» (sub-event type ``overran``) tells ground taken only with an armed group of no state as its
    subject right after it («اجتاح مسلحو الحركة البلدة»): a state's incursion is a raid, and floods or
    protests that sweep towns take nothing."""
    after = doc.token_index(t.end - 1)
    return any(a.sentence == t.sentence and a.category == "armed_group"
               and 0 < doc.token_index(a.start) - after <= SUBJECT_REACH for a in doc.layer("actors"))
