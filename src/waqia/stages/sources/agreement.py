"""Which earlier speaker a verb without a subject goes on with: the last one that agrees.

«وأضاف أن» goes on with a masculine speaker, «وأضافت أن» with a feminine or a plural one
(«الوزارة», «مصادر»), among the speakers of the three sentences before.  A speaker that a
singular verb before it gave a gender keeps it: after «قالت حماس», «وأضاف» is someone else
(the name's ending alone would call «حماس» masculine).  A statement told back as the subject of a
verb («وأوضح البيان») goes on in that verb's gender: «وأضاف أن» after it is the statement again.
"""

from __future__ import annotations

import functools
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon, Match
from waqia.core.morphology import AGREES_FEMININE, AGREES_PLURAL, FEMININE
from waqia.stages.sources.statements import statement_subject

if TYPE_CHECKING:
    from waqia.stages.sources.mentions import Attribution, SourceMention
    from waqia.stages.sources.slot import SlotInfo


def gender_of(word: str, lemma: str = "") -> str:
    """«f», «m» or «p» (plural) of a verb or participle form, from the ending it adds to its
    ``lemma`` (the entry's own form): «لفت» is masculine though it ends as «أضافت» does."""
    w = word.rstrip("*")
    if lemma and w == lemma.rstrip("*"):
        return "m"
    if lemma and w.startswith(lemma.rstrip("*")):
        w = w[len(lemma.rstrip("*")):]
    if w.endswith(AGREES_PLURAL):
        return "p"
    return "f" if w.endswith(AGREES_FEMININE) else "m"


def _agrees(verb: str, source: SourceMention, plurals: AbstractSet[str], lemma: str = "") -> bool:
    """«وأضاف» goes on with a masculine source, «وأضافت» with a feminine or plural one."""
    g = gender_of(verb, lemma)
    head = source.head
    if head in plurals or source.name.split()[0] in plurals:
        return g in ("f", "p")
    return g == "p" or (g == "f") == head.endswith(FEMININE)


def agreeing(out: list[Attribution], verb: str, sentence: int, plurals: AbstractSet[str],
             lemma: str = "") -> SourceMention | None:
    """The last source of the three sentences before that agrees with a subjectless verb.

    ``plurals``: the heads of plural speakers («مصادر», «شهود»; speaker_words.tsv role ``plural``).
    """
    said = {a.source.name: a.gender for a in out if a.gender and a.source.sentence == a.sentence}  # «قالت حماس»
    g = gender_of(verb, lemma)
    for a in reversed(out):
        if a.sentence < sentence - 3:
            return None
        if a.gender == g and a.source.sentence < a.sentence:
            return a.source  # «قالت الهيئة ... وأوضح البيان ... وأضاف أن»: the statement told back goes on
        known = said.get(a.source.name)
        if known and "p" not in (g, known) and g != known:
            continue  # «قالت حماس ... وأضاف أن»: not Hamas
        if _agrees(verb, a.source, plurals, lemma):
            return a.source
    return None


@functools.lru_cache(maxsize=4)
def lemmas(lexicon: Lexicon) -> dict[int, str]:
    """The form each line of ``attribution.tsv`` was written in (its inflections share the line)."""
    out: dict[int, str] = {}
    for e in lexicon.concept("attribution"):
        if e.get("inflect"):  # «بينت», written in the feminine only, keeps its ending's reading
            out.setdefault(e.line, e.form)
    return out


def gives_gender(doc: Document, m: Match, src: SourceMention, sent: int, info: SlotInfo,
                 kind: str) -> bool:
    """A reporting verb before its named subject («قالت حماس») or before a statement told back as its
    subject («وأوضح البيان», «وتابع البيان»: a verb that goes on too): its gender is the speaker's from there on."""
    return kind == "verb" and src.start >= m.end and src.sentence == sent \
        or kind in ("verb", "continue") and src.sentence < sent and statement_subject(doc, m.end, info)
