"""Totals that are not one kind's figure: the dead and wounded together, and counts named by a relative clause.

«سقط 9 أشخاص بين قتيل وجريح» counts neither the dead nor the wounded; «ارتفع عدد
المدنيين الذين قتلوا في القصف إلى 30» gives the dead through «عدد X الذين قتلوا».
"""

from __future__ import annotations

import functools
from dataclasses import replace

from waqia.core.lexicon import Lexicon, Match
from waqia.core.morphology import ARTICLE, CONJUNCTIONS, conjoined, joined_by_and, without_article
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.mixed_totals import between_side
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.things import next_item


def between_kinds(idx: ClaimIndex, ti: int) -> list[str]:
    """The kinds of «(ما) بين قتيل وجريح» right after token ``ti``, if that follows."""
    toks, j = idx.doc.tokens, ti + 1
    if j < len(toks) and toks[j].text in idx.words["what"]:
        j += 1
    if j + 2 >= len(toks) or toks[j].text not in idx.words["between"] or j + 1 not in idx.cues \
            or j + 2 not in idx.cues or not joined_by_and(toks[j + 2].text):
        return []
    return list(dict.fromkeys(idx.cues[n].entry.get("kind") for n in (j + 1, j + 2)))


def joint_kinds(idx: ClaimIndex, ti: int) -> list[str]:
    """«35 قتيلا وجريحا», «35 من القتلى والجرحى»: the kinds of the victim noun at token ``ti`` and of an
    uncounted victim noun of another kind joined to it right after it; a figure before them counts both
    together, neither kind alone (as «قتل وأصيب 35»). A second noun with a figure right after it has
    its own count («22 جريحا وجثث 8 قتلى»), as a dual does («3 شهداء وجريحان»: two wounded); so does one with the
    article after one without («55 قتيلا
    والجرحى إلى 146»; «40 من القتلى والجرحى» is joint)."""
    toks, j = idx.doc.tokens, idx.tok(idx.cues[ti].end - 1) + 1
    second = idx.cues.get(j)
    if second is None or second.entry.attrs.get("role") != "victim" or j in idx.quantities \
            or not joined_by_and(toks[j].text) or not idx.same_clause(ti, j) \
            or next_item(idx, j) and not toks[ti].text.startswith(ARTICLE) \
            or idx.tok(second.end - 1) + 1 in idx.quantities \
            or second.entry.attrs.get("number") == "du":  # «22 جريحا وجثث 8 قتلى», «3 شهداء وجريحان»: counted apart
        return []
    kinds = list(dict.fromkeys((idx.cues[ti].entry.get("kind"), second.entry.get("kind"))))
    return kinds if len(kinds) > 1 else []


def second_of_joint(idx: ClaimIndex, ti: int) -> bool:
    """The victim noun at token ``ti`` is the second of a pair counted together by :func:`joint_kinds`
    («35 قتيلا وجريحا»: «جريحا» is no one wounded of its own)."""
    p, toks = ti - 1, idx.doc.tokens
    if p < 1 or p not in idx.cues or not joint_kinds(idx, p):
        return False
    return p - 1 in idx.quantity_ends or p >= 2 and toks[p - 1].text in idx.words["of"] and p - 2 in idx.quantity_ends


