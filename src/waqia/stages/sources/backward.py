"""Attributions that name the source of the sentence before.

«قتل خمسة أشخاص في الغارة. وأكد ذلك مصدر طبي»: a sentence that opens with a reporting verb and
a demonstrative object («وأكد ذلك», «وأفادت بذلك»), or with «جاء ذلك في بيان/تغريدة لـX», says who
told what the sentence before told.  «إلى ذلك» («besides») before a verb is no back-reference.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import AND, ARTICLE, LAM, LAM_ARTICLE
from waqia.core.normalize import key as normalize_key
from waqia.stages.sources.mentions import SourceMention, mention_after
from waqia.stages.sources.slot import SlotInfo, phrase_from, told_word


def _first(doc: Document, v: int, info: SlotInfo) -> int:
    """The first token of the sentence of token ``v``; the verb ``v`` itself when only «قد» or «وقد»
    stands before it («وقد أكدت ذلك نقابة الصحفيين»)."""
    first = doc.token_index(doc.sentences[doc.tokens[v].sentence].start)
    return v if v == first + 1 and doc.tokens[first].text.removeprefix(AND) in info.words["already"] else first


def owner_after_lam(doc: Document, k: int, info: SlotInfo) -> SourceMention | None:
    """The owner named after «ل» right after a statement noun, known to the lexicon or not."""
    toks = doc.tokens
    if k >= len(toks) or not toks[k].text.startswith(LAM) or toks[k].sentence != toks[k - 1].sentence \
            or toks[k].start in info.outlets or toks[k].text in info.words.get("later", ()):
        return None  # «في بيان لاحق»: a later statement, no owner «احق»
    return lam_owner(doc, k, phrase_from(doc, k, info).last)


def lam_owner(doc: Document, k: int, last: int) -> SourceMention:
    """The name at tokens ``[k, last]`` without the «ل» that opens token ``k`` («لنادي X»: «نادي X»)."""
    toks = doc.tokens
    start, end = toks[k].start + len(LAM), toks[last].end
    name = " ".join(doc.original_text(start, end).split())
    if toks[k].text.startswith(LAM_ARTICLE):
        name = ARTICLE[0] + name  # «للمجلس العسكري»: the name is «المجلس العسكري»
    words = normalize_key(name).split()
    return SourceMention(start, end, words[0].removeprefix(ARTICLE), name, False, toks[k].sentence)


def came_in(doc: Document, v: int, info: SlotInfo) -> bool:
    """A statement noun at token ``v`` in «وجاء في بيان لـX أن», «وورد في تقرير لـX»: the sentence
    opens with a verb that reports nothing itself and «في»; the one after «ل» owns the statement."""
    toks = doc.tokens
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    return v - first == 2 and toks[first + 1].text in info.words["in"] and toks[first].start not in info.cues \
        and toks[v].start in info.statements


def confirms_count(doc: Document, v: int, src: SourceMention, info: SlotInfo) -> int | None:
    """«وأكد مصدر طبي الحصيلة.», «وأكدت الوزارة هذه الأرقام.»: a verb opening its sentence whose
    object, after its speaker, is a definite count and nothing more: the speaker tells the figure
    of the sentence before.  The token where the object starts (it may have been read into the
    speaker's name), or None."""
    toks = doc.tokens
    first = _first(doc, v, info)
    if v != first or src.start < toks[v].end:
        return None
    counts = info.words["tally_bare"]
    for k in range(doc.token_index(src.start) + 1, min(doc.token_index(src.start) + 9, len(toks))):
        if toks[k].sentence != toks[v].sentence:
            return None
        if toks[k].text.startswith(ARTICLE) and toks[k].text.removeprefix(ARTICLE) in counts:
            start = k - 1 if toks[k - 1].text in info.words["points"] else k
            ends = k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence or told_word(toks[k + 1].text, info.words) \
                or toks[k + 1].start in info.outlets or k + 1 in info.dates \
                or toks[k + 1].text in info.words["in"] and k + 2 < len(toks) \
                and toks[k + 2].start in info.statements  # «وأكدت الوزارة الحصيلة في بيان»; «... مساء اليوم»
            return start if ends and start > doc.token_index(src.start) else None
    return None


def of_that(doc: Document, v: int, info: SlotInfo, kind: str = "verb") -> bool:
    """A verb with a demonstrative object at the head of its sentence («وأكد ذلك مصدر طبي», «وأفادت
    بذلك الوزارة», «وأعلنت هذه الحصيلة الوزارة»), or a statement after «جاء ذلك في»: what it says is what the sentence before told.
    «إلى ذلك» before a verb is «besides», not a back-reference."""
    toks = doc.tokens
    first = _first(doc, v, info)
    demonstrative = info.words["demonstrative"]
    if v == first and v + 1 < len(toks) and toks[v + 1].sentence == toks[v].sentence:
        return toks[v + 1].text in demonstrative or this_count(doc, v + 1, info)
    return v - first in (2, 3) and toks[first + 1].text in demonstrative \
        and (toks[v].start in info.statements or kind in ("prep", "quoting"))


def this_count(doc: Document, k: int, info: SlotInfo) -> bool:
    """A demonstrative at token ``k`` before a definite count («هذه الحصيلة», «تلك الأرقام»): the
    figures of the sentence before, as the object of the verb before it («وأعلنت هذه الحصيلة الوزارة»)."""
    toks = doc.tokens
    return toks[k].text in info.words["points"] and k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence \
        and toks[k + 1].text.startswith(ARTICLE) and toks[k + 1].text.removeprefix(ARTICLE) in info.words["tally_bare"]


def past_count(doc: Document, v: int, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """The speaker of «وأعلنت هذه الحصيلة وزارة الصحة»: the name after the count that the verb at
    token ``v``, opening its sentence, takes as its object; None when no such count follows it."""
    toks = doc.tokens
    if v + 2 >= len(toks) or not this_count(doc, v + 1, info) or v != _first(doc, v, info):
        return None  # the count first: a demonstrative right after the verb is rare (#14)
    return mention_after(doc, toks[v + 2].end, mentions, 4)


def this_what(doc: Document, v: int, info: SlotInfo) -> bool:
    """«هذا ما أفادت به مصادر طبية.», «وهذا ما تحدثت عنه الوزارة.»: a verb after «ما» and a pronoun
    or demonstrative opening its sentence tells whence the sentence before came; so does one after a
    count («وهي حصيلة أعلنتها مديرية الصحة.», «وهذه الحصيلة أوردها مصدر طبي»)."""
    toks = doc.tokens
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    return v - first == 2 and toks[first].text in info.words["this"] and (
        toks[v - 1].text in info.words["what"] or toks[v - 1].text in info.words["tally"]  # «وهي حصيلة أعلنتها X»
        or toks[v - 1].text.startswith(ARTICLE) and toks[v - 1].text.removeprefix(ARTICLE) in info.words["tally_bare"])  # «وهذه الحصيلة أعلنتها X»


def that_after_speaker(doc: Document, v: int, src: SourceMention, info: SlotInfo) -> bool:
    """«وذكرت وزارة الداخلية ذلك في بيان», «وأكدت الشرطة ذلك»: a verb opening its sentence whose
    subject is followed at once by a demonstrative object says who told the sentence before; not
    one before the noun it points at («وأعلنت الحكومة ذلك اليوم الحداد»)."""
    toks = doc.tokens
    first = _first(doc, v, info)
    if v != first or src.start < toks[v].end:
        return False
    k = doc.token_index(max(src.end - 1, src.start)) + 1
    if k >= len(toks) or toks[k].sentence != toks[v].sentence or toks[k].text not in info.words["demonstrative"]:
        return False
    return k + 1 >= len(toks) or toks[k + 1].sentence != toks[k].sentence \
        or not toks[k + 1].text.startswith(ARTICLE)  # «ذلك اليوم», «ذلك الهجوم»: a noun it points at, no object
