"""Forces named by a word for forces and an adjective of origin: «القوات الأوكرانية», «قوات
إثيوبية», «القوات الجوية». A state's armed forces are named so, whatever state: the adjective
agrees with «قوات» (a feminine singular in its definiteness). Adjectives of a people, a creed or
a stance («القوات الكردية», «القوات الموالية», claim_words.tsv role ``not_state``) name no state."""

from __future__ import annotations

import functools
import re

from waqia.core.document import Document
from waqia.core.lexicon import Entry, Match
from waqia.core.morphology import (
    ARTICLE,
    FEMININE,
    INFLECTIONS,
    LAM,
    LAM_ARTICLE,
    NISBA_SINGULAR,
    PREFIXES,
    conjoined,
    definite,
    nisba,
    without_article,
)
from waqia.stages.claims.search import search_words, tokens_holding

#: a number in figures (the search of :func:`numbered_units`)
_DIGITS = re.compile(r"(?<!\d)\d+")

STATE = {"category": "state_forces", "type": "group", "strength": "2"}
#: the proclitics, longest first (sorted once, not per unit read, #14)
_LONGEST_FIRST = tuple(sorted(PREFIXES, key=len, reverse=True))
#: the feminine endings of an adjective of origin (those of a nisba longer than one letter)
_FEMININE = tuple(e for e in NISBA_SINGULAR if len(e) > 1)


def national_forces(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match],
                    at: list[int] | None = None) -> None:
    """Add to ``people`` (token index -> match) each «قوات» + an adjective of origin not matched yet
    (``at``: :func:`head_tokens` of the document, when the caller has them)."""
    toks = doc.tokens
    heads, stances = words.get("forces", frozenset()), words.get("not_state", frozenset())
    feminine = _FEMININE
    for j in head_tokens(doc, heads) if at is None else at:
        if j >= len(toks) - 1 or j in people or j + 1 in people or toks[j].sentence != toks[j + 1].sentence:
            continue
        word, adj = toks[j].text, toks[j + 1].text
        head = word[1:] if conjoined(word) and word not in heads else word
        if head not in heads and ARTICLE + head not in heads or not nisba(adj) or not adj.endswith(feminine):
            continue
        if definite(head) != definite(adj) or without_article(adj) in stances:
            continue
        if doc.text[toks[j].end:toks[j + 1].start].strip():
            continue  # «قوات، سورية»: punctuation between, no phrase
        start = toks[j].start + len(word) - len(head)
        form = doc.text[start:toks[j + 1].end]
        entry = Entry("actor_terms", form, form, False, dict(STATE))
        people[j] = Match(start, toks[j + 1].end, entry, word[:len(word) - len(head)], "actor_terms",
                          toks[j].start)


def numbered_units(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match]) -> None:
    """«اللواء 52», «الفرقة 17», «للفوج 22»: a unit of an army named by its number in figures
    (claim_words.tsv role ``unit`` or ``force``) is a state's: the state's forces. Not in quotes, not after a
    name («لواء "الفتح"» names a group by its word)."""
    toks = doc.tokens
    units = words.get("unit", frozenset()) | words.get("force", frozenset())  # «الكتيبة 17», «الوحدة 8200»
    for j in tokens_holding(doc, search_words(units)):  # only the tokens that hold a unit's word (#14)
        if j + 1 >= len(toks) or _DIGITS.search(toks[j + 1].text) is None:
            continue  # no number in figures right after it
        if j in people or toks[j].sentence != toks[j + 1].sentence or not toks[j + 1].text.isdigit():
            continue
        word = toks[j].text
        cut = _unit_cut(word, units)
        if cut is None or doc.text[toks[j].end:toks[j + 1].start].strip():
            continue
        form = doc.text[toks[j].start + cut:toks[j + 1].end]
        entry = Entry("actor_terms", form, form, False, dict(STATE))
        people[j] = Match(toks[j].start + cut, toks[j + 1].end, entry, word[:cut], "actor_terms", toks[j].start)


