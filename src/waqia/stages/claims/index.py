"""The lookups by token of one document for the claims stage: :func:`build_index` builds the
:class:`~waqia.stages.claims.context.ClaimIndex`, reading each concept of the ``matches`` layer once
(:meth:`~waqia.core.document.Document.matches_of`, #14), and the lexicon's word sets once per lexicon."""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon, Match, longest
from waqia.core.morphology import (
    ACCUSATIVE,
    ARTICLE,
    NISBA_ACCUSATIVE,
    OBLIQUE,
    conjoined,
    definite,
    nisba,
    vowelled_dual,
)
from waqia.stages.claims.compare import compared
from waqia.stages.claims.context import CLAUSE_BREAK, HARD_BREAK, ClaimIndex, background_dates, without
from waqia.stages.claims.forces import (
    bodies,
    echoed_forces,
    head_tokens,
    loyal_forces,
    military_schools,
    national_forces,
    numbered_units,
    unnamed_forces,
)

#: marks that set a bare name apart as a name («حركة "الشباب"», «(الشباب)»), as stages/actors.py reads them
QUOTES = ("\"", "“", "”", "«", "»", "'", "(", "[")


#: flags of claim_words.tsv that list a row under a second role of that name (claims/recalled.py)
_FLAG_ROLES = frozenset({"when", "week", "during_it", "spent", "armour", "moment", "denied"})


@functools.lru_cache(maxsize=4)
def claim_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """``claim_words.tsv`` by role: the function words the claims stage reads by position; the
    forms with an object pronoun also under ``role:pronoun`` («كبدتهم»: inflict:pronoun); the entries of
    flag ``occur`` also under ``occur``, of flag ``long`` under ``span``, of flag ``short`` under ``hours``."""
    out: dict[str, set[str]] = {}
    for e in lexicon.concept("claim_words"):
        out.setdefault(e.get("role"), set()).add(e.key)
        if "possessive" in e.get("flags"):
            out.setdefault(e.get("role") + ":pronoun", set()).add(e.key)
        if "occur" in e.get("flags").split():  # «وقوع»: a noun of occurrence listed under another role
            out.setdefault("occur", set()).add(e.key)
        if "suspicion" in e.get("flags").split():  # «يشتبه»: a clause of suspicion on people of no kind (claims/owners.py)
            out.setdefault("suspicion", set()).add(e.key)
        if "whereas" in e.get("flags").split():  # «فيما»: a clause of contrast, of other victims (claims/mixed.py)
            out.setdefault("whereas", set()).add(e.key)
        if "long" in e.get("flags").split():  # «أسبوعين»: a unit of time longer than a day (claims/background.py)
            out.setdefault("span", set()).add(e.key)
        if "short" in e.get("flags").split():  # «الساعات»: a unit of time within the day (claims/background.py)
            out.setdefault("hours", set()).add(e.key)
        for flag in _FLAG_ROLES.intersection(e.get("flags").split()):  # «حين» is adverbial and opens a clause of when
            out.setdefault(flag, set()).add(e.key)
    return {role: frozenset(words) for role, words in out.items()}


