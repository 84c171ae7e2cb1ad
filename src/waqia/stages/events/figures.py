"""The figures of one event, once each: a figure said twice by one source is one claim."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from waqia.core.lexicon import Lexicon
from waqia.core.morphology import ARTICLE
from waqia.core.normalize import key as normalize_key
from waqia.output import Claim, Event, Party
from waqia.stages.claims.rules import BOTH_SIDES, ClaimMention

if TYPE_CHECKING:
    from waqia.core.document import Document


class FigureWords(NamedTuple):
    """The words :func:`distinct_claims` reads, as matching keys."""
    links: frozenset[str]  # join a title to the body it speaks for («المتحدث باسم الجيش»; speaker_words.tsv link)
    generic: frozenset[str]  # nouns for people of no side («أشخاص», «آخرين»; actor_terms.tsv generic, other)
    ins: frozenset[str] = frozenset()  # «في»: a place or a unit after a body's name (speaker_words.tsv in)
    titles: frozenset[str] = frozenset()  # «رئيس», «مدير», «قائد»: a person's title before a body (speaker_words.tsv title)


@functools.lru_cache(maxsize=4)
def figure_words(lexicon: Lexicon) -> FigureWords:
    """:class:`FigureWords` of ``lexicon``, read once (#14)."""
    terms, speaker = lexicon.concept("actor_terms"), lexicon.concept("speaker_words")
    return FigureWords(
        frozenset(normalize_key(e.key) for e in speaker if "link" in e.get("role").split(",")),
        frozenset(normalize_key(e.key) for e in terms if "generic" in e.get("flags")
                  or e.get("type") == "other" and not e.get("name")),
        frozenset(normalize_key(e.key) for e in speaker if "in" in e.get("role").split(",")),
        frozenset(normalize_key(e.key) for e in speaker if "title" in e.get("role").split(",")))


def distinct_claims(claims: list[ClaimMention], words: FigureWords | None = None) -> tuple[Claim, ...]:
    """One claim per (kind, value, side, source): a figure said twice by one source is one claim."""
    seen: dict[tuple[Any, ...], int] = {}
    out: list[Claim] = []
    for cm in claims:
        c = cm.claim
        key = (c.kind, c.value, c.party.category, c.source.name if c.source else None)
        if key in seen:
            kept = out[seen[key]]
            if kept.approx and not c.approx:
                kept, c = c, kept
            if kept.source is not None and kept.source.relay is None and c.source is not None and c.source.relay:
                kept = replace(kept, source=replace(kept.source, relay=c.source.relay))
            out[seen[key]] = kept
            continue
        seen[key] = len(out)
        out.append(c)
    words = words or FigureWords(frozenset(), frozenset())
    # a claim said before by the same voice goes (the claims of ``out`` differ pairwise: each has its own key)
    out = [c for j, c in enumerate(out) if not any(_same_voice(o, c, words) for o in out[:j])]
    return tuple(c for c in out if not any(_told_with_its_side(c, o, words.generic) or _relayed(o, c) for o in out))


def _told_with_its_side(c: Claim, o: Claim, generic: frozenset[str]) -> bool:
    """«قتل شخصان وأصيب 15 آخرون» in the outlet's voice, then «قتيلان من الحركة» from a source: the
    people of no side told first are the fighters the source names, one claim (GUIDELINES: a figure the
    lead states in its own voice and the body attributes is the source's claim). So are people of no
    side the source tells to be of more than one («أصيب 15 آخرون»; «15 شخصا هم مدنيون ومقاتلون»)."""
    if c.source is not None or o.source is None or c.value is None or (c.kind, c.value) != (o.kind, o.value):
        return False
    named = o.party.span is not None and o.party.category in ("state_forces", "armed_group", "unknown")
    return named and (c.party.span is None or normalize_key(c.party.span.text.split()[0]) in generic)


def _same_voice(a: Claim, b: Claim, words: FigureWords | None = None) -> bool:
    """One figure from one body said twice: «الدفاع المدني» and «المتحدث باسم الدفاع المدني»; a
    spokesman speaks for his body, however fully either is named: «الجيش المصري» and «الناطق باسم
    الجيش» (GUIDELINES: the other name goes to ``source_alt``)."""
    if (a.kind, a.value, a.party.category) != (b.kind, b.value, b.party.category):
        return False
    if a.source is None or b.source is None:
        return False
    x, y = normalize_key(a.source.name), normalize_key(b.source.name)
    if x == y:
        return False
    words = words or FigureWords(frozenset(), frozenset())
    return (a.value is not None and (x in y or y in x)) or _speaks_for(x, y, words) or _speaks_for(y, x, words) \
        or _heads(x, y, words) or _heads(y, x, words)


def _heads(title: str, body: str, words: FigureWords) -> bool:
    """Whether ``title`` names the head of ``body`` told back by its first word: «رئيس المجلس خالد
    سالم» and «مجلس عشائر الناحية», «قائد الشرطة» and «الشرطة الصومالية»: a title (speaker_words.tsv
    ``title``) opens the name, and a definite noun after it is the body's first word, followed by no
    more words with the article (a person's name, or nothing: «رئيس المجلس العسكري» is another
    council than «المجلس الرئاسي»). Both are matching keys."""
    said = title.split()
    if len(said) < 2 or said[0] not in words.titles or not said[1].startswith(ARTICLE):
        return False
    first = body.split()[0].removeprefix(ARTICLE)
    return said[1].removeprefix(ARTICLE) == first and (len(said) == 2 or not said[2].startswith(ARTICLE))


def _relayed(a: Claim, b: Claim) -> bool:
    """Whether ``b`` is the figure of ``a`` as the agency that relayed ``a``'s speaker gave it: «حسبما
    ذكرت وكالة X» and «نقلت الوكالة عن مصدر أمني» give one figure, the speaker's (GUIDELINES: the
    relay goes to ``source_alt``)."""
    if a is b or (a.kind, a.value, a.party.category) != (b.kind, b.value, b.party.category) or a.value is None:
        return False
    relay = normalize_key(a.source.relay) if a.source is not None and a.source.relay else ""
    name = normalize_key(b.source.name) if b.source is not None else ""
    return bool(relay and name) and (relay in name or name in relay)


def _speaks_for(title: str, body: str, words: FigureWords) -> bool:
    """Whether ``title`` names one who speaks for ``body``: the words after its link word («باسم»), up
    to a «في», and the words of ``body`` begin alike, with or without the article («الشرطة النيجيرية»,
    «المتحدث باسم الشرطة في الولاية»; not «المتحدث باسم وزارة الصحة» and «وزارة الداخلية»). Both are
    matching keys."""
    said = title.split()
    at = next((i + 1 for i, w in enumerate(said[:-1]) if w in words.links), None)
    if at is None:
        return False
    tail = [w.removeprefix(ARTICLE) for w in said[at:]]
    tail = tail[:next((i for i, w in enumerate(tail) if w in words.ins), len(tail))]
    name = [w.removeprefix(ARTICLE) for w in body.split()]
    n = min(len(tail), len(name))
    return n > 0 and tail[:n] == name[:n]


def without_mixed_twins(events: Iterable[Event]) -> list[Event]:
    """«مقتل 22 مدنيا» in the outlet's voice and, in the same article, «قتل 22 مدنيا، بينهم عشرون من
    المتطوعين» (or «16 قتيلا من بينهم 6 مدنيين»): one toll, which its subset of another side shows is
    of no one side (GUIDELINES: the total with party ``unknown``); the reading as civilians goes."""
    found = list(events)
    mixed = {(c.kind, c.value, c.party.name) for e in found for c in e.claims
             if c.value is not None and c.party.category == "unknown" and c.party.name is not None}
    if not mixed:
        return found  # no toll of no one side: no claim is a twin, none is changed (#14: no copy of each event)
    both = {(k, v) for k, v, name in mixed if name == BOTH_SIDES}

    def twin(c: Claim) -> bool:
        return c.source is None and c.party.category == "civilians" \
            and ((c.kind, c.value) in both or (c.kind, c.value, c.party.name) in mixed)

    def mixed_too(c: Claim) -> Claim:  # «16 قتيلا» from the ministry; «16 قتيلا من بينهم 6 مدنيين» from its official
        if c.source is None or c.party.category != "civilians" or c.party.span is not None or (c.kind, c.value) not in both:
            return c
        return replace(c, party=Party(None, BOTH_SIDES, "unknown"))
    return [replace(e, claims=tuple(mixed_too(c) for c in e.claims if not twin(c))) for e in found]


def anchored(events: Iterable[Event], doc: Document | None = None) -> tuple[Event, ...]:
    """The events of an article that tells at least one with a place, a day or a claim; none where no
    event has any. Event words with none of them («تفجير دور العبادة لا يقره دين», «صاروخ قادر على ضرب
    أي هدف») speak of violence in general; GUIDELINES ask at least a place or a date of a reported
    event (a claim, even a figureless one, stands in for a day where the article has no date to read one
    against). One anchored event keeps the others: «غارة على المواقع في المنطقة نفسها» is placed by
    the fighting told before it. A toll read twice goes once (:func:`without_mixed_twins`)."""
    found = tuple(without_mixed_twins(events))
    if doc is not None and len(found) > 1:
        found = tuple(_one_more(doc, found))
    return found if any(e.locations or e.date or e.claims for e in found) else ()


def _one_more(doc: Document, events: tuple[Event, ...]) -> Iterable[Event]:
    """«مواطنا آخر» in a later event is one more of a side an earlier event lists (actor_terms type ``other``:
    «آخر» takes the side named before it); the side is listed once, by the event that named it."""
    more = {m.end for m in doc.matches_of("actor_terms") if m.entry.get("type") == "other"}
    seen: set[tuple[str, str]] = set()
    for e in events:
        keep = tuple(a for a in e.actors if a.span.end not in more or (a.category, a.role) not in seen)
        seen |= {(a.category, a.role) for a in e.actors}
        yield e if len(keep) == len(e.actors) else replace(e, actors=keep)
