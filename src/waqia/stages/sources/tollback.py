"""Tolls a later sentence tells back (#10): «وأعلنت الوزارة، في بيان، هذه الحصيلة»، «وقال المركز إن هذه
الأرقام أولية»، «وأعلن المتحدث ... الحصيلة، موضحا ...»، «نقلت الوكالة عن X قوله إن السكان أحصوا هذه الحصيلة».

A definite count (speaker_words.tsv role ``tally``: «الحصيلة», «هذه الأرقام»), or the victims with the article
and a figure with the article after them («القتلى الثلاثة») or in the dual («الشهيدين», «جثتي القتيلين»; people too:
«الجنديين»), or the bodies of the dead in construct with them
(«جثث الجنود الثمانية»), that a speaker of its sentence takes up, with no
figure of its own after it, points back at the toll told last, which the lead often gives in the outlet's
voice two or three sentences before, ahead of a sentence of detail.  Each such count gives an
attribution of kind :data:`TOLL_BACK` at the count, with the speaker that covers it; the claims stage
(:mod:`waqia.stages.claims.later`) gives that speaker to the unattributed tolls it points at.  The lookup of
a figure's own speaker (:func:`waqia.stages.sources.lookup.source_for`) never reads these.
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from itertools import compress
from operator import attrgetter

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import ARTICLE, OBLIQUE, VERB_DUAL, VERB_PLURAL, definite, has_article
from waqia.stages.sources.claimed import ACT
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.slot import SlotInfo

TOLL_BACK = "toll_back"
FIGURE_GAP = 8  # words after the count where a figure makes it a count of its own («الحصيلة ارتفعت إلى 30»)


def tolls_told_back(doc: Document, attributions: list[Attribution], info: SlotInfo) -> list[Attribution]:
    """``attributions`` with an attribution of kind :data:`TOLL_BACK` at the first count told back in
    each sentence of a speaker, given by the speaker last before it, else the first after it; in text order."""
    speaking: dict[int, list[Attribution]] = {}
    for a in attributions:
        if a.kind != ACT:
            speaking.setdefault(a.sentence, []).append(a)
    toks, found = doc.tokens, []
    victims = [m for m in doc.matches_of("casualty_terms") if m.entry.get("role") == "victim"]
    dead = {m.word_start for m in victims if has_article(m.prefix)}
    duals = {m.word_start for m in victims if has_article(m.prefix) and m.entry.get("number") == "du"} | set(pairs_told(doc))
    bodies = {m.word_start for m in victims if not m.prefix and m.entry.get("number") == "pl" and m.entry.get("kind") == "killed"}
    counts = _counts(doc, dead | bodies | duals, info) if speaking else []
    for sent, own in speaking.items():
        s = doc.sentences[sent]
        first, last = doc.token_index(s.start), min(doc.token_index(max(s.end - 1, s.start)), len(toks) - 1)
        for k in counts[bisect_right(counts, first):bisect_right(counts, last)]:  # the words that may count (#14)
            if not (_count_back(doc, k, last, info) or _dead_told_back(doc, k, last, dead, info)
                    or _bodies_told_back(doc, k, last, bodies, info) or _pair_told_back(doc, k, duals, info)):
                continue
            before = [a for a in own if a.pos < toks[k].start]
            a = before[-1] if before else own[0]  # «وجاءت هذه الحصيلة في بيان أصدرته X»: the speaker after it
            found.append(Attribution(toks[k].start, toks[k].end, TOLL_BACK, sent, a.source, a.relay))
            break
    return sorted([*attributions, *found], key=attrgetter("pos")) if found else attributions


def _counts(doc: Document, dead: set[int], info: SlotInfo) -> list[int]:
    """The tokens, in order, that :func:`_count_back`, :func:`_dead_told_back` or :func:`_bodies_told_back` may
    take: a definite count word («الحصيلة»: the article and a word of ``tally_bare``, one set look-up of C code a
    token), or a word for victims or bodies at ``dead``; read once a document, not at each token of each speaker's sentence (#14)."""
    toks = doc.tokens
    found = set(compress(range(len(toks)), map(_definite(info.words["tally_bare"]).__contains__, doc.texts)))
    for p in dead:
        k = doc.token_index(p)
        if k < len(toks) and toks[k].start == p:
            found.add(k)
    return sorted(found)


