"""A speaker named by a title and a pronoun: «وقال المتحدث باسمها إن» after «حركة الشباب», «بحسب مديره».

GUIDELINES ask a name that refers back written in full. A speaker's name of at most three words whose
last word is a title or «باسم» with an attached pronoun, or such a name and a person's own name of two to
four words after it («وقال المتحدث باسمها محمد خراساني»), (speaker_words.tsv roles ``title``, ``link``;
morphology pronouns «ه», «ها», «هم») speaks for the body or force the pronoun stands for: the last one
named first in its sentence, or else in the nearest of the two before, that agrees with the pronoun
(a person so found stops the search: «المتحدث باسمه» after «الرئيس» is the president's) («ه» a masculine singular, «ها» a feminine or a plural, «هم» a plural). The name becomes the
title and that body's name («المتحدث باسم حركة الشباب»); with none, it is left as written.

Used by :mod:`waqia.stages.sources.stage`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence

from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, FEMININE, FEMININE_BOUND, LONG_PRONOUNS, PEOPLE_PRONOUNS, PRONOUNS
from waqia.core.normalize import key
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.words import SlotInfo

#: the attached pronouns, longest first («هما» before «هم» before «ه»)
_PRONOUNS = tuple(sorted(PRONOUNS, key=len, reverse=True))
#: «ه», the one short pronoun (him); of the long ones «ها» is her, the others them
_HIM = next(p for p in PRONOUNS if p not in LONG_PRONOUNS)
#: «ها», her (or a plural of things): the long pronoun that is not of «them»
_HER = next(p for p in LONG_PRONOUNS if p not in PEOPLE_PRONOUNS)
#: how many sentences before its speaker the owner may be named
_SENTENCES = 2
#: the words of a name up to its title with a pronoun («المتحدث الرسمي باسمها»), and of the person's name
#: that may follow it («المتحدث باسمها محمد خراساني»: a name of two words or more)
_TITLED, _PERSON = 3, 4


def possessors_told_back(doc: Document, attributions: list[Attribution], named: Sequence[SourceMention],
                         info: SlotInfo) -> list[Attribution]:
    """The attributions, with a title's pronoun in a speaker's name written as the body it stands for."""
    if not any(w.endswith(_PRONOUNS) for a in attributions for w in a.source.name.split()[:_TITLED]):
        return attributions  # no title with a pronoun: nothing to write (#14)
    out, done = [], {}  # type: list[Attribution], dict[int, SourceMention]
    spoken = {a.source.start: a.source for a in attributions}  # a name as its attribution cut it («... مسؤوليتها»)
    named = [spoken.get(m.start, m) for m in named]
    for a in attributions:
        src = a.source
        if src.start not in done:
            done[src.start] = _told_back(doc, src, named, info)
        if done[src.start] is not src:
            a = dataclasses.replace(a, source=done[src.start])
        out.append(a)
    return out


def _told_back(doc: Document, src: SourceMention, named: Sequence[SourceMention], info: SlotInfo) -> SourceMention:
    words = src.name.split()
    if src.backref or not 1 <= len(words) <= _TITLED + _PERSON:
        return src
    at = next((i for i, w in enumerate(words[:_TITLED]) if _title_and_pronoun(w, info)), None)
    if at is None or len(words) - at - 1 > _PERSON or at + 1 < len(words) and len(words) - at - 1 < 2:
        return src
    title, pronoun = _title_and_pronoun(words[at], info) or ("", "")
    owner = _owner(doc, src, named, pronoun, info)
    if owner is None:
        return src
    return dataclasses.replace(src, name=" ".join([*words[:at], title, owner.name, *words[at + 1:]]))


def _title_and_pronoun(word: str, info: SlotInfo) -> tuple[str, str] | None:
    """(the title as written, the pronoun) of «مديره», «باسمها», «رئيسهم»; None for any other word."""
    titles = _titles(info.words["title"], info.words["link"])
    for pronoun in _PRONOUNS:
        stem = word[: -len(pronoun)] if word.endswith(pronoun) else ""
        if len(stem) < 3:
            continue
        if stem.endswith(FEMININE_BOUND) and key(stem[:-1] + FEMININE[0]) in titles:
            return stem[:-1] + FEMININE[0], pronoun  # «رئيستها»: «رئيسة»
        if key(stem) in titles and not stem.startswith(ARTICLE):
            return stem, pronoun
    return None


@functools.lru_cache(maxsize=4)
def _titles(titles: frozenset[str], links: frozenset[str]) -> frozenset[str]:
    """The titles and «باسم», as one set made once (#14)."""
    return titles | links


def _owner(doc: Document, src: SourceMention, named: Sequence[SourceMention], pronoun: str,
           info: SlotInfo) -> SourceMention | None:
    """The body or force the pronoun stands for: in the speaker's own sentence, then in each of the two
    before, the first one named that agrees with it (the sentence's subject before what it acted on:
    «وشن الجيش هجوما على مواقع الدعم السريع. وقال المتحدث باسمه»: the army); a person named first
    stops the search."""
    for sentence in range(src.sentence, max(src.sentence - _SENTENCES, 0) - 1, -1):
        for m in named:
            if m.sentence != sentence or m.addressee or m.start >= src.start:
                continue
            head = key(m.head)
            plural = head in info.words["plural"] or key(m.name.split()[0]) in info.words["plural"]
            feminine = head.endswith(FEMININE) or key(m.name.split()[0]).endswith(FEMININE)
            if not (pronoun == _HIM and not feminine and not plural or pronoun == _HER and (feminine or plural)
                    or pronoun not in (_HIM, _HER) and plural):
                continue
            person = head in info.words["title"] or head in info.words["person_head"]
            return None if person else m  # «وقال الرئيس ... وقال المتحدث باسمه»: a person's spokesman
    return None