@functools.lru_cache(maxsize=4096)
def _unit_cut(word: str, units: frozenset[str]) -> int | None:
    """How many letters of proclitics stand before a unit's word in ``word`` («للفوج»: 2), the
    longest chain first; None when ``word`` is no unit's (cached per written form, #14)."""
    return next((len(p) for p in _LONGEST_FIRST if word.startswith(p) and word[len(p):] in units), None)


def head_tokens(doc: Document, heads: frozenset[str]) -> list[int]:
    """The tokens, in text order, that hold a word for forces with or without its article: the only
    ones :func:`national_forces` and :func:`unnamed_forces` read, found by a search of the text, not a
    loop over its tokens (#14)."""
    return tokens_holding(doc, _head_words(heads))


@functools.lru_cache(maxsize=4)
def _head_words(heads: frozenset[str]) -> tuple[str, ...]:
    """The words to search for a head word, its article or not («القوات», «قوات», «والقوات»)."""
    return search_words(heads | {h[len(ARTICLE):] for h in heads if h.startswith(ARTICLE)})


def loyal_forces(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match]) -> None:
    """«المسلحين الموالين للحكومة», «القوات الموالية للنظام»: men or a force loyal to their own
    state (a word of loyalty, actor_roles.tsv role ``patron``, then the state's forces or a word for
    the government, claim_words.tsv role ``government``) fight for it: the state's side. Loyal to
    another state or to a group («الموالية لإيران», «الموالية لداعش»), they keep their own."""
    toks = doc.tokens
    patrons = {doc.token_index(m.start) for m in doc.matches_of("actor_roles")
               if m.entry.attrs.get("role") == "patron"}
    if not patrons:
        return  # no word of loyalty: nothing to read (#14)
    ends = {doc.token_index(m.end - 1): i for i, m in people.items()}
    forces = words.get("forces", frozenset())
    forces |= {without_article(w) for w in forces}  # «القوات» and «قوات»
    for p in sorted(patrons):
        if not 1 <= p < len(toks) - 1 or toks[p].sentence != toks[p + 1].sentence or not (
                _to_state(doc, words, people, p + 1) or _to_listed_state(doc, words, people, ends, p)):
            continue
        head = ends.get(p - 1)
        if head is None and p >= 2 and nisba(toks[p - 1].text) and p - 1 not in people:
            head = ends.get(p - 2)  # «الميليشيا المحلية الموالية للجيش»: past an adjective
        end = people[p + 1].end if p + 1 in people else toks[p + 1].end
        if head is None and toks[p - 1].text in forces:
            # «القوات الموالية للحكومة»: forces of no side but by the word of loyalty
            entry = Entry("actor_terms", toks[p - 1].text, toks[p - 1].text, False, dict(STATE))
            people[p - 1] = Match(toks[p - 1].start, end, entry, "", "actor_terms", toks[p - 1].start)
            continue
        if head is None or people[head].entry.attrs.get("type") not in ("group", "person"):
            continue
        m = people[head]
        entry = Entry(m.entry.concept, m.entry.form, m.entry.key, m.entry.stem, {**m.entry.attrs, **STATE,
                      "type": m.entry.get("type")}, m.entry.line)
        people[head] = Match(m.start, end, entry, m.prefix, m.concept, m.word_start)


def _to_state(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match], k: int) -> bool:
    """Token ``k`` is «ل» + the state's forces or a word for the government («للجيش», «للحكومة»)."""
    word = doc.tokens[k].text
    if not word.startswith(LAM):
        return False
    if k in people:
        return people[k].entry.attrs.get("category") == "state_forces"
    bare = ARTICLE + word[len(LAM_ARTICLE):] if word.startswith(LAM_ARTICLE) else word[1:]
    return bare in words.get("government", ())


def _to_listed_state(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match],
                     ends: dict[int, int], p: int) -> bool:
    """«قوات النظام والمسلحين الموالين لها»: the word of loyalty at ``p`` takes a pronoun for the
    state's force listed right before its head by «و»."""
    toks = doc.tokens
    if toks[p + 1].text not in words.get("to_it", ()):
        return False
    head = ends.get(p - 1)
    if head is None or not conjoined(toks[head].text) or head < 1:
        return False
    before = ends.get(head - 1)
    return before is not None and people[before].entry.attrs.get("category") == "state_forces"


