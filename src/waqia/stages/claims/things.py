"""Figures that count no people: an age or a duration («البالغ من العمر 15 عاما», «48 ساعة»), or
weapons, strikes and other casualty words («سقوط 3 قذائف», «شن 4 غارات»); nouns of injury that
name no one hurt («أصيب بإصابات بليغة», «حققوا إصابات مباشرة»)."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import AND, ARTICLE, AT, VERB_PLURAL, definite
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex, event_words, occurrence
from waqia.stages.numbers.stage import Quantity


def aged(idx: ClaimIndex, q: Quantity) -> bool:
    """A figure followed by a unit of time («12 عاما», «48 ساعة»): an age or a duration; or of
    length («على بعد 170 كيلومترا»: a distance, claim_words.tsv role ``measure``)."""
    j = idx.tok(q.end)
    return j < len(idx.doc.tokens) and idx.same_clause(j - 1, j) \
        and (idx.doc.tokens[j].text in idx.words.get("time", ()) or idx.doc.tokens[j].text in idx.words.get("measure", ()))


def counts_things(idx: ClaimIndex, q: Quantity, act: Match | None = None) -> bool:
    """A figure whose noun is a weapon, a strike, a unit of time or another casualty word counts no
    victims here; but a verb or noun that kills or takes people (``act``) kills or takes those the
    victim noun names by their state before («أعدم التنظيم 5 أسرى», «قتل 3 جرحى», «اعتقال 4
    مصابين»)."""
    j = idx.tok(q.end)
    if j >= len(idx.doc.tokens) or not idx.same_clause(j - 1, j):
        return False
    if aged(idx, q) or idx.doc.tokens[j].text in idx.words.get("thing", ()):
        return True  # «الفتى البالغ من العمر 15 عاما»: an age or a duration; «أصيب بثلاث رصاصات»: rounds
    if idx.doc.tokens[j].text in idx.words.get("of", ()) and j + 1 in idx.cues and idx.same_clause(j, j + 1):
        j += 1  # «سقوط العشرات من القتلى والجرحى»: the victim noun past «من» reads the figure, as right after it
    if j in idx.cues and idx.cues[j].entry.attrs.get("role") == "victim" and not next_item(idx, j):
        return not _befalls(idx, act, idx.cues[j])
    return idx.doc.tokens[j].start in event_words(idx) and j not in idx.people


def no_one_hurt(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """An uncounted noun of injury at token ``ti`` that names no one hurt: after «ب», the wounds
    someone had («أصيب بإصابات بليغة»); of casualty_terms detail ``occurred`` («إصابات»: injuries,
    hits or cases) with no word of occurrence before it («حققوا إصابات مباشرة»)."""
    if m.entry.attrs.get("kind") == "injured" and (m.prefix.endswith(AT) or _cognate_hit(idx, ti)):
        return True
    if m.entry.attrs.get("detail") != "occurred":
        return False
    after = idx.doc.tokens[ti + 1].text if ti + 1 < len(idx.doc.tokens) else ""
    hits = after in idx.words.get("hit", ()) and idx.party_stops.get(ti + 2) != "side"  # «إصابات مباشرة في المبنى»
    return not _occurred(idx, ti) or hits


def _cognate_hit(idx: ClaimIndex, ti: int) -> bool:
    """A noun of injury at token ``ti`` followed by its cognate noun of injury and a word of hitting
    («استهداف الموقع وإصابته إصابة مباشرة», «وإصابتها إصابات مباشرة»): the target aimed at was hit,
    no one hurt."""
    j, toks = ti + 1, idx.doc.tokens
    return j + 1 < len(toks) and j in idx.cues and idx.cues[j].entry.attrs.get("kind") == "injured" \
        and idx.same_clause(ti, j + 1) and toks[j + 1].text in idx.words.get("hit", ())


def _occurred(idx: ClaimIndex, ti: int) -> bool:
    """A word of occurrence or «هناك», «ثمة» right before the token ``ti`` («وقوع إصابات», «ووقعت إصابات», «وهناك
    إصابات»), a verb of
    result whose object it is («أوقع القصف إصابات», «خلفت إصابات»: a definite subject may stand
    between), or the «عن», «إلى», «في» of a verb of result («أسفر القصف عن إصابات», «أدى القصف إلى إصابات»,
    «تسبب الغاز في حالات اختناق»: its subject, up to two words, may stand between), or of news («أنباء عن
    إصابات»)."""
    if ti == 0:
        return False
    if occurrence(idx, ti - 1) or occurrence(idx, ti - 1, "result") or occurrence(idx, ti - 1, "there") \
            or ti >= 2 and definite(idx.doc.tokens[ti - 1].text) and occurrence(idx, ti - 2, "result"):
        return True  # «أوقع القصف إصابات»: the object of a verb of result, past its subject
    before = idx.doc.tokens[ti - 1].text  # «عن»; «أدى إلى إصابات», «تسبب في حالات اختناق»
    if not any(before in idx.words.get(role, frozenset()) for role in ("denied", "to", "in")):
        return False
    if ti >= 2 and occurrence(idx, ti - 2, "news"):
        return True  # «وردت أنباء عن إصابات»: reported, as «أنباء عن سقوط قتلى»
    return any(occurrence(idx, j, "result") for j in range(ti - 2, max(ti - 5, -1), -1) if idx.same_clause(j, ti))


def kept_by_detail(idx: ClaimIndex, ti: int, m: Match, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """The claims of the casualty word ``m`` at token ``ti`` that its detail lets stand: a verb of
    ``people`` («أصاب العطل عددا من المواقع») hits no one unless a figure, a noun of a side or men
    who shot name them (:func:`by_men`); a first person of ``counted`` («أسرنا», also «our
    families») captures only a figure after it («أسرنا 3 جنود»), never a noun alone («معاناة أسرنا
    وأطفالنا»)."""
    detail = m.entry.attrs.get("detail")
    if detail == "people":
        return [(c, p) for c, p in found if c.value is not None or c.party.category != "unknown" or by_men(idx, ti, m)
                or _wounds_after(idx, ti) or _others(idx, c)]
    if detail == "counted":
        return [(c, p) for c, p in found if c.value is not None]
    return found


def _wounds_after(idx: ClaimIndex, ti: int) -> bool:
    """Wounds named after the object of a verb that hits people or things at token ``ti`` («أصابت الشظايا
    العشرات بجروح»: casualty_terms role ``post`` of kind injured, within four words in its clause): only
    people have wounds («أصابت الأمطار المئات بأضرار» hits homes)."""
    for j in range(ti + 2, min(ti + 6, len(idx.doc.tokens))):
        if not idx.same_clause(ti, j):
            return False
        cue = idx.cues.get(j)
        if cue is not None:
            return cue.entry.get("kind") == "injured" and cue.entry.get("role") == "post"
    return False


def _others(idx: ClaimIndex, c: Claim) -> bool:
    """The object is «آخرين» («وأصابوا آخرين»): more people, after those a figure counted."""
    if c.party.span is None:
        return False
    person = idx.people.get(idx.tok(idx.doc.normal_pos(c.party.span.start)))
    return person is not None and person.entry.get("type") == "other" and not person.entry.get("name")


def by_men(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """A verb that hits people or things (casualty_terms detail ``people``) at token ``ti`` in the
    masculine plural, with an amount alone right after it («فأصابوا العشرات»): men who shot hit
    people.  Rain, shells or a fault («أصابت الأمطار المئات بأضرار») may hit what an amount counts,
    and so may men when the things follow («فأصابوا العشرات من المباني»)."""
    q = idx.quantities.get(ti + 1)
    if not m.entry.key.endswith(VERB_PLURAL) or q is None:
        return False
    after = idx.tok(q.end)
    return after >= len(idx.doc.tokens) or not idx.same_clause(ti, after) or idx.doc.tokens[after].text not in idx.words["of"]


def _befalls(idx: ClaimIndex, act: Match | None, victim: Match) -> bool:
    """The casualty word ``act`` (to kill, to capture) befalls the people that the victim noun
    ``victim`` of another kind names («أسرى», «جرحى»); not a word of occurrence («سقوط 5 جرحى»)."""
    return act is not None and act.entry.attrs.get("role") == "act" \
        and act.entry.attrs.get("kind") in ("killed", "captured") \
        and victim.entry.attrs.get("kind") not in (act.entry.attrs.get("kind"), "participants") \
        and not occurrence(idx, idx.tok(act.start))


def next_item(idx: ClaimIndex, j: int) -> bool:
    """«ارتفع عدد القتلى إلى 55 والجرحى إلى 146»: a victim noun at token ``j`` with «و» and the article opens the next
    item of a list; the figure right before it is not its count (a count stands before a noun without them: «55 جريحا»)."""
    return idx.doc.tokens[j].text.startswith(AND + ARTICLE)


def age_before(idx: ClaimIndex, ti: int) -> int:
    """«إن طفلة في العاشرة من عمرها أصيبت», «إن طفلا عمره 10 سنوات قتل»: an age (a word of claim_words.tsv role
    ``age`` within the three words before the verb at token ``ti``) between a noun for people and the verb: how many
    more words to step back over to reach that noun (0 when there is none)."""
    toks, age = idx.doc.tokens, idx.words.get("age", frozenset())
    for j in range(ti - 1, max(ti - 4, 0) - 1, -1):
        if toks[j].text in age:
            p = next((p for p in range(j - 1, max(j - 5, -1), -1) if p in idx.people), None)
            return max(ti - 2 - p, 0) if p is not None and idx.same_clause(p, ti) else 0
    return 0
