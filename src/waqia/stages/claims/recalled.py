"""A clause of time tied to a year gone (issue #10, set L of whole articles).

«هي الأعنف منذ أغسطس 2022، حين قتل 32 شخصا», «تضخم الجيش منذ حرب 2014، حين اجتاح التنظيم ثلث البلاد
وقتل وأسر آلاف الجنود»: a clause that opens with «حين», «عندما» (claim_words.tsv role ``when``) right after
a break, behind a year in figures before publication at the end of the clause before, tells what happened
in that year: its figures are of an earlier event, not of the one the story reports.  Without the year
(«قتل ثلاثة صباح اليوم حين سقطت قذيفة») the clause of time tells how the event told came about.

So does a sentence that opens with «قبل» (role ``before``) and a unit of time longer than a week before its
first break («وقبل ذلك بعام، شهدت البلاد أعنف تفجير ... وقتل 120», «وقبل ثلاثة أشهر، قتل 20»): its figures
are of that time; «وقبل نحو أسبوع، قتل عنصران» (role ``week``) is a recent event, coded in dev.

And «خلاله», «خلالها» (role ``during_it``) in the figure's clause, behind a unit of time longer than a day earlier in
its sentence («شهد شهر حزيران تصعيدا، إذ أحصت الوزارة خلاله سقوط 61 قتيلا», «عملية استمرت أسبوعين قتل خلالها
50»): a period's total, as «خلال الشهر» (claims/background.py); «اقتحمت القوات البلدة واعتقلت خلالها 5» is the raid's.
"""

from __future__ import annotations

import functools
import weakref
from bisect import bisect_left, bisect_right
from itertools import compress, count

from waqia.core.morphology import CONJUNCTIONS, PREPOSITIONS, conjoined, without_article
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.rules import ClaimMention

#: most words from «حين» back to the figure it dates (its clause: «حين اجتاح التنظيم ثلث البلاد وقتل 3»)
WHEN_REACH = 12
#: most words between the year and the break after it («منذ حرب 2014،», «في أغسطس 2022 الماضي،»)
YEAR_BEFORE = 3
#: most words of a time set off at the head of a sentence («وقبل ذلك بنحو عامين،»)
FRONT_REACH = 6
#: most words between «خلاله» and the figure in its clause, and between the unit of time and «خلاله»
DURING_REACH, SPAN_REACH = 6, 20
#: the index last read (a weak reference: a document kept alive past its reading cost the next one's sentences
#: stage twice its time) and the tokens of its words of «حين» and «خلاله», in order (:func:`_time_words`)
_last_read: tuple[weakref.ref[ClaimIndex] | None, list[int]] = (None, [])


def recalled(idx: ClaimIndex, k: int) -> bool:
    """The figure at token ``k`` stands in a clause of time that a year gone dates, or after a time long ago set
    off at the head of its sentence (see the module)."""
    toks, when = idx.doc.tokens, idx.words.get("when", frozenset())
    if _long_ago_ahead(idx, k):
        return True
    found = _time_words(idx)  # with no «حين» nor «خلاله» near the figure, neither reading has a word to start from (#14)
    if bisect_left(found, k - max(WHEN_REACH, DURING_REACH)) == bisect_right(found, k + DURING_REACH):
        return False
    if _during_that_time(idx, k):
        return True
    if not when:
        return False
    for j in range(k - 1, max(k - WHEN_REACH, 1) - 1, -1):
        if not idx.same_clause(j, k):
            return False
        text = toks[j].text
        if text in when or conjoined(text) and text[1:] in when:
            return not idx.same_clause(j - 1, j) and _year_gone(idx, range(max(j - YEAR_BEFORE, 0), j))
    return False


def _time_words(idx: ClaimIndex) -> list[int]:
    """In order, the tokens that may be a word of role ``when`` or ``during_it`` as :func:`recalled` and
    :func:`_during_that_time` read them (the word, or with a conjunction's first letter before it): read
    once per document, not at each token near each figure (#14)."""
    global _last_read
    last = _last_read  # read once: another thread may replace it
    if last[0] is None or last[0]() is not idx:
        forms = _forms(idx.words.get("when", frozenset()), idx.words.get("during_it", frozenset()))
        last = _last_read = (weakref.ref(idx), list(compress(count(), map(forms.__contains__, idx.doc.texts))))
    return last[1]


