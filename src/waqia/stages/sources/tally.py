"""The owner of a count named as a source: «بحسب حصيلة لوزارة الصحة», «وفق الأرقام التي نشرتها الوزارة»,
«... في حصيلة غير نهائية لوزارة الصحة».

A count («حصيلة», «إحصائية»; speaker_words.tsv role ``tally``) says nothing by itself; the body
it belongs to speaks: after its adjectives, as its genitive or after «ل», or as the subject
of a relative clause about it.
"""

from __future__ import annotations

import dataclasses

from waqia.core.document import Document
from waqia.core.morphology import AND, ARTICLE, FEMININE, LAM, LAM_ARTICLE, NISBA_ENDINGS, VERB_HER
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.slot import Slot, SlotInfo, subject_after
from waqia.stages.sources.words import figure, gap_ok


def owner_of_tally(doc: Document, slot: Slot | None, info: SlotInfo) -> Slot | None:
    """«بحسب حصيلة أولية» names no speaker; «بحسب إحصائية (لـ)وزارة الصحة» names its owner."""
    if slot is None:
        return slot
    first = slot.first + 1 if slot.first < slot.last and doc.tokens[slot.first].text in info.words["latest"] \
        else slot.first  # «وفق آخر حصيلة»
    if doc.tokens[first].text.removeprefix(ARTICLE) not in info.words["tally_bare"]:
        return slot
    definite = doc.tokens[first].text.startswith(ARTICLE)
    for n in range(first + 1, slot.last + 1):  # past its adjectives («حصيلة أولية رسمية», «الحصيلة الأخيرة»)
        word = doc.tokens[n].text
        if word in info.words["negates"] or n > first + 1 and doc.tokens[n - 1].text in info.words["negates"]:
            continue  # «حصيلة غير نهائية»: a negated adjective
        if n + 1 < len(doc.tokens) and doc.tokens[n + 1].text in info.words["from"] \
                and doc.tokens[n + 1].sentence == doc.tokens[n].sentence:
            return subject_after(doc, doc.tokens[n + 1].end, info)  # «إحصائية صادرة عن X»: X issued it
        if not definite and word.endswith(VERB_HER) and not word.startswith(ARTICLE):
            return subject_after(doc, doc.tokens[n].end, info)  # «حصيلة أوردتها الوزارة»: a clause on it
        if not definite and _adjective(doc, n, slot.last, info):
            if n + 1 <= slot.last and doc.tokens[n + 1].text.startswith(LAM_ARTICLE) \
                    and doc.tokens[n + 1].start not in _heads(doc):
                return None  # «حصيلة مرشحة للارتفاع», «قابلة للزيادة»: the adjective's complement, no owner
            continue  # «حصيلة جديدة», «حصيلة محدثة لوزارة الصحة»: it agrees with the count, no owner
        if not (word.startswith(ARTICLE) if definite else word.endswith(NISBA_ENDINGS) and not word.startswith(ARTICLE)):
            return Slot(n, slot.last, slot.addressee)  # «لوزارة الصحة», «وزارة الصحة»
    return _relative_owner(doc, slot.last + 1, info)


def _adjective(doc: Document, n: int, last: int, info: SlotInfo) -> bool:
    """Whether token ``n``, after an indefinite count, is an adjective of it that is no nisba: a
    feminine word, no head of a source name, with no definite genitive after it («حصيلة جديدة»,
    «حصيلة مؤقتة»; «حصيلة وزارة الصحة» is the ministry's)."""
    toks = doc.tokens
    word = toks[n].text
    if not word.endswith(FEMININE) or word.startswith((ARTICLE, LAM)) or toks[n].start in _heads(doc):
        return False
    return n == last or n + 1 >= len(toks) or not toks[n + 1].text.startswith(ARTICLE)


def _heads(doc: Document) -> set[int]:
    """Where the heads of source names start («وزارة», «منظمة»)."""
    return {m.word_start for m in doc.matches_of("source_names")}


