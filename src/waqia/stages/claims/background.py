"""Figures of other events told beside the one reported (issue #10, fourteenth round of the claims).

A coder leaves out «figures about other, earlier events» (eval/GUIDELINES.md).  :func:`earlier`
finds constructions the clause rules of :mod:`waqia.stages.claims.context` miss:

* a time set off at the head of its sentence («وفي مطلع العام الجاري، لقي 30 شخصا حتفهم»,
  «وخلال الأيام العشرة الماضية، قتل 60», «وفي 2019، قتل 100 متظاهر»): the time dates the whole
  sentence, past the comma that sets it off (not a recent day: «وقبل نحو أسبوع، قتل عنصران» is
  coded in dev);
* a word of likeness in the figure's clause («وكان قصف مماثل قد أسفر عن مقتل 7 مدنيين»,
  «قتل 30 في هجوم مشابه»): another event like the one told;
* a unit of time gone («الأسبوع الماضي») or a word of habit («يوميا», «المتكررة») in a figure's
  clause after the lead: another time, or no one event;
* «منذ» or «خلال» and a unit longer than a day («منذ منتصف الشهر», «خلال أسبوع»): a period's
  total; a year before publication («في 2017»);
* «منذ»/«بعد» and an event a relative or a verb of result ties the figure to («بعد تفجير أوقع 4 قتلى»);
* a capture after «بعد» behind a death («قتل بعد اعتقاله»): how the dead was held;
* a sentence opening with «كما» after a sentence set in the background by a time at its head («وفي
  مطلع الشهر الماضي، قتل 9. كما شن التنظيم في تموز هجوما قتل فيه 30»): it adds to that background;
* a word of response and its object («ردا على هجوم أسفر عن مقتل 4 جنود»): the event answered;
* the war's toll («وبلغت حصيلة الحرب أكثر من 40 ألف قتيل»): a casualty word or «حصيلة» (role
  ``sum``) with the war as its genitive before the figure sums the war's events.

Words by role in ``claim_words.tsv``: ``past`` (adjectives of a time gone, «الماضية»), ``opening``
(«مطلع», «بداية» of a time), ``in``, ``during``, ``since`` (what a time set off opens with), ``time``
(units of time; flag long: ``span``), ``similar`` («مماثل»), ``habit``, ``which``, ``after``,
``sum`` («حصيلة»), ``also`` («كما»), ``earlier`` («سابق» after an event word set off at the head).
"""

from __future__ import annotations

import bisect
import functools
from itertools import compress, count
from operator import itemgetter

from waqia.core.morphology import ARTICLE, CONJUNCTIONS, joined_by_and
from waqia.output import Claim
from waqia.stages.claims.compare import compared
from waqia.stages.claims.context import ClaimIndex, date_tokens, event_words, near, occurrence
from waqia.stages.claims.ground import taken_before
from waqia.stages.claims.recalled import recalled

#: most words of a time set off at the head of a sentence («وفي مطلع العام الجاري»)
FRONT_REACH = 8
#: words before and after a figure where a word of likeness, of habit or «منذ» may stand in its clause
LIKE_REACH = 8
#: words before and after a figure where a year may stand in its clause («... في العاصمة عام 2017»)
YEAR_REACH = 15
_SECOND = itemgetter(1)
#: the roles of claim_words read here by token (:func:`_word`)
ROLES = ("past", "opening", "in", "during", "since", "time", "span", "similar", "habit", "which", "after", "sum",
         "also", "earlier", "therein", "wars", "hours")


def earlier(idx: ClaimIndex, k: int, claim: Claim | None = None) -> bool:
    """The figure at token ``k`` (of ``claim``) is of another event than the one told (see the module)."""
    return _fronted_past(idx, k) or _alike(idx, k) or _war_toll(idx, k) or _gone_in_clause(idx, k) \
        or _year_in_clause(idx, k) or _period(idx, k) or _event_before(idx, k) or _answered(idx, k) \
        or claim is not None and claim.kind == "captured" and _held_before_death(idx, k) \
        or _goes_on_from_background(idx, k) or claim is not None and _past_after_victims(idx, k, claim) or recalled(idx, k)


