"""What puts an event word out of the story: a threat it is the object of, a demonstrative that
points back at an event already told, «دون» before it, a sentence about the past (#10).

Both are grammar, not vocabulary: the words of threat, denial and response and the demonstratives
come from the language tables (``background_cues.tsv`` type ``hypothetical`` or ``response``,
reading ``denial``; ``speaker_words.tsv`` role ``points``); where they stand decides.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Entry, Lexicon, Match, longest
from waqia.core.morphology import ARTICLE, has_article
from waqia.stages.claims.compare import compared
from waqia.stages.claims.context import background_date_mentions, background_positions
from waqia.stages.events.frames import BREAKS

#: how far, in words, a verb of threat or warning reaches into its object clause
#: («توعد زعيم الجماعة في كلمة مساء الخميس بشن هجمات»: the threat's object comes after its
#: subject and adjuncts, so further than the eight words a cue of the past reaches)
THREAT_REACH = 14
#: how many words a phrase of place that opens a sentence may run before its comma («وفي ريف إدلب الجنوبي الشرقي،»)
PLACED_REACH = 6


@functools.lru_cache(maxsize=4)
def demonstratives(lexicon: Lexicon) -> frozenset[str]:
    """The demonstratives that point back at something named before («تلك», «هذه»)."""
    return frozenset(e.key for e in lexicon.concept("speaker_words") if "points" in e.get("role").split(","))


def pointed(doc: Document, m: Match, points: frozenset[str]) -> bool:
    """Whether event word ``m`` follows a demonstrative («تلك المعارك»): it refers back to an event
    already told and tells no new one."""
    k = doc.token_index(m.start)
    return k > 0 and doc.tokens[k - 1].sentence == doc.tokens[k].sentence and doc.tokens[k - 1].text in points


@dataclass(frozen=True)
class Threats:
    """Sorted token indices of the words of threat, warning, condition or denial, and of the
    words of response («بالرد على مقتل ...»: what is answered has happened; the threat stops there)."""
    threats: list[int]
    responses: list[int]
    #: the words of an anniversary («الذكرى العاشرة للعدوان الذي ...»): they reach their clause as a threat
    #: does, but for a peaceful protest (a commemoration is held by marches: «أحيوا الذكرى بمظاهرات»)
    remembered: list[int] = field(default_factory=list)


def threat_positions(doc: Document) -> Threats:
    """The words of threat, of response and of anniversary of ``doc``."""
    cues = doc.matches_of("background_cues")
    return Threats(sorted(doc.token_index(m.start) for m in cues
                          if m.entry.get("type") == "hypothetical" or m.entry.get("reading") == "denial"),
                   sorted(doc.token_index(m.start) for m in cues if m.entry.get("type") == "response"),
                   sorted(doc.token_index(m.start) for m in cues if m.entry.get("type") == "anniversary"))


def under_threat(doc: Document, pos: int, found: Threats, remembered: bool = True) -> bool:
    """Whether the word at normalised ``pos`` is in the object clause of a threat or a denial before
    it (or of an anniversary, unless ``remembered`` is false): such a word at most :data:`THREAT_REACH`
    words before, with no clause punctuation and no word of response between."""
    k = doc.token_index(pos)
    toks = doc.tokens
    threats = sorted(found.threats + found.remembered) if remembered and found.remembered else found.threats
    for p in threats[bisect.bisect_left(threats, k - THREAT_REACH):bisect.bisect_left(threats, k)]:
        if toks[p].sentence == toks[k].sentence and not _between(found.responses, p, k) \
                and (not doc.broken(BREAKS, toks[p].end, toks[k].start) or p in found.remembered and _relative(doc, p, k)):
            return True
    return False


def _relative(doc: Document, p: int, k: int) -> bool:
    """Whether every break between tokens ``p`` and ``k`` is a comma before a relative pronoun (source_stops.tsv why
    ``relative``): «الذكرى الخامسة للهجوم، الذي قتل فيه 51»: the clause after it still tells the event remembered."""
    toks = doc.tokens
    relative = {doc.token_index(m.start) for m in doc.matches_of("source_stops") if m.entry.get("why") == "relative"}
    return all(not doc.broken(BREAKS, toks[j - 1].end, toks[j].start)
               or j in relative and doc.norm.text[toks[j - 1].end:toks[j].start].strip() in ("،", ",")
               for j in range(p + 1, k + 1))


def _between(tokens: list[int], lo: int, hi: int) -> bool:
    """Whether sorted ``tokens`` holds an index strictly between ``lo`` and ``hi``."""
    i = bisect.bisect_right(tokens, lo)
    return i < len(tokens) and tokens[i] < hi


#: how many words may stand between «دون» and the event word it denies («دون وقوع أي مواجهات»)
WITHOUT_REACH = 3


def denied_by_without(doc: Document, pos: int, cues: list[int]) -> bool:
    """Whether the event word at ``pos`` follows «دون» within :data:`WITHOUT_REACH` words, in its
    clause: «انسحبت القوات دون مواجهات» tells what did not happen."""
    k = doc.token_index(pos)
    toks = doc.tokens
    for p in cues[bisect.bisect_left(cues, k - WITHOUT_REACH):bisect.bisect_left(cues, k)]:
        if toks[p].sentence == toks[k].sentence and not doc.broken(BREAKS, toks[p].end, toks[k].start):
            return True
    return False


def set_aside(doc: Document, pos: int, cues: tuple[list[int], list[int]], fell: bool) -> bool:
    """The event word at ``pos`` is the object of a condemnation (``cues[0]``) in a sentence with no dead or
    wounded of its own (``fell``), or what a protest protests (``cues[1]``, cue type ``cause``: «تنديدا
    باعتقال زميلهم», «احتجاجا على مقتل متظاهر»): told elsewhere or only alluded to, no event of its own."""
    return not fell and denied_by_without(doc, pos, cues[0]) or denied_by_without(doc, pos, cues[1])


def blocked_sentences(doc: Document) -> set[int]:
    """Sentences about the past or an out-of-scope accident, and the headlines of other stories."""
    blocked: set[int] = set()
    armed = _armed_sentences(doc)
    for m in longest(doc.matches_of("negative_topics")):  # «تدافع عن» (defends) covers «تدافع» (a stampede)
        if m.entry.get("topic") == "accident" and doc.sentence_of(m.start) not in armed:
            blocked.add(doc.sentence_of(m.start))
    compares = compared(doc)  # «هو الأعنف منذ سنوات»: a comparison, no time gone
    past = [m.start for m in doc.matches_of("background_cues")
            if m.entry.get("type") in ("past", "history") and m.start not in compares]
    old = [d for d in background_date_mentions(doc) if d.kind != "dateline"]
    past += [d.start for d in old] + tallied_months(doc)
    own = _own_days(doc)
    for pos in past:  # «كما قتل الشهر الماضي ...»: a time said in the first clause covers the sentence
        sent = doc.sentences[doc.sentence_of(pos)]
        if not doc.broken(CLAUSES, sent.start, pos) and not any(pos < r < sent.end for r in own):
            blocked.add(sent.index)
    blocked |= remembered_sentences(doc, old)
    blocked |= _told_back(doc, set(blocked))
    for m in doc.matches_of("background_cues"):  # «أخبار ذات صلة»: the headlines of other stories follow
        if m.entry.get("type") == "links":
            blocked.update(_headlines(doc, m.start, m.end))
    return blocked


#: the topics a story may tell around a fresh event of its own: an anniversary, talks or a truce, money
ASIDES = frozenset({"anniversary", "diplomacy", "economy"})


def topic_counts(doc: Document, blocked: set[int] | None = None) -> Counter[str | None]:
    """How many words of each out-of-scope topic the article holds, a word once; an accident's word in a sentence
    of an armed event counts for none («أصيب شخصان برصاص طائش» where clashes go on is the clashes' fire, as in
    :func:`blocked_sentences`). Given the ``blocked`` sentences, the words of an aside (:data:`ASIDES`) count for
    none when a sentence outside them tells a toll in figures on a recent day of its own (:func:`dated_toll`)."""
    found = longest(doc.matches_of("negative_topics"))
    armed = _armed_sentences(doc) if any(m.entry.get("topic") == "accident" for m in found) else set()
    asides = [m for m in found if m.entry.get("topic") in ASIDES]
    aside = blocked is not None and bool(asides) and dated_toll(doc, blocked, asides)
    return Counter(m.entry.get("topic") for m in found
                   if (m.entry.get("topic") != "accident" or doc.sentence_of(m.start) not in armed)
                   and not (aside and m.entry.get("topic") in ASIDES))


def dated_toll(doc: Document, blocked: set[int], asides: list[Match]) -> bool:
    """«تحل اليوم الذكرى العاشرة للحرب ... إذ قتل ثلاثة جنود أمس الثلاثاء في هجوم»: a sentence not ``blocked``
    tells the dead, the wounded or the captured in figures and a recent past day (not background, not to come)
    whose clause holds no word of an aside (``asides``: «تحل اليوم الذكرى العاشرة للمذبحة، التي قتل فيها 16
    جنديا» dates the anniversary) and no day long past: an event the story reports, whatever anniversary, talks
    or budget it is set in."""
    dates = doc.layer("dates")
    days = {d.sentence for d in dates if d.is_event_date and not any(
        doc.sentence_of(m.start) == d.sentence and not doc.broken(CLAUSES, min(m.start, d.start), max(m.end, d.end))
        for m in asides)} - {d.sentence for d in dates if d.background}
    return any(c.sentence in days and c.sentence not in blocked and c.claim.value is not None
               and c.claim.kind in ("killed", "injured", "captured") for c in doc.layer("claims"))


def _armed_sentences(doc: Document) -> set[int]:
    """The sentences with an event word that names its event on its own (weight 2, no label: «اشتباكات»,
    «قصف») in their first clause (not «...، وكان قد قاد معارك»): an accident's or a feud's word there tells the cause or the outcome of an armed event, not an
    accident («اشتباكات مسلحة بين عشيرتين على خلفية خلافات عائلية», «حريق إثر قصف مدفعي»). A phrase that opens a new
    item («وفي سياق متصل،») is no clause of its own: «... إن امرأة قتلت برصاص طائش خلال الاشتباكات» after it."""
    out, fresh = set(), None
    for m in doc.matches_of("event_triggers"):
        sent = doc.sentences[doc.sentence_of(m.start)]
        if not _names_own_event(m.entry) or sent.index in out:
            continue
        start = sent.start
        if doc.broken(CLAUSES, start, m.start) and sent.index in (fresh := new_items(doc) if fresh is None else fresh):
            breaks = doc.breaks(CLAUSES)  # «وفي سياق متصل، ...»: the item opens after its first break
            start = breaks[bisect.bisect_left(breaks, start)] + 1
        if not doc.broken(CLAUSES, start, m.start):
            out.add(sent.index)
    return out


#: the marks that end a clause inside a sentence
CLAUSES = "،,؛;"


@functools.lru_cache(maxsize=4096)
def _names_own_event(entry: Entry) -> bool:
    """An event word that names its event on its own: weight 2, no label (read once per entry, #14)."""
    return str(entry.get("weight")) == "2" and "label" not in (entry.get("flags") or "").split(",")


def _own_days(doc: Document) -> list[int]:
    """The days of the news (not background, not to come) said in a clause after the first with an event
    word of its own: «قتل 12 مدنيا خلال شهر شباط، وقتل اليوم الخميس طفلان» tells today's event in its
    second clause, which the time of the first does not cover («... في أكتوبر 1911، وذلك في احتفالية
    أقيمت مساء أمس» tells none)."""
    words = [m.start for m in doc.matches_of("event_triggers")]
    out = []
    for d in doc.layer("dates"):
        if not d.date or d.background or d.future:
            continue
        sent = doc.sentences[doc.sentence_of(d.start)]
        head = doc.text[sent.start:d.start]
        lo = max(head.rfind(ch) for ch in CLAUSES)
        if lo < 0:
            continue
        lo += sent.start
        ends = [i for i in (doc.text.find(ch, d.end, sent.end) for ch in CLAUSES) if i >= 0]
        hi = min(ends, default=sent.end)
        if any(lo < w < hi for w in words):
            out.append(d.start)
    return out


def tallied_months(doc: Document) -> list[int]:
    """The months said as a span after a cue of type ``period`` («خلال»): «مقتل 87 مدنيا خلال شهر شباط»
    is the tally of a month, whatever the month, not one event (GUIDELINES: cumulative tolls are background)."""
    spans = [m.end for m in doc.matches_of("background_cues") if m.entry.get("type") == "period"]
    return [d.start for d in doc.layer("dates") if d.precision == "month" and d.kind != "dateline"
            and any(0 <= d.start - end <= 1 for end in spans)]


def remembered_sentences(doc: Document, old: list[Any]) -> set[int]:
    """The sentences that name an anniversary («ذكرى») and a date long past: the sentence tells the event
    remembered, with its day («ذكرى قصف الملجأ الذي دمرته الطائرات فجر 13 شباط 1991، وقتل فيه ...»)."""
    remembered = {doc.sentence_of(m.start) for m in doc.matches_of("background_cues")
                  if m.entry.get("type") == "anniversary" and m.entry.get("reading") != "span"}
    return {doc.sentence_of(d.start) for d in old if d.kind in ("explicit", "year", "month")} & remembered


def _told_back(doc: Document, past: set[int]) -> set[int]:
    """The sentence right after one of the ``past`` whose event words are all definite and of a type told
    there, with no date of its own («خاضت القوات معارك في المدينة عام 2017. وخلفت المعارك آلاف القتلى»):
    the same past events, told back."""
    if not past:
        return set()
    by_sentence: dict[int, list[Match]] = {}
    for m in doc.matches_of("event_triggers"):
        by_sentence.setdefault(doc.sentence_of(m.start), []).append(m)
    dated = {doc.sentence_of(d.start) for d in doc.layer("dates") if d.date and not getattr(d, "background", False)}
    out = set()
    for s in past:
        here, there = by_sentence.get(s + 1), by_sentence.get(s)
        if s + 1 in past or s + 1 in dated or not here or not there:
            continue
        words = {m.entry.key.removeprefix(ARTICLE) for m in there}
        if all((m.entry.key.startswith(ARTICLE) or has_article(m.prefix)) and m.entry.key.removeprefix(ARTICLE) in words
               for m in here):
            out.add(s + 1)
    return out


#: the longest line that is read as a headline of another story after «أخبار ذات صلة»
HEADLINE = 160


def _headlines(doc: Document, start: int, end: int) -> set[int]:
    """The sentences of the short lines after the cue «أخبار ذات صلة» at ``start``..``end``, up to a
    blank line or a line of running text (longer than :data:`HEADLINE`)."""
    out: set[int] = set()
    text = doc.text
    pos = text.find("\n", end)
    seen = False
    while 0 <= pos < len(text):
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos + 1:nxt]
        if not line.strip():
            if seen:
                break
        elif len(line) > HEADLINE:
            break
        else:
            seen = True
            out.update(range(doc.sentence_of(pos + 1), doc.sentence_of(max(nxt - 1, pos + 1)) + 1))
        pos = nxt if nxt < len(text) else -1
    return out


