"""A title set off by a comma after a speaker's name at the end of a sentence: «...، حسبما أفاد العقيد
فلان، المتحدث باسم القيادة.» (#10, grid32). The title is a noun phrase in apposition to the name that
closes the sentence: it says nothing, so the name still closes what it attributes. A phrase with a
figure in it, one opened by «و», or one that stops before the sentence ends is no such title.

Used by :mod:`waqia.stages.sources.stage` (the trailing attribution).
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import ACCUSATIVE, AND, ARTICLE
from waqia.stages.sources.slot import SlotInfo, phrase_from

_COMMAS = frozenset("،,")


def closing_title(doc: Document, last: int, info: SlotInfo) -> int:
    """The last token of a title in apposition after token ``last`` that ends its sentence, or ``last``."""
    toks = doc.tokens
    k = last + 1
    if k >= len(toks) or toks[k].sentence != toks[last].sentence or _COMMAS.isdisjoint(doc.text[toks[last].end:toks[k].start]):
        return last
    word = toks[k].text
    if word.startswith(AND) or k in info.dates or toks[k].start in info.figures or word in info.words["particle"] \
            or word.endswith(ACCUSATIVE) and not word.startswith(ARTICLE):
        return last  # «...، تحسبا لسوء الأحوال»: an adverbial accusative, not a title
    end = phrase_from(doc, k, info).last
    ends = end + 1 >= len(toks) or toks[end + 1].sentence != toks[k].sentence
    figures = any(t.text.isdigit() or t.start in info.figures for t in toks[k:end + 1])
    return end if ends and not figures else last