def build_index(doc: Document, lexicon: Lexicon) -> ClaimIndex:
    qs = list(doc.layer("numbers"))
    quantities = {doc.token_index(q.start): q for q in qs}
    quantity_ends = {doc.token_index(max(q.end - 1, q.start)): q for q in qs}
    people: dict[int, Match] = {}
    cues: dict[int, Match] = {}
    blockers: dict[int, str] = {}
    terms = longest(doc.matches_of("actor_terms"))
    doubtful = [("ambiguous" in m.entry.get("flags")) for m in terms]  # each entry's flags read once (#14)
    full = {m.entry.get("name") for m, amb in zip(terms, doubtful) if not amb}
    words = claim_words(lexicon)
    for m, amb in zip(terms, doubtful):
        if amb and " " not in m.entry.key and m.entry.get("name") not in full and not _quoted(doc, m) \
                and not _members_of(doc, m, words):
            continue  # «من فئة الشباب»: the youth, not the group, unless the article names it in full
            # (a name of two words, «قوات الدعم», is a force's all the same)
        people.setdefault(doc.token_index(m.start), m)
    party_stops: dict[int, str] = {}
    for m in doc.matches_of("party_stops"):
        ti, why = doc.token_index(m.start), m.entry.get("why")
        if why == "side" or ti not in party_stops:
            party_stops[ti] = why
    for m in doc.matches_of("casualty_terms"):
        cues.setdefault(doc.token_index(m.start), m)
    for m in doc.matches_of("claim_blockers"):
        if m.entry.attrs.get("effect") == "still":
            blockers[doc.token_index(m.start)] = "still"  # read after the figure, from its first word
        else:
            blockers[doc.token_index(m.end - 1)] = m.entry.get("effect")
    _named_senses(doc, cues, blockers)
    _things_adjectives(doc, people, cues, quantity_ends)
    _vowelled_duals(doc, people)
    past, since, ahead, responses, reports, wars = _background(doc)
    past += background_dates(doc)
    past += _since_gone(doc, since, past)
    _without(doc, cues, blockers, words)
    heads = head_tokens(doc, words.get("forces", frozenset()))  # read by two rules: searched once (#14)
    national_forces(doc, words, people, heads)
    numbered_units(doc, words, people)
    military_schools(doc, words, people)
    loyal_forces(doc, words, people)
    unnamed_forces(doc, words, people, heads)
    echoed_forces(doc, people, words)
    kinds = kind_nouns(lexicon)
    bodies(doc, words, people, kinds)
    perpetrators = {doc.token_index(m.end) for m in doc.matches_of("actor_roles")
                    if m.entry.attrs.get("role") == "initiator"}
    return ClaimIndex(doc, quantities, quantity_ends, people, cues, blockers, party_stops, past, since, perpetrators,
                      ahead, words=words, reports=reports, wars=wars, responses=responses, kinds=kinds,
                      asides=same_time(doc, words))


def same_time(doc: Document, words: dict[str, frozenset[str]]) -> set[int]:
    """«في نفس الليلة», «في اليوم نفسه», «صباح اليوم ذاته»: a time of the story told back, no date the dates layer
    reads (claim_words.tsv role ``moment`` with «نفس»/«ذات» before it, role ``same_of``, or «نفسه»/«ذاته» after it,
    role ``same``), and the «في» or «خلال» before it: an aside of time, as a date is (claims/context.date_tokens)."""
    toks, out = doc.tokens, set[int]()
    moment, before, after = words.get("moment", frozenset()), words.get("same_of", frozenset()), words.get("same", frozenset())
    opens = words.get("in", frozenset()) | words.get("during", frozenset()) | words.get("adverbial", frozenset())
    for j in range(len(toks) - 1):
        if toks[j].sentence != toks[j + 1].sentence or toks[j + 1].text not in moment and toks[j].text not in moment:
            continue
        if toks[j].text in before and toks[j + 1].text in moment or toks[j].text in moment and toks[j + 1].text in after:
            first = j - 1 if j > 0 and toks[j - 1].sentence == toks[j].sentence and toks[j - 1].text in opens else j
            out.update(range(first, j + 2))
    return out


def _things_adjectives(doc: Document, people: dict[int, Match], cues: dict[int, Match], figures: dict[int, Any]) -> None:
    """«يرتدون زيا عسكريا», «زيا أمنيا»: a nisba of a person noun («عسكري», «أمني») in the indefinite
    accusative right after an indefinite accusative that is no person, figure or casualty word is the
    adjective of a thing, not a person: dropped from ``people``."""
    toks = doc.tokens
    for ti, m in list(people.items()):
        word = toks[ti].text
        if ti == 0 or m.entry.attrs.get("type") != "person" or not word.endswith(NISBA_ACCUSATIVE) or not nisba(word):
            continue
        prev = toks[ti - 1].text
        if prev.endswith(ACCUSATIVE) and not definite(prev) and ti - 1 not in people and ti - 1 not in cues and ti - 1 not in figures \
                and toks[ti - 1].sentence == toks[ti].sentence and not doc.text[toks[ti - 1].end:toks[ti].start].strip():
            del people[ti]