def talk_sentences(doc: Document) -> set[int]:
    """Sentences about diplomacy or forecasts, or of a military parade: weak triggers there are talk or
    weapons on show, not events."""
    return {doc.sentence_of(m.start) for m in doc.matches_of("negative_topics")
            if m.entry.get("topic") in ("diplomacy", "forecast", "parade")}


def new_items(doc: Document, kind: str = "new_item") -> set[int]:
    """Sentences opened by a phrase that turns to another item of the news («وفي سياق متصل»، «وفي حادث
    منفصل»، «على صعيد آخر»; background_cues.tsv type ``new_item``, within the first two words): their
    definite event words («ألقت القبض على») tell an event of their own, they do not refer back.  Another ``kind``
    of the same table: the sentences its phrases open (``sequel``: «ثم», «وبعد ذلك»)."""
    out = set()
    for m in doc.matches_of("background_cues"):
        if m.entry.get("type") == kind:
            s = doc.sentence_of(m.start)
            if doc.token_index(m.word_start) - doc.token_index(doc.sentences[s].start) < 2:
                out.add(s)
    return out



def after_blasts(doc: Document) -> set[int]:
    """Sentences that name a blast already told by a definite word of blast («حاولوا اقتحام القاعدة عقب
    الانفجار», «وأعقب التفجير اشتباكات», «إن الانفجار أعقبه هجوم»; event_triggers.tsv flag ``blast``), or that open
    on what followed («ثم اقتحم مسلحون», «وبعد ذلك هاجم»: background_cues.tsv type ``sequel``, in their first two
    words): a battle told there, right after the blast's sentence, is the ground attack the blast opened — when
    that sentence or the blast's names the post attacked (event_triggers_means ``position``: «عند حاجز أمني»,
    «اقتحام القاعدة»): the guidelines fold a bomb into an attack by armed men on army positions; a restaurant
    stormed after a car bomb, or a clash of soldiers answering a roadside bomb on a vehicle, is another event
    («وأعقب الانفجار اقتحام مسلحين للمطعم», «ردت القوات ... في اشتباك أعقب الانفجار»)."""
    posts = {doc.sentence_of(m.start) for m in doc.matches_of("event_triggers_means") if m.entry.get("means") == "position"}
    if not posts:
        return set()
    told = {doc.sentence_of(m.start) for m in doc.matches_of("event_triggers")
            if "blast" in (m.entry.get("flags") or "").split() and (has_article(m.prefix) or m.entry.key.startswith(ARTICLE))}
    return {s for s in told | new_items(doc, "sequel") if s in posts or s - 1 in posts}


