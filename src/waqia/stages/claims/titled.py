"""A person's name as a run of words, and a list of victims that goes on past it (#10).

A name is up to four words with no article, no figure, no word for people and no casualty word, in one
clause; quoted words may carry the article («"العقرباوي"»), an age in brackets may stand inside it.

A victim told by a definite noun for one person and then the person's name is the first item of a
list when «و» and a counted item follow the name: «مقتل الضابط أحمد علي واثنين من الجنود», «قتل
الملازم أول سامي حسن وجنديان» — the name goes with the first item, the list goes on after it.  So before a verb its victims precede:
«لقي ضابط وأربعة جنود مصرعهم», «لقي القيادي سالم العدني وأربعة من مرافقيه مصرعهم» (:func:`one_heading_list`).
"""

from __future__ import annotations

import functools
import re

from waqia.core.lexicon import Match
from waqia.core.morphology import ARTICLE, PRONOUNS, conjoined, definite, has_article, joined_by_and
from waqia.stages.claims.conjuncts import COUNT, conjunct, joins
from waqia.stages.claims.context import HARD_BREAK, ClaimIndex, complementiser, date_tokens
from waqia.stages.claims.index import QUOTES
from waqia.stages.claims.party import read_party
from waqia.stages.claims.things import aged

__all__ = ["NAME_WORDS", "a_name", "met_before", "one_heading_list", "past_name"]

#: the most words a name may take
NAME_WORDS = 4
#: the most words of a qualifier between one person and his family counted with him
QUALIFIER_WORDS = 4
GLOSS_WORDS = 3  # words of a gloss in brackets after a force's name: «(قسد)», «(حزب العمال الكردستاني)»
_QUOTES = frozenset(QUOTES) - frozenset("([")  # the quotation marks, not the brackets


def a_name(idx: ClaimIndex, first: int, stop: int) -> bool:
    """Whether tokens ``first`` .. ``stop - 1`` are a person's name, with an age in brackets or quotes
    around it, in one clause; a family name with the article may close it («أبو محمد الجبوري») and a word
    of alias open it («المعروف باسم "بونومادي"», claim_words role ``alias``)."""
    toks, text = idx.doc.tokens, idx.doc.text
    if not first < stop or toks[first].sentence != toks[stop].sentence:
        return False
    gap = re.sub(r"\([^()]{0,60}\)", " ", text[toks[first - 1].end:toks[stop].start])
    if HARD_BREAK.search(gap):
        return False
    words = 0
    quoted = False
    for j in range(first, stop):
        before = text[toks[j - 1].end:toks[j].start]
        quoted = quoted != (sum(ch in _QUOTES for ch in before) % 2 == 1)
        q = idx.quantities.get(j) or idx.quantity_ends.get(j)
        if q is not None and aged(idx, q) or j - 1 in idx.quantity_ends and aged(idx, idx.quantity_ends[j - 1]):
            continue  # the age
        if j == first and toks[j].text in idx.words.get("alias", ()):
            continue  # «القيادي المعروف باسم "بونومادي"»: the word that brings the name in
        nisba = first < j == stop - 1 and not toks[j - 1].text.startswith(ARTICLE)  # «أبو محمد الجبوري»
        if j in idx.cues or j in idx.people or q is not None or complementiser(idx, j) \
                or toks[j].text.startswith(ARTICLE) and not quoted and not nisba:
            return False
        words += 1
    return 0 < words <= NAME_WORDS


