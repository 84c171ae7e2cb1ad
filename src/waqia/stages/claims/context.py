"""Where a figure stands: the lookups of one document by token (:class:`ClaimIndex`: figures, people and forces,
casualty words, subset words, side stops, cues of the past) and the clause rules: whether two tokens share a clause,
whether a clause is about the past or a running total, and other facts the claim readers of :mod:`.stage` check."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from waqia.core.document import Document, Token
from waqia.core.lexicon import Match
from waqia.core.morphology import (
    ARTICLE,
    CONJUNCTIONS,
    NAME_PREFIXES,
    PREPOSITIONS,
    conjoined,
    joined_by_and,
    nisba,
)
from waqia.stages.claims.compare import compared
from waqia.stages.numbers.stage import Quantity

_COUNT = {"sg": 1, "du": 2}

#: punctuation that ends a clause (quotation marks quote; they do not end one); events read it too
CLAUSE_BREAK = frozenset("،,.:;؛()!?؟")
_BREAK = CLAUSE_BREAK
HARD_BREAK = re.compile("[،,.:;؛!?؟]")  # the breaks but brackets, which may only set off a number
_BRACKET = re.compile("[()]")


@dataclass
class ClaimIndex:
    """Lookups by token for one document."""

    doc: Document
    quantities: dict[int, Quantity]  # token index where the quantity starts
    quantity_ends: dict[int, Quantity]  # token index of the quantity's last token
    people: dict[int, Match]  # token index -> person/other/group match starting there
    cues: dict[int, Match]  # token index -> casualty match starting there
    blockers: dict[int, str]  # token index -> effect, for blocker words ending at that token
    party_stops: dict[int, str]  # token index -> why a side's words end there («side»: they go on)
    past: list[int]  # token indices of cues of the past («الشهر الماضي»)
    since: list[int] = dataclasses.field(default_factory=list)  # token indices of «منذ»
    perpetrators: set[int] = dataclasses.field(default_factory=set)  # tokens after «نفذه», «شنه»
    ahead: list[int] = dataclasses.field(default_factory=list)  # threats, conditions («هدد», «إذا»)
    dates: set[int] | None = None  # tokens inside dates, filled on first use
    asides: set[int] = dataclasses.field(default_factory=set)  # «في نفس الليلة»: a time told back (claims/index.same_time)
    things: set[int] | None = None  # word starts of weapons and strikes, filled on first use
    people_spans: list[tuple[int, int, Any]] | None = None  # people by original start, filled on first use
    posts: dict[int, str] | None = None  # sentences of an attacked post (claims/targets.py), filled on first use
    causes: set[int] | None = None  # tokens of weapons and strikes after a preposition («بهجوم»), on first use
    clause_openers: set[int] | None = None  # tokens of «أن», «إن», «بأن»: a reported clause starts after
    words: dict[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # claim_words.tsv by role
    reports: set[int] = dataclasses.field(default_factory=set)  # since cues that date a saying before «أن»
    wars: set[int] = dataclasses.field(default_factory=set)  # tokens of «الحرب», «النزاع» (background_cues reading war)
    responses: list[int] = dataclasses.field(default_factory=list)  # «بالرد على»: a threat reaches no further
    kinds: dict[str, str] = dataclasses.field(default_factory=dict)  # «تكفيري»: singulars of a side (kind_nouns)
    owned: bool | None = None  # whether a noun for people carries a pronoun (claims/owners.py), on first use
    breaks: tuple[list[int], list[int]] | None = None  # where the text has clause breaks, brackets; on first use
    roles: dict[str, frozenset[int]] | None = None  # tokens by role of claim_words (claims/background.py), on first use

    def __post_init__(self) -> None:
        # in text order, so that the cues near a figure are found by bisection (:func:`near`)
        self.past, self.since, self.ahead = sorted(self.past), sorted(self.since), sorted(self.ahead)
        self.responses = sorted(self.responses)
        self.tok = self.doc.token_index  # type: ignore[method-assign]  # the look-up itself, no wrapper call (#14)

    def tok(self, pos: int) -> int:
        return self.doc.token_index(pos)

    def same_clause(self, a: int, b: int) -> bool:
        """No sentence break or clause punctuation between token a and token b (a < b)."""
        toks = self.doc.tokens
        if b >= len(toks) or toks[a].sentence != toks[b].sentence:
            return False
        start, end = toks[a].end, toks[b].start
        if end <= start or b == a + 1 and self.doc.text[start:end].isspace():
            return True  # next words with only spaces between (most asked): no search for breaks (#14)
        if self.breaks is None:  # positions of the breaks, once per document: a gap is then two bisections (#14)
            text = self.doc.text
            self.breaks = [m.start() for m in HARD_BREAK.finditer(text)], [m.start() for m in _BRACKET.finditer(text)]
        hard, brackets = self.breaks
        i = bisect.bisect_left(hard, start)
        if i < len(hard) and hard[i] < end:
            return False  # a break no bracket sets off
        i = bisect.bisect_left(brackets, start)
        if i == len(brackets) or brackets[i] >= end:
            return True
        text = self.doc.text
        gap = _unbracket(text, toks[a], toks[b], text[start:end])
        return not any(ch in _BREAK for ch in gap)


def _unbracket(text: str, a: Token, b: Token, gap: str) -> str:
    """«قتل (12) شخصا»: brackets around a lone number are typography, not a clause."""
    if b.text.isdigit() and gap.rstrip().endswith("(") and text[b.end:b.end + 1] == ")":
        gap = gap.rstrip()[:-1]
    if a.text.isdigit() and gap.lstrip().startswith(")") and text[a.start - 1:a.start] == "(":
        gap = gap.lstrip()[1:]
    return gap


def complementiser(idx: ClaimIndex, k: int) -> bool:
    """«أن», «إن», «بأن» at token ``k``: what comes after is a clause of its own."""
    if idx.clause_openers is None:
        idx.clause_openers = {idx.tok(m.word_start) for m in idx.doc.matches_of("source_stops")
                              if m.entry.attrs.get("why") == "complementiser"}
    return k in idx.clause_openers


def date_tokens(idx: ClaimIndex) -> set[int]:
    """Tokens inside date expressions (computed once per document)."""
    if idx.dates is None:
        out: set[int] = set(idx.asides)
        for d in idx.doc.layer("dates"):
            a, b = idx.tok(d.start), idx.tok(max(d.end - 1, d.start))
            out.update(range(a, b + 1))
        idx.dates = out
    return idx.dates


def only_dates_between(idx: ClaimIndex, a: int, b: int) -> bool:
    """«وقتل، أمس الأربعاء، عنصران», «اختطفت الحركة، الاثنين، 100 مدني»: the only clause breaks between
    token a and token b set off a date (an aside of time; the clause goes on after it)."""
    dates, toks = date_tokens(idx), idx.doc.tokens
    if toks[a].sentence != toks[b].sentence or not any(j in dates for j in range(a + 1, b)):
        return False
    return all(j - 1 in dates or j in dates for j in range(a + 1, b + 1) if not idx.same_clause(j - 1, j))


def dated(idx: ClaimIndex, ti: int, reach: int = 0) -> int:
    """How many dates and adverbs («الاثنين 40», «أيضا ثلاثة»; role ``adverb``) stand in ``reach`` other tokens after the cue."""
    dates, adverbs, toks = date_tokens(idx), idx.words.get("adverb", frozenset()), idx.doc.tokens
    n, j, left = 0, ti + 1, reach
    while (skip := j in dates or j < len(toks) and toks[j].text in adverbs) or left > 0:
        if skip:
            n += 1
        else:
            left -= 1
        j += 1
    return n


def cumulative(idx: ClaimIndex, pos: int, role: str) -> bool:
    """A running total: «منذ» in the sentence of a toll, or of a figure beside «حصيلة» (before it or in its clause when
    the cue is only «في وقت سابق»: «أعلن في وقت سابق مقتل 16، قبل أن تتكشف حصيلة الهجمات» is an earlier count)."""
    sent, ti = idx.doc.sentence_of(pos), idx.tok(pos)
    if idx.wars and _caused_by_war(idx, ti):
        return True
    since = [k for k in idx.since if idx.doc.tokens[k].sentence == sent and not _recent_since(idx, k)
             and not _compares(idx, k) and not dates_report(idx, k, ti) and (role == "toll" or not _new_toll(idx, ti, k))]
    return bool(since) and (role == "toll" or any(idx.doc.sentence_of(m.start) == sent and (
        not set(since) <= idx.reports or idx.tok(m.start) < ti or idx.same_clause(ti, idx.tok(m.start)))
        for m in idx.doc.matches_of("background_cues") if m.entry.attrs.get("type") == "total"))


def _new_toll(idx: ClaimIndex, ti: int, k: int) -> bool:
    """A cue at ``k`` after the figure at ``ti``, in another clause or past a verb of rising (role ``rise``), sums
    another toll: «قتل 6 اليوم، فيما ارتفعت الحصيلة منذ بدء الحرب إلى ...», «قتل متظاهر ليرتفع عدد القتلى منذ»."""
    rise = idx.words.get("rise", frozenset())
    return k > ti and (not idx.same_clause(ti, k) or any(idx.doc.tokens[j].text in rise for j in range(ti + 1, k)))


def _caused_by_war(idx: ClaimIndex, ti: int) -> bool:
    """«أسفرت الحرب عن مقتل 15 ألفا», «الحرب التي خلفت 300 قتيل», «إن النزاع أودى بحياة الآلاف»: a war
    the subject of a verb of result (claim_words.tsv role ``result``) within seven words before the toll,
    after the verb, before it after «أن» or «إن», or before its relative pronoun, or the genitive of the casualty noun after the
    figure («آلاف من قتلى الحرب»): it sums the war's events."""
    toks, result = idx.doc.tokens, idx.words.get("result", frozenset())
    if any(k in idx.cues and k + 1 in idx.wars and idx.same_clause(ti, k + 1) for k in range(ti, ti + 4)):
        return True  # «350 من ضحايا الحرب»: the war's dead, named by their war
    for r in range(max(ti - 7, 0), ti + 1):  # «أودت بحياة» is the verb and the toll word at once
        word = toks[r].text[1:] if conjoined(toks[r].text) and toks[r].text not in result else toks[r].text
        if word in result and (r + 1 in idx.wars or r - 2 in idx.wars or r - 1 in idx.wars and r >= 2 and complementiser(idx, r - 2)) \
                and idx.same_clause(r - 2 if r - 2 in idx.wars else r, ti):  # from the war before, else from the verb
            return True
    return False


