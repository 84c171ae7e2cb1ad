"""Words at the edges of a speaker's phrase: who was told («لوكالة الأناضول», «للصحفيين»), a
noun with its own pronoun (no part of a name), the head of an object before a figure.

Used by :mod:`waqia.stages.sources.slot`.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import (
    AND,
    ARTICLE,
    FEMININE_BOUND,
    LAM,
    LAM_ARTICLE,
    LONG_PRONOUNS,
    NISBA_ENDINGS,
    PRONOUNS,
    nisba,
)
from waqia.core.normalize import key as normalize_key
from waqia.stages.sources.classes import told_word
from waqia.stages.sources.words import SlotInfo, figure, gap_ok


def object_head(doc: Document, j: int, info: SlotInfo) -> bool:
    """An indefinite noun at token ``j`` right before a figure or a casualty word: the head of an object."""
    toks = doc.tokens
    return j + 1 < len(toks) and toks[j + 1].sentence == toks[j].sentence \
        and not toks[j].text.startswith((ARTICLE, LAM_ARTICLE)) \
        and (figure(toks[j + 1], info) or toks[j + 1].start in info.cues) and gap_ok(
            doc.text[toks[j].end:toks[j + 1].start]) and toks[j].text not in info.words["particle"]


def addressee_at(doc: Document, k: int, info: SlotInfo) -> tuple[int, int] | None:
    """«لوكالة الأناضول», «لـ"عنب بلدي"», «للصحفيين»: who was told, tokens ``[k, end]``."""
    toks, text = doc.tokens, doc.text
    word = toks[k].text
    if not word.startswith(LAM):
        return None  # neither «ل» nor a word with it: no one told here
    bare = word == LAM
    if bare and k + 1 >= len(toks):
        return None  # «ل» closing the text: no one after it
    if not bare and told_word(word, info.words):
        return (k, k)  # «للصحفيين»
    if not bare and not (word.startswith(LAM) and toks[k].start in info.outlets):
        return None
    end = k + 1 if bare else k
    quoted = bare and '"' in text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else False
    limit = min(k + 5, len(toks) - 1)
    while end < limit and toks[end + 1].sentence == toks[k].sentence:
        gap = text[toks[end].end:toks[end + 1].start]
        if not gap_ok(gap) or toks[end + 1].start in info.stops or toks[end + 1].start in info.cues:
            break
        if quoted and '"' in gap:
            break
        nxt = toks[end + 1].text
        construct = end == k and not bare and not word.startswith(LAM_ARTICLE) and nxt not in info.words["says"]
        if not quoted and not construct and not (nxt.startswith(ARTICLE) or toks[end + 1].start in info.outlets or nisba(nxt)):
            break  # «لراديو دبنقا»: an indefinite outlet's head takes its name, whatever it is
        end += 1
    return (k, max(end, k))


def possessed(word: str, info: SlotInfo) -> bool:
    """A noun with an attached pronoun («مسؤوليتها», «بيانهم») is no part of a name."""
    return len(word) > 4 and word.endswith(LONG_PRONOUNS) and word not in info.words["in_name"]


def owned_after(doc: Document, k: int, j: int, info: SlotInfo) -> bool:
    """Token ``j`` of a phrase opened at token ``k``, a noun with its own pronoun after a word that
    cannot take it: a definite word («أعلنت كتائب القسام مسؤوليتها») or a name already completed by
    its genitive («أعلن تنظيم داعش مسؤوليته», «أكد جيش تحرير السودان سيطرته»): the object begins
    there. Right after the head («وزير داخليتها») it is the head's genitive; after a name's genitive
    only the bare «ه» after the bound feminine «ت» is read («مسؤوليته»), not the longer pronouns."""
    toks, word = doc.tokens, doc.tokens[j].text
    prev = toks[j - 1].text
    if prev in info.words["link"] or prev in info.words["in"] or word in info.words["in_name"]:
        return False
    if possessed(word, info) and prev.startswith(ARTICLE):
        return True
    return j - 1 > k and not word.startswith(AND) and bound_pronoun(doc, j)


#: the bound «ت» with a short pronoun, as :meth:`str.endswith` takes them, made once (#14)
_BOUND_ENDINGS = tuple(FEMININE_BOUND + p for p in PRONOUNS if p not in LONG_PRONOUNS)
#: the same in the matching form: a word written with one of them ends with it there too, so a
#: word that does not needs no look at its original spelling (#14)
_BOUND_KEYS = tuple(normalize_key(e) for e in _BOUND_ENDINGS)


def bound_pronoun(doc: Document, j: int) -> bool:
    """Token ``j`` a feminine noun with the bare «ه» after its bound «ت», as written: «مسؤوليته»,
    «سيطرته», «حكومته» (the ending of «مسؤولية» is «ة», not «ه»)."""
    tok = doc.tokens[j]
    return len(tok.text) > 4 and tok.text.endswith(_BOUND_KEYS) \
        and doc.original_text(tok.start, tok.end).endswith(_BOUND_ENDINGS)


def withheld_at(doc: Document, j: int, info: SlotInfo) -> bool:
    """Whether token ``j`` opens an aside on the speaker's anonymity: a participle before «عدم»."""
    toks = doc.tokens
    return j + 1 < len(toks) and toks[j + 1].text in info.words["withheld"] and toks[j + 1].sentence == toks[j].sentence


def outlet_told(doc: Document, ti: int, outlets: set[int], m: Match) -> bool:
    """«قائد ميداني "الجزيرة نت"», «أفاد مصدر أمني وكالة فرانس برس»: an outlet at token ``ti`` after
    an adjective is who was told (the verb's object), when the name ``m`` is not an outlet's."""
    before = doc.tokens[ti - 1].text
    return doc.tokens[ti].start in outlets and (nisba(before) or before.endswith(NISBA_ENDINGS)) \
        and m.entry.attrs.get("kind") != "outlet"


def outlet_object(doc: Document, k: int, j: int, info: SlotInfo) -> bool:
    """«أفاد مصدر أمني وكالة فرانس برس», «قائد ميداني "الجزيرة نت"»: an outlet after an adjective is
    told, not more of a name with no outlet in it («مندوبة "الوكالة"», «الوكالة الرسمية "سانا"» go on)."""
    toks, before = doc.tokens, doc.tokens[j - 1].text
    return j > k + 1 and toks[j].start in info.outlets and (nisba(before) or before.endswith(NISBA_ENDINGS)) \
        and not any(toks[n].start in info.outlets for n in range(k, j))