def past_name(idx: ClaimIndex, nxt: int, person: Match | None) -> int:
    """The token of the «و» that joins the next item after the name at token ``nxt`` of the one
    person ``person`` (a definite singular noun for people, or one in construct with a definite
    genitive: «قائد الكتيبة»): «الضابط أحمد علي واثنين»; ``nxt``
    itself when the word there joins already, or no name and no counted item follow.  Past the
    genitive of the item's last noun too: «12 من مسلحي العشائر وأربعة جنود» (see :func:`_genitive`)."""
    if nxt >= len(idx.doc.tokens) or joins(idx, nxt):
        return nxt
    if _genitive(idx, nxt):
        return nxt + 1
    glossed = _past_gloss(idx, nxt)
    if glossed is not None:  # «5 من عناصر قوات سوريا الديمقراطية (قسد) و3 من ...»
        return glossed
    if person is not None and person.entry.get("number") == "sg" and not has_article(person.prefix):
        kin = _kin_past_qualifier(idx, nxt)
        if kin is not None:  # «مقتل ممرض يعمل معها وأربعة من أفراد عائلته»
            return kin
    if person is None or person.entry.get("number") != "sg" or person.entry.get("type") != "person" \
            or not (has_article(person.prefix) or any(w.startswith(ARTICLE) for w in person.entry.key.split())):
        return nxt
    nxt = _past_membership(idx, nxt)  # «القيادي البارز في تنظيم داعش المكنى أبو خديجة مع أربعة من مرافقيه»
    if joins(idx, nxt):
        return nxt
    for j in range(nxt + 1, min(nxt + NAME_WORDS + 1, len(idx.doc.tokens))):
        if joins(idx, j):
            item = conjunct(idx, j)
            counted = item in idx.quantities or item in idx.people
            return j if counted and idx.same_clause(nxt, item) and a_name(idx, nxt, j) else nxt
    return nxt


def _past_membership(idx: ClaimIndex, nxt: int) -> int:
    """The token after the force a titled person at the token before ``nxt`` belongs to: an adjective or two with the
    article, «في» and a named force, a word of kind before its name or none («القيادي البارز في تنظيم داعش»; the name
    or the next item follows it); ``nxt``
    itself when no such phrase stands there."""
    toks, j = idx.doc.tokens, nxt
    while j < min(nxt + 2, len(toks)) and toks[j].text.startswith(ARTICLE) and j not in idx.people and j not in idx.cues:
        j += 1  # «البارز», «الميداني»
    if j + 1 >= len(toks) or toks[j].text not in idx.words.get("in", ()) or not idx.same_clause(nxt - 1, j + 1):
        return nxt
    at = j + 2 if j + 2 < len(toks) and j + 1 not in idx.people and j + 2 in idx.people else j + 1  # «في تنظيم داعش»
    force = idx.people.get(at)
    return idx.tok(force.end) if force is not None and force.entry.attrs.get("type") == "group" \
        and idx.same_clause(j, at) else nxt


def _kin_past_qualifier(idx: ClaimIndex, nxt: int) -> int | None:
    """«مقتل ممرض يعمل معها وأربعة من أفراد عائلته», «قتل سائق لدى المنظمة وثلاثة من أبنائه»: one person
    told by an indefinite noun, a short qualifier of his (a verb and its complement, where he works: up to
    :data:`QUALIFIER_WORDS` words with no figure, casualty word or noun for people but a body's name), then «و», a figure,
    «من» and a noun that ends on an attached pronoun (his family, his sons: the original text ends so, not
    on «ة»): the family are counted with him, one list of one party. The token of that «و», else None."""
    toks, of = idx.doc.tokens, idx.words.get("of", frozenset())
    for j in range(nxt + 1, min(nxt + QUALIFIER_WORDS + 2, len(toks) - 3)):
        if not idx.same_clause(nxt - 1, j):
            return None
        q = conjunct(idx, j) if joins(idx, j) else -1
        if q in idx.quantities:  # not a word that only opens on «و» («وكالة»)
            ends = [t for t in (q + 2, q + 3) if idx.same_clause(q, t)]
            return j if toks[q + 1].text in of and any(map(functools.partial(_pronoun_ended, idx), ends)) else None
        if j in idx.cues or j in idx.quantities or j in idx.people and idx.people[j].entry.get("type") != "group":
            return None  # «يعمل مع الهلال الأحمر»: a body he works for may stand in it, no other victim
    return None


def _pronoun_ended(idx: ClaimIndex, t: int) -> bool:
    """Token ``t`` ends, as written, on an attached pronoun and carries no article («عائلته», «أبنائه»)."""
    tok = idx.doc.tokens[t]
    written = idx.doc.original_text(tok.start, tok.end)
    return not definite(tok.text) and written.endswith(PRONOUNS)