def _past_after_victims(idx: ClaimIndex, k: int, claim: Claim) -> bool:
    """«قتل ما لا يقل عن 24 عامل إغاثة في البلاد منذ اندلاع القتال»: a cue of the past read from the
    verb at token ``k`` reaches eight words (:func:`~waqia.stages.claims.context.in_past`); a hedge and
    the victims' noun push a period's «منذ اندلاع» past them. Read from the last word of the victims
    too, in their clause, the period sums the toll over the war, not the event told."""
    if claim.span is None:
        return False
    end = idx.tok(idx.doc.normal_pos(claim.span.end) - 1)
    return end > k + 1 and any(idx.same_clause(k, p) for p in near(idx.past, end + 1, end + LIKE_REACH))


def _goes_on_from_background(idx: ClaimIndex, k: int) -> bool:
    """«وفي مطلع أيلول الماضي، قتل 13 جنديا. كما شن التنظيم في تموز هجوما قتل فيه 30»: a sentence
    that opens with «كما» (role ``also``) adds to the sentence before; when that one was set in the
    background by a time at its head (or goes on from such a sentence itself), so is the figure of this
    one."""
    toks = idx.doc.tokens
    sent = toks[k].sentence
    if sent == 0:
        return False
    first = idx.tok(idx.doc.sentences[sent].start)
    if not _word(idx, first, "also") or first == 0:
        return False
    return _fronted_past(idx, first - 1) or _goes_on_from_background(idx, first - 1)


def _held_before_death(idx: ClaimIndex, k: int) -> bool:
    """«توفي تحت التعذيب بعد اعتقاله», «عثر على جثته بعد أيام من اختطافه»: a capture told after «بعد»
    (role ``after``; or «بعد» a unit of time and «من») behind a death told before it in its sentence is
    how the one who died was held, a step before the death reported, not an event of its own."""
    toks = idx.doc.tokens
    at = next((j for j in (k - 1, k - 3) if j >= 0 and _word(idx, j, "after")), None)
    if at is None or at == k - 3 and not (_word(idx, k - 2, "time") and toks[k - 1].text in idx.words.get("of", ())):
        return False
    return any(toks[j].sentence == toks[k].sentence and idx.cues[j].entry.get("kind") == "killed"
               for j in range(max(at - 12, 0), at) if j in idx.cues)


def _answered(idx: ClaimIndex, k: int) -> bool:
    """«قصفت المدفعية المواقع ردا على هجوم أسفر عن مقتل 4 جنود», «انتقاما لمقتل 3 من جنوده»: a figure
    in the object of a word of response (background_cues.tsv type ``response``), in its clause within
    eight words, is of the event answered, told before. A clause of result («ردت على الهجمات ما أسفر
    عن مقتل 14»: «ما»/«مما» and a verb of result) or a casualty word after «و» («رد على الهجوم وقتل
    11»; not one that refers back to the object, «ردا على كمين وقتل فيه 9»: role ``therein``) tells
    what the response itself did, and so does «الرد» with no «على» («الرد القوي سمح بتحييد 31»). A threat to respond («توعد بالرد على مقتل خمسة») answers
    the event the story tells, which is no background."""
    responses = near(idx.responses, k - LIKE_REACH, k - 1)
    if not responses:  # no word of response before the figure (most figures): none of it read (#14)
        return _answered_by_relative(idx, k)
    toks, so = idx.doc.tokens, idx.words.get("so", frozenset()) | idx.words.get("what", frozenset())
    return any(idx.same_clause(p, k) and not any(toks[i - 1].text in so and occurrence(idx, i, "result")
                                                 or occurrence(idx, i, "result") and _subject(idx, p, i)
                                                 or i in idx.cues and joined_by_and(toks[i].text)
                                                 and not _word(idx, i + 1, "therein")
                                                 for i in range(p + 1, k + 1))
               for p in responses
               if not near(idx.ahead, p - 4, p - 1) and not _response_itself(idx, p)
               and not (p > 0 and occurrence(idx, p - 1, "result") and _subject(idx, p, p - 1))) \
        or _answered_by_relative(idx, k)


def _response_itself(idx: ClaimIndex, p: int) -> bool:
    """«الرد القوي للقوات سمح بتحييد 31 إرهابيا»: the definite noun of response with no «على» right
    after it (or after its adjective) is the response that acted, not an answer to an event told before."""
    toks = idx.doc.tokens
    return toks[p].text.startswith(ARTICLE) \
        and not any(toks[j].text in idx.words.get("on", ()) for j in range(p + 1, min(p + 3, len(toks))))


