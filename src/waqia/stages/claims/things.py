"""Figures that count no people: an age or a duration («البالغ من العمر 15 عاما», «48 ساعة»), or
weapons, strikes and other casualty words («سقوط 3 قذائف», «شن 4 غارات»); nouns of injury that
name no one hurt («أصيب بإصابات بليغة», «حققوا إصابات مباشرة»)."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import AND, ARTICLE, AT, VERB_PLURAL, definite, without_article
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex, event_words, occurrence
from waqia.stages.numbers.stage import Quantity


def aged(idx: ClaimIndex, q: Quantity) -> bool:
    """A figure followed by a unit of time («12 عاما», «48 ساعة»): an age or a duration; or of
    length («على بعد 170 كيلومترا»: a distance, claim_words.tsv role ``measure``); or a definite
    figure that qualifies the definite unit of time before it («خلال الساعات الـ24 الماضية»)."""
    j = idx.tok(q.end)
    return j < len(idx.doc.tokens) and idx.same_clause(j - 1, j) \
        and (idx.doc.tokens[j].text in idx.words.get("time", ()) or idx.doc.tokens[j].text in idx.words.get("measure", ())) \
        or definite_span(idx, idx.tok(q.start))


def definite_span(idx: ClaimIndex, k: int) -> bool:
    """«الساعات الـ24», «الأيام الثلاثة»: the figure takes the article as an adjective of the unit of time
    before it; it counts hours or days, no people."""
    toks = idx.doc.tokens
    if k < 1 or not toks[k].text.startswith(ARTICLE) or len(toks[k].text) <= len(ARTICLE) or not idx.same_clause(k - 1, k):
        return False
    before = toks[k - 1].text
    return definite(before) and without_article(before) in idx.words.get("time", ())


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
    start = idx.doc.tokens[j].start  # «العشرات ونهب الأسواق»: a trigger after «و» is the next item, no noun of the figure
    return start in event_words(idx) and j not in idx.people and not any(
        t.word_start == start and t.prefix.startswith(AND) for t in idx.doc.matches_of("event_triggers"))


def no_one_hurt(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """An uncounted noun of injury at token ``ti`` that names no one hurt: after «ب», the wounds
    someone had («أصيب بإصابات بليغة»); of casualty_terms detail ``occurred`` («إصابات»: injuries,
    hits or cases) with no word of occurrence before it; any noun of injury followed by a word of hitting
    («حققوا إصابات مباشرة», «إصابتين مباشرتين»)."""
    after = idx.doc.tokens[ti + 1].text if ti + 1 < len(idx.doc.tokens) else ""
    hits = after in idx.words.get("hit", ()) and idx.party_stops.get(ti + 2) != "side"  # «إصابات مباشرة في المبنى»
    if m.entry.attrs.get("kind") == "injured" and (m.prefix.endswith(AT) or _cognate_hit(idx, ti) or hits):
        return True  # «حققوا فيها إصابتين مباشرتين»: two hits
    return m.entry.attrs.get("detail") == "occurred" and not _occurred(idx, ti)


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
    ``victim`` of another kind names («أسرى», «جرحى»); so does a word of injury the held («أصيب 3
    أسرى», «إصابة 5 معتقلين»: hurt, no capture told); not a word of occurrence («سقوط 5 جرحى»)."""
    if act is None or act.entry.attrs.get("role") != "act":
        return False
    kind, held = act.entry.attrs.get("kind"), victim.entry.attrs.get("kind")
    return (kind in ("killed", "captured") and held not in (kind, "participants")
            or kind == "injured" and held == "captured") and not occurrence(idx, idx.tok(act.start))


def fired(idx: ClaimIndex, q: Quantity) -> bool:
    """A figure whose noun right after it names weapons, strikes or things («ثلاثة صواريخ أصابت المدينة», «أربع
    مسيرات أصابت منشأة»): the subject of the verb after it is what was fired, no victims before the verb."""
    j = idx.tok(q.end)
    if j >= len(idx.doc.tokens) or not idx.same_clause(j - 1, j) or j in idx.people or j in idx.cues:
        return False
    return idx.doc.tokens[j].text in idx.words.get("thing", ()) or idx.doc.tokens[j].start in event_words(idx)