def dates_report(idx: ClaimIndex, k: int, ti: int) -> bool:
    """«أفاد في وقت سابق بأن الحصيلة 8 قتلى»: a cue read as a report's (``reading`` ``report``) with
    «أن», «إن», «بأن» between it and the figure dates the saying; what is said is the event told. After
    the figure, in another clause («ارتفعت الحصيلة إلى 12، بعدما أعلنت السلطات في وقت سابق مقتل 8»),
    it dates the saying of that clause, not the toll; so it does right after a verb of report (attribution.tsv
    ``verb``) before a preliminary toll (role ``preliminary``): «تحدث في وقت سابق عن حصيلة أولية» (an earlier count)."""
    if k in idx.reports and k > ti and not idx.same_clause(ti, k):
        return True
    return k in idx.reports and k < ti and (any(complementiser(idx, j) for j in range(k + 1, ti)) or idx.same_clause(
        k - 1, ti) and any(idx.doc.tokens[j].text in idx.words.get("preliminary", ()) for j in range(k + 1, ti)) and any(
        r.entry.attrs.get("type") == "verb" and idx.tok(r.word_start) == k - 1 for r in idx.doc.matches_of("attribution")))


def _compares(idx: ClaimIndex, k: int) -> bool:
    """«أعنف الهجمات منذ مطلع العام»: «منذ» within three words after a superlative (claim_words.tsv
    role ``superlative``) compares the event with those before it; it sums no toll."""
    toks, words = idx.doc.tokens, idx.words.get("superlative", frozenset())
    return any(toks[j].text in words or conjoined(toks[j].text) and toks[j].text[1:] in words
               for j in range(max(k - 3, 0), k) if toks[j].sentence == toks[k].sentence)


