"""Unlisted speakers that the speech after them shows to be the verb's subject: a name before a
relative clause on it with no comma («وقال محمد يوسف الذي يعمل ممرضا في المستشفى لوكالة الصحافة
الفرنسية إن ...»), and a name ending in alif that looks like an accusative object («وقال باباكورا
كولو لوكالة فرانس برس إن»).

Used by :mod:`waqia.stages.sources.complement` and :mod:`waqia.stages.sources.slot`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import ACCUSATIVE, ARTICLE, LONG_PRONOUNS
from waqia.stages.sources.words import SlotInfo, figure

#: the longest relative clause read between a speaker and the speech
MAX_CLAUSE = 14
#: the most words a name and what describes it (an aside, a relative clause, an addressee) take before the speech
MAX_NAME = 20
_SPEECH = frozenset(':"')


def relative_aside(doc: Document, last: int, info: SlotInfo) -> bool:
    """Whether a relative pronoun right after token ``last`` opens a clause that a complementiser,
    a colon or a quote closes within a few words, with no figure and no other verb of saying in it."""
    toks = doc.tokens
    k = last + 1
    if k >= len(toks) or toks[k].sentence != toks[last].sentence or toks[k].text not in info.words["relative"]:
        return False
    return _speech_within(doc, k, MAX_CLAUSE, info)


def alif_name(doc: Document, k: int, info: SlotInfo) -> bool:
    """«وقال باباكورا كولو لوكالة فرانس برس إن», «وقال أوكونكوا إن»: a name ending in alif, spelled like
    an indefinite accusative object («بيانا», «صورا»), right after the verb at token ``k`` is its
    subject when what was said opens within a few words («إن», a colon, a quote), with no figure and
    no other verb of saying before it («أصدرت بيانا قالت فيه إن»: an object)."""
    tok, word = doc.tokens[k], doc.tokens[k].text
    if not word.endswith(ACCUSATIVE) or word.startswith(ARTICLE) or len(word) <= 4 or word.endswith(LONG_PRONOUNS) \
            or word in info.words["governs"] or word in info.words["particle"]:
        return False  # «قال فيها إن»: a preposition with its pronoun, no name
    return tok.start not in info.cues and tok.start not in info.statements and tok.start not in info.stops \
        and _speech_within(doc, k, MAX_NAME, info)


def _speech_within(doc: Document, k: int, most: int, info: SlotInfo) -> bool:
    """Whether a complementiser, a colon or a quote opens what was said within ``most`` tokens after
    token ``k``, in its sentence, with no figure and no verb of saying before it."""
    toks = doc.tokens
    for n in range(k + 1, min(k + most, len(toks))):
        if toks[n].sentence != toks[k].sentence:
            return False
        if toks[n].text in info.words["complement"] or not _SPEECH.isdisjoint(doc.text[toks[n - 1].end:toks[n].start]):
            return True
        if figure(toks[n], info) or toks[n].start in info.cues:
            return False
    return False
