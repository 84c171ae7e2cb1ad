"""A statement named in the adjunct that opens its sentence: «وفي بيان للجيش، قتل 8 ...»,
«وفي تصريح صحفي لمدير المستشفى، أوضح أن ...». The one after «ل» owns the statement and speaks for
the clause after the comma; an outlet there was told («وفي تصريح لقناة X، قال ...»), a pronoun
(«وفي بيان لها،») names no one by itself.

Used by :mod:`waqia.stages.sources.statements` and :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

import dataclasses

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import AND, ARTICLE, LAM, PRONOUNS
from waqia.stages.sources.backward import came_in, of_that, owner_after_lam
from waqia.stages.sources.mentions import SourceMention
from waqia.stages.sources.slot import SlotInfo

#: words a place may add to the owner's name before the comma («في ولاية كسلا»)
_PLACE_WORDS = 4


def opening_owner(doc: Document, v: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """The owner of the indefinite statement noun at token ``v`` right after the «(و)في» that opens
    its sentence, past its indefinite adjectives («تصريح صحفي»), when a comma closes the adjunct
    right after the owner's name."""
    if not opens_in(doc, v, info):
        return None
    toks = doc.tokens
    k = v + 1
    while k < len(toks) and k - v <= 2 and toks[k].sentence == toks[v].sentence \
            and not toks[k].text.startswith((ARTICLE, LAM)) and toks[k].text not in info.words["particle"]:
        k += 1  # «في بيان رسمي», «في تصريح صحفي», «في بيان مقتضب»
    if k >= len(toks) or toks[k].sentence != toks[v].sentence or not toks[k].text.startswith(LAM) \
            or toks[k].start in info.outlets or toks[k].text[len(LAM):] in PRONOUNS:
        return None
    known = next((x for x in mentions if doc.token_index(x.start) == k), None)
    owner = dataclasses.replace(known, addressee=False) if known is not None else owner_after_lam(doc, k, info)
    return owner if owner is not None and _closed(doc, doc.token_index(max(owner.end - 1, owner.start))) else None


def statement_adjunct(doc: Document, v: int, info: SlotInfo) -> bool:
    """Whether the statement noun at token ``v`` after «في» still names who spoke: «جاء ذلك في بيان
    لـX», «وجاء في بيان لـX», or the adjunct that opens its sentence («في بيان لـX،»)."""
    return of_that(doc, v, info) or came_in(doc, v, info) or opens_in(doc, v, info)


def opens_in(doc: Document, v: int, info: SlotInfo) -> bool:
    """Whether the indefinite statement noun at token ``v`` follows the «في» or «وفي» that opens its
    sentence: an adjunct before the clause, not «في» before a noun made of a verb («في بث حي»)."""
    toks = doc.tokens
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    return v - first == 1 and toks[first].text.removeprefix(AND) in info.words["in"] and not toks[v].text.startswith(ARTICLE)


def _closed(doc: Document, last: int) -> bool:
    """Whether a comma closes the adjunct within a few words of the owner's last token ``last``
    («لقيادة الشرطة في ولاية كسلا،»), with no figure before it."""
    toks = doc.tokens
    for n in range(last, min(last + _PLACE_WORDS + 1, len(toks) - 1)):
        if toks[n + 1].sentence != toks[last].sentence or toks[n + 1].text.isdigit():
            return False
        if not COMMAS.isdisjoint(doc.text[toks[n].end:toks[n + 1].start]):
            return True
    return False