def _recent_since(idx: ClaimIndex, k: int) -> bool:
    """«منذ صباح أمس», «منذ السبت»: since a day of the last week is the event itself, not a running total."""
    toks, dates = idx.doc.tokens, date_tokens(idx)
    after = [j for j in range(k + 1, min(k + 4, len(toks))) if j in dates]
    if not after:
        return False
    start = toks[after[0]].start
    return any(d.start <= start < d.end and getattr(d, "is_event_date", False) for d in idx.doc.layer("dates"))


def in_past(idx: ClaimIndex, k: int, since: bool = False, cue: Match | None = None) -> bool:
    """A cue of the past («الشهر الماضي», a date long before) in the same clause, within eight words, not past a new
    toll (:func:`_new_toll`). With ``since``, «منذ» counts too (a toll «since» a day is cumulative). A threat or a
    negation before it does not reach a toll told in a relative clause of its noun (``cue`` ends on «عددهم», role
    ``estimate``): «لم يبق من الجرحى البالغ عددهم 200 سوى 23» denies none of the 200, it tells them. A negation right before a verb of result reaches 16 words («لم يسفر القصف الذي طال ... عن وقوع إصابات»); one inside the cue is what it tells («لم يعرف مصير»: missing)."""
    cues = near(idx.past, k - 8, k + 8) \
        + ([p for p in near(idx.since, k - 8, k + 8) if not dates_report(idx, p, k)] if since else [])
    told = cue is not None and idx.doc.tokens[idx.tok(cue.end - 1)].text in idx.words.get("estimate", ())
    return any(idx.same_clause(min(p, k), max(p, k)) and not _new_toll(idx, k, p) for p in cues) \
        or not told and any(idx.same_clause(p, k) and not near(idx.responses, p + 1, k - 1) for p in near(idx.ahead, k - 16, k) if (p >= k - 8 or idx.doc.tokens[p + 1].text in idx.words.get("result", ())) and not (cue is not None and idx.tok(cue.start) <= p <= idx.tok(cue.end - 1))) \
        or _result_of_background(idx, k) or _time_after(idx, k)  # threats reach forward only; a result, back to its cause