def unnamed_forces(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match],
                   at: list[int] | None = None) -> None:
    """«4 من قوات بعثة الاتحاد الأفريقي»: «قوات» after «من» that no side's name or adjective has
    claimed (read after the others) names forces of no known side: the victims so named are men of
    a force, not the civilians of the default, and their side is not known (``unknown``).

    Only the tokens that hold a word for forces are read (``at``: :func:`head_tokens`, #14)."""
    toks, of = doc.tokens, words.get("of", frozenset())
    heads = words.get("forces", frozenset())
    forces = _with_bare(heads)
    covered: set[int] | None = None  # the tokens of the people read before this rule, on first need
    for j in head_tokens(doc, heads) if at is None else at:
        if not 1 <= j < len(toks) or toks[j].text not in forces or toks[j - 1].text not in of or j in people:
            continue
        if covered is None:
            covered = {doc.token_index(t) for m in people.values() for t in (m.start, max(m.end - 1, m.start))}
        if j not in covered:
            entry = Entry("actor_terms", toks[j].text, toks[j].text, False,
                          {"category": "unknown", "type": "group", "strength": "0"})
            people[j] = Match(toks[j].start, toks[j].end, entry, "", "actor_terms", toks[j].start)


@functools.lru_cache(maxsize=4)
def _with_bare(heads: frozenset[str]) -> frozenset[str]:
    """The words for forces with and without their article («القوات» and «قوات»)."""
    return heads | {without_article(w) for w in heads}


#: the endings of number and case a noun for people drops to its stem («متطوعين», «المتطوعون»), longest first
_PERSON_ENDINGS = tuple(sorted({s for s, _ in INFLECTIONS["person"] if s}, key=len, reverse=True))


def echoed_forces(doc: Document, people: dict[int, Match], words: dict[str, frozenset[str]]) -> None:
    """«المتطوعين للدفاع عن الوطن ... أربعة متطوعين قتلوا»: a noun for people of no armed side (actor_terms
    flag ``echo``) stands for the force of a side named earlier in the article by a name that opens
    with the same word, or by the same noun said to support the state («المتطوعين الداعمين للجيش»,
    :func:`_supporting`); it takes that force's side."""
    echoes = [j for j, m in people.items() if "echo" in m.entry.get("flags").split()]
    if not echoes:
        return
    named = sorted([(m.start, _stem(doc.tokens[j].text), m.entry.get("category")) for j, m in people.items()
                    if m.entry.attrs.get("category") in ("state_forces", "armed_group")]
                   + _supporting(doc, words, people, echoes) + _of_force(doc, people, echoes))
    toks, own = doc.tokens, words.get("of", frozenset()) | words.get("in", frozenset())
    for j in echoes:
        m = people[j]
        after = doc.token_index(m.end - 1) + 1
        if after < len(toks) and toks[after].text in own and toks[after].sentence == toks[j].sentence:
            continue  # «متطوعين من الهلال الأحمر»: the words after them say whose they are
        side = [c for start, stem, c in named if start < m.start and stem == _stem(toks[j].text)]
        if side:
            entry = Entry(m.entry.concept, m.entry.form, m.entry.key, m.entry.stem,
                          {**m.entry.attrs, "category": side[-1], "strength": "1"}, m.entry.line)
            people[j] = Match(m.start, m.end, entry, m.prefix, m.concept, m.word_start)


def _of_force(doc: Document, people: dict[int, Match], echoes: list[int]) -> list[tuple[int, str, str]]:
    """«مرتزقة الدعم السريع»: a noun flagged echo with a force right after it in construct is named as
    that force's men; the same noun alone later in the article stands for them."""
    out = []
    for j in echoes:
        m = people[j]
        force = people.get(doc.token_index(m.end - 1) + 1)
        side = force.entry.attrs.get("category") if force is not None and force.entry.attrs.get("type") == "group" else None
        if side in ("state_forces", "armed_group"):
            out.append((m.start, _stem(doc.tokens[j].text), side))
    return out


