"""Totals said to mix sides by a subset of no figure (#10, sixteenth round).

«قتل 15 شخصا بينهم جنود», «5 أشخاص بينهم عناصر من الشرطة», «بينهم عسكريون ومدنيون»: the
subset names people of an armed side, or of more than one side, without counting them; the
rest of the toll are then of no one side, and the toll (people of no kind, civilians only by
default) belongs to none (GUIDELINES: the total with party ``unknown``).  «بينهم أطفال» keeps
them civilians; «بينهم مدنيون» sets the category against the rest (actor_terms.tsv flag
``category``).
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import (
    ARTICLE,
    LAM,
    LAM_ARTICLE,
    PLURAL_NOMINATIVE,
    conjoined,
    has_article,
    joined_by_and,
)
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.owners import owner_side, possessive
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.claims.splits import comma_only
from waqia.stages.numbers.stage import Quantity

ARMED = ("state_forces", "armed_group")
COUNT = {"sg": 1, "du": 2}


def uncounted_other_side(idx: ClaimIndex, j: int, total: Party, stop: int | None) -> bool:
    """Whether the words from token ``j`` (after «بينهم») name, with no figure, a plural of people
    that makes ``total`` (a toll of no named side, or of people of no kind) a toll of mixed sides."""
    noun = idx.people.get(j)
    if j in idx.quantities or noun is None or noun.entry.attrs.get("number") != "pl" \
            or total.category not in ("civilians", "unknown") or not _unnamed(idx, total):
        return False
    if "category" in noun.entry.get("flags"):
        return True  # «بينهم مدنيون»
    side, _ = read_party(idx, j, stop=stop if stop is not None and stop > j else None)  # «حتفهم بينهم جنود»
    if side.category in ARMED:  # «بينهم جنود», «بينهم عناصر من الشرطة»
        return total.span is not None  # «7 قتلى بينهم ضباط»: of a bare toll, maybe all of that side
    return side.category == "unknown" and _two_sides(idx, j, side)


def names_category(idx: ClaimIndex, j: int) -> bool:
    """«منهم 6 مدنيين»: the subset's noun names a category (actor_terms.tsv flag ``category``), which
    sets its members against the rest of the toll."""
    q = idx.quantities.get(j)
    noun = idx.people.get(idx.tok(q.end)) if q is not None else idx.people.get(j)
    return noun is not None and "category" in noun.entry.get("flags")


def category_set_apart(idx: ClaimIndex, total: Party, j: int) -> bool:
    """«عشرة أشخاص بينهم مدنيان», «16 شخصا بينهم 6 مدنيين»: a counted subset from token ``j`` that names
    the category of civilians, of a toll of people of no kind (civilians only by default): the rest are set
    apart from it, and the toll is of mixed sides."""
    return total.category == "civilians" and total.span is not None and _unnamed(idx, total) and names_category(idx, j)


def _unnamed(idx: ClaimIndex, party: Party) -> bool:
    """A toll's side read from no noun, or from a noun for people of no kind («أشخاص», flag generic)."""
    if party.span is None:
        return True
    first = idx.people.get(idx.tok(idx.doc.normal_pos(party.span.start)))
    return first is not None and "generic" in first.entry.get("flags")


def _two_sides(idx: ClaimIndex, j: int, side: Party) -> bool:
    """«عسكريون ومدنيون»: the side's words list people of two sides (read as ``unknown``)."""
    if side.span is None:
        return False
    last = idx.tok(idx.doc.normal_pos(side.span.end - 1))
    cats = {m.entry.get("category") for n in range(j, last + 1) if (m := idx.people.get(n)) is not None}
    return len(cats - {"unknown", ""}) > 1


def side_read(idx: ClaimIndex, j: int) -> str:
    """The side of a noun for people of no side by itself, read from the words after it or its
    owner («عناصر من الشرطة», «عناصرها» said by the police); ``""`` when they name none."""
    if idx.people[j].entry.get("category") not in ("unknown", ""):
        return idx.people[j].entry.get("category")
    side, _ = read_party(idx, j)
    category = side.category
    if category == "unknown" and side.span is not None and possessive(idx, side):  # «4 من عناصرها»: the force before
        category = owner_side(idx, idx.doc.normal_pos(side.span.start), idx.doc.tokens[j].sentence, side.span)
    return category if category in ARMED else ""