def _subject(idx: ClaimIndex, p: int, i: int) -> bool:
    """«الرد الجوي والبري أسفر عن تحييد 400», «أسفر الرد عن مقتل 12»: the word of response at token ``p``
    is the subject of the verb of result at token ``i`` (right after it, or before it with no «على»
    between): what the response did, not what it answers («ردا على هجوم أسفر عن مقتل 4 جنود»)."""
    on = idx.words.get("on", frozenset())
    return i == p - 1 or i > p and not any(idx.doc.tokens[j].text in on for j in range(p + 1, i))


def _answered_by_relative(idx: ClaimIndex, k: int) -> bool:
    """«ردا على قصف الطيران للأحياء السكنية في المدينة، والذي خلف عشرات الضحايا»: a relative pronoun
    (role ``which``) and a verb of result right before the figure tie it to the object of a word of
    response before them in its sentence, farther than eight words: the event answered."""
    toks = idx.doc.tokens
    rel = next((j for j in range(k - 1, max(k - 4, 0), -1) if _word(idx, j, "which")), None)
    if rel is None or not any(occurrence(idx, i, "result") for i in range(rel + 1, k)):
        return False
    return any(toks[p].sentence == toks[k].sentence and not near(idx.ahead, p - 4, p - 1)
               for p in near(idx.responses, k - YEAR_REACH, rel - 1))


def _event_before(idx: ClaimIndex, k: int) -> bool:
    """«الأكثر دموية منذ الهجوم على المسجد الذي قتل فيه 300», «بعد تفجير أوقع 4 قتلى», «بعد أسبوع من
    تفجير أسفر عن مقتل 11»: «منذ» or «بعد» (roles ``since``, ``after``) right before an event (a strike,
    an attack: event_triggers; or after a unit of time longer than a day and «من»), and a relative
    pronoun (role ``which``) or a verb of result between it and token ``k``, within
    :data:`YEAR_REACH` words in its clause: the figure is of that earlier event («صدت الهجوم بعد ساعات
    من القتال وقتلت 20 من المهاجمين» is of the event told)."""
    toks = idx.doc.tokens
    things = event_words(idx)

    def event_at(j: int) -> int | None:  # «بعد تفجير», «بعد أسبوع من تفجير»: the event's token
        if toks[j + 1].start in things:
            return j + 1
        if j + 3 < k and _word(idx, j + 1, "span") and toks[j + 2].text in idx.words.get("of", ()) \
                and toks[j + 3].start in things:
            return j + 3
        return None

    befores, after = _leads(idx)[2], _tokens_by_role(idx).get("after", frozenset())  # «منذ», «بعد» only (#14)
    for j in befores[bisect.bisect_left(befores, max(k - YEAR_REACH, 0)):bisect.bisect_left(befores, k - 1)]:
        if not idx.same_clause(j, k):
            continue
        e = event_at(j)
        if e is not None and any(_word(idx, i, "which") or occurrence(idx, i, "result") for i in range(e + 1, k + 1)) \
                and not (j in after and taken_before(idx, j)):
            return True
    return False


def _period(idx: ClaimIndex, k: int) -> bool:
    """«وخسر الجيش 17 جنديا منذ منتصف الشهر», «مقتل 120 مسلحا خلال الشهر»: «منذ» or «خلال» (roles
    ``since``, ``during``) and a unit of time longer than a day (role ``span``) or a war («خلال الحرب»,
    «منذ بداية النزاع»; a number or a word of opening may stand between) in the clause of token ``k``, within
    eight words: a period's total; so «في» before a war (role ``wars``: «في حربها على الإرهاب», not «في
    النزاع القبلي», a clash of its own)."""
    toks = idx.doc.tokens
    lo, hi = max(k - LIKE_REACH, 0), min(k + LIKE_REACH + 1, len(toks))
    at, leads = _tokens_by_role(idx), _leads(idx)[1]
    span, opening = at.get("span", ()), at.get("opening", ())  # :func:`_word`, read once
    compares: set[int] | None = None  # read at the first lead in the clause (most figures have none, #14)
    for j in leads[bisect.bisect_left(leads, lo):bisect.bisect_left(leads, hi)]:  # in order, as before (#14)
        if not idx.same_clause(min(j, k), max(j, k)):
            continue
        if compares is None:  # «هو الأعنف خلال الأشهر الأخيرة»: a comparison, no period (claims/compare.py)
            compares = compared(idx.doc)
        if toks[j].start in compares:
            continue
        for i in range(j + 1, min(j + 4, len(toks))):
            if (i in span or i in idx.wars) and idx.same_clause(j, i):
                return True  # «خلال الشهر», «منذ بداية الحرب», «خلال الحرب»: a war's toll too
            if not (i in opening or i in idx.quantities):
                break
    return False


