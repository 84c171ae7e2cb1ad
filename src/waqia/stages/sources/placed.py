"""A place told back inside a speaker's name: «السلطات المحلية بالولاية» after «في ولاية غزني» is
«السلطات المحلية بولاية غزني» (GUIDELINES: a name that refers back is written in full).

A word of the name that is a kind of place with the article («بالولاية», «في المحافظة»; place_words.tsv
role ``word``, singular) stands for the last place of that kind named before it in the article
(«ولاية غزني»): the kind word without the article, then the name's one word.
"""

from __future__ import annotations

import dataclasses
import functools

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon
from waqia.core.morphology import ARTICLE, LAM_ARTICLE, NAME_PREFIXES
from waqia.core.normalize import key
from waqia.stages.sources.mentions import Attribution


@functools.lru_cache(maxsize=4)
def place_kinds(lexicon: Lexicon) -> frozenset[str]:
    """The singular words for a kind of place («ولاية», «محافظة»), in their matching form."""
    return frozenset(e.key for e in lexicon.concept("place_words")
                     if e.get("role") == "word" and e.get("number") == "sg" and " " not in e.key)


def placed_outlets(doc: Document, lexicon: Lexicon) -> frozenset[int]:
    """Word starts of outlet names right after a kind of place («ولاية الجزيرة», «بمنطقة الجزيرة»):
    the name of a place there, no outlet, so neither who was told nor the end of a speaker's name."""
    forms, toks = _all_kind_forms(place_kinds(lexicon)), doc.tokens
    out = set()
    for m in doc.matches_of("source_names"):
        if m.prefix or m.entry.attrs.get("kind") != "outlet":
            continue  # most names: no look at the word before (#14)
        k = doc.token_index(m.word_start)
        if k > 0 and toks[k - 1].sentence == toks[k].sentence and toks[k - 1].text in forms:
            out.add(m.word_start)
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _all_kind_forms(kinds: frozenset[str]) -> frozenset[str]:
    """Every kind word with each proclitic a name may take: one set look-up per outlet's name, not a
    look at each kind (#14)."""
    return frozenset().union(*map(_kind_forms, kinds))


def places_told_back(doc: Document, attributions: list[Attribution], lexicon: Lexicon) -> list[Attribution]:
    """The attributions, with a kind of place told back in a speaker's name written as named before."""
    kinds = place_kinds(lexicon)
    out = []
    for a in attributions:
        name = a.source.name
        words = name.split(" ")
        for i, word in enumerate(words):
            clitic, kind = _definite_kind(word, kinds)
            if kind and not _ends_a_force(doc, a, kind):
                named = _named_before(doc, kind, a.source.start, kinds)
                if named:
                    words[i] = clitic + named
        if words != name.split(" "):
            a = dataclasses.replace(a, source=dataclasses.replace(a.source, name=" ".join(words)))
        out.append(a)
    return out


def _ends_a_force(doc: Document, a: Attribution, kind: str) -> bool:
    """The kind word with the article ends the name of a force inside the speaker's name («المرتبطة بتنظيم
    القاعدة»: al-Qaeda, no base told back; actor_terms.tsv type ``group``)."""
    last = ARTICLE + kind
    return any(a.source.start <= m.start < a.source.end and m.entry.key.rsplit(" ", 1)[-1] == last
               and m.entry.attrs.get("type") == "group" for m in doc.matches_of("actor_terms"))


@functools.lru_cache(maxsize=8192)
def _definite_kind(word: str, kinds: frozenset[str]) -> tuple[str, str]:
    """(the proclitic, the kind) of a word that is a kind of place with the article («بالولاية»: «ب»,
    «ولاية»), else empty strings; asked once per word (#14: names recur)."""
    norm = key(word)
    for clitic in ("", *NAME_PREFIXES):
        rest = norm[len(clitic):] if norm.startswith(clitic) else ""
        for article in (ARTICLE, LAM_ARTICLE[1:]) if clitic else (ARTICLE,):
            if rest.startswith(article) and rest[len(article):] in kinds:
                return word[:len(clitic)], rest[len(article):]
    return "", ""


def _named_before(doc: Document, kind: str, before: int, kinds: frozenset[str]) -> str:
    """«ولاية غزني» as written, for the last «ولاية X» before ``before`` (with or without a proclitic on
    the kind word; its name one word, not a kind of place, not definite)."""
    toks = doc.tokens
    forms = _kind_forms(kind)
    for k in range(doc.token_index(before) - 1, -1, -1):
        text = toks[k].text
        if text in forms and k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence \
                and not toks[k + 1].text.startswith(ARTICLE) and toks[k + 1].text not in kinds \
                and not doc.text[toks[k].end:toks[k + 1].start].strip():
            start = toks[k].start + len(text) - len(kind)
            return doc.original_text(start, toks[k + 1].end)
    return ""


@functools.lru_cache(maxsize=256)
def _kind_forms(kind: str) -> frozenset[str]:
    """The kind word with each proclitic a name may take («ولاية», «بولاية»): made once per kind,
    not at each word of the article read back (#14)."""
    return frozenset(c + kind for c in ("", *NAME_PREFIXES))