#: a sound plural in construct drops its final letter («متطوعي الدفاع», «متطوعو الدفاع»)
_CONSTRUCT_ENDINGS = tuple(s[:-1] for s, number in INFLECTIONS["person"] if number == "pl")


def _stem(word: str) -> str:
    """``word`` without its proclitics, its article and an ending of number or case, or of a plural in construct
    («بمتطوعي الدفاع عن الوطن» ... «اثنين من المتطوعين»: one stem)."""
    w = without_article(next((word[len(p):] for p in _LONGEST_FIRST if p and word.startswith(p)
                              and len(word) - len(p) > 3), word))
    return next((w[:-len(e)] for e in _PERSON_ENDINGS + _CONSTRUCT_ENDINGS if w.endswith(e) and len(w) - len(e) >= 3), w)


def _supporting(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match],
                echoes: list[int]) -> list[tuple[int, str, str]]:
    """The nouns of ``echoes`` followed by a participle of support or loyalty (claim_words.tsv role
    ``support``, actor_roles.tsv role ``patron``) and «ل» + a force of a side or the government
    («المتطوعين الداعمين للجيش», «متطوعين موالين للحكومة», «الداعمين للمعارضة»): as (start, stem,
    side) of the side's men they name."""
    toks, support = doc.tokens, words.get("support", frozenset())
    patrons = {doc.token_index(m.start) for m in doc.matches_of("actor_roles") if m.entry.attrs.get("role") == "patron"}
    out = []
    for j in echoes:
        m = people[j]
        p = doc.token_index(m.end - 1) + 1
        if p + 1 >= len(toks) or toks[p].text not in support and p not in patrons \
                or toks[p].sentence != toks[p + 1].sentence or not toks[p + 1].text.startswith(LAM):
            continue
        force = people.get(p + 1)
        side = force.entry.get("category") if force is not None else None
        if side in ("state_forces", "armed_group") or force is None and _to_state(doc, words, people, p + 1):
            out.append((m.start, _stem(toks[j].text), side or "state_forces"))
    return out


def bodies(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match], kinds: dict[str, str]) -> None:
    """«بينها جثة الانتحارية»: after a word for one body (claim_words.tsv role ``body``), the feminine of a
    singular noun for a person of a side (``kinds``: :func:`waqia.stages.claims.index.kind_nouns`) names
    the woman whose body it is; added to ``people`` as one person of that side."""
    toks, body = doc.tokens, words.get("body", frozenset())
    for j in tokens_holding(doc, search_words(body)):
        if j + 1 >= len(toks) or toks[j].text not in body or j + 1 in people or toks[j].sentence != toks[j + 1].sentence:
            continue
        word = toks[j + 1].text
        side = kinds.get(without_article(word)[:-1]) if word.endswith(FEMININE) else None
        if side is not None:
            entry = Entry("actor_terms", word, word, False, {"category": side, "type": "person", "number": "sg",
                                                             "strength": "1"})
            people[j + 1] = Match(toks[j + 1].start, toks[j + 1].end, entry, "", "actor_terms", toks[j + 1].start)


def military_schools(doc: Document, words: dict[str, frozenset[str]], people: dict[int, Match]) -> None:
    """«طلاب الكلية الحربية», «من الأكاديمية العسكرية»: a school or academy (claim_words.tsv role ``academy``)
    with an adjective of role ``military`` right after it is the state's forces; its students are cadets."""
    schools, military, toks = words.get("academy", frozenset()), words.get("military", frozenset()), doc.tokens
    for j in tokens_holding(doc, search_words(schools)):
        if j + 1 >= len(toks) or j in people or toks[j + 1].text not in military \
                or toks[j].sentence != toks[j + 1].sentence or doc.text[toks[j].end:toks[j + 1].start].strip():
            continue
        cut = _unit_cut(toks[j].text, schools)
        if cut is not None:
            form = doc.text[toks[j].start + cut:toks[j + 1].end]
            entry = Entry("actor_terms", form, form, False, dict(STATE))
            people[j] = Match(toks[j].start + cut, toks[j + 1].end, entry, toks[j].text[:cut], "actor_terms",
                              toks[j].start)
