"""Whose men a possessed noun names (#10): «قتل 3 من عناصرها» belongs to the force its pronoun stands
for, named last before it and agreeing with it; a noun of kinship («ابنها») names a family's own,
no force's; a prison's guards («سجنا ... اثنين من حراسه») are the state's."""

from __future__ import annotations

import bisect

from waqia.core.document import Span
from waqia.core.lexicon import Match
from waqia.core.morphology import PEOPLE_PRONOUNS, proclitic_readings, without_article
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex


def possessive(idx: ClaimIndex, party: Party) -> bool:
    if party.span is None or not _any_owned(idx):
        return False
    return any(p.entry.attrs.get("flags") == "possessive" and end <= party.span.end
               for _, end, p in people_inside(idx, party.span))


def kin(idx: ClaimIndex, party: Party) -> bool:
    """The victims are named by a noun of kinship with its pronoun («ابنها», «أشقائه», actor_terms
    flag ``kin``) and by no noun of a side."""
    found = people_inside(idx, party.span) if party.span is not None and _any_owned(idx) else []
    return bool(found) and all({"kin", "possessive"} <= set(p.entry.get("flags").split()) for _, _, p in found)


def _any_owned(idx: ClaimIndex) -> bool:
    """Whether any noun for people of the document carries a pronoun (actor_terms flag ``possessive``):
    without one, no claim's noun is possessed or of kinship, and nothing is looked up (#14)."""
    if idx.owned is None:
        idx.owned = any("possessive" in p.entry.get("flags").split() for p in idx.people.values())
    return idx.owned


def people_inside(idx: ClaimIndex, span: Span) -> list[tuple[int, int, Match]]:
    """The nouns for people whose original span starts inside ``span``, in text order, as
    (start, end, match): found by bisection in an index built once per document (#14: a scan of
    every noun for every claim grew with the square of a long text)."""
    spans = idx.people_spans
    if spans is None:
        spans = idx.people_spans = sorted(
            ((sp.start, sp.end, p) for p in idx.people.values() for sp in (idx.doc.span(p.start, p.end),)),
            key=lambda x: x[0])
    return spans[bisect.bisect_left(spans, span.start, key=lambda x: x[0]):
                 bisect.bisect_left(spans, span.end, key=lambda x: x[0])]


def owner_side(idx: ClaimIndex, pos: int, sentence: int, own: Span, people: bool | None = None,
               alike: bool = False) -> str:
    """The category of the force named last before ``pos`` in its sentence, if any, other than the
    possessed noun ``own`` itself («من مقاتليه»), that its pronoun may stand for: «ه» and «ها» never
    stand for a plural noun of people («هاجم مسلحون ثكنة وأصابوا 5 من جنودها»: the barracks' men).
    ``alike``: before the first word of the sentence written as ``own``, when one comes earlier (:func:`first_alike`)."""
    doc = idx.doc
    if alike and (at := first_alike(idx, own, sentence)) is not None:
        pos = at
    if people is None:  # ``people``: whether the pronoun may stand for a plural of people, when the caller knows
        people = not any(p.entry.attrs.get("flags") == "possessive" and not p.entry.key.endswith(PEOPLE_PRONOUNS)
                         for _, _, p in people_inside(idx, own))
    lo, hi = doc.normal_pos(own.start), doc.normal_pos(max(own.end - 1, own.start)) + 1  # ``own`` is of the original
    before = [a for a in doc.layer("actors") if a.sentence == sentence and a.end <= pos
              and not (lo <= a.start and a.end <= hi) and (people or not _people_plural(idx, a.start))]
    told = _told_back_force(idx, before[-1].end if before else doc.sentences[sentence].start, pos)
    return told if told is not None else before[-1].category if before else "unknown"


def _told_back_force(idx: ClaimIndex, after: int, pos: int) -> str | None:
    """The side of a force told back by its generic head («مع الحركة»: actor_terms.tsv flag ``backref``, no actor
    of its own) between ``after`` and ``pos``: the last force named before the pronoun («معارك مع الحركة قتل فيها
    7 من مسلحيها»: the movement's gunmen, not the army named before it)."""
    toks = idx.doc.tokens
    for k in range(idx.tok(pos) - 1, idx.tok(after) - 1, -1):
        m = idx.people.get(k)
        if m is not None and toks[k].start >= after and m.entry.attrs.get("type") == "group" \
                and "backref" in m.entry.get("flags") and m.entry.attrs.get("category") in ("state_forces", "armed_group"):
            return m.entry.attrs["category"]
    return None