@functools.lru_cache(maxsize=4)
def _definite(bare: frozenset[str]) -> frozenset[str]:
    """Each count of ``bare`` with the article: the words :func:`_count_back` takes, made once per set."""
    return frozenset(ARTICLE + w for w in bare)


def _count_back(doc: Document, k: int, last: int, info: SlotInfo) -> bool:
    """Token ``k`` is a definite count («الحصيلة», «الأرقام») with no figure in the words after it in its
    clause («أكد مصدران هذه الحصيلة، مشيرين إلى أن عشرات الجنود مفقودون»: a comma closes it)."""
    toks = doc.tokens
    text = toks[k].text
    if not text.startswith(ARTICLE) or text.removeprefix(ARTICLE) not in info.words["tally_bare"]:
        return False
    for j in range(k + 1, min(k + 1 + FIGURE_GAP, last + 1)):
        if COMMAS & set(doc.text[toks[j - 1].end:toks[j].start]):
            return True
        if toks[j].start in info.figures:
            return False
    return True


def _dead_told_back(doc: Document, k: int, last: int, dead: set[int], info: SlotInfo) -> bool:
    """Token ``k`` is a definite word for victims with a figure that has the article after it («إن القتلى
    الثلاثة من اللواء», «أن الضحايا الستة من عائلة واحدة»): the victims told before, counted again."""
    toks = doc.tokens
    return toks[k].start in dead and k < last and definite(toks[k + 1].text) \
        and toks[k + 1].start + len(ARTICLE) in info.figures  # the figure's own start, past its article


def pairs_told(doc: Document) -> dict[int, str]:
    """Where the definite duals of nouns for people stand («الجنديين», «العنصرين»; actor_terms.tsv type person,
    number du, with the article), with their side: two people told before, told back («وقال مصدر عسكري إن الجنديين
    كانا في دورية»); so a definite noun in «ين», plural and dual alike, whose verb right after it is dual («إن
    المقاتلين قضيا على الفور»: :func:`_dual_verbs`)."""
    people = [m for m in doc.matches_of("actor_terms") if m.entry.get("type") == "person"
              and (has_article(m.prefix) or m.entry.key.startswith(ARTICLE))]
    if not people:
        return {}
    duals = _dual_verbs(doc) if any(m.entry.get("number") == "pl" for m in people) else frozenset()
    toks = doc.tokens
    return {m.word_start: m.entry.get("category") for m in people if m.entry.get("number") == "du"
            or m.entry.get("number") == "pl" and doc.text[m.start:m.end].endswith(OBLIQUE)
            and (k := doc.token_index(m.word_start) + 1) < len(toks) and toks[k].start in duals}


def _dual_verbs(doc: Document) -> frozenset[int]:
    """Where a verb of death or wounds in the dual stands («قضيا», «قتلا», «أصيبا», «توفيا»: casualty_terms role post
    or act with no article, number du or a verb's ending «ا» that is no plural «وا»)."""
    return frozenset(m.word_start for m in doc.matches_of("casualty_terms") if m.entry.get("role") in ("post", "act")
                     and not m.prefix and (m.entry.get("number") == "du" or m.entry.get("inflect") in ("verb", "defective")
                                           and m.entry.key.endswith(VERB_DUAL) and not m.entry.key.endswith(VERB_PLURAL)))


def _pair_told_back(doc: Document, k: int, duals: set[int], info: SlotInfo) -> bool:
    """Token ``k`` is a definite dual word for victims with no figure right after it («إن الشهيدين من أبناء
    البلدة», «انتشلت جثتي القتيلين», «نقل الجريحين»): the two victims told before, the dual its own count."""
    toks = doc.tokens
    return toks[k].start in duals and not (k + 1 < len(toks) and toks[k + 1].start + len(ARTICLE) in info.figures)


def _bodies_told_back(doc: Document, k: int, last: int, bodies: set[int], info: SlotInfo) -> bool:
    """Token ``k`` is a plural word for the bodies of the dead with no article, in construct with a definite noun
    and a figure that has the article after it («استقبل المستشفى جثث الجنود الثمانية», «جثامين الضحايا الخمسة»):
    the dead told before, counted again."""
    toks = doc.tokens
    return toks[k].start in bodies and k + 1 < last and definite(toks[k + 1].text) and definite(toks[k + 2].text) \
        and toks[k + 2].start + len(ARTICLE) in info.figures