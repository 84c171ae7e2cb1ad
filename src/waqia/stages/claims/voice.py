"""The voice of a casualty verb: «أصيب», «استشهد» (claim_words.tsv role ``passive``) are only
passive or intransitive, so a plural right after them is their subject, the victims («أصيب
متظاهرون برصاص جندي»: the protesters, not the soldier); «اغتال مسلحون مجهولون عنصرا» is active,
its subject before its object (#10).  The ranks the victims fell in («في صفوف الجيش») may stand after
the verb that closes a toll, or between a toll noun and its figure."""

from __future__ import annotations

from waqia.core.morphology import PEOPLE_PRONOUNS, PRONOUNS, conjoined, without_article
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.owners import owner_side
from waqia.stages.claims.party import inflicted_on, read_party

RANKS = 6  # tokens before a figure where «في صفوف» after a toll noun may stand
#: the attached pronouns of one («مقتله», «مقتلها»)
ONE = tuple(p for p in PRONOUNS if p not in PEOPLE_PRONOUNS)
FORCES = ("state_forces", "armed_group")


def passive(idx: ClaimIndex, ti: int) -> bool:
    """Whether the word at token ``ti`` is a casualty verb that takes no object, with «و» or «ف» or without."""
    word, verbs = idx.doc.tokens[ti].text, idx.words.get("passive", frozenset())
    return word in verbs or conjoined(word) and word[1:] in verbs


def ranks_after(idx: ClaimIndex, ti: int) -> bool:
    """«لقي 4 أشخاص مصرعهم في صفوف الجيش»: the verb at ``ti`` that closes a toll before it (role ``post``)
    is followed by the ranks the victims fell in: their side is read past it."""
    cue = idx.cues.get(ti)
    return cue is not None and cue.entry.attrs.get("role") == "post" and idx.party_stops.get(ti + 1) == "side" \
        and idx.same_clause(ti, ti + 1)


def ranks_before(idx: ClaimIndex, qi: int) -> Party | None:
    """«الحصيلة في صفوف الجيش بلغت 12 قتيلا», «وبلغ عدد القتلى في صفوف الشرطة 9»: the ranks named
    after a toll noun («حصيلة», claim_words role ``sum``, or a toll's casualty words) in the clause
    of the figure at token ``qi``, before it, are the victims' side."""
    for j in range(qi - 1, max(qi - RANKS, 1), -1):
        if not idx.same_clause(j, qi):
            return None
        if idx.party_stops.get(j) == "side" and any(_toll_noun(idx, k) for k in range(j - 1, max(j - 4, -1), -1)):
            party = read_party(idx, j + 2, stop=qi)[0]
            return party if party.span is not None and party.category != "unknown" else None
        if idx.doc.tokens[j].text in idx.words.get("ranks:pronoun", ()) \
                and any(_toll_noun(idx, k) for k in range(j - 2, max(j - 5, -1), -1)):
            return _own_ranks(idx, j)  # «حصيلة القتلى في صفوفها»: the force the pronoun stands for
    return None


def own_ranks_after(idx: ClaimIndex, ti: int) -> Party | None:
    """«معترفا بسقوط قتلى في صفوفه»: an uncounted victim noun at token ``ti`` followed by «في» and «صفوف»
    with a pronoun: the victims are of the force the pronoun stands for (none when no force is named)."""
    j, toks = ti + 2, idx.doc.tokens
    if j >= len(toks) or toks[ti + 1].text not in idx.words["in"] or toks[j].text not in idx.words.get("ranks:pronoun", ()) \
            or not idx.same_clause(ti, j):
        return None
    return _own_ranks(idx, j)


def _own_ranks(idx: ClaimIndex, j: int) -> Party | None:
    tok = idx.doc.tokens[j]
    span = idx.doc.span(tok.start, tok.end)
    # «صفوفه», «صفوفها» stand for a force, not for a plural of people («الإرهابيين»); «صفوفهم» may
    side = owner_side(idx, tok.start, tok.sentence, span, people=tok.text.endswith(PEOPLE_PRONOUNS))
    return Party(span, span.text, side) if side != "unknown" else None


def _toll_noun(idx: ClaimIndex, k: int) -> bool:
    cue = idx.cues.get(k)
    return without_article(idx.doc.tokens[k].text) in idx.words.get("sum", ()) \
        or cue is not None and cue.entry.attrs.get("role") == "toll"


def ranks_just_before(idx: ClaimIndex, ti: int) -> Party | None:
    """«وأوقعوا في صفوفها قتلى وجرحى», «سقط في صفوفهم قتلى»: «في» and «صفوف» with a pronoun right before an
    uncounted victim noun at token ``ti`` name the ranks the victims fell in: the force the pronoun stands for."""
    j = ti - 1
    if j < 1 or idx.doc.tokens[j].text not in idx.words.get("ranks:pronoun", ()) \
            or idx.doc.tokens[j - 1].text not in idx.words["in"] or not idx.same_clause(j - 1, ti):
        return None
    return _own_ranks(idx, j)


def uncounted_side(idx: ClaimIndex, ti: int, last: int) -> Party | None:
    """The side of an uncounted victim noun at token ``ti`` (its list ending at ``last``) that names none after it:
    the ranks right before it, the side a loss was inflicted on, or the ranks after it («معترفا بسقوط قتلى في صفوفه»)."""
    return ranks_just_before(idx, ti) or inflicted_on(idx, ti) or own_ranks_after(idx, last) or shot_at(idx, ti)


def shot_at(idx: ClaimIndex, ti: int) -> Party | None:
    """«أطلقوا النار على ضابط في الشرطة أثناء خروجه من منزله، ما أدى إلى مقتله»: a victim word with the
    pronoun of one at token ``ti`` stands for the person named last before it in its sentence; when that
    person is the one fire was aimed at («على» right before him) and a force's man (a soldier, an officer,
    a fighter), the victim is of that side.  Any other person named last (a civilian, the shooter) leaves
    the side as read."""
    cue, toks = idx.cues.get(ti), idx.doc.tokens
    if cue is None or cue.entry.get("number") != "sg" or not toks[ti].text.endswith(ONE):
        return None
    for k in range(ti - 1, 0, -1):
        if toks[k].sentence != toks[ti].sentence:
            return None
        person = idx.people.get(k)
        if person is not None and person.entry.attrs.get("type") == "person":
            party = read_party(idx, k)[0]  # «عنصر في الشرطة»: the side named after him
            return party if toks[k - 1].text in idx.words["on"] and party.category in FORCES else None
    return None
