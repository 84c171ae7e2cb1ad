"""The weapons of a ground assault that go off in no event of their own: those named in a list after a word of
using, and a bomb that opened the way for a storming (GUIDELINES: car bombs, shells or drones used inside a ground
attack are part of the battle and not coded apart)."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import joined_by_and

#: how many words may stand between a word of using and the weapon it names («مستخدمة المدفعية الثقيلة والطائرات»)
USE_REACH = 4
#: how many words may stand between a word of sequence and the bomb or storming after it («اقتحموا المركز بعد أن
#: فجر انتحاري سيارة مفخخة عند بوابته»)
OPEN_REACH = 4
#: the event type of weapons that strike from afar
EXPLOSIONS = "Explosions/Remote violence"
#: punctuation or a new line that ends a clause
_GAP_BREAKS = "،,؛;.:\n"


def listed_from(doc: Document, pos: int, sentence: int) -> int:
    """Where the list of weapons that the weapon word at ``pos`` closes begins: a weapon word joined to one before
    it by «و» within :data:`USE_REACH` words («استخدموا عبوات ناسفة يدوية الصنع وسيارات انتحارية») is named by the
    same word of using as the first of the list; ``pos`` itself when it stands first."""
    weapons = sorted((m for m in doc.matches_of("event_triggers") if m.entry.get("event_type") == EXPLOSIONS
                      and doc.sentence_of(m.start) == sentence and m.start < pos), key=lambda m: -m.start)
    first = pos
    for m in weapons:
        if m.end <= first and doc.token_index(first) - doc.token_index(max(m.end - 1, m.start)) <= USE_REACH \
                and _and_between(doc, m.end, first) and not doc.broken(_GAP_BREAKS, m.end, first):
            first = m.start
    return first


def _and_between(doc: Document, end: int, pos: int) -> bool:
    """A word opening with «و» after ``end`` and up to the word at ``pos`` (the list goes on)."""
    return any(joined_by_and(t.text) for t in doc.tokens[doc.token_index(end):doc.token_index(pos) + 1] if t.start >= end)


def opened_way(doc: Document, pos: int, sentence: int) -> bool:
    """The bomb word at ``pos`` and a storming (means ``assault``, not a repelling: «اقتحم», «هاجم») stand in one
    clause with a word of sequence between them (means ``sequence``: «بعد أن», «عقب», «قبل أن», «ثم»), the later of
    the two within :data:`OPEN_REACH` words after it: «اقتحم المسلحون المركز بعد أن فجر انتحاري سيارة مفخخة», «فجر
    انتحاري سيارته عند البوابة ثم اقتحم مسلحون المبنى» tell one assault whose bomb opened the way."""
    here = [m for m in doc.matches_of("event_triggers_means") if doc.sentence_of(m.start) == sentence]
    storms = [m for m in here if m.entry.get("means") == "assault" and "repel" not in (m.entry.get("flags") or "")]
    links = [m for m in here if m.entry.get("means") == "sequence"]
    for s in storms:
        a, b = (s.end, pos) if s.end <= pos else (pos, s.start)
        if not doc.broken(_GAP_BREAKS, a, b) and any(
                a <= k.start and k.end <= b and doc.token_index(b) - doc.token_index(k.end - 1) <= OPEN_REACH for k in links):
            return True
    return False
