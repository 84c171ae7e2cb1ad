"""Where a speaker's name ends before the verbal noun that opens what was announced (#10).

«أعلنت الشرطة العثور على ...», «أعلنت قيادة العمليات المشتركة تنفيذ عملية ...»: the subject of a
verb of announcing ends where its object begins, and the object of such a verb is most often a verbal
noun. Arabic marks the seam: a definite word that is in no construct (it has the article) takes after
it, inside its own noun phrase, only adjectives that agree with it, a name, or a genitive tied by a
preposition. So after a definite word of the phrase

* a definite word with the shape of a verbal noun of the derived forms (``verbal_noun`` rows of
  ``tables/morphology.tsv``: «الاستيلاء», «العثور») is no adjective of it and opens the object;
* a word without the article of that shape («تنفيذ», «إلقاء», whose alif has its hamza below, no
  article) opens it too, when the phrase is a body's name («الشرطة», «قيادة ...», a force): after a
  person's title a name may come, and names have these shapes («توفيق», «انتصار»).

Names in construct keep such words («هيئة الإغاثة», «مركز الاستشعار», «إدارة الإعلام الأمني»): the
word before them has no article. The shapes classify what the grammar found; no list of verbal
nouns decides it. Used by :mod:`waqia.stages.sources.slot`.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import AND, ARTICLE, definite, verbal_noun, verbal_shaped
from waqia.stages.sources.words import BODY_KINDS, SlotInfo, object_after_definite


def verbal_after(doc: Document, j: int, words: dict[str, frozenset[str]], body: bool) -> bool:
    """Whether token ``j``, after a definite word of a name, is a verbal noun that begins the verb's
    object: with the article as written, always; without it, after a body's name (``body``)."""
    kind = _verbal_kind(doc, j, words)
    return kind == _DEFINITE or body and kind == _BARE


_DEFINITE, _BARE = "definite", "bare"


def _verbal_kind(doc: Document, j: int, words: dict[str, frozenset[str]]) -> str:
    """``definite`` or ``bare`` when token ``j`` is a verbal noun with or without the article right after
    a definite word of a name (not «باسم», «في», a quote between), else ""."""
    toks = doc.tokens
    prev = toks[j - 1].text.removeprefix(AND)  # «وزارة الصحة والبيئة ارتفاع»: the last of two definite nouns
    if not definite(prev) or prev in words["link"] or prev in words["in"] or toks[j].text in words["name_part"] \
            or not verbal_shaped(toks[j].text) or '"' in doc.text[toks[j - 1].end:toks[j].start]:
        return ""
    written = doc.original_text(toks[j].start, toks[j].end)
    if written.startswith(ARTICLE):  # the article as written: «إلقاء» is read «القاء» but has none
        return _DEFINITE if verbal_noun(written[len(ARTICLE):], definite_too=True) else ""
    return _BARE if verbal_noun(written) else ""


def object_after_name(doc: Document, ti: int, words: dict[str, frozenset[str]], bare_heads: AbstractSet[int],
                      m: Match) -> bool:
    """:func:`object_after_definite`, or a verbal noun there: the end of a name the lexicon opened
    (a force's, or a head's of a body kind, takes the verbal noun without the article too)."""
    return object_after_definite(doc.tokens, ti, words, bare_heads) or verbal_after(
        doc, ti, words, m.concept != "source_names" or m.entry.get("kind") in BODY_KINDS)


def opens_object(doc: Document, k: int, j: int, info: SlotInfo) -> bool:
    """Whether token ``j`` of the subject phrase that starts at token ``k`` is a verbal noun or a
    demonstrative (:func:`points_object`) that begins the verb's object, not more of the name."""
    toks = doc.tokens
    if j > k and points_object(doc, j, info):
        return True  # «ونفت حركة X هذه الرواية»
    if j <= k or not definite(toks[j - 1].text.removeprefix(AND)) or j in info.names or toks[j].start in info.outlets:
        return False  # the cheap tests first: most words of a name follow no definite word (#14)
    kind = _verbal_kind(doc, j, info.words)
    return kind == _DEFINITE or kind == _BARE and _body(doc, k, info)  # the phrase's head looked up only when asked


def points_object(doc: Document, j: int, info: SlotInfo) -> bool:
    """A demonstrative at token ``j`` before a definite noun in its sentence («هذه الرواية», «تلك
    الأنباء», «هذه الأرقام»): after a speaker's name, the object of the verb before him; the phrase
    before it is that verb's subject («ونفى رحماني هذه الأرقام، وقال إن»)."""
    toks = doc.tokens
    return j < len(toks) and toks[j].text in info.words["points"] and j + 1 < len(toks) \
        and toks[j + 1].sentence == toks[j].sentence and toks[j + 1].text.startswith(ARTICLE)


def _body(doc: Document, k: int, info: SlotInfo) -> bool:
    """Whether the phrase at token ``k`` names a body or a force, not a person («الشرطة», «قيادة
    العمليات», «قوات X»; a group's name in ``actor_terms.tsv`` at its head, or without the article right
    after a head that names no person: «جماعة أنصار الله»; not «المتحدث باسم الجيش», «قائد الشرطة», after
    which a name may come)."""
    toks = doc.tokens
    start = toks[k].start
    if start in info.forces or k in info.bodies:
        return True
    kinds = {m.entry.get("kind") for m in doc.matches_of("source_names") if m.word_start == start}
    if kinds & set(BODY_KINDS):
        return True
    named = k + 1 < len(toks) and not kinds and not toks[k + 1].text.startswith(ARTICLE)
    heads = {start, toks[k + 1].start} if named else {start}
    return any(m.word_start in heads and m.entry.get("type") == "group" for m in doc.matches_of("actor_terms"))
