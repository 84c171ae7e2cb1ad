"""A reporting verb with no subject of its own right after an indefinite object: a relative clause on that
object, whose subject is the sentence's speaker («نشرت الفصائل تسجيلا مصورا قالت إنه», «نعت صفحات موالية
ثلاثة عسكريين قالت إنهم قتلوا»).

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

import re

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import ARTICLE, LAM_ARTICLE
from waqia.stages.sources.mentions import SourceMention
from waqia.stages.sources.naming import slot_mention
from waqia.stages.sources.slot import SlotInfo, accusative_object, subject_after

_GAP_OK = re.compile(r"^[ \t]*\"?[ \t]*$")


def main_subject(doc: Document, verb_start: int, info: SlotInfo, mentions: list[SourceMention],
                  recent: dict[str, SourceMention]) -> SourceMention | None:
    """«نشرت الفصائل تسجيلا مصورا قالت إنه ...»: a verb with no subject of its own right after an
    indefinite object is a relative clause on that object; its subject is the sentence's."""
    toks = doc.tokens
    v = doc.token_index(verb_start)
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    if not after_object(doc, verb_start, info):
        return None
    first = next((k + 1 for k in range(first, min(first + 3, v - 1))
                  if not COMMAS.isdisjoint(doc.text[toks[k].end:toks[k + 1].start])), first)  # «في المقابل، نشرت»
    slot = subject_after(doc, toks[first].end, info)
    if slot is None:
        return None
    last = next((n - 1 for n in range(slot.first + 1, slot.last + 1) if accusative_object(doc, n, info)), slot.last)
    if last >= v - 1 or not toks[last].text.startswith((ARTICLE, LAM_ARTICLE)):
        return None
    return slot_mention(doc, slot.first, last, mentions, recent, info)


def after_object(doc: Document, verb_start: int, info: SlotInfo) -> bool:
    """Whether the verb at ``verb_start`` stands right after an indefinite noun, not the sentence's third word or
    sooner: a relative clause on that object («قالت إنهم» after «ثلاثة عسكريين»)."""
    toks = doc.tokens
    v = doc.token_index(verb_start)
    prev = toks[v - 1] if v > doc.token_index(doc.sentences[toks[v].sentence].start) + 2 else None
    return not (prev is None or prev.text.startswith(ARTICLE) or prev.text in info.words["particle"]
                or prev.start in info.cues or not _GAP_OK.match(doc.text[prev.end:toks[v].start]) or prev.text.isdigit())