def between_side(idx: ClaimIndex, j: int, total: Party) -> Party:
    """«سقط 25 شخصا بين قتيل وجريح من المدنيين والعسكريين»: the side named right after the kinds
    counted together (from token ``j``, with «من») is the toll's, when the toll names none of its own."""
    toks = idx.doc.tokens
    if j >= len(toks) or toks[j].text not in idx.words["of"] or not idx.same_clause(j - 1, j) \
            or not _unnamed(idx, total):
        return total
    side, _ = read_party(idx, j)
    return side if side.span is not None else total


def past_side(idx: ClaimIndex, j: int, m: Match) -> int:
    """The token after the noun for people ``m`` at token ``j``, or, when it names no side by
    itself («عناصر الفصائل», «عناصر من الشرطة»), after the words that name it."""
    after = idx.tok(m.end - 1) + 1
    if m.entry.get("category") not in ("unknown", ""):
        return after
    side, end = read_party(idx, j)
    return max(after, idx.tok(end - 1) + 1) if side.span is not None else after


def counted_among(idx: ClaimIndex, ti: int, m: Match) -> list[tuple[Claim, int]]:
    """«وبين القتلى جنديان», «ومن بين القتلى ضابط في الجيش»: a noun that counts one or two people
    right after «بين» and a definite victim noun is a part of a toll told before; of an armed side,
    a claim of its own (as «وبين القتلى 4 جنود», parts.among_the_dead)."""
    toks = idx.doc.tokens
    if not has_article(m.prefix) or ti == 0 or ti + 1 >= len(toks) or not idx.same_clause(ti, ti + 1):
        return []
    before = toks[ti - 1].text
    person = idx.people.get(ti + 1)
    if before not in idx.words["between"] and not (conjoined(before) and before[1:] in idx.words["between"]) \
            or person is None or person.entry.attrs.get("type") != "person" or person.entry.get("number") not in COUNT:
        return []
    count = COUNT[person.entry.get("number")]
    party, pend = read_party(idx, ti + 1)
    if party.span is None:
        return []
    span = idx.doc.span(toks[ti + 1].start, max(person.end, pend))
    claim = make_claim(idx, m.entry.get("kind"), count, toks[ti + 1].start, span, party, low=count, high=count)
    return [(claim, toks[ti + 1].start)] if claim.party.category in ARMED else []


def colon_only(idx: ClaimIndex, j: int) -> bool:
    """«قتل 8 أشخاص في انفجار في سوق: 3 جنود و5 مدنيين»: a colon in the sentence before token ``j``
    opens the split of the total told before it, as a comma does (parts.breakdown)."""
    toks = idx.doc.tokens
    return toks[j].sentence == toks[j - 1].sentence and idx.doc.text[toks[j - 1].end:toks[j].start].strip() == ":"


def closes_subset(idx: ClaimIndex, n: int) -> bool:
    """Whether token ``n`` ends the reach of «بينهم» after a figure: another casualty word or figure,
    but not the figure of «، 3 منهم من الجنود» (claim_blockers.tsv effect ``subset`` right after it),
    which counts the subset itself, right after the comma that closes the toll's clause or opening
    the next sentence («. وكان 4 منهم»), not in a clause of its own («، وقال مصدر إن 2 منهم»)."""
    return n in idx.cues or n in idx.quantities and not (
        idx.blockers.get(n + 1) == "subset" and (comma_only(idx, n) or n + 1 in opening_subsets(idx)))


def opening_subsets(idx: ClaimIndex) -> list[int]:
    """The tokens of «بينهم» (claim_blockers.tsv effect ``subset``) that open a sentence, after at
    most two words that are no figure, casualty word or people («وكان بينهم», «ومن بينهم»,
    «وكان من بينهم»), or the figure right before «منهم» («وكان 3 منهم»), in a sentence after the
    first: who the victims told before were."""
    toks, out = idx.doc.tokens, []
    for b, effect in idx.blockers.items():
        if effect != "subset" or b >= len(toks) or toks[b].sentence == 0:
            continue
        first = idx.tok(idx.doc.sentences[toks[b].sentence].start)
        if b - first <= 3 and not any(n in idx.quantities and n != b - 1 or n in idx.cues or n in idx.people
                                      for n in range(first, b)):  # «وكان 3 منهم من عناصر الأمن»
            out.append(b)
    return out


def the_civilians(idx: ClaimIndex, j: int, m: Match) -> bool:
    """«من المدنيين» at token ``j``: the civilians as a group (actor_terms.tsv type ``group``) after
    «من», the category itself, as «مدنيون» is."""
    return m.entry.attrs.get("type") == "group" and m.entry.get("category") == "civilians" \
        and j > 0 and idx.doc.tokens[j - 1].text in idx.words["of"]


