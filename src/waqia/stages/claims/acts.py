"""Two casualty words joined by «و» (#10): «مقتل وإصابة 15» share one figure, unless a victim stands before the first
(«جنديا قتل وأصيب ثلاثة», «إن أحد عناصر الأمن قتل وأصيب اثنان»): then the first verb has its subject, the
second its own figure."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import PREPOSITIONS, has_article, joined_by_and, nisba
from waqia.output import Claim
from waqia.stages.claims.context import ClaimIndex, complementiser
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.subject import subject_start


def joined_acts(idx: ClaimIndex, a: int, b: int) -> bool:
    """«مقتل وإصابة ...»: two act words joined by و share one figure."""
    toks = idx.doc.tokens
    if not (b == a + 1 and joined_by_and(toks[b].text) and idx.same_clause(a, b)
            and idx.cues[b].entry.attrs.get("role") == "act"):
        return False  # the cheap tests first: most casualty words have no other right after them (#14)
    if idx.cues[a].prefix.endswith(PREPOSITIONS):
        return True  # «أفاد مصدر عسكري بمقتل وإصابة ...»: verbal nouns governed by «ب», their victims after them
    j = _past_name(idx, a, a - 1)
    while j > 0 and nisba(toks[j].text) and j not in idx.people:
        j -= 1  # «جنديا إسرائيليا قتل»: past the adjectives
    # «جنديا قتل وأصيب ...»; but «مقتل 5 من المسلحين ومقتل وإصابة 4»: a new conjunct, its victim follows;
    # a body («أعلن الجيش مقتل وإصابة ...») is the speaker or the attacker, never the victims of both words
    person = _member_of(idx, idx.people.get(j) or _phrase_ending(idx, j))  # «إن أحد عناصر الأمن قتل وأصيب اثنان»
    victim_before = j >= 0 and j < a and (j in idx.quantity_ends or person is not None and person.entry.attrs.get("type") != "group"
                                          or subject_start(idx, a) is not None) \
        and not joined_by_and(toks[a].text)  # «إن عنصرا من جهاز الأمن العام قتل وأصيب»; «قواتهم قتلت وجرحت 40»: attackers
    return not victim_before or b + 1 in idx.quantities and "possessive" in (person.entry.get("flags") if person else "")


#: how many words a name may take between the noun for its person and his verb («الملازم أول أحمد سعيد قتل»)
NAME_REACH = 4
#: the roles of claim_words whose prepositions govern what follows them («عن», «من», «في», «إلى»)
_GOVERNING = ("denied", "of", "in", "to")


def _member_of(idx: ClaimIndex, person: Match | None) -> Match | None:
    """«أحد عناصر حرس الحدود», «أحد جنود الجيش»: a force named after a noun for people in construct with it is
    whose members they are; the noun for people is the verb's subject.  Else ``person`` as given."""
    if person is None or person.entry.attrs.get("type") != "group":
        return person
    g = idx.tok(person.start) - 1
    member = idx.people.get(g)
    return member if member is not None and member.entry.attrs.get("type") == "person" and idx.same_clause(g, g + 1) \
        else person


def _phrase_ending(idx: ClaimIndex, j: int) -> Match | None:
    """A noun for people of more than one word («عناصر الأمن», «عناصر الشرطة») whose last word is token ``j``."""
    for k in (j - 1, j - 2):
        person = idx.people.get(k)
        if person is not None and idx.tok(person.end - 1) == j:
            return person
    return None


def _past_name(idx: ClaimIndex, a: int, j: int) -> int:
    """«النقيب خالد الزيود استشهد وأصيب ثلاثة»: a noun for one person whose name stands between it and the verb at
    token ``a`` is the verb's own subject (then the second verb's figure is its own); else ``j`` as given."""
    for k in range(j, max(j - NAME_REACH, -1), -1):
        if k in idx.quantity_ends or k in idx.cues or not idx.same_clause(k, a) or complementiser(idx, k) \
                or any(idx.doc.tokens[k].text in idx.words.get(role, ()) for role in _GOVERNING):
            return j  # «أسفر التفجير الانتحاري عن مقتل وإصابة»: a preposition is no part of a name
        person = idx.people.get(k)
        if person is not None:
            one = person.entry.attrs.get("type") == "person" and person.entry.attrs.get("number") == "sg"
            return k if one and k < j else j
    return j


#: most words between «أحد» and the verb it is the subject of («أحد عناصر حرس الحدود قتل»)
MEMBER_REACH = 5


def one_of_members(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«إن أحد عناصر حرس الحدود قتل», «أن أحد أفراد قوات الأمن أصيب»: «أحد» opening the clause, a plural noun for
    people in construct and the force they belong to, up to the verb at token ``ti`` that follows its victims:
    one of that force.  With an object after the verb («قتل مسلحا») the one is the doer: none."""
    toks = idx.doc.tokens
    if ti + 1 < len(toks) and (ti + 1 in idx.quantities or ti + 1 in idx.people) and idx.same_clause(ti, ti + 1):
        return []
    for s in range(ti - 3, max(ti - 1 - MEMBER_REACH, -1), -1):
        one, noun = idx.quantities.get(s), idx.people.get(s + 1)
        if one is None or one.value != 1 or idx.tok(one.end - 1) != s or s in used or noun is None \
                or noun.entry.attrs.get("number") != "pl" or has_article(noun.prefix):
            continue
        if not (s == 0 or complementiser(idx, s - 1) or not idx.same_clause(s - 1, s)) \
                or any(j in idx.cues and j < ti or not idx.same_clause(j - 1, j) for j in range(s + 1, ti + 1)):
            return []
        party, end = read_party(idx, s + 1, stop=ti)
        if party.span is None or idx.tok(end) != ti:
            return []
        used.add(s)
        span = idx.doc.span(one.start, m.end)
        return [(make_claim(idx, m.entry.get("kind"), 1, one.start, span, party, low=1, high=1), one.start)]
    return []