def _vowelled_duals(doc: Document, people: dict[int, Match]) -> None:
    """«استشهاد مقاومَين»: a person noun read as the sound plural («ين») whose original writes a fatha
    before the ending is a dual (:func:`~waqia.core.morphology.vowelled_dual`): counted two."""
    if not doc.norm.offsets.points:
        return  # no mark in the article
    for ti, m in list(people.items()):
        if m.entry.get("number") == "pl" and m.entry.get("type") == "person" and m.entry.key.endswith(OBLIQUE) \
                and vowelled_dual(doc.original_text(m.start, m.end)):
            people[ti] = m._replace(entry=dataclasses.replace(m.entry, attrs={**m.entry.attrs, "number": "du"}))


#: how many words after «دون» a loss it denies may stand («دون أن يسفر القصف عن خسائر»)
DENIED_REACH = 6
SINCE_REACH = 12  # words from «منذ» to the time gone it names


def _without(doc: Document, cues: dict[int, Match], blockers: dict[int, str], words: dict[str, frozenset[str]]) -> None:
    """«دون خسائر», «دون أن تسفر عن إصابات»: a casualty word that «دون» governs tells a loss that did
    not happen; it is blocked as «عدم وقوع إصابات» is.  Only «أن», «عن», «إلى», nouns of occurrence, verbs of
    telling or leading in the present («دون أن تشير إلى وقوع ضحايا», «دون أن يؤدي ذلك إلى سقوط قتلى»:
    ``claim_words.tsv`` roles ``denied`` and ``to``), a verb of result or of telling and its definite subject
    («دون أن تشير المصادر إلى») may stand between: «دون سابق إنذار وقتلوا ستة», «دون إيضاح أسباب اعتقاله» tell what did happen."""
    toks = doc.tokens
    path = words.get("denied", frozenset()) | words.get("to", frozenset())
    result = words.get("result", frozenset())
    for k in without(doc):
        for j in range(k + 1, min(k + 1 + DENIED_REACH, len(toks))):
            if j in cues and toks[j].sentence == toks[k].sentence:
                blockers.setdefault(j - 1, "none")
                _denied_too(doc, cues, blockers, words, j)
                break
            w = toks[j].text
            if toks[j].sentence != toks[k].sentence or not CLAUSE_BREAK.isdisjoint(doc.text[toks[j - 1].end:toks[j].start]) \
                    or not (w in path or w in result or toks[j - 1].text in (result | path) and w.startswith(ARTICLE)):
                break


def _denied_too(doc: Document, cues: dict[int, Match], blockers: dict[int, str], words: dict[str, frozenset[str]],
                j: int) -> None:
    """«دون أن يسفر عن سقوط قتلى أو جرحى», «دون وقوع قتلى وجرحى»: the casualty words joined by «أو» (claim_words.tsv
    role ``or``) or «و» to the denied one at token ``j``, in its clause, are denied with it."""
    toks, either = doc.tokens, words.get("or", frozenset())
    while j + 1 < len(toks) and toks[j + 1].sentence == toks[j].sentence \
            and CLAUSE_BREAK.isdisjoint(doc.text[toks[j].end:toks[j + 1].start]):
        if j + 1 in cues and not conjoined(toks[j + 1].text):
            j += 1  # «سقوط قتلى»: the loss after its word of occurrence, denied with it
        elif j + 1 in cues:
            blockers.setdefault(j, "none")
            j += 1
        elif toks[j + 1].text in either and j + 2 in cues and toks[j + 2].sentence == toks[j].sentence:
            blockers.setdefault(j + 1, "none")
            j += 2
        else:
            return


def _members_of(doc: Document, m: Match, words: dict[str, frozenset[str]]) -> bool:
    """«مقتل 3 من عناصر الشباب»: a noun for members (claim_words.tsv role ``members``) right before the name that
    is also a common noun makes it the group's («عناصر الشباب» are no youth)."""
    k = doc.token_index(m.start)
    return k > 0 and doc.tokens[k - 1].text in words.get("members", ()) and doc.tokens[k - 1].sentence == doc.tokens[k].sentence


