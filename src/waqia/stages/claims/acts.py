"""Two casualty words joined by «و» (#10): «مقتل وإصابة 15» share one figure, unless a victim stands before the first
(«جنديا قتل وأصيب ثلاثة», «إن أحد عناصر الأمن قتل وأصيب اثنان»): then the first verb has its subject, the
second its own figure."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import PREPOSITIONS, joined_by_and, nisba
from waqia.stages.claims.context import ClaimIndex, complementiser
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
    person = idx.people.get(j) or _phrase_ending(idx, j)  # «إن أحد عناصر الأمن قتل وأصيب اثنان»: a noun of two words
    victim_before = j >= 0 and j < a and (j in idx.quantity_ends or person is not None and person.entry.attrs.get("type") != "group"
                                          or subject_start(idx, a) is not None) \
        and not joined_by_and(toks[a].text)  # «إن عنصرا من جهاز الأمن العام قتل وأصيب»; «قواتهم قتلت وجرحت 40»: attackers
    return not victim_before or b + 1 in idx.quantities and "possessive" in (person.entry.get("flags") if person else "")


#: how many words a name may take between the noun for its person and his verb («الملازم أول أحمد سعيد قتل»)
NAME_REACH = 4
#: the roles of claim_words whose prepositions govern what follows them («عن», «من», «في», «إلى»)
_GOVERNING = ("denied", "of", "in", "to")


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
