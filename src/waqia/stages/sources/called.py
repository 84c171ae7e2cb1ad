"""Names in quotes: a speaker that names itself («جماعة تطلق على نفسها "X"», «تنظيم يسمي نفسه
"X"»), and a subject quoted whole right after its verb («أفادت "الوكالة الوطنية للإعلام" بـ»).

A name others give («ما يعرف بـ"X"», «ما يسمى بالمجلس العسكري», «لما يعرف بـ"X"» inside a
name): «ما», a verb of being known as (speaker_words.tsv role ``known_as``), «ب» or «باسم», and
the name, quoted or definite.

The head («جماعة», «تنظيم») is followed by a verb of naming (speaker_words.tsv role
``calls``), «على» or nothing, a reflexive pronoun («نفسها», role ``same``) and the name in
quotes.  The whole phrase is the subject; its name is the head with the quoted name.
"""

from __future__ import annotations

from collections.abc import Callable

from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, LAM, PREPOSITION_ARTICLES
from waqia.stages.sources.words import SlotInfo

_QUOTE = '"'


def called_end(doc: Document, last: int, info: SlotInfo) -> tuple[int, int] | None:
    """The tokens ``[first, last]`` of the quoted name that a naming verb right after token ``last``
    gives, or None."""
    toks, text = doc.tokens, doc.text
    j = last + 1
    if j >= len(toks) or toks[j].text not in info.words["calls"] or toks[j].sentence != toks[last].sentence \
            or toks[last].text.removeprefix(LAM) in info.words["what"]:
        return None  # «ما تسمى "X"» is a name others give (:func:`so_called_end`)
    j += 1
    while j < len(toks) and j - last <= 3 and _QUOTE not in text[toks[j - 1].end:toks[j].start] \
            and (toks[j].text in info.words["same"] or toks[j].text in info.words["particle"]):
        j += 1  # «على نفسها», «نفسه»
    if j >= len(toks) or _QUOTE not in text[toks[j - 1].end:toks[j].start] or toks[j].sentence != toks[last].sentence:
        return None
    for n in range(j, min(j + 8, len(toks))):
        if toks[n].sentence != toks[j].sentence:
            return None
        if n + 1 >= len(toks) or _QUOTE in text[toks[n].end:toks[n + 1].start]:
            return j, n
    return None


def called_name(doc: Document, first: int, last: int, info: SlotInfo) -> tuple[int, str] | None:
    """For a subject at tokens ``[first, last]``: the last token of its self-given name and the
    name («جماعة نصرة الإسلام والمسلمين»), or None."""
    name = called_end(doc, last, info)
    if name is None:
        return None
    toks = doc.tokens
    head = doc.original_text(toks[first].start, toks[last].end)
    quoted = doc.original_text(toks[name[0]].start, toks[name[1]].end)
    return name[1], f"{head} {quoted}"


def quoted_name_end(doc: Document, k: int, info: SlotInfo) -> int | None:
    """The last token of a short name in quotes that opens at token ``k`` («"الوكالة الوطنية"»):
    up to five words with no figure and no casualty or event word, closed before the sentence goes
    on, or before a gloss in brackets.  Whether it is a subject (what was said follows it) is for the caller to ask."""
    toks, text = doc.tokens, doc.text
    for n in range(k, min(k + 5, len(toks))):
        if toks[n].sentence != toks[k].sentence or toks[n].text.isdigit() or toks[n].start in info.cues \
                or toks[n].start in info.figures:
            return None
        after = text[toks[n].end:toks[n + 1].start] if n + 1 < len(toks) else text[toks[n].end:]
        if _QUOTE in after:
            return n if after.strip(' "،,') in ("", "(") and n + 1 < len(toks) else None  # «"X" (قسد)»: a gloss after it
    return None


def so_called_end(doc: Document, k: int, info: SlotInfo, phrase_end: Callable[[int], int]) -> int | None:
    """The last token of «ما يعرف بـ"X"» whose «ما» (or «لما») is token ``k``, or None.

    ``phrase_end`` gives the end of a definite name written without quotes («ما يسمى بالمجلس X»)."""
    toks, text = doc.tokens, doc.text
    if k + 2 >= len(toks) or toks[k].text.removeprefix(LAM) not in info.words["what"] \
            or toks[k + 1].text not in info.words["known_as"] or toks[k + 2].sentence != toks[k].sentence:
        return None
    n = k + 2
    if toks[n].text in info.words["named_by"] and n + 1 < len(toks) and toks[n + 1].sentence == toks[k].sentence:
        n += 1  # «بـ"X"», «باسم "X"»: the name follows the preposition
    if _QUOTE in text[toks[n - 1].end:toks[n].start]:
        return quoted_end(doc, n, info)
    word = toks[n].text
    bare = word[1:] if n == k + 2 and word.startswith(PREPOSITION_ARTICLES) else word
    return phrase_end(n) if bare.startswith(ARTICLE) else None


def quoted_end(doc: Document, n: int, info: SlotInfo) -> int | None:
    """The last token of a quoted name of up to eight words opening at token ``n``."""
    toks, text = doc.tokens, doc.text
    for m in range(n, min(n + 8, len(toks))):
        if toks[m].sentence != toks[n].sentence or toks[m].start in info.cues:
            return None
        if m + 1 >= len(toks) or _QUOTE in text[toks[m].end:toks[m + 1].start]:
            return m
    return None
