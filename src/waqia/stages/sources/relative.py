"""A relative clause on the speaker, with no comma, between the speaker and what was said:
«وقال محمد يوسف الذي يعمل ممرضا في المستشفى لوكالة الصحافة الفرنسية إن ...». The name before
the relative pronoun is the verb's subject though no list knows it.

Used by :mod:`waqia.stages.sources.complement`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.stages.sources.words import SlotInfo, figure

#: the longest relative clause read between a speaker and the speech
MAX_CLAUSE = 14
_SPEECH = frozenset(':"')


def relative_aside(doc: Document, last: int, info: SlotInfo) -> bool:
    """Whether a relative pronoun right after token ``last`` opens a clause that a complementiser,
    a colon or a quote closes within a few words, with no figure and no other verb of saying in it."""
    toks = doc.tokens
    k = last + 1
    if k >= len(toks) or toks[k].sentence != toks[last].sentence or toks[k].text not in info.words["relative"]:
        return False
    for n in range(k + 1, min(k + MAX_CLAUSE, len(toks))):
        if toks[n].sentence != toks[k].sentence:
            return False
        if toks[n].text in info.words["complement"] or not _SPEECH.isdisjoint(doc.text[toks[n - 1].end:toks[n].start]):
            return True
        if figure(toks[n], info) or toks[n].start in info.cues:
            return False
    return False
