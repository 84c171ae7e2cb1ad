"""One person told by name as a victim: the name stands where a count would (#10).

* Before a verb that follows its victims: a definite singular noun for people, then the person's name, perhaps
  in quotes or with an age in brackets, then the verb — «إن الطفل سالم أحمد قتل», «فإن الطفل (سالم
  أحمد، 11 عاما) قتل», «إن القيادي "سالم أحمد" قتل»: one, of the noun's side; with no noun, the name
  right after «أن»/«إن» and an age in brackets — «إن سالم أحمد (20 عاما) أصيب».
  Not when the noun ends the name of a body («الدفاع المدني»).
* After a verb that its victims follow: the person's name, then an age in brackets — «أصيب سالم أحمد
  ناصر (14 عاما) برصاصة»: one. Without the age a word after the verb may be anything, so nothing is read,
  but for a last name that closed a full name told before after a title («القيادي في الحزب إبراهيم عقيل» ...
  «مقتل عقيل»).

A name is up to four words with no article, no figure, no word for people and no casualty word, in the
clause of the verb; quoted words may carry the article («"العقرباوي"»).
"""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import ARTICLE, has_article
from waqia.output import Claim
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import ClaimIndex, complementiser
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.things import aged
from waqia.stages.claims.titled import NAME_WORDS, a_name


def named_before(idx: ClaimIndex, ti: int, m: Match) -> list[tuple[Claim, int]]:
    """The person named between a singular noun for people and the verb at token ``ti``."""
    for k in range(ti - 2, max(ti - 3 - NAME_WORDS - 3, -1), -1):
        person = idx.people.get(k)
        if person is None:
            continue
        count = COUNT.get(person.entry.get("number"))
        last = idx.tok(person.end - 1)
        if count != 1 or person.entry.get("type") != "person" or m.entry.get("kind") == "participants" \
                or not (has_article(person.prefix) or person.entry.key.startswith(ARTICLE)) or not a_name(idx, last + 1, ti) \
                or ends_a_body(idx, last):
            return []  # the definite noun names the person the name goes on with («الطفل سالم»)
        party, _ = read_party(idx, k, stop=last + 1)
        span = idx.doc.span(person.start, m.end)
        return [(make_claim(idx, m.entry.get("kind"), 1, person.start, span, party, low=1, high=1), person.start)]
    return _aged_name_before(idx, ti, m)


def ends_a_body(idx: ClaimIndex, k: int) -> bool:
    """«فرق الدفاع المدني انتشلت جثثا من تحت الركام»: the person noun at token ``k`` ends the name of a body
    of several words (source_names.tsv: «الدفاع المدني»), no person the words after it name."""
    return any(idx.doc.token_index(n.start) < k == idx.doc.token_index(n.end - 1)
               for n in idx.doc.matches_of("source_names"))


def _aged_name_before(idx: ClaimIndex, ti: int, m: Match) -> list[tuple[Claim, int]]:
    """«إن X (20 عاما) أصيب»: a name right after «أن»/«إن» or at the start of its sentence, an age in
    brackets, then the verb at token ``ti``: one."""
    toks, text = idx.doc.tokens, idx.doc.text
    q = idx.quantity_ends.get(ti - 2) if ti >= 3 else None
    if q is None or m.entry.get("kind") == "participants" or not aged(idx, q) \
            or ")" not in text[toks[ti - 1].end:toks[ti].start]:
        return []
    number = idx.tok(q.start)
    if "(" not in text[toks[number - 1].end:toks[number].start]:
        return []
    for first in range(number - 1, max(number - 1 - NAME_WORDS, -1), -1):
        opener = first - 1
        if opener < 0 or toks[opener].sentence != toks[first].sentence or complementiser(idx, opener):
            if not a_name(idx, first, number):
                return []
            party, _ = read_party(idx, first, stop=number)
            span = idx.doc.span(toks[first].start, m.end)
            return [(make_claim(idx, m.entry.get("kind"), 1, toks[first].start, span, party, low=1, high=1),
                     toks[first].start)]
    return []


def named_after(idx: ClaimIndex, ti: int, m: Match) -> list[tuple[Claim, int]]:
    """The person named right after the verb at token ``ti`` and given an age in brackets."""
    toks, text = idx.doc.tokens, idx.doc.text
    for j in range(ti + 2, min(ti + 2 + NAME_WORDS, len(toks))):
        q = idx.quantities.get(j)
        if q is None:
            continue
        if not aged(idx, q) or text[toks[j - 1].end:toks[j].start].strip() != "(" or not a_name(idx, ti + 1, j):
            return []
        party, _ = read_party(idx, ti + 1, stop=j)
        span = idx.doc.span(toks[ti].start, toks[j - 1].end)
        return [(make_claim(idx, m.entry.get("kind"), 1, toks[ti + 1].start, span, party, low=1, high=1),
                 toks[ti + 1].start)]
    return _surname_after(idx, ti, m)


def _surname_after(idx: ClaimIndex, ti: int, m: Match) -> list[tuple[Claim, int]]:
    """«وأكد الحزب مقتل عقيل»: one word right after the noun at token ``ti``, closing its clause or its phrase, that
    closed a name told before in the text after a title («القيادي في الحزب إبراهيم عقيل»: a definite singular noun
    for people, then at most :data:`NAME_WORDS` words, the first name among them): the same person, one, of the
    title's side.  Any other word after the noun is left unread."""
    toks, j = idx.doc.tokens, idx.tok(m.end)
    if m.entry.get("inflect") == "verb" or j >= len(toks) or not idx.same_clause(ti, j) or j in idx.people \
            or j in idx.quantities or j in idx.cues or toks[j].text.startswith(ARTICLE) \
            or j + 1 < len(toks) and idx.same_clause(j, j + 1) and toks[j + 1].text not in idx.words.get("in", ()):
        return []
    for p in range(j - 2, 1, -1):  # the full name, told before: «... إبراهيم عقيل»
        if toks[p].text != toks[j].text or toks[p - 1].text.startswith(ARTICLE) or p - 1 in idx.people:
            continue
        title = next((k for k in range(p - 2, max(p - 2 - NAME_WORDS, -1), -1) if k in idx.people
                      and idx.people[k].entry.get("number") == "sg" and has_article(idx.people[k].prefix)), None)
        if title is not None and idx.same_clause(title, p) and a_name(idx, p - 1, p + 1):
            party, _ = read_party(idx, title, stop=p - 1)
            span = idx.doc.span(toks[ti].start, toks[j].end)
            return [(make_claim(idx, m.entry.get("kind"), 1, toks[j].start, span, party, low=1, high=1), toks[j].start)]
    return []