def shocked(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """A verb or noun of injury at token ``ti`` whose clause names cases of shock before any other casualty word
    («أصيب 6 أشخاص بحالات هلع», «إصابة 10 مستوطنين بالهلع», «بحالة من الذعر»): those treated for fright were not
    wounded (claim_words roles ``shock``, ``fright``, ``cases``)."""
    if m.entry.attrs.get("kind") != "injured":
        return False
    toks, words = idx.doc.tokens, idx.words
    for j in range(ti + 1, min(ti + 7, len(toks))):
        if not idx.same_clause(ti, j) or j in idx.cues or j in idx.blockers:
            return False  # «أصيب 20 شخصا بينهم خمسة بحالات هلع»: the shock of a part, the rest were wounded
        if toks[j].text in words.get("shock", ()):
            return True
        if toks[j].text in words.get("fright", ()) and any(toks[k].text in words.get("cases", ())
                                                           for k in (j - 1, j - 2) if k > ti):
            return True
    return False



def asides(idx: ClaimIndex, ti: int) -> int:
    """The token right after the subject of the verb at token ``ti`` that stands before it: past «على الأقل» and an
    age told by «في ... من عمره» or a nationality by «من الجنسية» («مدنيا واحدا على الأقل قتل», «امرأة في الخمسينيات من عمرها أصيبت», «رجلا في الستين
    من عمره قتل»: the years are no figure of the dead); ``ti`` when neither stands there (claim_words roles
    ``least``, ``on``, ``nationality``, ``lifetime``, ``of``, ``in``)."""
    toks, words = idx.doc.tokens, idx.words
    end = ti
    if end >= 3 and toks[end - 1].text in words.get("least", ()) and toks[end - 2].text in words.get("on", ()):
        end -= 2
    if end >= 4 and toks[end - 2].text in words.get("nationality", ()) and toks[end - 3].text in words.get("of", ()):
        end -= 3  # «مقيمتين من الجنسية الفلبينية أصيبتا»: the nationality of the subject
    if end >= 4 and toks[end - 1].text in words.get("lifetime", ()) and toks[end - 2].text in words.get("of", ()):
        for k in range(end - 3, max(end - 6, 0), -1):
            if not idx.same_clause(k, end - 1):
                break
            if toks[k].text in words.get("in", ()):
                return k
    return end


def fell(idx: ClaimIndex, ti: int, k: int, m: Match) -> bool:
    """A thing at token ``k`` right after the casualty noun ``m`` at ``ti`` («سقوط حطام إحدى المسيرات», «سقوط شظايا
    أحد الصواريخ»): what fell, so no one counted after it fell.  After a verb the thing is its subject and the
    victims still follow («أصابت شظايا القذيفة خمسة أطفال»)."""
    return k == ti + 1 and m.entry.get("inflect") != "verb" and idx.doc.tokens[k].text in idx.words.get("thing", ())


def next_item(idx: ClaimIndex, j: int) -> bool:
    """«ارتفع عدد القتلى إلى 55 والجرحى إلى 146»: a victim noun at token ``j`` with «و» and the article opens the next
    item of a list; the figure right before it is not its count (a count stands before a noun without them: «55 جريحا»)."""
    return idx.doc.tokens[j].text.startswith(AND + ARTICLE)


def age_before(idx: ClaimIndex, ti: int) -> int:
    """«إن طفلة في العاشرة من عمرها أصيبت», «إن طفلا عمره 10 سنوات قتل»: an age (a word of claim_words.tsv role
    ``lifetime`` within the three words before the verb at token ``ti``) between a noun for people and the verb: how many
    more words to step back over to reach that noun (0 when there is none)."""
    toks, age = idx.doc.tokens, idx.words.get("lifetime", frozenset())
    for j in range(ti - 1, max(ti - 4, 0) - 1, -1):
        if toks[j].text in age:
            p = next((p for p in range(j - 1, max(j - 5, -1), -1) if p in idx.people), None)
            return max(ti - 2 - p, 0) if p is not None and idx.same_clause(p, ti) else 0
    return 0


def mourners(idx: ClaimIndex, q: Quantity, ti: int) -> bool:
    """A definite vague amount («المئات», «العشرات») right before a noun of bodies («جثامين», claim_words role
    ``corpses``): the people who carry or bury them, no count of the dead."""
    first = idx.doc.tokens[idx.tok(q.start)].text
    return q.value is None and definite(first) and without_article(idx.doc.tokens[ti].text) in idx.words.get("corpses", ())
