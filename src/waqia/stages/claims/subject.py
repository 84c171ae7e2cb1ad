"""The victims named before their verb in a reported clause: «إن عنصرين من الفرقة الرابعة قتلا»,
«أن 9 مدنيين بينهم 3 أطفال قتلوا», «إن عنصرا من جهاز الأمن العام قتل وأصيب اثنان آخران» (#10).

The subject of the clause after «إن», «أن», «بأن» is the noun phrase right after it: a counted noun
(one, two) or a figure, its owner («من X»), its adjectives and a subset («بينهم Y»); the verb that
closes it tells what befell them."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import ARTICLE, PREPOSITIONS, conjoined, has_article, joined_by_and, nisba
from waqia.output import Claim, Party
from waqia.stages.claims.context import ClaimIndex, blocked, complementiser
from waqia.stages.claims.parts import COUNT, next_part, with_parts
from waqia.stages.claims.party import read_party
from waqia.stages.claims.rules import replace_party

SUBJECT_REACH = 9  # words of the subject's phrase before its verb
GENITIVE_TAIL = 3  # words after the side's own that may still close its phrase


def subset_before(idx: ClaimIndex, ti: int) -> int | None:
    """«إن 9 مدنيين بينهم 3 أطفال قتلوا»: the token of «بينهم» whose subset runs, in the clause of
    the verb at token ``ti``, up to it (no casualty word between); the figure it counts stands before."""
    for k in range(ti - 2, max(ti - 7, 0), -1):
        if k in idx.cues or not idx.same_clause(k, ti):
            return None
        if idx.blockers.get(k) == "subset":
            return k
    return None


def subject_start(idx: ClaimIndex, ti: int) -> int | None:
    """The token of a counted noun («عنصرين», «طفلا») that opens the clause after a complementiser
    and whose phrase runs up to the verb at token ``ti``; None when other words stand between."""
    for k in range(ti - 1, max(ti - 1 - SUBJECT_REACH, -1), -1):
        if k in idx.cues or k in idx.quantities or not idx.same_clause(k, ti):
            return None
        if complementiser(idx, k):
            person = idx.people.get(k + 1)
            if k + 1 == ti or person is None or person.entry.get("number") not in COUNT or has_article(person.prefix) \
                    or person.entry.get("type") not in ("person", "other"):
                return None
            return k + 1
    return None


def counted_subject(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The claims of the counted subject before the verb at token ``ti``: its parts joined by «و»
    add up («طفلا وامرأة قتلا» is two), its owner gives the side; none when the words between the
    subject and the verb are not all read as its own.  An attacking force is counted only by a figure."""
    k = subject_start(idx, ti)
    if m.entry.get("kind") == "participants" or k is None or k in used or blocked(idx, k):
        return []
    if not _whole_phrase(idx, k, ti):
        return []
    used.add(k)
    return with_parts(idx, m, None, k, used, count=COUNT[idx.people[k].entry.get("number")], stop=ti)


def _whole_phrase(idx: ClaimIndex, k: int, ti: int) -> bool:
    """The words from token ``k`` to the verb at token ``ti`` are the subject's: its side's words
    and counted parts joined by «و» («ضابطا وجنديين من اللواء الخامس»)."""
    toks = idx.doc.tokens
    _, end = read_party(idx, k, stop=ti)
    j = idx.tok(end) if end > toks[k].start else k + 1
    tail = 0  # «من جهاز الأمن العام», «من سكان القرية», «الموالين لها»: the side's last words
    while j < ti:
        part = next_part(idx, j, ti) if joined_by_and(toks[j].text) and (j in idx.people or j in idx.quantities) else None
        if part is not None and idx.tok(part.end) > j:
            j = idx.tok(part.end)
            continue
        if tail + 2 <= GENITIVE_TAIL and toks[j].text in idx.words["in"] and j + 1 < ti and j + 1 not in idx.people:
            tail, j = tail + 2, j + 2  # «حارسين ... في مقر الوزارة أصيبا»: where they were, a noun of any form
            continue
        if tail == GENITIVE_TAIL or j in idx.people or j in idx.party_stops or not _genitive_word(toks[j].text):
            return False
        tail, j = tail + 1, j + 1
    return True


def _genitive_word(word: str) -> bool:
    """A definite word, an adjective or a preposition with a pronoun: more words of a noun phrase."""
    bare = word[1:] if conjoined(word) else word
    return bare.startswith(ARTICLE) or nisba(word) or len(bare) <= 3 and bare[:1] in PREPOSITIONS


ON_REACH = 6  # words from a verb of detail ``on`` to its «على» («قضى الجيش الوطني الصومالي على»)


def on_victims(idx: ClaimIndex, ti: int, m: Match) -> tuple[int, int | None]:
    """Where the victims of the verb at token ``ti`` are looked for, and how far: a verb of
    casualty_terms detail ``on`` kills what follows its «على» in its clause («قضت القوات على 12
    مسلحا»); with none, only its subject right after it («قضى 3 أشخاص»), never another object
    («قضت المحكمة بسجن 5»). A verb of detail ``subject`` counts its subject right after it («هاجم
    نحو 100 مسلح»). Any other verb: from itself, its own reach (None)."""
    if m.entry.get("detail") not in ("on", "subject"):
        return ti, None
    if m.entry.get("detail") == "subject":
        return ti, 1
    toks = idx.doc.tokens
    for k in range(ti + 1, min(ti + 1 + ON_REACH, len(toks))):
        if not idx.same_clause(ti, k) or k in idx.quantities or k in idx.people \
                and idx.people[k].entry.get("type") != "group":
            break  # «قضى ثلاثة مدنيين في قصف على البلدة»: its subject first, the «على» of a place
        if toks[k].text in idx.words.get("on", ()):
            return k, 3
    return ti, 1


def subject_only(idx: ClaimIndex, ti: int, m: Match, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """The claims of a verb of detail ``subject`` at token ``ti``: only the figure right after it,
    of the side its own noun names («هاجم نحو 300 مسلح مقر الدرك»: the attackers, not the post);
    a figure after its subject is its object («هاجم مسلحون 3 قرى»), no claim."""
    if m.entry.get("detail") != "subject":
        return found
    k = ti + 1 if ti + 1 in idx.quantities or ti + 1 in idx.people else ti + 2  # past «نحو», «قرابة»
    q = idx.quantities.get(k)
    if q is None:
        return []
    noun = idx.people.get(idx.tok(q.end))
    side = noun.entry.get("category") if noun is not None else ""
    party = Party(idx.doc.span(noun.start, noun.end), noun.entry.get("name") or None, side) \
        if noun is not None and side not in ("", "unknown") else None  # «عنصرا من داعش»: as read
    return [(replace_party(c, party) if party is not None else c, pos)
            for c, pos in found if c.value == q.value]