def _time_after(idx: ClaimIndex, k: int) -> bool:
    """«بعد أسبوع من مقتل خمسة جنود»: «بعد», a unit of time and «من» right before the toll word at
    token ``k``: the toll is of an earlier event the one told follows."""
    toks, words = idx.doc.tokens, idx.words
    if k < 3 or toks[k - 1].text not in words.get("of", ()) or not idx.same_clause(k - 4 if k >= 4 else 0, k):
        return False
    between = [toks[j].text for j in range(max(k - 4, 0), k - 1)]
    return any(w in words.get("time", ()) for w in between) and any(
        w in words.get("after", ()) or conjoined(w) and w[1:] in words.get("after", ()) for w in between)


def near(tokens: list[int], lo: int, hi: int) -> list[int]:
    """The token indices of sorted ``tokens`` from ``lo`` to ``hi``, both included."""
    return tokens[bisect.bisect_left(tokens, lo):bisect.bisect_right(tokens, hi)]


def _result_of_background(idx: ClaimIndex, k: int) -> bool:
    """«... بشكل شبه يومي، ما أسفر عن سقوط العديد من الضحايا»: a figure in a clause of result («ما»/«مما» + a verb
    of result, or the verb opening its clause: «ضربات خلال السنوات الأخيرة، أسفرت عن», within eight words before
    it) is at the time of the clause it results from, which a cue of the past or of a habit in it puts in the background."""
    toks, result, so = idx.doc.tokens, idx.words.get("result", frozenset()), idx.words.get("so", frozenset()) | idx.words.get("what", frozenset())
    opener = next((j - 1 if toks[j - 1].text in so else j for j in range(k, max(k - 8, 1) - 1, -1)
                   if toks[j].text in result and (toks[j - 1].text in so and idx.same_clause(j - 1, k)
                                                  or idx.same_clause(j, k) and not idx.same_clause(j - 1, j))), None)
    if opener is None or opener == 0 or toks[opener - 1].sentence != toks[opener].sentence:
        return False
    start = _clause_start(idx, opener - 1)
    head = _clause_start(idx, start - 1) if start > 0 and toks[start - 1].sentence == toks[opener].sentence else start
    if start - head <= 5 and (head == 0 or toks[head - 1].sentence != toks[head].sentence):
        start = head  # «ومن وقت لآخر، يشن ... هجمات، ما يتسبب ب...»: a time set off at the head of the sentence
    return any(start <= p < opener for p in idx.past)


