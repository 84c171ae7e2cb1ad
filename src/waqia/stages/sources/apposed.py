"""A title set off by a comma after a speaker's name at the end of a sentence: «...، حسبما أفاد العقيد
فلان، المتحدث باسم القيادة.» (#10, grid32). The title is a noun phrase in apposition to the name that
closes the sentence: it says nothing, so the name still closes what it attributes. A phrase with a
figure in it, one opened by «و», or one that stops before the sentence ends is no such title.

A statement adjunct closing the sentence after the speaker («في تصريح صحفي») says nothing either; a
title between «كان» with its subject and «قد» with the verb («وكان العقيد X، المتحدث باسم Y، قد أعلن»)
leaves the name the subject.
Used by :mod:`waqia.stages.sources.stage` (the trailing attribution).
"""

from __future__ import annotations

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import ACCUSATIVE, AND, ARTICLE
from waqia.stages.sources.slot import Slot, SlotInfo, phrase_from

#: how many words a statement adjunct closing the sentence may take after its «في»
_ADJUNCT = 6


def closing_title(doc: Document, last: int, info: SlotInfo) -> int:
    """The last token of a title in apposition after token ``last`` that ends its sentence, or ``last``;
    of a statement adjunct that ends it («...، قال المحافظ في تصريح صحفي.»)."""
    toks = doc.tokens
    k = last + 1
    if k >= len(toks) or toks[k].sentence != toks[last].sentence:
        return last
    if k + 1 < len(toks) and toks[k].text in info.words["in"] and toks[k + 1].start in info.statements:
        end = _sentence_last(doc, k)
        return end if end > k and not any(t.text.isdigit() or t.start in info.figures for t in toks[k:end + 1]) \
            and info.words["complement"].isdisjoint(t.text for t in toks[k:end + 1]) else last
    if COMMAS.isdisjoint(doc.text[toks[last].end:toks[k].start]):
        return last
    word = toks[k].text
    if word.startswith(AND) or k in info.dates or toks[k].start in info.figures or word in info.words["particle"] \
            or word.endswith(ACCUSATIVE) and not word.startswith(ARTICLE):
        return last  # «...، تحسبا لسوء الأحوال»: an adverbial accusative, not a title
    end = phrase_from(doc, k, info).last
    ends = end + 1 >= len(toks) or toks[end + 1].sentence != toks[k].sentence
    if any(t.text.isdigit() or t.start in info.figures for t in toks[k:end + 1]):
        return last
    if not ends and toks[end + 1].text in info.words["in"]:  # «...، المتحدث باسم القيادة في تصريح صحفي.»
        return after if (after := closing_title(doc, end, info)) != end else last
    return end if ends else last


def closing_aside(doc: Document, first: int, last: int, info: SlotInfo) -> int:
    """:func:`closing_title` after the speaker whose name starts at token ``first`` and ends at ``last``, or
    after the whole noun phrase that opens there («قالت وزارة الصحة في حكومة الوحدة في تصريح صحفي.»)."""
    if (after := closing_title(doc, last, info)) != last:
        return after
    end = phrase_from(doc, first, info).last  # the whole phrase asked of only where it runs past the name (#14)
    return after if end > last and (after := closing_title(doc, end, info)) != end else last


def _sentence_last(doc: Document, k: int) -> int:
    """The last token of the sentence of token ``k``, when it is near (a few words of an adjunct); else ``k``."""
    toks = doc.tokens
    end = k
    while end + 1 < len(toks) and toks[end + 1].sentence == toks[k].sentence and end - k < _ADJUNCT:
        end += 1
    return end if end + 1 >= len(toks) or toks[end + 1].sentence != toks[k].sentence else k


def was_apposed(doc: Document, verb_start: int, info: SlotInfo) -> Slot | None:
    """«وكان العقيد X، المتحدث باسم Y، قد أعلن»: the subject between «كان» and a title set off by two
    commas before «قد» and the verb; the name before the first comma (the title speaks for it)."""
    toks, text = doc.tokens, doc.text
    v = doc.token_index(verb_start)
    if v < 4 or toks[v - 1].text not in info.words["already"] or COMMAS.isdisjoint(text[toks[v - 2].end:toks[v - 1].start]):
        return None
    sent = toks[v].sentence
    for j in range(v - 2, max(v - 2 - 2 * _ADJUNCT, 0), -1):
        if toks[j].sentence != sent or toks[j].text in info.words["was"]:
            return None
        if not COMMAS.isdisjoint(text[toks[j - 1].end:toks[j].start]):
            return _after_was(doc, j - 1, info)
    return None


def _after_was(doc: Document, last: int, info: SlotInfo) -> Slot | None:
    """The name from right after «كان» to token ``last`` (nothing but words between), or None."""
    toks, text = doc.tokens, doc.text
    for k in range(last, max(last - _ADJUNCT, -1), -1):
        if toks[k].text in info.words["was"]:
            inside = all(not (t.text.isdigit() or t.start in info.figures or t.start in info.cues) for t in toks[k + 1:last + 1])
            return Slot(k + 1, last) if k < last and inside else None
        if toks[k].sentence != toks[last].sentence or not COMMAS.isdisjoint(text[toks[k - 1].end:toks[k].start]):
            return None
    return None