def placed_items(doc: Document) -> set[int]:
    """Sentences opened by a phrase of place set apart by a comma («وفي خان يونس جنوبي القطاع، قتل ...», «وفي
    مدينة الخليل، ...»): a place after its preposition, the sentence's first word, and a place word; a comma within
    :data:`PLACED_REACH` words of it, before any event word: the news turns to what happened there, a new item
    as :func:`new_items`' phrases open one."""
    toks = doc.tokens
    triggers = sorted(m.start for m in doc.matches_of("event_triggers"))
    out = set()
    for p in doc.layer("places"):
        if getattr(p, "preposition", None) is None or getattr(p, "context", False):
            continue
        k = doc.token_index(p.start)
        s = toks[k].sentence
        if k - doc.token_index(doc.sentences[s].start) not in ((1, 2) if p.kind else (1,)):
            continue  # the preposition is the sentence's first word, a place word may follow («وفي مدينة X،»)
        last = min(k + PLACED_REACH, len(toks) - 1)
        while toks[last].sentence != s:
            last -= 1
        stop = next((toks[j].start for j in range(k, last) if doc.broken(",،", toks[j].end, toks[j + 1].start)), None)
        i = bisect.bisect_left(triggers, doc.sentences[s].start)
        if stop is not None and not (i < len(triggers) and triggers[i] < stop):
            out.add(s)
    return out


def fresh_items(doc: Document) -> set[int]:
    """The sentences that open a new item of the news: by a phrase that says so (:func:`new_items`) or by a
    phrase of place (:func:`placed_items`)."""
    return new_items(doc) | placed_items(doc)


def trigger_background(doc: Document) -> list[int]:
    """Token indices of the cues of the past, of a time since and of habit (and of background dates) that put a weak
    event word out of the story; but a cue of type ``since`` right before an event date of the day of the news or
    the day before («منذ فجر اليوم», «منذ مساء أمس»): what is told is that day's tally, no past."""
    background = background_positions(doc, ("past", "since", "general"))
    published = doc.layer("published")
    day = published[0].date if published else None
    if day is None or not background:
        return background
    days = {day.isoformat(), (day - dt.timedelta(days=1)).isoformat()}
    starts = {doc.token_index(d.start) for d in doc.layer("dates") if d.date in days and not getattr(d, "background", False)}
    since = {doc.token_index(m.start) for m in doc.matches_of("background_cues") if m.entry.get("type") == "since"}
    return [k for k in background if not (k in since and k + 1 in starts)]
