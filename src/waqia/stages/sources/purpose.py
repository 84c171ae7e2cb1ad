"""The subject of a verb of purpose: «عادت وزارة الصحة لتعلن», «ثم خرج المتحدث ليؤكد».

A present verb with the «ل» of purpose has no subject of its own: it shares the subject of
the verb before it, a verb of coming or going back (speaker_words.tsv role ``then``: «عاد»,
«خرج», «سارع»).  That subject is the phrase between the two verbs.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import AND, LAM
from waqia.stages.sources.slot import Slot
from waqia.stages.sources.words import SlotInfo, gap_ok

_REACH = 8


def purpose_subject(doc: Document, verb_start: int, prefix: str, info: SlotInfo) -> Slot | None:
    """Tokens of the subject before a verb of purpose at ``verb_start`` («لتعلن»), or None."""
    if not prefix.endswith(LAM):
        return None
    toks, text = doc.tokens, doc.text
    v = doc.token_index(verb_start)
    for j in range(v - 1, max(v - _REACH, -1), -1):
        if toks[j].sentence != toks[v].sentence or not gap_ok(text[toks[j].end:toks[j + 1].start]):
            return None
        word = toks[j].text
        if word in info.words["then"] or word.startswith(AND) and word[len(AND):] in info.words["then"]:
            return Slot(j + 1, v - 1) if j + 1 < v else None
        if toks[j].start in info.cues or word.isdigit():
            return None
    return None
