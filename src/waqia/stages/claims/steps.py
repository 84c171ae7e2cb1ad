"""Figures that count no new victims of the event told: people set free («أفرج عن 40 أسيرا»,
«تبادل الطرفان 200 أسير»), people who fell captive («سقط 8 مسلحين أسرى»: no dead), and wounded who died («بعد وفاة جريحين», «توفي اثنان من الجرحى»): a
change to counts given, a step towards a toll of the dead, not more wounded."""

from __future__ import annotations

from dataclasses import replace

from waqia.core.lexicon import Match
from waqia.core.morphology import AND, CONJUNCTIONS, PREPOSITIONS, joined_by_and
from waqia.output import Claim, Party
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import ClaimIndex, occurrence
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.rules import DIED, ClaimMention, replace_party
from waqia.stages.claims.subject import subset_before
from waqia.stages.claims.things import shocked

_CONJUNCTIONS = "".join(CONJUNCTIONS)  # the characters :meth:`str.lstrip` takes off a prefix
RELEASE_REACH = 6  # words before a word for the captured where a word of release may stand


def released(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """The captured named at token ``ti`` are set free (claim_blockers.tsv effect ``release``
    within :data:`RELEASE_REACH` words before, in its clause)."""
    if m.entry.attrs.get("kind") != "captured":
        return False
    return any(idx.blockers.get(j) == "release" and idx.same_clause(j, ti)
               for j in range(max(ti - RELEASE_REACH, 0), ti))


def no_new_victims(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """The casualty word at token ``ti`` counts no victims of its own: people set free, a fall into
    captivity read by a verb of loss, or what a court sentenced to (:func:`released`,
    :func:`fell_captive`, :func:`judged`), or cases of shock (:func:`~waqia.stages.claims.things.shocked`)."""
    return released(idx, ti, m) or fell_captive(idx, ti, m) or judged(idx, ti, m) or joined_protest(idx, ti, m) \
        or shocked(idx, ti, m) or not sized_force(idx, ti, m) or held_then_died(idx, ti, m)


def sized_force(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«إن المهاجمين، وعددهم نحو 15 مسلحا، استخدموا»: a word of a force's size (casualty_terms detail
    ``force``) at token ``ti`` counts the men only right after a noun for armed men of many (actor_terms
    person, armed_group, not one) right before it, a comma between or none, or with that noun inside it, its
    genitive («عدد المسلحين تراوح بين 10 و15»: :func:`_sized_noun`); after victims («الجرحى، وعددهم 14») or
    nothing it is no force.  True for any other casualty word."""
    if m.entry.attrs.get("detail") != "force":
        return True
    noun = _sized_noun(idx, ti, m)
    return noun is not None and noun.entry.get("category") == "armed_group" \
        and noun.entry.get("number") not in ("sg", "du")


def _sized_noun(idx: ClaimIndex, ti: int, m: Match) -> Match | None:
    """The men a word of a force's size at token ``ti`` sizes: the noun right before it, or the one that
    closes it («عدد المسلحين»)."""
    own = idx.people.get(ti + 1)
    return own if own is not None and own.end == m.end else idx.people.get(ti - 1)


PROTEST_REACH = 6  # words either side of a word of taking part where the protest it joins may stand


def force_side(idx: ClaimIndex, ti: int, m: Match, claims: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """«إن المسلحين، وعددهم قرابة 30 عنصرا»: a force's size (detail ``force``) whose figure names no side
    takes the side of the armed men it sizes, right before the word at token ``ti``."""
    noun = _sized_noun(idx, ti, m)
    if m.entry.attrs.get("detail") != "force" or noun is None:
        return claims
    party = Party(idx.doc.span(noun.start, noun.end), noun.entry.get("name") or None, noun.entry.get("category"))
    own = ("unknown", "civilians") if noun.end == m.end else ("unknown",)  # «عدد المسلحين ... 15 رجلا»: those men
    return [(replace_party(c, party) if c.party.category in own else c, pos) for c, pos in claims]


def joined_protest(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«شارك عشرات الآلاف في مسيرة حاشدة», «خرجت مظاهرة بمشاركة المئات»: a word of taking part (casualty_terms
    detail ``joined``) at token ``ti`` with a word of protest (an event trigger of type Protests) within
    :data:`PROTEST_REACH` words in its clause: the size of a crowd, no attacking force."""
    if m.entry.attrs.get("detail") != "joined":
        return False
    toks = idx.doc.tokens
    lo, hi = toks[max(ti - PROTEST_REACH, 0)].start, toks[min(ti + PROTEST_REACH, len(toks) - 1)].end
    return any(t.entry.get("event_type") == "Protests" and lo <= t.word_start < hi
               and idx.same_clause(min(ti, idx.tok(t.word_start)), max(ti, idx.tok(t.word_start)))
               for t in idx.doc.matches_of("event_triggers"))


CAPTIVE_REACH = 9  # words after a verb of loss where the word of capture of its people may stand


def fell_captive(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«سقط 8 من مقاتلي الحركة أسرى», «سقط قيادي في قبضة الجيش»: a verb of loss (casualty_terms detail
    ``men``) at token ``ti`` whose people are followed, in its clause, by a word of capture that comes
    after them (kind captured, role victim or post) as the first casualty word: a fall into captivity,
    no loss of its own kind; the word of capture reads the figure."""
    if m.entry.attrs.get("detail") != "men" or m.entry.attrs.get("kind") == "captured":
        return False
    toks = idx.doc.tokens
    for k in range(ti + 1, min(ti + 1 + CAPTIVE_REACH, len(toks))):
        if not idx.same_clause(ti, k):
            return False
        cue = idx.cues.get(k)
        if cue is not None:
            return cue.entry.attrs.get("kind") == "captured" and cue.entry.attrs.get("role") in ("victim", "post")
    return False


def judged(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«قضت محكمة عسكرية بإعدام 7 متهمين», «حكم عليه بالسجن ... بتهمة قتل 3», «في قضية اغتيال ضابط»: the
    casualty word at token ``ti`` is what a court sentenced to, after a preposition and a word of judgement
    (claim_words.tsv role ``judge``) within :data:`RELEASE_REACH` words before in its clause, or the charge
    or the case right before it (role ``charge``): a sentence or a trial, no victim of an event."""
    toks = idx.doc.tokens
    if ti > 0 and (toks[ti - 1].text in idx.words.get("charge", ()) and idx.same_clause(ti - 1, ti)):
        return True
    if m.prefix.lstrip(_CONJUNCTIONS)[:1] not in PREPOSITIONS:
        return False
    judge = idx.words.get("judge", ())
    return any(toks[j].text in judge and idx.same_clause(j, ti) for j in range(max(ti - RELEASE_REACH, 0), ti))


def fallen_captive(idx: ClaimIndex, k: int, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«سقط قيادي في التنظيم في قبضة الجيش»: the word of capture at token ``ti`` after the verb of a
    fall into captivity at token ``k`` (:func:`fell_captive`) counts the one (or two) named right
    after that verb, of the side its phrase names; nothing when it is no such verb or names none."""
    person = idx.people.get(k + 1)
    if not fell_captive(idx, k, idx.cues[k]) or person is None or person.entry.attrs.get("number") not in COUNT \
            or k + 1 in used or person.entry.attrs.get("type") not in ("person", "other"):
        return []
    used.add(k + 1)
    count = COUNT[person.entry.attrs["number"]]
    party, _ = read_party(idx, k + 1, stop=ti)
    span = idx.doc.span(person.start, m.end)
    return [(make_claim(idx, m.entry.get("kind"), count, person.start, span, party, low=count, high=count), person.start)]


def wounded_who_died(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«لفظ 3 جرحى أنفاسهم», «3 جرحى لقوا حتفهم»: a noun of the wounded at token ``ti`` right before
    a word of death that follows its victims (role ``post``) names the dead (a step, as «توفي اثنان من الجرحى»);
    so does a noun of the held («شخصين من المعتقلين توفيا», «ثلاثة مختطفين قتلوا»): detainees who died."""
    j = ti + 2 if idx.doc.tokens[min(ti + 1, len(idx.doc.tokens) - 1)].text in idx.words.get("met", ()) else ti + 1
    c = idx.cues.get(j)  # «لقوا حتفهم» past «لقوا»; not «سقطوا», a word of occurrence («المصابين سقطوا»)
    return m.entry.attrs.get("kind") in ("injured", "captured") and m.entry.attrs.get("role") == "victim" \
        and c is not None \
        and c.entry.attrs.get("kind") == "killed" and c.entry.attrs.get("role") == "post" \
        and idx.same_clause(ti, j) and not occurrence(idx, j)


def of_the_held(idx: ClaimIndex, k: int, ti: int) -> bool:
    """«شخصين من المعتقلين توفيا», «طفلين من المصابين توفيا»: the noun of the held or the wounded at token ``k``
    after «من» (or after «أحد» and right before a singular word of death: «أحد المعتقلين توفي»), in the clause of the word of death at token ``ti`` that follows its victims, is whom the counted
    subject before it belongs to (claims/subject.counted_subject reads it), not a casualty word of its own."""
    cue, mine = idx.cues[k], idx.cues.get(ti)
    if not (k > 0 and cue.entry.attrs.get("role") == "victim" and cue.entry.attrs.get("kind") in ("injured", "captured")
            and mine is not None and mine.entry.attrs.get("kind") == "killed" and idx.same_clause(k, ti)):
        return False
    if idx.doc.tokens[k - 1].text in idx.words.get("of", ()):
        return mine.entry.attrs.get("role") == "post"
    one = idx.quantity_ends.get(k - 1)  # «أن أحد المعتقلين توفي»: the one of them, the singular verb right after
    return k == ti - 1 and mine.entry.attrs.get("role") in ("act", "post") and one is not None and one.value == 1 \
        and idx.tok(one.start) == k - 1 and ti + 1 not in idx.quantities and ti + 1 not in idx.people


def held_then_died(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«أن أحد المعتقلين توفي تحت التعذيب»: the noun of the held or the wounded at token ``ti`` whose one died
    right after it (:func:`of_the_held`) is no count of the held; the word of death reads the one.  After «من» the
    noun is left to the readings of round 33 («عددا من المصابين سقطوا»)."""
    return m.entry.attrs.get("role") == "victim" and ti + 1 in idx.cues and ti > 0 \
        and idx.doc.tokens[ti - 1].text not in idx.words.get("of", ()) and of_the_held(idx, ti, ti + 1)


def held_who_died(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«أن شخصين من المعتقلين توفيا», «طفلا من المصابين توفي»: the one or two counted by their noun before «من»
    and a noun of the held or the wounded right before the word of death at token ``ti`` (:func:`of_the_held`),
    of the side that noun names; a figure before «من» is read as any other («ثلاثة أشخاص من المعتقلين»)."""
    k = ti - 3
    person = idx.people.get(k)
    if k < 0 or ti - 1 not in idx.cues or not of_the_held(idx, ti - 1, ti) or person is None or k in used \
            or person.entry.get("number") not in COUNT or not idx.same_clause(k, ti):
        return []
    used.add(k)
    count = COUNT[person.entry.get("number")]
    party, _ = read_party(idx, k, stop=ti - 2)
    span = idx.doc.span(person.start, m.end)
    return [(make_claim(idx, m.entry.get("kind"), count, person.start, span, party, low=count, high=count), person.start)]


def wounded_who_fell(idx: ClaimIndex, ti: int, m: Match) -> bool:
    """«12 جريحا سقطوا في صفوف الجيش», «عدد الجرحى الذين سقطوا»: a word of falling that follows its
    victims (role ``post``, a word of occurrence) tells the kind of the noun right before it or
    before its relative, not a death: the first casualty word within three words back is a noun of
    the wounded."""
    if m.entry.attrs.get("role") != "post" or m.entry.attrs.get("kind") != "killed" or not occurrence(idx, ti):
        return False
    for j in range(ti - 1, max(ti - 4, -1), -1):
        c = idx.cues.get(j)
        if c is not None and idx.same_clause(j, ti):
            return c.entry.attrs.get("kind") == "injured" and c.entry.attrs.get("role") == "victim"
    return False


def died_of_wounds(idx: ClaimIndex, ti: int, m: Match, found: list[tuple[Claim, int]],
                   role: str) -> tuple[list[tuple[Claim, int]], str]:
    """The claims of the casualty word at token ``ti`` and the role they take: the wounded named
    right after a word of death («توفي جريح», «بعد وفاة جريحين») are no claim (read as dead they
    were an extra claim on check: the toll they join counts them); «توفي اثنان من الجرحى», «بعد وفاة
    أحد المصابين» are a step (role ``DIED``: dropped beside a larger toll of the dead, rules.py)."""
    if role == "victim" and m.entry.attrs.get("kind") == "injured" and _death(idx, ti - 1, ti):
        return [], "victim"
    if wounded_who_died(idx, ti, m):
        return [(replace(c, kind="killed"), p) for c, p in found], role
    if wounded_who_fell(idx, ti, m):
        return [(replace(c, kind="injured"), p) for c, p in found], role
    if role == "act" and _of_wounds_after(idx, ti):
        return found, DIED  # «بعد وفاة شاب متأثرا بجروحه»: one of those hurt died, a step of the toll
    if role != "act" or ti + 1 not in idx.quantities:
        return found, role  # the cheap tests first: most act words have no figure right after them (#14)
    toks = idx.doc.tokens
    w = ti + 3 if ti + 2 < len(toks) and toks[ti + 2].text in idx.words["of"] else ti + 2  # «وفاة أحد المصابين»
    of_wounded = w < len(toks) and idx.cues.get(w) is not None and idx.cues[w].entry.attrs.get("kind") == "injured"
    if of_wounded and _death(idx, ti, w):
        return found, DIED
    return found, role


def _of_wounds_after(idx: ClaimIndex, ti: int) -> bool:
    """A word of dying of wounds (claim_blockers.tsv effect ``wounds``: «متأثرا», «متأثرين») within three words after
    the word of death at token ``ti``, in its clause: «وفاة شاب متأثرا بجروحه», «توفي طفلان متأثرين بجراحهما»."""
    cue = idx.cues.get(ti)
    return cue is not None and cue.entry.attrs.get("kind") == "killed" and any(
        idx.blockers.get(j) == "wounds" and idx.same_clause(ti, j) for j in range(ti + 1, min(ti + 4, len(idx.doc.tokens))))


def _death(idx: ClaimIndex, j: int, ti: int) -> bool:
    """Token ``j`` is a word of death (a killing act, casualty_terms.tsv) in the clause of token ``ti``;
    not a word of occurrence («سقوط جرحى»: the wounded fell, none died)."""
    c = idx.cues.get(j)
    return j >= 0 and c is not None and c.entry.attrs.get("kind") == "killed" and c.entry.attrs.get("role") == "act" \
        and idx.same_clause(j, ti) and not occurrence(idx, j)


def status_of_subset(idx: ClaimIndex, out: list[ClaimMention], claim: Claim, ti: int) -> bool:
    """«أصيب 4 جنود، اثنان منهم بجروح خطيرة»: a figure with «منهم» before the casualty word at
    token ``ti``, after a larger figure of its kind in its sentence, tells how some of them fared."""
    toks = idx.doc.tokens
    if claim.value is None or claim.span is None:
        return False
    start = idx.doc.normal_pos(claim.span.start)  # a span is of the original; tokens of the normalised
    k = idx.tok(start)
    them = next((j for j in range(k + 1, min(k + 3, ti)) if toks[j].text in idx.words.get("them", ())), None)
    if them is None and not _joined_to_them(idx, k):
        return False
    sentence = toks[ti].sentence
    return any(o.sentence == sentence and o.claim.kind == claim.kind and o.claim.value is not None
               and o.claim.value > claim.value and o.pos < start for o in out)


def _joined_to_them(idx: ClaimIndex, k: int) -> bool:
    """«3 منهم بجروح خطرة و6 بجروح طفيفة»: a figure at token ``k`` joined by «و» to a figure with
    «منهم» after it, at most five words before it in its clause, is the next part of that subset."""
    toks, them = idx.doc.tokens, idx.words.get("them", ())
    if not joined_by_and(toks[k].text) and not (k > 0 and toks[k - 1].text == AND):
        return False
    return any(j in idx.quantities and toks[j + 1].text in them and idx.same_clause(j, k)
               for j in range(max(k - 6, 0), k - 1))


def aside_before(idx: ClaimIndex, ti: int) -> int | None:
    """The first token of a «، بينهم X،» aside that ends right before token ``ti``, if any."""
    if ti < 2:
        return None
    if idx.same_clause(ti - 1, ti):
        return subset_before(idx, ti)
    for k in range(ti - 1, max(ti - 7, 0), -1):
        if not idx.same_clause(k - 1, k):
            return k if idx.blockers.get(k) == "subset" or idx.blockers.get(k + 1) == "subset" else None
    return None
