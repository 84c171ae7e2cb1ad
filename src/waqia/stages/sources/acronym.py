"""A name in brackets as the subject of a verb of saying («وأضافت (قسد) أن», «وقالت (حسم) في بيان»),
and the full name such an acronym stands for where the text gave it in brackets after that name
(«قوات سوريا الديمقراطية (قسد)»: the initials of «قوات», «سوريا», «الديمقراطية»).

Used by :mod:`waqia.stages.sources.slot` and :mod:`waqia.stages.sources.naming`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, NAME_PREFIXES, PREPOSITION_ARTICLES
from waqia.stages.sources.words import SlotInfo, gap_ok

MAX_WORDS = 4  # an acronym or a short name in brackets


def bracketed_end(doc: Document, k: int) -> int | None:
    """The last token of a name in brackets opening at token ``k`` («(قسد)»), or None."""
    toks, text = doc.tokens, doc.text
    for j in range(k, min(k + MAX_WORDS, len(toks))):
        nxt = toks[j + 1].start if j + 1 < len(toks) else len(text)
        gap = text[toks[j].end:nxt]
        if toks[j].sentence != toks[k].sentence or toks[j].text.isdigit():
            return None
        if gap.strip() == ")" or gap.strip().startswith(")") and j + 1 < len(toks):
            return j
        if not gap_ok(gap):
            return None
    return None


def past_gloss(doc: Document, last: int) -> int:
    """The last token of a name in brackets right after token ``last`` («"قوات سوريا الديمقراطية"
    (قسد)»: a gloss of the name before it), or ``last``."""
    toks = doc.tokens
    if last + 1 >= len(toks) or doc.text[toks[last].end:toks[last + 1].start].strip(' "') != "(":
        return last
    return bracketed_end(doc, last + 1) or last


def expanded(doc: Document, start: int, end: int, info: SlotInfo) -> str | None:
    """The name given before an earlier «(X)» whose initials spell the acronym X in ``[start, end)``."""
    text = doc.text
    acronym = "".join(text[start:end].split())
    if not acronym or not text[:start].rstrip().endswith("(") or len(acronym) > 8:
        return None
    at = text.find("(" + text[start:end] + ")", 0, max(start - 1, 0))
    if at < 0:
        return None
    k = doc.token_index(at)  # the first token after the bracket; the name ends before it
    initials, first = "", k
    for n in range(k - 1, max(k - 2 * len(acronym) - 1, -1), -1):
        word = doc.tokens[n].text
        if word in info.words["in"] or word in info.words["link"]:
            continue
        initials = _stem(word)[:1] + initials
        first = n
        if len(initials) == len(acronym):
            break
    if initials != acronym:
        return None
    return " ".join(doc.original_text(doc.tokens[first].start, doc.tokens[k - 1].end).split())


def _stem(word: str) -> str:
    """The word without its proclitics («والشام»: «شام», «الديمقراطية»: «ديمقراطية»)."""
    for prefix in sorted({*PREPOSITION_ARTICLES, *(c + ARTICLE for c in NAME_PREFIXES), ARTICLE}, key=len, reverse=True):
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            return word[len(prefix):]
    return word