def _clause_start(idx: ClaimIndex, j: int) -> int:
    """The first token of the clause token ``j`` stands in."""
    toks = idx.doc.tokens
    while j > 0 and toks[j - 1].sentence == toks[j].sentence and idx.same_clause(j - 1, j):
        j -= 1
    return j


def background_positions(doc: Document, types: tuple[str, ...] = ("past",)) -> list[int]:
    """Token indices of cues of the past (of the given types) and of background dates."""
    cues = doc.matches_of("background_cues")
    ongoing, compares = {m.end for m in cues if m.entry.attrs.get("type") == "ongoing"}, compared(doc)  # «المستمرة منذ أيام»
    past = [doc.token_index(m.start) for m in cues if m.entry.get("type") in types and m.start not in compares
            and not (m.entry.attrs.get("type") == "since" and m.end in ongoing)]
    return past + background_dates(doc)


def background_dates(doc: Document) -> list[int]:
    """Token indices of :func:`background_date_mentions`."""
    return [doc.token_index(d.start) for d in background_date_mentions(doc)]


def background_date_mentions(doc: Document) -> list[Any]:
    """The dates of the background, but for the time an ongoing event has lasted («الاشتباكات المستمرة منذ أسبوع»: the
    week is the event told, not a time before it) and the time a superlative compares with (claims/compare.py)."""
    ongoing, compares = [(m.start, m.end) for m in doc.matches_of("background_cues") if m.entry.attrs.get("type") == "ongoing"], compared(doc)
    return [d for d in doc.layer("dates") if getattr(d, "background", False) and d.start not in compares
            and not any(a <= d.start < b for a, b in ongoing)]


def in_background(doc: Document, pos: int, past: list[int], ahead: list[int] | None = None) -> bool:
    """Whether normalised ``pos`` stands in a clause about the past, or after a threat in its clause."""
    if not past and not ahead:
        return False  # no cue of the past or a threat in the text: nothing is background (#14)
    key = (tuple(past), tuple(ahead or ()))
    last = _LAST_BACKGROUND[0]  # one read: another thread may replace it meanwhile
    if last is not None and last[0] is doc and last[1] == key:
        idx = last[2]
    else:  # the callers ask about many words of one document with the same cues: built once (#14)
        idx = ClaimIndex(doc, {}, {}, {}, {}, {}, {}, past, ahead=ahead or [])
        _LAST_BACKGROUND[0] = (doc, key, idx)
    return in_past(idx, doc.token_index(pos))


_LAST_BACKGROUND: list[tuple[Document, tuple[tuple[int, ...], tuple[int, ...]], ClaimIndex] | None] = [None]


def after_bayn(idx: ClaimIndex, ti: int) -> bool:
    """«بين قتيل وجريح»: victim words listed after «بين»."""
    toks = idx.doc.tokens
    k = ti - 1
    while k >= 0 and k in idx.cues and joined_by_and(toks[k + 1].text):
        k -= 1
    return k >= 0 and toks[k].text in idx.words["between"]


def construct(idx: ClaimIndex, ti: int) -> bool:
    """«جثامين الشهداء»: an indefinite noun followed by a definite one, or by a genitive chain that
    ends in one («ضحايا مسجد العريش»), is a construct, not a count."""
    toks = idx.doc.tokens
    if ti + 1 >= len(toks) or not idx.same_clause(ti, ti + 1):
        return False
    if toks[ti + 1].text.startswith(ARTICLE) and toks[ti + 1].text not in idx.words.get("to", ()):
        return True  # not «إلى» («نقل جرحى إلى المستشفى»), whose matching form opens as the article does
    # «جرحى تفجيرات مطار عدن», «ضحايا مسجد العريش»: a genitive chain that ends in a definite word
    for j in range(ti + 1, min(ti + 3, len(toks) - 1)):
        word = toks[j].text
        if j in idx.people or j in idx.quantities or j in idx.cues or j in idx.party_stops or nisba(word) \
                or j in date_tokens(idx) \
                or len(word) < 3 or word[:1] in PREPOSITIONS or word in idx.words["of"] or word in idx.words["in"] \
                or word in idx.words.get("to", ()) or not idx.same_clause(j, j + 1):  # «وجريحين إلى المستشفى»
            return False
        if toks[j + 1].text.startswith(ARTICLE) or j == ti + 1 and toks[j].start in event_words(idx):
            return True  # «جرحى تفجيرات ...»: the victims of an event named after them
    return False