def first_alike(idx: ClaimIndex, own: Span, sentence: int) -> int | None:
    """Where the first word of ``sentence`` written as the possessed noun ``own`` starts, when one stands before it:
    the same pronoun on the same noun has one owner («قالت X إن مقاتليها قتلوا ...، مشيرة إلى مقتل 9 من
    مقاتليها»: the speaker's men both times, not the force named between)."""
    doc = idx.doc
    k = idx.tok(doc.normal_pos(own.start))
    word = doc.tokens[k].text
    return next((doc.tokens[j].start for j in range(idx.tok(doc.sentences[sentence].start), k)
                 if doc.tokens[j].text == word), None)


def _people_plural(idx: ClaimIndex, start: int) -> bool:
    """A plural or dual noun for people starts at ``start`` («مسلحون», «المسلحين»)."""
    m = idx.people.get(idx.tok(start))
    return m is not None and m.entry.attrs.get("type") == "person" and m.entry.attrs.get("number") in ("pl", "du")


def prison_guards(idx: ClaimIndex, own: Span) -> bool:
    """«هاجم مسلحون سجنا وقتلوا اثنين من حراسه»: the possessed noun ``own`` names guards with their
    pronoun (claim_words role ``guard``) and a prison (role ``prison``) stands before them in their
    sentence: the state's men, as «حراس السجن» are (actor_terms.tsv)."""
    guards, prisons = idx.words.get("guard:pronoun", frozenset()), idx.words.get("prison", frozenset())
    if not any(p.entry.key in guards for _, _, p in people_inside(idx, own)):
        return False
    toks, k = idx.doc.tokens, idx.tok(own.start)
    return any(toks[j].sentence == toks[k].sentence and any(
        without_article(stem) in prisons for _, stem in proclitic_readings(toks[j].text)) for j in range(k))


def suspected(idx: ClaimIndex, best: Match, end: int) -> bool:
    """«5 أشخاص يشتبه في تورطهم بالهجوم», «للاشتباه في انتمائهم»: people of no kind (actor_terms flag
    ``generic``) whose phrase, ending at normalised ``end``, is followed at once by a word of suspicion
    (claim_words role ``suspicion``) or by a charge of membership (roles ``charge``, ``membership``: «بتهمة
    الانتماء») are suspects, an armed group's when no side is named."""
    k, toks, flags = idx.tok(end), idx.doc.tokens, best.entry.get("flags").split()
    if k >= len(toks) or k == 0 or not idx.same_clause(k - 1, k):
        return False
    if toks[k].text in idx.words.get("charge", ()) and k + 1 < len(toks) and toks[k + 1].text in idx.words.get("membership", ()):
        return "generic" in flags or "plain" in flags  # «سبعة شبان بتهمة الانتماء»: a noun of no trade too
    return "generic" in flags and toks[k].text in idx.words.get("suspicion", ()) and not _of_unrest(idx, k)


#: how many words after a word of suspicion what the suspects are suspected of may stand («يشتبه في تورطهم في أعمال العنف»)
UNREST_REACH = 5


def _of_unrest(idx: ClaimIndex, k: int) -> bool:
    """«14 شخصا يشتبه في تورطهم في أعمال العنف», «للاشتباه بمشاركتهم في أعمال الشغب»: suspects of violence
    among people (communal fighting, a riot: claim_words.tsv role ``unrest``) are no armed group's men."""
    unrest, toks = idx.words.get("unrest", frozenset()), idx.doc.tokens
    return any(rest in unrest for j in range(k + 1, min(k + 1 + UNREST_REACH, len(toks))) if idx.same_clause(k, j)
               for _, rest in proclitic_readings(toks[j].text))


def referent(idx: ClaimIndex, k: int) -> Party | None:
    """Whom «منهم» at token ``k`` refers to: the side named last before it in its sentence, past the
    subject of the verb whose object it is: a speaker whose own pronoun follows it (claim_words role
    ``says_it``: «وقال الجيش إنه قتل 12 منهم»), or a force between a casualty verb and the figure («وأسر
    الجيش 4 منهم»)."""
    opening = idx.doc.token_index(idx.doc.sentences[idx.doc.tokens[k].sentence].start)
    return last_force(idx, opening, k, idx.words.get("says_it", frozenset()))


def last_force(idx: ClaimIndex, a: int, b: int, skip: frozenset[str] | None = None) -> Party | None:
    """The last side named by a force or people noun from token ``a`` to token ``b``; with ``skip``,
    not the subject of a verb (:func:`referent`)."""
    toks = idx.doc.tokens
    for j in range(b - 1, a - 1, -1):
        m = idx.people.get(j)
        if m is None or m.entry.get("category") in ("", "unknown"):
            continue
        after = idx.tok(m.end - 1) + 1
        if skip is not None and after < len(toks) and (toks[after].text in skip or idx.tok(m.start) - 1 in idx.cues
                                                        and after in idx.quantities):
            continue
        span = idx.doc.span(m.start, m.end)
        return Party(span, m.entry.get("name") or span.text, m.entry.get("category") or "unknown")
    return None