def opens_on_subset(idx: ClaimIndex, n: int, j: int) -> bool:
    """Token ``n`` is in the sentence right after token ``j``'s, which opens on «بينهم» at or after
    ``n`` («قتل 8 أشخاص في انفجار. وكان بينهم 3 جنود»): the subset of the toll told before."""
    toks = idx.doc.tokens
    return toks[n].sentence == toks[j].sentence + 1 and any(b >= n and toks[b].sentence == toks[n].sentence
                                                           for b in opening_subsets(idx))


def same_side_parts(idx: ClaimIndex, claims: list[ClaimMention], reach: int) -> list[ClaimMention]:
    """«مقتل 8 من عناصر الحركة ... وقال سكان إن بين القتلى قياديا في الحركة»: a part counted right
    after «بين القتلى» of the same side and kind as a larger toll at most ``reach`` sentences before
    it is one of those, no claim of its own (a subset of the same side)."""
    parts = [cm for cm in claims if _among(idx, cm)]
    if not parts:
        return claims

    def inside(cm: ClaimMention) -> bool:
        c = cm.claim
        return any(o is not cm and o not in parts and cm.sentence - reach <= o.sentence <= cm.sentence
                   and o.claim.kind == c.kind and o.claim.party.category == c.party.category
                   and o.claim.value is not None and c.value is not None and o.claim.value > c.value for o in claims)

    return [cm for cm in claims if cm not in parts or not inside(cm)]


def _among(idx: ClaimIndex, cm: ClaimMention) -> bool:
    """The claim's words start right after «بين» and a definite victim noun («وبين القتلى 4 جنود»)."""
    span = cm.claim.span
    if span is None:
        return False
    k = idx.tok(idx.doc.normal_pos(span.start))
    cue = idx.cues.get(k - 1)
    if k < 2 or cue is None or cue.entry.attrs.get("role") != "victim" or not has_article(cue.prefix):
        return False
    before = idx.doc.tokens[k - 2].text
    return before in idx.words["between"] or conjoined(before) and before[1:] in idx.words["between"]


def others_side(idx: ClaimIndex, party: Party) -> str | None:
    """When ``party`` is «آخرين» (actor_terms.tsv type ``other``), the side of the people named
    last before it in its sentence or the one before, if any («مقتل 4 من رجال الشرطة.\nإصابة 6 آخرين،
    بينهم ضابط»: the lines of a list, as «آخرين» takes its side, claims/rules.inherit_parties)."""
    if party.span is None:
        return None
    k = idx.tok(idx.doc.normal_pos(party.span.start))
    m = idx.people.get(k)
    if m is None or m.entry.attrs.get("type") != "other":
        return None
    toks = idx.doc.tokens
    for j in range(k - 1, -1, -1):
        if toks[j].sentence < toks[k].sentence - 1:
            return None
        before = idx.people.get(j)
        if before is not None and before.entry.attrs.get("type") in ("person", "group") \
                and before.entry.get("category") not in ("", "unknown"):
            return before.entry.get("category")
    return None


def rest_side(idx: ClaimIndex, j: int) -> Party | None:
    """The side of «البقية» (claim_words.tsv role ``rest``) in the subset from token ``j`` on
    («بينهم ضابطان والبقية جنود»), if it names one."""
    toks = idx.doc.tokens
    for n in range(j, min(j + 6, len(toks))):
        if n > j and not idx.same_clause(n - 1, n):
            return None
        word = toks[n].text[1:] if joined_by_and(toks[n].text) else toks[n].text
        if word in idx.words.get("rest", ()):
            side, _ = read_party(idx, n + 1)
            return side if side.span is not None else None
    return None


def noun_counted(idx: ClaimIndex, q: Quantity) -> bool:
    """The noun right before the figure ``q`` is what it counts («المهاجمين الأربعة»): not a subject in
    the nominative plural, nor a force's name before an indefinite figure, the verb's subject
    («اعتقلت الشرطة ثلاثة من سكان القرية»: the police took them, they are not police), nor any noun
    before a figure with «ل», the object of a verbal noun after its subject."""
    before, figure = idx.people.get(idx.tok(q.start) - 1), idx.doc.tokens[idx.tok(q.start)].text
    if figure.startswith(LAM) and not figure.startswith(LAM_ARTICLE):
        return False  # «اختطاف المسلحين لخمسة مهندسين»: the object of a verbal noun after its subject
    return before is not None and not before.entry.key.endswith(PLURAL_NOMINATIVE) and not (
        before.entry.attrs.get("type") == "group" and not figure.startswith(ARTICLE))
