"""Statements as speakers: the source after a preposition of attribution («بحسب», «وفق»), the
owner of a statement noun («بيان الوزارة», «في تغريدة لوزير الصحة»), whoever issued «البيان»
when it is the subject.

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

import dataclasses

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import ACCUSATIVE, AND, ARTICLE, AT, LAM, PRONOUNS
from waqia.stages.sources.adjunct import opening_owner
from waqia.stages.sources.backward import came_in, lam_owner, of_that, owner_after_lam
from waqia.stages.sources.mentions import Attribution, SourceMention, mention_after
from waqia.stages.sources.naming import from_him, is_tally, slot_mention, speaker_after_an
from waqia.stages.sources.slot import Slot, SlotInfo, subject_after
from waqia.stages.sources.tally import owner_of_tally
from waqia.stages.sources.words import gap_ok


def prep_source(doc: Document, m: Match, info: SlotInfo, mentions: list[SourceMention],
                 recent: dict[str, SourceMention], out: list[Attribution]) -> SourceMention | None:
    """The source after «بحسب», «وفق», «نقلا عن»: a name, «ما» and a verb's subject, a statement's
    owner, the owner of a count, or whoever issued «البيان» alone."""
    if _own_words(doc, m):
        return out[-1].source if out else None  # «على حد قوله», «بحسب تعبيرها»: the one who spoke last
    src = mention_after(doc, m.end, mentions, 2)
    ti = doc.token_index(m.end)
    if out and out[-1].sentence == doc.sentence_of(m.start) and ti + 2 < len(doc.tokens) \
            and doc.tokens[ti].text in info.words["what"] and _relay_at(doc, ti + 1) and from_him(doc, ti + 2, info):
        return out[-1].source  # «وقال المدير، بحسب ما نقلت عنه قناة X، إن»: the one who spoke, X relays
    if src is None and out and statement_subject(doc, m.end, info) and not owned(doc, ti, info):
        return out[-1].source  # «وحسب البيان، قتل ...»: the statement speaks for whoever issued it
    if src is None and ti < len(doc.tokens) and doc.tokens[ti].text in info.words["what"]:
        src = mention_after(doc, m.end, mentions, 4) or _what_subject(doc, ti, info, mentions, recent)  # «وفق ما أفادت الوزارة»
    if src is not None and ti < len(doc.tokens) and (doc.tokens[ti].text in info.words["what"] and _relay_at(doc, ti + 1)
                                                     or _relay_at(doc, ti)):
        src = speaker_after_an(doc, src.end, mentions, info) or src  # «بحسب ما نقلته X عن Y», «حسبما نقلت X عن Y»: Y
    elif src is not None:
        src = _said_subject(doc, ti, src, info, mentions, recent) or _told_after_subject(doc, ti, src, info, mentions, recent) \
            or _slot_past(doc, m.end, src, info, mentions, recent, opens=True) or src  # «بحسب مصدر في الشرطة بمحافظة X»: in full
    if src is None and ti < len(doc.tokens) and doc.tokens[ti].start in info.statements:
        src = mention_after(doc, m.end, mentions, 5) or issued_by(doc, ti, info, mentions)  # «وفقا لبيان صادر عن الوزارة»
        if src is None and not doc.tokens[ti].text.startswith(ARTICLE):
            src = owner_after_lam(doc, ti + 1, info)  # «وفق بيان للداخلية»: its owner after «ل», in no list
    if src is None:
        slot = owner_of_tally(doc, subject_after(doc, m.end, info), info)
        if slot is not None and doc.tokens[slot.first].start < m.end and doc.tokens[slot.first].text.startswith(LAM):
            src = lam_owner(doc, slot.first, slot.last)  # «وفقا لنادي X», in no list: the name without «ل»
        elif slot is not None:
            src = slot_mention(doc, slot.first, slot.last, mentions, recent, info)
    return src


def statement_source(doc: Document, m: Match, v: int, info: SlotInfo,
                      mentions: list[SourceMention]) -> SourceMention | None:
    """The owner of a statement noun («بيان الوزارة»); after «جاء ذلك في تغريدة» the one after «ل»."""
    src = mention_after(doc, m.end, mentions, 1) or _issued_after(doc, v, info, mentions)
    if src is not None and doc.tokens[v + 1].start < src.start and doc.tokens[v + 1].text in info.words["complement"]:
        src = None  # «وأضاف البيان أن الجيش ...»: what was said begins, the statement has no owner there
    if src is None and doc.tokens[v].text.endswith(ACCUSATIVE) and not doc.tokens[v].text.startswith(ARTICLE):
        return issuer(doc, v, info, mentions)  # «أصدر الجيش بيانا»: the subject issued it
    if src is None and not came_in(doc, v, info) and not of_that(doc, v, info):
        src = _construct_owner(doc, v, info, mentions)  # «وقال بيان الحكومة إن»
        if src is None and v > 0 and doc.tokens[v - 1].start in info.cues and _said_by(doc, v - 1):
            src = owner_after_lam(doc, v + 1, info)  # «وقال بيان لعملية X إن»: the statement is the subject
    if came_in(doc, v, info) and (src is None or src.addressee):
        told_outlet = src is not None and doc.tokens[doc.token_index(src.start)].start in info.outlets
        if told_outlet:
            return None
        return dataclasses.replace(src, addressee=False) if src is not None else \
            owner_after_lam(doc, v + 1, info) or _issued_by(doc, v, info, mentions)
    if of_that(doc, v, info) and (src is None or src.addressee and
                                  doc.tokens[doc.token_index(src.start)].start not in info.outlets):
        return owner_after_lam(doc, v + 1, info)  # «جاء ذلك في تغريدة لوزير الصحة فلان»: its owner
    if src is None or src.addressee:
        opening = opening_owner(doc, v, info, mentions)  # «وفي بيان للجيش، قتل 8»: the adjunct's owner
        if opening is not None:
            return opening
    if src is not None and src.addressee:
        return None  # «في تصريح لقناة X»: the channel was told; the speaker is the verb's
    return src


def issued_here(doc: Document, v: int, info: SlotInfo) -> bool:
    """A verb of issuing with the statement's pronoun right after the statement noun at token ``v``
    (speaker_words.tsv role ``issued``: «في بيان أصدرته», «في تقرير نشرته»)."""
    toks = doc.tokens
    return v + 2 < len(toks) and toks[v + 1].text in info.words.get("issued", ()) and toks[v + 2].sentence == toks[v].sentence


def goes_on(doc: Document, m: Match, info: SlotInfo) -> bool:
    """A verb of no subject of its own that the sentence's opening subject says: a participle («زاعمة أن»), one
    joined by «و» («وقال إنه»), or one with the statement's pronoun after a statement (:func:`said_therein`)."""
    return m.entry.attrs.get("inflect") == "participle" or m.prefix.startswith(AND) \
        or said_therein(doc, doc.token_index(m.start), info)