def _quoted(doc: Document, m: Match) -> bool:
    """A name set apart by a quotation mark or a bracket right before it («حركة "الشباب"»)."""
    at = m.start - len(m.prefix)
    return doc.text[max(at - 1, 0):at] in QUOTES


def _since_gone(doc: Document, since: list[int], past: list[int]) -> list[int]:
    """«إن المئات قتلوا منذ انشقاق قائد المليشيا وانضمامه إلى الجيش في أكتوبر الماضي»: a «منذ» whose phrase
    names a time gone (a cue of the past within :data:`SINCE_REACH` words after it, in its sentence, no full stop
    between) counts from then: a cue of the past itself, so the toll it bounds is a running total even when that
    time stands far from the figure.  «منذ صباح أمس» names no time gone; «الأعنف منذ العام الماضي» compares
    (no cue of the past)."""
    toks = doc.tokens
    return [k for k in since if any(k < p <= k + SINCE_REACH and toks[p].sentence == toks[k].sentence
                                    and not HARD_BREAK.search(doc.text, toks[k].end, toks[p].start) for p in past)]


def _background(doc: Document) -> tuple[list[int], list[int], list[int], list[int], set[int], set[int]]:
    """The tokens of the background cues by type: the past, «منذ» (not of an event still going on),
    threats and conditions, responses, «منذ» dating a saying, wars."""
    past: list[int] = []
    since: list[int] = []
    ongoing: set[int] = set()
    ahead: list[int] = []
    responses: list[int] = []
    reports: set[int] = set()
    wars: set[int] = set()
    cues = doc.matches_of("background_cues")
    exceptive = {m.start for m in cues if m.entry.get("type") == "exceptive"}  # «لم يبق ... سوى»: no negation
    compares = compared(doc)  # «هو الأعنف منذ سنوات»: a comparison, no time gone
    for m in cues:
        kind = m.entry.get("type")
        if kind in ("past", "general") and m.start not in compares:
            past.append(doc.token_index(m.start))
        elif kind == "hypothetical" or kind == "negation" and m.start not in exceptive:
            ahead.append(doc.token_index(m.start))
        elif kind == "response":
            responses.append(doc.token_index(m.start))
        elif kind == "since":
            since.append(doc.token_index(m.start))
            if m.entry.attrs.get("reading") == "report":
                reports.add(doc.token_index(m.start))
        elif m.entry.attrs.get("reading") == "war":
            wars.add(doc.token_index(m.start))
        elif kind == "ongoing":
            ongoing.add(doc.token_index(m.end - 1))  # «المستمرة منذ أيام»: the event told, still going on
    return past, [k for k in since if k not in ongoing], ahead, responses, reports, wars


@functools.lru_cache(maxsize=4)
def kind_nouns(lexicon: Lexicon) -> dict[str, str]:
    """The singular person nouns of a side in ``actor_terms.tsv`` (inflect ``person``: «تكفيري»,
    «مسلح») by their side: their feminine is an adjective of that side («عناصر تكفيرية»)."""
    return {e.key: e.get("category") for e in lexicon.concept("actor_terms")
            if e.get("inflect") == "person" and e.get("category") in ("state_forces", "armed_group")}


def _named_senses(doc: Document, cues: dict[int, Match], blockers: dict[int, str]) -> None:
    """«دعت الأطراف إلى ضبط النفس»: a casualty word inside a phrase that names something else
    (negative_topics.tsv topic ``name``: restraint, not a seizure) takes no victims; it is blocked as a
    denied one is (claim_blockers effect ``none``, read right before the casualty word)."""
    for m in doc.matches_of("negative_topics"):
        if m.entry.get("topic") != "name":
            continue
        for ti in range(doc.token_index(m.start), doc.token_index(m.end - 1) + 1):
            if ti in cues and ti > 0:
                blockers.setdefault(ti - 1, "none")
