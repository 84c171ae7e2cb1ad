"""A speaker told of in a relative clause on it: «وطالبت منظمة العفو الدولية، التي قالت إن 20 مدنيا
قتلوا، بتحقيق مستقل», «وندد المرصد، الذي وثق مقتل 20 مدنيا، بالقصف».

A reporting verb right after a relative pronoun has no subject of its own: its subject is the
antecedent, the name right before the pronoun and its comma, however long («منظمة العفو الدولية»).
Such a verb reports when what was said follows it («إن», «أن») or the casualties it counted do
(«وثق مقتل 20», «أحصى 20 قتيلا»); otherwise the clause only tells about the speaker («المسؤول، الذي
تحدث شريطة عدم الكشف عن هويته») and reports nothing.

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.stages.sources.mentions import SourceMention, mention_before
from waqia.stages.sources.naming import MAX_NAME_TOKENS
from waqia.stages.sources.words import SlotInfo

#: what may stand between the antecedent and its relative pronoun
_GAP = " \t،,"


def antecedent(doc: Document, verb_start: int, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """The name a relative pronoun right before the verb at ``verb_start`` refers back to, when it
    ends right before that pronoun; None otherwise."""
    v = doc.token_index(verb_start)
    if v < 2 or doc.tokens[v - 1].text not in info.words["relative"]:
        return None
    rel = doc.tokens[v - 1]
    src = mention_before(doc, rel.start, mentions, MAX_NAME_TOKENS + 1)
    return src if src is not None and not doc.text[src.end:rel.start].strip(_GAP) and not src.addressee else None


def counted_after(doc: Document, v: int) -> bool:
    """Whether a figure or a casualty word its victims follow («مقتل», «إصابة») comes right after
    the verb at token ``v``: the clause reports what was counted («الذي وثق مقتل 20»)."""
    toks = doc.tokens
    if v + 1 >= len(toks) or toks[v + 1].sentence != toks[v].sentence:
        return False
    nxt = toks[v + 1]
    return nxt.text.isdigit() or any(m.word_start == nxt.start and m.entry.get("role") == "act"
                                     for m in doc.matches_of("casualty_terms"))