def mixed_total(idx: ClaimIndex, ti: int, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """«سقط 9 أشخاص بين قتيل وجريح», «سقوط العشرات بين قتيل وجريح»: one figure for the dead and the
    wounded together.

    The figure counts neither kind: each kind listed after «بين» becomes a claim
    without a number, worded by the whole phrase.
    """
    if len(found) != 1:  # «سقوط العشرات بين قتيل وجريح»: a vague figure too
        return found
    claim, pos = found[0]
    reach = ti + 4  # «سقوط 40 عنصرا من الميليشيا بين قتيل وجريح»: or past the side named after the figure
    if claim.span is not None:
        reach = max(reach, idx.tok(idx.doc.normal_pos(claim.span.end) - 1) + 4)
    for k in range(ti, min(reach, len(idx.doc.tokens))):
        kinds = between_kinds(idx, k)  # the cheap test first: «بين» right after the word is rare (#14)
        if len(kinds) > 1 and idx.same_clause(ti, k):
            toks = idx.doc.tokens
            last = k + (4 if toks[k + 1].text in idx.words["what"] else 3)
            first = next((j for j in range(ti, max(ti - 4, -1), -1) if j in idx.quantities
                          and idx.same_clause(j, ti)), ti)
            span = idx.doc.span(min(pos, toks[first].start), toks[last].end)
            party = between_side(idx, last + 1, claim.party)  # «بين قتيل وجريح من المدنيين والعسكريين»
            return [(make_claim(idx, kind, None, pos, span, party, high=claim.value, vague=span.text), pos)
                    for kind in kinds]  # each kind at most the figure of both
    return found


def between_uncounted(idx: ClaimIndex, ti: int) -> list[tuple[Claim, int]]:
    """«وأوقعوا أفرادها بين قتيل وجريح», «أوقع عناصر الدورية ما بين قتيل وجريح»: people named right before
    «(ما) بين قتيل وجريح» with no figure, no count and no casualty word before them in their clause are the dead
    and the wounded of no number, of the side those people are (``ti``: the first kind's token)."""
    toks, b = idx.doc.tokens, ti - 1
    if b < 2 or toks[b].text not in idx.words["between"]:
        return []
    k = b - 1 - (toks[b - 1].text in idx.words["what"])
    people = [j for j in range(max(k - 3, 0), k + 1) if j in idx.people and idx.same_clause(j, b)]
    if not people or len(between_kinds(idx, k)) < 2 \
            or any(n in idx.quantities or n in idx.cues and idx.cues[n].entry.get("kind") != "participants"
                   for n in range(max(people[-1] - 6, 0), b) if idx.same_clause(n, b)):
        return []  # «سقوط 40 عنصرا بين قتيل وجريح»: a figure the toll's own reading takes (mixed_total); «هاجموا» counts no one
    party, _ = read_party(idx, people[-1], stop=k + 1)
    last = k + 1 + (toks[k + 1].text in idx.words["what"]) + 2
    pos = toks[people[-1]].start
    span = idx.doc.span(pos, toks[last].end)
    return [(make_claim(idx, kind, None, pos, span, party, vague=span.text), pos) for kind in between_kinds(idx, k)]


def between_sides(idx: ClaimIndex, ti: int, m: Match, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """«40 شخصا قتلوا بين مدنيين ومقاتلين»: the victims before a verb, shared after it by «بين» among
    people of more than one side, are of no one side."""
    if len(found) != 1 or m.entry.attrs.get("role") != "post" or found[0][0].party.category == "unknown":
        return found
    toks = idx.doc.tokens
    j = idx.tok(m.end - 1) + 1
    if j >= len(toks) or toks[j].text not in idx.words["between"] or not idx.same_clause(ti, j):
        return found
    sides: set[str] = set()
    n = j + 1
    while n < min(j + 8, len(toks)) and idx.same_clause(j, n):
        p = idx.people.get(n)
        if p is None:
            break
        sides.add(p.entry.get("category") or "unknown")
        n = idx.tok(p.end - 1) + 1
        while n < len(toks) and n not in idx.people and idx.same_clause(j, n) and not joined_by_and(toks[n].text):
            n += 1  # «مقاتلين من ميليشيا ...»: the words of an item
        if n >= len(toks) or not joined_by_and(toks[n].text):
            break
    if len(sides - {"unknown"}) < 2:
        return found
    claim, pos = found[0]
    return [(replace(claim, party=Party(claim.party.span, claim.party.name, "unknown")), pos)]


@functools.lru_cache(maxsize=4)
def relative_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(relative pronouns, heads of tolls): «الذين» from source_stops.tsv, «عدد» and «حصيلة» from
    the first words of casualty_terms.tsv's tolls."""
    relatives = frozenset(e.key for e in lexicon.concept("source_stops") if e.get("why") == "relative")
    heads = frozenset(e.key.split()[0] for e in lexicon.concept("casualty_terms")
                      if e.get("role") == "toll" and " " in e.key)
    return relatives, heads


def counted_relative(idx: ClaimIndex, ti: int, lexicon: Lexicon) -> int | None:
    """For a casualty verb at token ``ti`` in «عدد X الذين قتلوا», the token of «عدد»; else None."""
    relatives, heads = relative_words(lexicon)
    toks = idx.doc.tokens
    if ti < 2 or toks[ti - 1].text not in relatives:
        return None
    for k in range(ti - 2, max(ti - 7, -1), -1):
        if not idx.same_clause(k, ti):
            return None
        word = toks[k].text
        if word in heads or without_article(word) in heads:
            return k
    return None


def far_toll(idx: ClaimIndex, ti: int, m: Match) -> int | None:
    """«ارتفعت حصيلة قتلى المعارك، التي تدور في المدينة بين X وY، إلى 11 شخصا»: a toll whose long
    subject runs past commas; a verb of rising (claim_words.tsv role ``rise``) before the toll's
    head or after its subject announces the figure, which follows the verb or «إلى» (role ``to``)
    in the same sentence.  The figure's token, or None when another casualty word or figure
    comes first."""
    toks = idx.doc.tokens
    rise = idx.words.get("rise", frozenset())

    def rising(j: int) -> bool:
        word = toks[j].text
        return word in rise or conjoined(word) and word[1:] in rise

    announced = any(j >= 0 and toks[j].sentence == toks[ti].sentence and rising(j) for j in (ti - 1, ti - 2))
    for k in range(ti + 1, min(ti + 25, len(toks))):
        if toks[k].sentence != toks[ti].sentence or k in idx.cues and toks[k].start >= m.end:
            return None
        announced = announced or rising(k)
        if k in idx.quantities:
            before = toks[k - 1].text
            return k if announced and (rising(k - 1) or before in idx.words.get("to", ())) else None
    return None


def toll_verb_after_comma(idx: ClaimIndex, ti: int, k: int) -> bool:
    """«حصيلة قتلى المواجهات في البلدة، ارتفعت إلى 50»: one comma ends the toll's long subject
    and its verb follows at once (claim_words.tsv role ``rise``)."""
    toks, text = idx.doc.tokens, idx.doc.text
    breaks = [j for j in range(ti + 1, k + 1) if not idx.same_clause(j - 1, j)]
    if len(breaks) != 1 or text[toks[breaks[0] - 1].end:toks[breaks[0]].start].strip() not in ("،", ","):
        return False
    word = toks[breaks[0]].text
    rise = idx.words.get("rise", frozenset())
    return word in rise or word[:1] in CONJUNCTIONS and word[1:] in rise