@functools.lru_cache(maxsize=8)
def _forms(when: frozenset[str], during: frozenset[str]) -> frozenset[str]:
    """The words of both roles, bare and after each conjunction's first letter (made once per set of words)."""
    words = when | during
    return words | {c[:1] + w for c in CONJUNCTIONS for w in words}


def _year_gone(idx: ClaimIndex, before: range) -> bool:
    """A year in figures before the year of publication among the tokens ``before``, in one sentence with them."""
    published = str(idx.doc.meta.get("published") or "")[:4]
    if not published.isdigit():
        return False
    toks = idx.doc.tokens
    return any(len(t) == 4 and t.isdigit() and 1900 < int(t) < int(published)
               for t in (toks[i].text for i in before if toks[i].sentence == toks[before.stop].sentence))


def _long_ago_ahead(idx: ClaimIndex, k: int) -> bool:
    """«وقبل ذلك بعام، ...»: the sentence of token ``k`` opens with «قبل» and, within :data:`FRONT_REACH` words and
    before the first break, a unit of time longer than a week (with «ب» or not); the figure stands past that break."""
    toks, words = idx.doc.tokens, idx.words
    first = idx.tok(idx.doc.sentences[toks[k].sentence].start)
    head = toks[first].text
    if not (head in words.get("before", ()) or conjoined(head) and head[1:] in words.get("before", ())):
        return False
    span, week = words.get("span", frozenset()), words.get("week", frozenset())
    for j in range(first + 1, min(first + FRONT_REACH, k)):
        text = toks[j].text
        unit = text if text in span else text[1:] if text[:1] in PREPOSITIONS and text[1:] in span else None
        if unit is not None and unit not in week:
            return not idx.same_clause(j, k)
        if not idx.same_clause(j, j + 1):
            return False
    return False


def _during_that_time(idx: ClaimIndex, k: int) -> bool:
    """«أحصت الوزارة خلاله سقوط 61 قتيلا» after «شهد شهر حزيران»: «خلاله» (role ``during_it``) within
    :data:`DURING_REACH` words of the figure (or its verb) at token ``k`` in its clause, and a unit of time longer than a day
    (role ``span``) within :data:`SPAN_REACH` words before it in its sentence: the pronoun stands for that time."""
    toks, words = idx.doc.tokens, idx.words
    during, span = words.get("during_it", frozenset()), words.get("span", frozenset())
    if not during:
        return False
    for j in range(max(k - DURING_REACH, 0), min(k + DURING_REACH + 1, len(toks))):
        text = toks[j].text
        if text in during or conjoined(text) and text[1:] in during:
            return idx.same_clause(min(j, k), max(j, k)) and any(
                toks[i].sentence == toks[j].sentence and (toks[i].text in span or without_article(toks[i].text) in span)
                for i in range(max(j - SPAN_REACH, 0), j))
    return False


def of_those_aside(idx: ClaimIndex, claim: Claim, pos: int, aside: list[int], kept: list[ClaimMention]) -> bool:
    """«إن أكثر من 3600 مدني قتلوا أو أصيبوا منذ ... وأوضح التقرير أن نحو ألف من هؤلاء قتلوا»: a figure told as a
    part of those counted before («من هؤلاء», «منهم»; claim_words roles ``those``, ``them``) whose last figure
    before it, in its sentence or the one before, was set aside as a running total or a time gone (``aside``,
    positions of the claims set aside), is of that same time: set aside too."""
    toks = idx.doc.tokens
    q = idx.quantities.get(idx.tok(idx.doc.normal_pos(claim.span.start))) if claim.span is not None else None
    j = idx.tok(q.end) if q is not None else len(toks)
    if j >= len(toks) or not (toks[j].text in idx.words.get("them", ()) or toks[j].text in idx.words.get("of", ())
                              and j + 1 < len(toks) and toks[j + 1].text in idx.words.get("those", ())):
        return False
    last = max((a for a in aside if a < pos), default=None)
    return last is not None and idx.doc.sentence_of(last) >= idx.doc.sentence_of(pos) - 1 \
        and not any(last < k.pos < pos for k in kept)