SAID_IN_REACH = 5  # words before «قالت فيها» where the statement noun it points at may stand


def said_therein(doc: Document, v: int, info: SlotInfo) -> bool:
    """«وتبنت حركة X الهجوم في رسالة إلى الصحفيين، قالت فيها إن»: a verb at token ``v`` with the statement's
    pronoun right after it («فيه», «فيها»: role ``governs``) and a statement noun a few words before it in its
    sentence: the one who issued it, the sentence's subject, says it."""
    toks = doc.tokens
    return v + 1 < len(toks) and toks[v + 1].text in info.words["governs"] and any(
        toks[j].start in info.statements and toks[j].sentence == toks[v].sentence for j in range(max(v - SAID_IN_REACH, 0), v))


def _issued_after(doc: Document, v: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """«في بيان أصدرته الوزارة», «في تقرير نشرته المنظمة»: the name right after the verb of issuing
    (:func:`issued_here`) owns the statement; «في بيان أصدرته مساء أمس» names none."""
    owner = mention_after(doc, doc.tokens[v + 2].start, mentions, 0) if issued_here(doc, v, info) else None
    return owner if owner is not None and owner.start <= doc.tokens[v + 2].end else None  # «نشرته عبر إذاعة X»: a medium


def _own_words(doc: Document, m: Match) -> bool:
    """«على حد قوله», «وبحسبه»: a noun of saying with a pronoun, where the entry («على حد قول*», «بحسب*») has none."""
    tok = doc.tokens[doc.token_index(max(m.end - 1, m.start))]
    word = doc.text[max(tok.start, m.start):tok.end]  # without its clitics: «وبحسبه»
    last = m.entry.key.split()[-1]
    return word != last and word.startswith(last) and word[len(last):] in PRONOUNS


def _issued_by(doc: Document, v: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """«جاء في بيان صادر عن قيادة الشرطة أن»: the body after «عن» past one adjective issued it."""
    toks = doc.tokens
    k = v + 2
    if k >= len(toks) or toks[k].text not in info.words["from"] or toks[k].sentence != toks[v].sentence:
        return None
    slot = subject_after(doc, toks[k].end, info)
    return slot_mention(doc, slot.first, slot.last, mentions, {}, info) if slot is not None else None


def _said_subject(doc: Document, ti: int, src: SourceMention, info: SlotInfo,
                  mentions: list[SourceMention], recent: dict[str, SourceMention]) -> SourceMention | None:
    """«بحسب ما قاله ضابط الشرطة فلان», «حسبما قال X»: the subject of the reporting verb after
    «ما» in full, where it runs past the name the lexicon knows (a person's name after a title)."""
    toks = doc.tokens
    k = ti + 1 if ti < len(toks) and toks[ti].text in info.words["what"] else ti
    if k >= len(toks) or not _said_by(doc, k):
        return None
    return _slot_past(doc, toks[k].end, src, info, mentions, recent)


def _slot_past(doc: Document, at: int, src: SourceMention, info: SlotInfo,
               mentions: list[SourceMention], recent: dict[str, SourceMention], opens: bool = False) -> SourceMention | None:
    """The noun phrase that opens at ``at`` in full, where it holds the name ``src`` the lexicon knows
    and runs past it, or the name told back («مراسلنا») as the slot read it in full before; None where
    it is a name of its own or holds it not. With ``opens`` (after a preposition of attribution), a
    phrase that begins before the name is a person of that body only (:func:`_office_in`)."""
    toks = doc.tokens
    slot = subject_after(doc, at, info)
    if slot is not None and opens and toks[slot.first].start < src.start and not _office_in(doc, slot, src, info):
        return None
    if slot is None or toks[slot.first].start > src.start or toks[slot.last].end < src.end \
            or (toks[slot.first].start, toks[slot.last].end) == (src.start, src.end) and not src.backref:
        return None  # the subject holds the known name and more («عضو المجلس المحلي», «ضابط الشرطة فلان»)
    return slot_mention(doc, slot.first, slot.last, mentions, recent, info)  # a later «المركز» is this one


def _office_in(doc: Document, slot: Slot, src: SourceMention, info: SlotInfo) -> bool:
    """«بحسب الملحق الإعلامي بوزارة الدفاع فلان»: a title whose body follows with «ب»; not a count
    or a statement of the body («بحسب إحصائية وزارة الصحة», «وفق بيان وزارة الدفاع»: the body speaks)."""
    tok = doc.tokens[doc.token_index(src.start)]
    return tok.start < src.start and doc.text[tok.start:src.start].endswith(AT) \
        and doc.tokens[slot.first].start not in info.statements and not is_tally(doc, slot.first, info)


def _what_subject(doc: Document, ti: int, info: SlotInfo, mentions: list[SourceMention],
                  recent: dict[str, SourceMention]) -> SourceMention | None:
    """«وفق ما ذكر ناشطو المنطقة»: the subject of the reporting verb right after «ما» (token ``ti``),
    a name in no list."""
    toks = doc.tokens
    if ti + 1 >= len(toks) or toks[ti + 1].sentence != toks[ti].sentence or not _said_by(doc, ti + 1):
        return None
    slot = subject_after(doc, toks[ti + 1].end, info)
    return slot_mention(doc, slot.first, slot.last, mentions, recent, info) if slot is not None else None


def _told_after_subject(doc: Document, ti: int, src: SourceMention, info: SlotInfo,
                        mentions: list[SourceMention], recent: dict[str, SourceMention]) -> SourceMention | None:
    """«بحسب ما قال مصدران عسكريان لرويترز»: the outlet told after the verb's subject is no speaker;
    the subject before it, in no list, is."""
    toks = doc.tokens
    k = ti + 1 if ti < len(toks) and toks[ti].text in info.words["what"] else ti
    if not src.addressee or k >= len(toks) or not _said_by(doc, k):
        return None
    slot = subject_after(doc, toks[k].end, info)
    if slot is None or toks[slot.last].end > src.start or toks[slot.first].start in info.outlets:
        return None
    return slot_mention(doc, slot.first, slot.last, mentions, recent, info)


def _said_by(doc: Document, k: int) -> bool:
    """Whether token ``k`` is a reporting verb («قال», «أكد»), not a preposition of attribution."""
    return any(r.entry.attrs.get("type") in ("verb", "continue") for r in doc.matches_of("attribution")
               if r.word_start == doc.tokens[k].start)


def _construct_owner(doc: Document, v: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """«بيان الحكومة», «تقرير البعثة»: an indefinite statement noun and the definite noun phrase
    right after it, its owner, in no list."""
    toks = doc.tokens
    k = v + 1
    if toks[v].text.startswith(ARTICLE) or k >= len(toks) or toks[k].sentence != toks[v].sentence \
            or not toks[k].text.startswith(ARTICLE) or not gap_ok(doc.text[toks[v].end:toks[k].start]):
        return None
    slot = subject_after(doc, toks[v].end, info)
    return None if slot is None or slot.first != k else slot_mention(doc, slot.first, slot.last, mentions, {}, info)


def issuer(doc: Document, v: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """The subject of the verb right before an indefinite statement noun («أصدر الجيش بيانا»,
    «ونشرت الوزارة تقريرا»): the statement is theirs."""
    toks = doc.tokens
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    slot = subject_after(doc, toks[first].end, info) if v > first + 1 else None
    if slot is None or slot.last != v - 1 or slot.addressee is not None:
        return None
    return slot_mention(doc, slot.first, slot.last, mentions, {}, info)


def owned(doc: Document, k: int, info: SlotInfo) -> bool:
    """Whether the statement noun at token ``k`` is followed by its owner («البيان الصادر عن X»)."""
    toks = doc.tokens
    return k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence and (
        toks[k + 1].text.startswith(LAM) or toks[k + 1].text in info.words["from"])


def statement_subject(doc: Document, end: int, info: SlotInfo) -> bool:
    """Whether a definite statement noun («البيان», «التقرير») is the subject right after a verb."""
    k = doc.token_index(end)
    while k < len(doc.tokens) and (k in info.dates or doc.tokens[k].text in info.words["filler"]):
        k += 1
    return k < len(doc.tokens) and doc.tokens[k].start in info.statements \
        and doc.tokens[k].text.startswith(ARTICLE) and doc.tokens[k].sentence == doc.sentence_of(max(end - 1, 0))


def _relay_at(doc: Document, k: int) -> bool:
    """Whether token ``k`` is a verb of passing on («نقلت», «نقلته»)."""
    return k < len(doc.tokens) and any(
        r.entry.attrs.get("type") == "relay" for r in doc.matches_of("attribution") if r.word_start == doc.tokens[k].start)


def through_medium(doc: Document, src: SourceMention, info: SlotInfo) -> bool:
    """A name reached through a word of the medium («عبر التلفزيون», «على قناته»): the channel that
    carried a statement, not who made it."""
    k = doc.token_index(src.start)
    return k > 0 and doc.tokens[k - 1].text in info.words["medium"]


def issued_by(doc: Document, k: int, info: SlotInfo, mentions: list[SourceMention]) -> SourceMention | None:
    """«بيان صادر عن العقيد X»: the noun phrase after «عن» two words after the statement noun at token ``k``
    (its participle of issuing between), known or not; None when there is none."""
    toks = doc.tokens
    k = next((n for n in range(k, min(k + 2, len(toks))) if toks[n].start in info.statements), k)
    j = k + 2
    if j >= len(toks) or toks[j].sentence != toks[k].sentence or toks[j].text not in info.words["from"] \
            or not all(gap_ok(doc.text[toks[n].end:toks[n + 1].start]) for n in range(k, j)):
        return None
    owner = subject_after(doc, toks[j].end, info)
    return None if owner is None else slot_mention(doc, owner.first, owner.last, mentions, {}, info)
