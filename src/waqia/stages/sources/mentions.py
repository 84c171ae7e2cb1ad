"""The records of the sources stage: a source mention and the attribution of a reporting verb."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from operator import attrgetter

from waqia.core.document import Document
from waqia.core.morphology import CONJUNCTIONS


@dataclass(frozen=True, init=False)
class SourceMention:
    """A source name at normalised ``[start, end)``; ``name`` is the full name.

    ``addressee`` marks a name introduced by ل («قالت مصادر لوكالة الأناضول»): the outlet
    that was told, which relays the claim.
    """

    start: int
    end: int
    head: str
    name: str
    backref: bool
    sentence: int
    addressee: bool = False

    def __init__(self, start: int, end: int, head: str, name: str, backref: bool, sentence: int,
                 addressee: bool = False) -> None:
        # the fields written straight into the instance, as the generated frozen __init__ would
        # set them one object.__setattr__ at a time (three times as long; a dozen per article: #14)
        fields = self.__dict__
        fields["start"], fields["end"], fields["head"], fields["name"] = start, end, head, name
        fields["backref"], fields["sentence"], fields["addressee"] = backref, sentence, addressee


@dataclass(frozen=True, init=False)
class Attribution:
    """A trigger at ``pos`` giving ``source`` (and maybe a ``relay``)."""

    pos: int
    end: int
    kind: str  # verb | continue | prep | quoting | relay | statement | trailing
    sentence: int
    source: SourceMention
    relay: SourceMention | None = None
    gender: str = ""  # of a reporting verb before its subject: «m», «f» or «p» («قالت حماس»: f)
    reach: int = 0  # where what it covers ends (the comma closing a fronted clause: fronted.py); 0: its sentence

    def __init__(self, pos: int, end: int, kind: str, sentence: int, source: SourceMention,
                 relay: SourceMention | None = None, gender: str = "", reach: int = 0) -> None:
        fields = self.__dict__  # as in SourceMention (#14)
        fields["pos"], fields["end"], fields["kind"], fields["sentence"] = pos, end, kind, sentence
        fields["source"], fields["relay"], fields["gender"], fields["reach"] = source, relay, gender, reach


_START = attrgetter("start")


def mention_after(doc: Document, pos: int, mentions: list[SourceMention], max_tokens: int) -> SourceMention | None:
    """The first mention starting within ``max_tokens`` tokens after ``pos``, same sentence."""
    ti = doc.token_index(pos)
    limit = doc.tokens[min(ti + max_tokens, len(doc.tokens) - 1)].end if doc.tokens else pos
    sent = doc.sentence_of(pos)
    first = bisect.bisect_left(mentions, pos, key=_START) if len(mentions) > 16 else 0
    for mention in mentions[first:]:
        if pos <= mention.start <= limit and mention.sentence == sent:
            return mention
        if mention.start > limit:
            break
    return None


def mention_before(doc: Document, pos: int, mentions: list[SourceMention], max_tokens: int) -> SourceMention | None:
    """The last mention ending before ``pos`` within ``max_tokens`` tokens, same sentence."""
    ti = doc.token_index(pos)
    floor = doc.tokens[max(ti - max_tokens, 0)].start if doc.tokens else pos
    sent = doc.sentence_of(pos)
    best = None
    first = bisect.bisect_left(mentions, floor, key=_START) if len(mentions) > 16 else 0
    for mention in mentions[first:]:
        if mention.start > pos:
            break
        if mention.end <= pos and mention.start >= floor and mention.sentence == sent:
            best = mention
    return best


def mention_at(mentions: list[SourceMention], start: int) -> SourceMention | None:
    """The mention that begins the word at ``start`` (past its proclitics), if any."""
    i = bisect.bisect_left(mentions, start, key=_START)  # the attribute getter, no lambda made per call (#14)
    return mentions[i] if i < len(mentions) and mentions[i].start <= start + 2 else None


def quote_closed(text: str, start: int, end: int) -> int:
    """The end of a name with its closing quote: «الوكالة الرسمية "سانا"» keeps the mark it opened, and
    the words before it a name stops at («مراسل "حلب اليوم"»: «اليوم» is no date inside the quotes)."""
    if not text.count('"', start, end) % 2:  # no slice made (#14)
        return end
    close = text.find('"', end, end + _QUOTED_REST)
    rest = text[end:close] if close >= 0 else ""
    return close + 1 if close >= 0 and _QUOTE_BREAKS.isdisjoint(rest) and not any(c.isdigit() for c in rest) else end


#: how far a quoted name may go on after the word a name stopped at, and what ends it first (a figure too)
_QUOTED_REST = 24
_QUOTE_BREAKS = frozenset(".،,:;!?؟\n")



def speaker_before(doc: Document, verb_start: int, mentions: list[SourceMention], max_tokens: int) -> SourceMention | None:
    """:func:`mention_before` a verb, as its fronted subject; not a name after a preposition inside
    its word with a word between it and the verb («صفحات موالية للمجلس صورا قالت إنها»: the object
    of «لـ»), though the last word of a longer subject may be one («مسؤول بالمجلس، أكد»)."""
    src = mention_before(doc, verb_start, mentions, max_tokens)
    if src is None:
        return None
    k = doc.token_index(src.start)
    governed = bool(doc.text[doc.tokens[k].start:src.start].lstrip("".join(CONJUNCTIONS)))
    return None if governed and k < doc.token_index(verb_start) - 1 else src