def _year_in_clause(idx: ClaimIndex, k: int) -> bool:
    """«وتعرضت المدينة في 2017 لتفجير أودى بحياة 80 شخصا», «منذ 2015», «خلال 2023»: a year in figures
    before the year of publication after «في», «عام» (roles ``in``, ``time``), «منذ» or «خلال», in the
    clause of token ``k`` within :data:`YEAR_REACH` words; a month's name may stand between («منذ أبريل
    2023 ... أسفرت عن مقتل 290»: the word after the lead is a date's)."""
    lo, hi = max(k - YEAR_REACH, 1), min(k + YEAR_REACH + 1, len(idx.doc.tokens))
    leads, dates = _leads(idx)[0], date_tokens(idx)
    # the leads whose word after (or after the month's name) may stand in [lo, hi): from lo - 2 to hi - 2 (#14)
    near = leads[bisect.bisect_left(leads, lo - 2):bisect.bisect_left(leads, hi - 1)]
    toks = idx.doc.tokens  # a word of four digits first, its clause after (#14: _year_gone reads only those)
    years = [y for y in (j + 1 + (j + 1 in dates and not toks[j + 1].text.isdigit()) for j in near)
             if lo <= y < hi and len(toks[y].text) == 4 and toks[y].text.isdigit()
             and idx.same_clause(min(y, k), max(y, k))]
    return bool(years) and _year_gone(idx, years)


#: the roles of a word that leads a year (:func:`_year_in_clause`)
_LEAD_ROLES = ("in", "time", "since", "during")
_Leads = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], frozenset[int]]
#: the words of :func:`_tokens_by_role` last read and their leads, in text order (:func:`_leads`)
_last_leads: tuple[object, _Leads] = (None, ((), (), (), (), frozenset()))
#: the roles of a word that opens a time set off at the head of a sentence (:func:`_fronted_past`)
_FRONT_ROLES = ("in", "during", "opening", "since")


def _leads(idx: ClaimIndex) -> _Leads:
    """In text order, the tokens of the words that lead a year («في», «عام», «منذ», «خلال»: :func:`_year_in_clause`),
    of those that lead a period (:func:`_period`: «منذ», «خلال», and «في» right before a war: «في حربها على
    الإرهاب», not «في النزاع القبلي», a clash of its own), of «منذ», «بعد» (:func:`_event_before`) and of a time
    gone or a habit (:func:`_gone_in_clause`); and, as a set, the words that open a time set off (:func:`_fronted_past`):
    once per document, not per figure (kept with the document's words by role, which they are read from; #14)."""
    global _last_leads
    at, last = _tokens_by_role(idx), _last_leads  # read once: another thread may replace it
    if last[0] is not at:
        wars = at.get("wars", frozenset())
        periods = {*at.get("since", ()), *at.get("during", ()), *(j for j in at.get("in", ()) if j + 1 in wars)}
        time, hours, gone = at.get("time", frozenset()), at.get("hours", frozenset()), at.get("habit", frozenset())
        gone = gone.union(j for j in at.get("past", ()) if j - 1 in time and j - 1 not in hours)  # «الساعات الماضية»: today
        last = _last_leads = (at, (tuple(sorted(frozenset().union(*(at.get(role, ()) for role in _LEAD_ROLES)))),
                                   tuple(sorted(periods)), tuple(sorted({*at.get("since", ()), *at.get("after", ())})),
                                   tuple(sorted(gone)), frozenset().union(*(at.get(r, ()) for r in _FRONT_ROLES))))
    return last[1]


