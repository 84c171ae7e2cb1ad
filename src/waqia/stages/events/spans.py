"""A span of the past that closes a list of acts: «قتلت 115 مسلحا وأوقفت 230 مشتبها بهم، وحررت 87 مختطفا، في عمليات
نفذتها خلال الأسبوعين الماضيين» tells a fortnight's tally of each act of the list, no one event."""

from __future__ import annotations

from collections.abc import Sequence

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import joined_by_and

#: the commas between the clauses of one list
_COMMAS = "،,"
#: what ends a sentence's clauses otherwise
_STOPS = "؛;.:\n"


def closed_by_span(doc: Document, pos: int, past: list[int], found: Sequence[Match]) -> bool:
    """The event word at ``pos`` is one of a list of acts whose last clause, after a comma, is an adjunct of a span
    of the past: the clause opens with no «و» (no new sentence of its own: «وهي الحصيلة الأعلى خلال الأسبوع» is a
    comment), holds a word of period («خلال», background_cues.tsv ``period``) and a cue of the past after it
    (``past``: token indices) and no event word (``found``), and every clause between opens with
    «و» (the list goes on: «، وحررت 87 مختطفا،»)."""
    toks, k = doc.tokens, doc.token_index(pos)
    periods = {doc.token_index(m.start) for m in doc.matches_of("background_cues") if m.entry.get("type") == "period"}
    if not periods or not past:
        return False
    events = {doc.token_index(m.start) for m in found}
    j = k + 1
    while j < len(toks) and toks[j].sentence == toks[k].sentence:
        if doc.broken(_STOPS, toks[j - 1].end, toks[j].start):
            return False
        if doc.broken(_COMMAS, toks[j - 1].end, toks[j].start):
            end = next((i for i in range(j + 1, len(toks)) if toks[i].sentence != toks[k].sentence
                        or doc.broken(_COMMAS + _STOPS, toks[i - 1].end, toks[i].start)), len(toks))
            if not joined_by_and(toks[j].text):
                clause = range(j, end)
                return not any(i in events for i in clause) and any(
                    p in clause and any(c in clause and c > p for c in past) for p in periods)
            j = end
            continue
        j += 1
    return False
