"""A speaker told back by the short form an article gave in brackets after its full name: «قال مكتب
الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) ... وأضاف أوتشا», «أفادت وكالة الأنباء العراقية (واع)
... وذكرت واع», «الدفاع المدني السوري (الخوذ البيضاء) ... وقالت الخوذ البيضاء» (GUIDELINES: when the
text refers back, the full name).

«X (Y)» defines Y as X for the rest of the article. The speaker is the whole of Y (a name of a few
words, quotation marks aside), written after the brackets; X is a source named before them in the
same sentence, and what lies between that name and the bracket is more words of it: no punctuation,
nor a word that opens what was said, a clause or an adjunct («إن», «حيث»). The earliest such name is
the full one, or the last that follows «في» («مصدر في الجيش الوطني (X)»: X is the army); with none, the speaker keeps the name it had («prefer not found to a guess»). The
surface text stays what the sentence wrote. Used by :mod:`waqia.stages.sources.referent`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from waqia.core.document import Document
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.words import SlotInfo

MAX_SHORT = 3  # words of a short form in brackets
MAX_MORE = 6  # words of the full name after the source the lexicon found there
_CLOSED = ("says", "particle", "complement")


def glossed_names(doc: Document, attributions: list[Attribution], named: Sequence[SourceMention],
                  info: SlotInfo) -> list[Attribution]:
    """The attributions whose speaker is a short form in brackets named by the full name before it."""
    if "(" not in doc.text:  # most articles (#14)
        return attributions
    pool = [*named, *(a.source for a in attributions)]
    out = []
    for a in attributions:
        name = None if a.source.backref else _full_name(doc, a.source, pool, info)
        out.append(a if name is None else dataclasses.replace(a, source=dataclasses.replace(a.source, name=name, backref=True)))
    return out


def _full_name(doc: Document, src: SourceMention, pool: Sequence[SourceMention], info: SlotInfo) -> str | None:
    """The name given before «(Y)» earlier in the article, where Y is the whole of ``src``; None if none."""
    text = doc.text
    short = text[src.start:src.end].strip(' "')
    if not short or len(short.split()) > MAX_SHORT:
        return None
    at = max(text.rfind("(" + short + ")", 0, src.start), text.rfind('("' + short + '")', 0, src.start))
    if at < 0:
        return None
    end = len(text[:at].rstrip(' "'))
    last = doc.token_index(end - 1) if end else -1
    if last < 0 or last >= len(doc.tokens):
        return None
    starts = sorted({m.start for m in pool if m.start < end and (m.end <= end or m.end <= at and not text[end:m.end].strip(' "'))
                     and m is not src  # a name may keep the closing quote of its last words («منظمة "X Y"»)
                     and _more_of_name(doc, m, last, info)})
    if not starts:
        return None
    inner = [s for s in starts if _after_in(doc, s, info)]  # «مصدر في الجيش X (Y)»: Y is the body
    return " ".join(doc.original_text(inner[-1] if inner else starts[0], end).replace('"', " ").split())


def _after_in(doc: Document, start: int, info: SlotInfo) -> bool:
    """Whether the name at ``start`` follows «في» in the same sentence («مصدر في الجيش»)."""
    k = doc.token_index(start)
    toks = doc.tokens
    return 0 < k < len(toks) and toks[k - 1].text in info.words["in"] and toks[k - 1].sentence == toks[k].sentence


def _more_of_name(doc: Document, m: SourceMention, last: int, info: SlotInfo) -> bool:
    """Whether the words from the end of ``m`` to token ``last`` can only go on with its name."""
    toks, text = doc.tokens, doc.text
    first = doc.token_index(m.start)
    if first >= len(toks) or toks[first].sentence != toks[last].sentence:
        return False
    nxt = doc.token_index(m.end)
    if last - nxt + 1 > MAX_MORE:
        return False
    for k in range(max(first, 0), last):
        if text[toks[k].end:toks[k + 1].start].strip(' "'):
            return False
    return not any(toks[k].text in info.words[r] for k in range(nxt, last + 1) for r in _CLOSED)