def _gone_in_clause(idx: ClaimIndex, k: int) -> bool:
    """«وكان 5 أشخاص قتلوا الأسبوع الماضي في قصف»: a unit of time and an adjective of the past in the
    clause of token ``k``, within eight words, after the first sentence (the lead tells its own time; hours
    gone are the day's: «عثرت خلال الساعات الماضية على 17 جثة»); or a word of habit there («لقصف شبه يومي يوقع ضحايا», «الهجمات المتكررة أوقعت مئات الضحايا»):
    no one event."""
    toks = idx.doc.tokens
    if toks[k].sentence == 0:
        return False
    lo, hi = max(k - LIKE_REACH, 1), min(k + LIKE_REACH + 1, len(toks))
    gone = _leads(idx)[3]  # the words of a time gone or of habit only, in order (#14)
    return any(idx.same_clause(min(j, k), max(j, k))
               for j in gone[bisect.bisect_left(gone, lo):bisect.bisect_left(gone, hi)])


def _word(idx: ClaimIndex, j: int, role: str) -> bool:
    """Token ``j`` is a word of ``role``, with or without «و»/«ف» or the article before it."""
    return j in _tokens_by_role(idx).get(role, ())


def _tokens_by_role(idx: ClaimIndex) -> dict[str, frozenset[int]]:
    """The tokens that are words of each role of :data:`ROLES` (read once per document, not per figure
    and word, #14)."""
    if idx.roles is None:
        by_form = _forms(tuple(idx.words.get(role, frozenset()) for role in ROLES))
        out: dict[str, set[int]] = {}
        texts = idx.doc.texts
        for j, roles in filter(_SECOND, enumerate(map(by_form.get, texts))):  # the words of a role only (#14)
            for role in roles or ():  # (never None here: the filter took those out)
                out.setdefault(role, set()).add(j)
        for j in compress(count(), map(str.isdigit, texts)):  # figures only
            if len(texts[j]) == 4 and 1900 < int(texts[j]) < 2100:
                out.setdefault("year", set()).add(j)  # the years the article names (:func:`_year_gone`)
        idx.roles = {role: frozenset(js) for role, js in out.items()}
    return idx.roles


@functools.lru_cache(maxsize=8)
def _forms(words: tuple[frozenset[str], ...]) -> dict[str, tuple[str, ...]]:
    """The roles of :data:`ROLES` by written form (``words``: each role's words): a word itself, after
    the article, after «و»/«ف», after both."""
    out: dict[str, list[str]] = {}
    for role, ws in zip(ROLES, words):
        for w in ws:
            for form in {w, ARTICLE + w, *(c + f for c in CONJUNCTIONS for f in (w, ARTICLE + w))}:
                out.setdefault(form, []).append(role)
    return {form: tuple(roles) for form, roles in out.items()}


def _fronted_past(idx: ClaimIndex, k: int) -> bool:
    """«وفي أكتوبر الماضي، قتل 20 شخصا»: the sentence of token ``k`` opens with a short phrase set
    off by a clause break that tells a time gone; the figure stands after it."""
    toks = idx.doc.tokens
    sent = toks[k].sentence
    first = idx.tok(idx.doc.sentences[sent].start)
    if first not in _leads(idx)[4]:  # their words united once per document (#14)
        return False  # a time set off opens with «في», «خلال», «مطلع», «منذ» (not a dateline, not a speaker); asked first (#14)
    end = next((j for j in range(first, min(first + FRONT_REACH, k)) if not idx.same_clause(j, j + 1)), None)
    if end is None or end >= k or first + 1 > end:
        return False  # no break in the first words, or the figure within them (the rules of its clause hold)
    front = range(first, end + 1)
    dates = [d for d in idx.doc.layer("dates") if idx.tok(d.start) in front]
    if any(getattr(d, "is_event_date", False) for d in dates):
        return False  # «وفي صباح اليوم، ...», «وقبل نحو أسبوع، ...»: a day of the events told
    if any(getattr(d, "background", False) for d in dates) or any(p in front for p in idx.past):
        return True
    things = event_words(idx)  # «وفي هجوم سابق على البلدة، ...»: an earlier event (not «حصيلة سابقة», a toll)
    if any(_word(idx, j, "earlier") and toks[j - 1].start in things for j in front if j > first):
        return True
    return _time_gone(idx, front) or _year_gone(idx, front)


