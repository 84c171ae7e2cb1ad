"""The means of an attack named beside its word (``event_triggers_means.tsv``).

«قصف الطيران منزلا», «قصفت الميليشيا السجن باستخدام الطائرات المسيرة», «طائرات
أطلقت عددا من الصواريخ»: a shelling word told with an aircraft in its clause
reports an air or drone strike, as does «هجوم» followed by one («هجوم بطائرة
بدون طيار»).  «هجوم على حاجز» is an assault on a post, not any attack; a story
that tells a storming («قبل اقتحامه») tells a ground assault.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import PLURAL_NOMINATIVE

#: how many words apart an aircraft and the event word may stand
REACH = 6
#: punctuation that ends a clause
CLAUSE_BREAKS = "،,؛;.:"


_last: tuple[tuple[Match, ...], list[Match]] = ((), [])


def _means(matches: tuple[Match, ...]) -> list[Match]:
    """The matches of ``event_triggers_means``, kept for the document last asked about."""
    global _last
    seen = _last
    if seen[0] is not matches:
        seen = (matches, [m for m in matches if m.concept == "event_triggers_means"])
        _last = seen
    return seen[1]


def means_near(doc: Document, pos: int, end: int, means: str, *, before: bool = True) -> bool:
    """An entry of ``means`` within :data:`REACH` words of the word at ``[pos, end)``, in its clause
    (after it only, unless ``before``)."""
    first, last = doc.token_index(pos), doc.token_index(max(end - 1, pos))
    for m in _means(doc.layer("matches")):
        if m.entry.get("means") != means:
            continue
        if m.start >= end:
            gap, words = doc.text[end:m.start], doc.token_index(m.start) - last
        elif before and m.end <= pos:
            gap, words = doc.text[m.end:pos], first - doc.token_index(max(m.end - 1, m.start))
        else:
            continue
        if words <= REACH and not any(ch in CLAUSE_BREAKS or ch == "\n" for ch in gap):
            return True
    return False


def by_air(doc: Document, sub_event_type: str, weight: int, pos: int, end: int) -> bool:
    """A shelling told with an aircraft in its clause, or a weak «هجوم» followed by one."""
    if sub_event_type == "Shelling/artillery/missile attack":
        return means_near(doc, pos, end, "air")
    return sub_event_type == "Armed clash" and weight < 2 and means_near(doc, pos, end, "air", before=False)


def on_settlement(doc: Document, pos: int, end: int) -> bool:
    """A weak attack word whose object is where people live or the people themselves, introduced by
    «على» («هجوم على قرية», «هجمات على قرى»), not a post held by a force: an attack on civilians.
    «هجوم قرب البلدة» says where, not on whom."""
    onto = {doc.token_index(m.start) + 1 for m in _means(doc.layer("matches")) if m.entry.get("means") == "onto"}
    last = doc.token_index(max(end - 1, pos))
    return any(m.entry.get("means") == "settlement" and m.start >= end and doc.token_index(m.start) in onto
               and doc.token_index(m.start) - last <= REACH
               and not any(ch in CLAUSE_BREAKS or ch == "\n" for ch in doc.text[end:m.start])
               for m in _means(doc.layer("matches"))) and not means_near(doc, pos, end, "position", before=False)


def generic_word(doc: Document, m: Match) -> bool:
    """«هجوم» for any attack; «هجوم على حاجز» tells a ground assault on a post."""
    return "generic" in m.entry.get("flags") and not means_near(doc, m.start, m.end, "position", before=False)


def tells_assault(doc: Document, matches: tuple[Match, ...], blocked: set[int]) -> bool:
    """The story tells a ground assault («اقتحامه», «هاجم») outside its background sentences."""
    return any(m.concept == "event_triggers_means" and m.entry.get("means") == "assault"
               and doc.sentence_of(m.start) not in blocked for m in matches)


def at_protesters(doc: Document, sentence: int) -> bool:
    """Gunfire and protesters in the sentence, the protesters as the ones hit («أطلقت قوات الأمن النار
    على متظاهرين»), not as the subject («اقتحم متظاهرون المبنى»)."""
    here = [m for m in _means(doc.layer("matches")) if doc.sentence_of(m.start) == sentence]
    return any(m.entry.get("means") == "shooting" for m in here) and any(
        m.entry.get("means") == "protesters" and not doc.tokens[doc.token_index(m.start)].text.endswith(PLURAL_NOMINATIVE)
        for m in here)