def _past_gloss(idx: ClaimIndex, nxt: int) -> int | None:
    """The token of the «و» right after a gloss in brackets that opens at token ``nxt`` («(قسد)»,
    «(الجنجويد)»: a short name or an acronym of the force named before it), or None."""
    toks, text = idx.doc.tokens, idx.doc.text
    if nxt == 0 or text[toks[nxt - 1].end:toks[nxt].start].strip() != "(":
        return None
    for j in range(nxt, min(nxt + GLOSS_WORDS, len(toks) - 1)):
        if text[toks[j].end:toks[j + 1].start].strip() == ")":
            return j + 1 if joins(idx, j + 1) and j + 1 not in idx.cues else None
        if not idx.same_clause(j, j + 1):
            return None
    return None


def after_gloss(idx: ClaimIndex, j: int) -> bool:
    """The «و» at token ``j`` follows a gloss in brackets of the name before it (:func:`past_name`)."""
    toks, text = idx.doc.tokens, idx.doc.text
    if j < 2 or text[toks[j - 1].end:toks[j].start].strip() != ")":
        return False
    return any(_past_gloss(idx, k) == j for k in range(max(j - GLOSS_WORDS, 1), j))


def _genitive(idx: ClaimIndex, k: int) -> bool:
    """The definite word at token ``k`` is the genitive of the noun before it (which has no article:
    «مسلحي العشائر», «سكان القرية»), and «و» with a counted item follows it in its clause; a word
    for people, a force, a casualty word, a figure or a date there is none."""
    toks = idx.doc.tokens
    if k + 1 >= len(toks) or not toks[k].text.startswith(ARTICLE) or toks[k - 1].text.startswith(ARTICLE) \
            or k in idx.people or k in idx.cues or k in idx.quantities or k in idx.quantity_ends \
            or k in date_tokens(idx) or not joins(idx, k + 1) or not idx.same_clause(k - 1, k + 1):
        return False
    item = conjunct(idx, k + 1)
    return (item in idx.quantities or item in idx.people) and idx.same_clause(k, item)


def one_heading_list(idx: ClaimIndex, k: int, first: int) -> int | None:
    """The token of a singular noun for one person (a name perhaps after it) right before the «و» that
    opens the figure at token ``k``, after token ``first``: the first item of a list of victims before
    their verb («لقي ضابط وأربعة جنود مصرعهم»); else None."""
    toks = idx.doc.tokens
    if not joined_by_and(toks[k].text):
        return None
    for j in range(k - 1, max(k - NAME_WORDS - 4, first, -1), -1):
        person = idx.people.get(j)
        if person is None or person.entry.get("type") == "group":
            continue  # «القيادي في الجماعة سالم العدني وأربعة»: the group he is of
        if COUNT.get(person.entry.get("number")) != 1 or person.entry.get("type") != "person" or not idx.same_clause(j, k):
            return None
        if first < 0 and not _opens_list(idx, j):
            return None
        nxt = idx.tok(read_party(idx, j, stop=k)[1])
        return j if nxt == k or past_name(idx, nxt, person) == k else None
    return None


def _opens_list(idx: ClaimIndex, j: int) -> bool:
    """The list's first item at token ``j`` opens its clause («إن ضابطا وثلاثة جنود قتلوا») or follows
    «لقي» («لقي القيادي في الجماعة سالم العدني وأربعة من مرافقيه مصرعهم»), so it is no object of another
    verb («قتل مزارع و3 جنود أصيبوا»: the farmer is the object of «قتل»)."""
    if j == 0 or not idx.same_clause(j - 1, j) or complementiser(idx, j - 1):
        return True
    word, met = idx.doc.tokens[j - 1].text, idx.words.get("met", frozenset())
    return word in met or conjoined(word) and word[1:] in met


def met_before(idx: ClaimIndex, ti: int) -> int:
    """The token of «لقي» (claim_words.tsv role ``met``) that the casualty word at ``ti``
    («مصرعهم», «حتفهم») is the object of, within eight words of its sentence and no other
    casualty word between; else -1."""
    toks, met = idx.doc.tokens, idx.words.get("met", frozenset())
    for k in range(ti - 1, max(ti - 9, -1), -1):
        if toks[k].sentence != toks[ti].sentence or k in idx.cues:
            return -1
        word = toks[k].text
        if word in met or conjoined(word) and word[1:] in met:
            return k
    return -1