def _year_gone(idx: ClaimIndex, front: range | list[int]) -> bool:
    """«وفي 2019، ...»: a year in figures before the year of publication; with no day of publication, before
    the latest year the article names («في 2017 ... وفي 2019»: the article is told no earlier than 2019)."""
    published = str(idx.doc.meta.get("published") or "")[:4]
    toks = idx.doc.tokens
    if published.isdigit():
        now = int(published)
    else:
        named = [int(toks[j].text) for j in _tokens_by_role(idx).get("year", ())]
        if not named:
            return False
        now = max(named)
    return any(len(t) == 4 and t.isdigit() and 1900 < int(t) < now for t in (toks[j].text for j in front))


def _time_gone(idx: ClaimIndex, front: range) -> bool:
    """A time gone in the words of ``front``: an adjective of the past after a unit of time or a
    date, within three words («الأيام العشرة الماضية», «الساعات الأربع والعشرين الماضية», «سبتمبر
    الماضي»: a month, when no day of publication resolves it), or a word of opening before one
    («مطلع العام»)."""
    dates = date_tokens(idx)
    for j in front:
        timed = _word(idx, j, "time") or j in dates
        if timed and j - 1 >= front.start and _word(idx, j - 1, "opening"):
            return True
        if _word(idx, j, "past") and any(_word(idx, i, "time") or i in dates
                                         for i in range(max(j - 3, front.start), j)):
            return True
    return False


def _alike(idx: ClaimIndex, k: int) -> bool:
    """A word of likeness («مماثل», «مشابهة»: role ``similar``) in the clause of token ``k``, within
    :data:`LIKE_REACH` words, or before it within :data:`YEAR_REACH` words with a verb of result
    between («وكانت غارة مماثلة أسفرت عن مقتل 5 أشخاص وإصابة 7 آخرين»): the figure is of an event
    like the one told, not of it."""
    toks = idx.doc.tokens
    lo, hi = max(k - LIKE_REACH, 0), min(k + LIKE_REACH + 1, len(toks))
    similar = _tokens_by_role(idx).get("similar", frozenset())
    if not similar:
        return False
    hits = [j for j in range(lo, hi) if j in similar and idx.same_clause(min(j, k), max(j, k))]
    if hits:
        return not _own_recent_day(idx, k, lo, hi) and not any(_short_while_after(idx, j) for j in hits)
    return any(j in similar and idx.same_clause(j, k) and not _short_while_after(idx, j)
               and any(occurrence(idx, i, "result") for i in range(j + 1, k))
               for j in range(max(k - YEAR_REACH, 0), lo))


def _short_while_after(idx: ClaimIndex, j: int) -> bool:
    """«يأتي ذلك بعد يومين من غارات مماثلة أدت إلى ...»: «بعد», a unit of time no longer than a day or
    its count (role ``time``, not ``span``) and «من» before the like event at token ``j``: it came days
    or hours before the one told, a recent event with its figure (GUIDELINES); «بعد أسبوعين», «بعد أشهر» do not."""
    toks, of = idx.doc.tokens, idx.words.get("of", frozenset())
    return any(_word(idx, a, "after") and _word(idx, a + 1, "time") and not _word(idx, a + 1, "span")
               and of.intersection((toks[a + 2].text, toks[a + 3].text)) and idx.same_clause(a, j)
               for a in range(max(j - 6, 0), j - 2))  # «بعد يومين من», «بعد يوم واحد من»


def _own_recent_day(idx: ClaimIndex, k: int, lo: int, hi: int) -> bool:
    """«وقد قتل راعيان في هجوم مماثل مساء أمس»: the like event told with a day of its own in the last
    week, in the clause of the figure at token ``k``, is a recent event with its details (GUIDELINES),
    not one only alluded to."""
    for d in idx.doc.layer("dates"):
        j = idx.tok(d.start)
        if lo <= j < hi and d.precision == "day" and not d.background and not d.future \
                and idx.same_clause(min(j, k), max(j, k)):
            return True
    return False


def _war_toll(idx: ClaimIndex, k: int) -> bool:
    """«حصيلة الحرب أكثر من 40 ألف قتيل», «عدد ضحايا النزاع 300»: a casualty word with the war as
    its genitive, within six words before the figure at token ``k`` in its clause."""
    if not idx.wars:
        return False
    return any(j in idx.wars and (j - 1 in idx.cues or _word(idx, j - 1, "sum")) and idx.same_clause(j - 1, k)
               for j in range(max(k - 6, 1), k))
