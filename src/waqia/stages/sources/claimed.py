"""A speaker who claims an act, not a figure: «أعلنت حركة X مسؤوليتها عن التفجير الذي أودى بحياة 10».

A reporting verb whose object, right after its subject (and the outlet told, dates, fillers), is
«مسؤولية» with or without its pronoun (speaker_words.tsv role ``charged``) announces that the
subject carried out the act; the toll told of that act after it is the outlet's account (or the
speaker's who gave it before), not the claimant's. The attribution is kept, of kind ``act``: a verb
of saying that goes on after it («...، مشيرا إلى أن 35 قتلوا») still speaks for the claimant, but the
act covers no figure itself. A responsibility for the casualties themselves («أعلن الجيش مسؤوليته عن
مقتل 3 مدنيين») tells them: no act. «وحمّلت الحكومة الجماعة مسؤولية مقتل 7» (a verb flagged ``charge``)
charges and reports, as before.

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

import dataclasses
import functools

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import FEMININE_BOUND
from waqia.stages.sources.complement import flags_of
from waqia.stages.sources.declared import declares_act
from waqia.stages.sources.mentions import SourceMention
from waqia.stages.sources.slot import told_after
from waqia.stages.sources.words import SlotInfo

#: the kind of attribution of a claimed act: it covers no figure (stages/sources/lookup.py)
ACT = "act"


def act_of(doc: Document, m: Match, src: SourceMention, info: SlotInfo) -> int | None:
    """Where the object of an act the verb at ``m`` announces starts: a responsibility claimed
    (:func:`claims_act`), or an act declared or an event condemned whose toll is told of the event
    behind it (:func:`waqia.stages.sources.declared.declares_act`); None for a verb that reports."""
    found = claims_act(doc, m, src, info)
    return found if found is not None else declares_act(doc, m, src, info)


def claims_act(doc: Document, m: Match, src: SourceMention, info: SlotInfo) -> int | None:
    """The token of «مسؤولية» when the verb at ``m``, with its subject ``src`` after it, claims
    responsibility for an act («أعلن تنظيم X مسؤوليته عن الهجوم»): within a few words after the
    subject's head (an adjunct or the outlet told between: «أعلن الجيش في بيان مسؤوليته»), before any
    complementiser or figure; None when it does not. The name is cut there when it took it in
    («وأعلنت الجبهة المسؤولية عن»)."""
    if src.start < m.end or src.backref or not _any_charged(doc.text, info.words["charged"]) \
            or "charge" in flags_of(m.entry):
        return None
    toks = doc.tokens
    first, last = doc.token_index(src.start), doc.token_index(max(src.end - 1, src.start))
    for j in range(first + 1, min(told_after(doc, last, info) + 1 + _REACH, len(toks))):
        if toks[j].sentence != toks[first].sentence or j > last and (
                toks[j].text in info.words["complement"] or toks[j].text.isdigit()):
            return None
        if _charged(toks[j].text, info.words["charged"]):
            return None if _victims_follow(doc, j) else j
    return None


_last: tuple[str, bool] = ("", False)


def _any_charged(text: str, charged: frozenset[str]) -> bool:
    """Whether «مسؤولية» is written anywhere in the document: one look per document, kept for the
    text last asked about (#14: no look per verb)."""
    global _last
    if _last[0] is not text:
        _last = (text, any(w[:-1] in text for w in charged))
    return _last[1]


def _victims_follow(doc: Document, j: int) -> bool:
    """Whether a casualty word that its victims follow («مقتل», «اختطاف»; casualty_terms.tsv role ``act``)
    is the object of the responsibility at token ``j``, right after it or after «عن»: «أعلن الجيش
    مسؤوليته عن مقتل 3 مدنيين» admits the deaths it tells, the claimant's figure."""
    toks = doc.tokens
    ahead = {toks[k].start for k in range(j + 1, min(j + 3, len(toks))) if toks[k].sentence == toks[j].sentence}
    return any(m.word_start in ahead for m in doc.matches_of("casualty_terms") if m.entry.get("role") == "act")


#: how many words after the subject «مسؤولية» may come («في بيان له اليوم مسؤوليته»)
_REACH = 4


def _charged(word: str, charged: frozenset[str]) -> bool:
    """«مسؤولية», «المسؤولية», or the first with a pronoun after its bound «ت» («مسؤوليتها»)."""
    return word in charged or word.startswith(_bound_stems(charged))


@functools.lru_cache(maxsize=4)
def _bound_stems(charged: frozenset[str]) -> tuple[str, ...]:
    """«مسؤولية» with its bound «ت» before a pronoun («مسؤوليت»), as :meth:`str.startswith` takes them (#14)."""
    return tuple(w[:-1] + FEMININE_BOUND for w in charged)


def cut_before(doc: Document, src: SourceMention, k: int) -> SourceMention:
    """The speaker's name without the object read into it from token ``k`` on."""
    end = doc.tokens[k - 1].end
    if src.end <= end or end <= src.start or src.backref:
        return src  # nothing of the name before ``k``: the object itself was read as the name
    return dataclasses.replace(src, end=end, name=" ".join(doc.original_text(src.start, end).split()))