def _relative_owner(doc: Document, k: int, info: SlotInfo) -> Slot | None:
    """«الأرقام التي نشرتها وزارة الصحة», «الحصيلة التي أعلنت عنها الوزارة»: the subject of the
    relative clause's verb owns the count."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k].text not in info.words["relative"] or toks[k + 1].sentence != toks[k].sentence:
        return None
    after = k + 2
    if after < len(toks) and any(toks[after].text.startswith(w) and len(toks[after].text) <= len(w) + 3
                                 for w in info.words["from"]):
        after += 1  # «أعلنت عنها»
    return subject_after(doc, toks[after - 1].end, info) if after < len(toks) else None


def tally_speakers(doc: Document, mentions: list[SourceMention], info: SlotInfo,
                   attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with the owners of a count after «في»: «قتل 14 في حصيلة غير نهائية لوزارة
    الصحة», «في إحصائية جديدة للدفاع المدني»; the owner is a source name after «ل» («في حصيلة
    أولية للهجوم» names no one)."""
    added = []
    toks = doc.tokens
    for m in mentions:
        k = doc.token_index(m.start)
        if m.backref or k >= len(toks) or not toks[k].text.startswith(LAM):
            continue
        tally = _tally_before(doc, k, info)
        if tally is not None and not any(a.sentence == m.sentence and a.pos == toks[tally - 1].start for a in attributions):
            added.append(Attribution(toks[tally - 1].start, toks[tally].end, "prep", m.sentence,
                                     dataclasses.replace(m, addressee=False)))
    return sorted([*attributions, *added], key=lambda a: a.pos) if added else attributions


def _tally_before(doc: Document, k: int, info: SlotInfo) -> int | None:
    """The count right before token ``k`` past its adjectives, itself after «في», or None."""
    toks = doc.tokens
    for n in range(k - 1, max(k - 5, 0), -1):
        if toks[n].sentence != toks[k].sentence or not gap_ok(doc.text[toks[n].end:toks[n + 1].start]):
            return None
        word = toks[n].text
        if word.removeprefix(ARTICLE) in info.words["tally_bare"]:
            adjectives = [t.text for t in toks[n + 1:k] if t.text not in info.words["negates"]]
            agree = all(a.startswith(ARTICLE) == word.startswith(ARTICLE) for a in adjectives)
            return n if agree and toks[n - 1].text.removeprefix(AND) in info.words["in"] \
                and toks[n - 1].sentence == toks[n].sentence else None  # «وفي حصيلة أولية للوزارة، قتل»
        if word in info.words["particle"] or word.startswith(LAM) or word.isdigit() or toks[n].start in info.cues:
            return None  # only adjectives between the count and its owner («حصيلة غير نهائية», «الحصيلة الأولية»)
    return None


#: the most tokens between the speaker of a count's relative clause and the verb the count is the subject of
#: («الحصيلة التي أعلنها حاكم الإقليم، صباح الأربعاء، قد أشارت إلى»: a time set apart and «قد» between)
TOLD_REACH = 6


def count_told_by(doc: Document, verb_start: int, out: list[Attribution], info: SlotInfo) -> SourceMention | None:
    """«وكانت الحصيلة التي أعلنها حاكم الإقليم قد أشارت إلى سقوط 9 قتلى»: a reporting verb with no
    subject after it, a few words after the speaker of a relative clause on a count («حصيلة», «الأرقام»)
    that opened before it, has that count as its subject: the count's speaker tells what it says.  None
    when a figure stands between (the clause then tells its own)."""
    if not out:
        return None
    toks, last = doc.tokens, out[-1]
    v, r = doc.token_index(verb_start), doc.token_index(last.pos)
    if last.kind != "verb" or r < 2 or toks[r - 1].text not in info.words["relative"] \
            or toks[r].sentence != toks[v].sentence or not r < v:
        return None
    if not any(toks[j].text.removeprefix(ARTICLE) in info.words["tally_bare"] and toks[j].sentence == toks[r].sentence
               for j in range(max(r - 4, 0), r - 1)):
        return None  # «الحصيلة الأولية التي»: the count, past an adjective or two, right before the relative
    end = doc.token_index(max(last.source.end - 1, last.source.start))
    if v - end > TOLD_REACH or any(figure(toks[n], info) for n in range(end + 1, v)):
        return None
    return last.source