def event_words(idx: ClaimIndex) -> set[int]:
    """Where the words of event triggers (weapons, strikes, attacks) start (computed once); not one after a preposition
    («قتل 4 بقصف مدفعي»: by shelling, no count of strikes) nor one written with it («برصاص», flag ``shot``)."""
    if idx.things is None:
        found = idx.doc.matches_of("event_triggers")
        by = {m.word_start for m in found if m.prefix.lstrip("".join(CONJUNCTIONS))[:1] in PREPOSITIONS
              or "shot" in (m.entry.get("flags") or "").split()}
        idx.things, idx.causes = {m.word_start for m in found} - by, {idx.tok(p) for p in by}
    return idx.things


def circumstance(idx: ClaimIndex, j: int) -> bool:
    """«بهجوم لتنظيم داعش», «بقصف لقوات النظام», «برصاص الأمن»: an event trigger after a preposition (or written with
    it) at token ``j`` tells how the victims fell; the side named after it is the attacker's, not theirs."""
    event_words(idx)  # read once with the event words (#14)
    return j in (idx.causes or set())


def blocked(idx: ClaimIndex, k: int) -> bool:
    """A figure right after «بينهم», «منهم» ... is a subset of another (not after a comma that closes the subset:
    «8 شهداء، بينهم طفلة، ونحو 2800 جريح»; nor past a casualty word of its own: «مقتل خمسة منهم وإصابة العشرات»)."""
    return any(idx.blockers.get(j) == "subset" and idx.same_clause(j, k) and _whole_before(idx, j)
               for j in (k - 1, k - 2) if j >= 0 and not (j == k - 2 and k - 1 in idx.cues))


def _whole_before(idx: ClaimIndex, j: int) -> bool:
    """A subset needs a whole: a figure or a casualty word before «بينها» at token ``j`` in its
    sentence («وكبدتهم خسائر كبيرة، بينها مقتل 16 عنصرا»: the losses told no figure; the 16 are one)."""
    toks = idx.doc.tokens
    first = idx.tok(idx.doc.sentences[toks[j].sentence].start)
    return any(n in idx.cues or n in idx.quantities for n in range(first, j))


def still_in(idx: ClaimIndex, k: int) -> bool:
    """«36 جريحا ما زالوا يتلقون العلاج»: the figure at token ``k`` is followed, within three words of
    its clause, by a state it is still in (``claim_blockers.tsv`` effect ``still``): a part of a toll."""
    return any(idx.blockers.get(j) == "still" and idx.same_clause(k, j) for j in range(k + 1, k + 4))


def occurrence(idx: ClaimIndex, k: int, role: str = "occur") -> bool:
    """The word at token ``k`` is a word of occurrence («وقوع», «ووقعت», «بسقوط»; claim_words role
    ``occur``), or of another ``role`` («result»: «أسفر»), with or without a clitic before it."""
    words, word = idx.words.get(role, frozenset()), idx.doc.tokens[k].text
    return word in words or any(word.startswith(p) and word[len(p):] in words for p in NAME_PREFIXES)


def blocker_before(idx: ClaimIndex, ti: int) -> str | None:
    """The effect of a claim blocker that ends right before the casualty word at token ``ti``, or before a word of
    occurrence («أنباء عن وقوع إصابات») or, of effect none, an indefinite noun in construct («لكل أسرة شهيد») before it."""
    effect, k = idx.blockers.get(ti - 1), ti - 1
    noun = k not in idx.cues and k not in idx.quantities and not idx.doc.tokens[k].text.startswith(ARTICLE)
    if effect is None and ti >= 2 and (occurrence(idx, k) or idx.blockers.get(ti - 2) == "none" and noun
                                       and idx.same_clause(k - 1, ti)):
        effect = idx.blockers.get(ti - 2)
    return effect


def without(doc: Document, kind: str = "without") -> list[int]:
    """Sorted token indices of the last words of «دون», «بدون», «من دون» (``background_cues.tsv``
    type ``without``), or of the cues of another ``kind`` (``condemnation``: «أدان», «استنكر»)."""
    return sorted(doc.token_index(m.end - 1) for m in doc.matches_of("background_cues")
                  if m.entry.attrs.get("type") == kind)
