"""A speaker who declares or condemns an act, while the toll is told of the event behind it (#10).

«أعلنت الحكومة الحداد الوطني غداة هجوم أسفر عن مقتل 12»: the government declared mourning; the twelve
dead are told in a clause on «هجوم», the noun of an adjunct of time or cause («غداة», «عقب», «إثر»,
«بعد», «جراء», «في أعقاب», «على خلفية»; speaker_words.tsv role ``occasion``) that follows the verb's
object, or in a relative clause on an event noun inside that object («الحداد على ضحايا الهجوم الذي
أسفر عن»). The toll is the outlet's account, not the content of the declaration. «أدانت الجامعة التفجير
الذي أسفر عن مقتل 14» (a verb flagged ``condemn`` in attribution.tsv) condemns the event its object
names; the clause on that noun is the outlet's too.

The attribution is kept, of kind ``act`` (stages/sources/claimed.py): a verb of saying that goes on
after it («...، مشيرا إلى أن 12 قتلوا», «وأوضحت أن») still speaks for the speaker. The verb's object
tells the toll itself, and nothing changes, when a figure, a casualty or count word, a complementiser or
another verb of saying stands between the speaker and the adjunct («أعلنت الوزارة مقتل 12 عقب هجوم»,
«أعلنت الحكومة الحداد على أرواح 12 جنديا قتلوا في الهجوم», «أعلنت الوزارة ارتفاع عدد الضحايا جراء
القصف إلى 61»), or when the adjunct comes first, before any object («أعلن الجيش بعد ساعات من الهجوم
مقتل 5»).

Used by :mod:`waqia.stages.sources.claimed`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import PRONOUNS
from waqia.stages.sources.complement import flags_of
from waqia.stages.sources.mentions import SourceMention
from waqia.stages.sources.slot import told_after
from waqia.stages.sources.words import SlotInfo

#: how many words after an occasion word its event noun may come («بعد يوم واحد من الهجوم»)
_EVENT_REACH = 4

#: how many words after the speaker's last the act's word may come (who was told, a date, a place between)
_REACH = 7


def declares_act(doc: Document, m: Match, src: SourceMention, info: SlotInfo) -> int | None:
    """The token where the object of the verb at ``m`` starts, when the verb, its subject ``src`` after
    it or before it («وكانت X قد أعلنت»), declares an act, adopts or condemns an event, and the toll is
    told in a clause on the event noun (module doc); None when the object tells the toll itself, or is
    none of these."""
    flags, words = flags_of(m.entry), info.words
    if src.start < m.end and src.end > m.start or src.backref or "charge" in flags:
        return None
    toks = doc.tokens
    if src.start < m.end:  # «وكانت السلطات قد أعلنت الحداد»: the subject before the verb, the object after it
        first = last = doc.token_index(max(m.end - 1, m.start))
    else:
        first, last = doc.token_index(src.start), doc.token_index(max(src.end - 1, src.start))
    condemns = "condemn" in flags
    declared, stems = words["declared"], _stems(words["adopts"])
    if not condemns and not any(t.text in declared or t.text.startswith(stems) for t in toks[first:last + _REACH]):
        return None  # cheap test first (#14): no act's word near the verb's subject
    obj = _object_start(doc, first, last, info)
    if obj is None:
        return None
    word = toks[obj].text
    adopts = not condemns and _adopts(word, words)
    if not (condemns or adopts or word in declared or obj + 1 < len(toks) and toks[obj + 1].text in declared):
        return None  # «أعلن الجيش صد هجوم أسفر عن مقتل 3 من جنوده»: an act of the fighting told, his account
    events = _starts(doc, "event_triggers")
    if condemns or adopts:  # «أدانت الجامعة التفجير الذي أسفر عن», «أعلنت الحركة تبنيها للهجوم الذي»: the event
        event = toks[obj].start if condemns else toks[obj + 1].start if obj + 1 < len(toks) else -1
        return obj if event in events else None
    units, told, sent = _starts(doc, "date_units"), _told(doc), toks[first].sentence
    for j in range(obj, len(toks)):
        tok = toks[j]
        figure = tok.text.isdigit() or tok.start in info.figures
        if figure and j + 1 < len(toks) and toks[j + 1].start in units:
            continue  # «الحداد ثلاثة أيام»: a length of time, no toll
        if tok.sentence != sent or tok.text in words["complement"] or figure or tok.text in words["tally"] \
                or tok.text in words["tally_bare"] or tok.start in told and not _victims_named(doc, j):
            return None
        if j > obj and tok.start in events and j + 1 < len(toks) and toks[j + 1].text in words["relative"]:
            return obj  # «الحداد على ضحايا الهجوم الذي أسفر عن»: the toll told in a relative clause on the event
        if j > obj and tok.text in words["occasion"]:
            ahead = range(j + 1, min(j + 1 + _EVENT_REACH, len(toks)))
            return obj if any(toks[k].start in events and toks[k].sentence == sent for k in ahead) else None
    return None


def _act_word(word: str, words: dict[str, frozenset[str]]) -> bool:
    """A word of a declared act or «تبني»."""
    return word in words["declared"] or _adopts(word, words)


def _adopts(word: str, words: dict[str, frozenset[str]]) -> bool:
    """«تبني», alone or with a pronoun («تبنيها», «تبنيهم»; speaker_words.tsv role ``adopts``)."""
    return word.startswith(_stems(words["adopts"])) and any(
        word.startswith(a) and (len(word) == len(a) or word[len(a):] in PRONOUNS) for a in words["adopts"])


@functools.lru_cache(maxsize=4)
def _stems(adopts: frozenset[str]) -> tuple[str, ...]:
    """The words of role ``adopts`` as :meth:`str.startswith` takes them (#14)."""
    return tuple(adopts)


def _object_start(doc: Document, first: int, last: int, info: SlotInfo) -> int | None:
    """The first word of the verb's object: a word of a declared or adopted act inside the speaker's
    name that took it in («الحكومة النيجرية الحداد الوطني», «تنظيم X تبنيه»), else the word after the
    speaker, who was told and the dates, fillers, adverbs and «في بيان» after it (and a place after «في»
    before a declared act); None when none stands there in the sentence or a particle or an occasion word comes first."""
    toks, words = doc.tokens, info.words
    inside = next((j for j in range(first, last + 1)  # «الحكومة X أعلنت الحداد»: the act read as the subject
                   if _act_word(toks[j].text, words)), None)
    if inside is not None:
        return inside
    j = told_after(doc, last, info) + 1
    while j < len(toks) and toks[j].sentence == toks[first].sentence:
        if j in info.dates or toks[j].text in words["filler"] or toks[j].text in words["adverb"]:
            j += 1  # «أدانت الجامعة بشدة التفجير»
        elif toks[j].text in words["in"] and j + 1 < len(toks) and toks[j + 1].start in info.statements:
            j += 2  # «وأدان الاتحاد في بيان الهجوم»
        else:
            break
    if j + 2 < len(toks) and toks[j].text in words["in"] and toks[j + 2].text in words["declared"]:
        j += 2  # «أعلن المجلس العسكري في مالي الحداد»: the speaker's place, then the object
    if j >= len(toks) or toks[j].sentence != toks[first].sentence or toks[j].text in words["occasion"] \
            or toks[j].text in words["particle"] or toks[j].text in words["says"]:
        return None
    return j


def _victims_named(doc: Document, j: int) -> bool:
    """Whether the casualty word at token ``j`` is followed by a noun that names the victims with no
    count («الحداد على أرواح الضحايا»): they are mourned, not counted."""
    return j + 1 < len(doc.tokens) and doc.tokens[j + 1].start in _victims(doc)


def _victims(doc: Document) -> frozenset[int]:
    """Word starts of casualty nouns that name the victims («الضحايا», «القتلى»)."""
    return _kept(doc, "victims", lambda: frozenset(
        m.word_start for m in doc.matches_of("casualty_terms") if m.entry.get("role") == "victim"))


def _told(doc: Document) -> frozenset[int]:
    """Word starts of what tells a toll or speaks: casualty words but those that only name the victims
    («أرواح الضحايا» tells no count), and attribution words."""
    return _kept(doc, "told", lambda: frozenset(
        m.word_start for m in doc.matches_of("casualty_terms") if m.entry.get("role") != "victim")
        | _starts(doc, "attribution"))


def _starts(doc: Document, concept: str) -> frozenset[int]:
    """The word starts of the matches of ``concept``."""
    return _kept(doc, concept, lambda: frozenset(m.word_start for m in doc.matches_of(concept)))


_cache: dict[tuple[str, str], frozenset[int]] = {}


def _kept(doc: Document, what: str, make: Callable[[], frozenset[int]]) -> frozenset[int]:
    """``make()``, kept for the text last asked about (#14: one look per document, not per verb)."""
    key = (doc.text, what)
    found = _cache.get(key)
    if found is None:
        if len(_cache) > 8:
            _cache.clear()
        found = _cache[key] = make()
    return found
