"""The victims named before their verb in a reported clause: «إن عنصرين من الفرقة الرابعة قتلا»,
«أن 9 مدنيين بينهم 3 أطفال قتلوا», «إن عنصرا من جهاز الأمن العام قتل وأصيب اثنان آخران» (#10).

The subject of the clause after «إن», «أن», «بأن» is the noun phrase right after it: a counted noun
(one, two) or a figure, its owner («من X»), its adjectives and a subset («بينهم Y»); the verb that
closes it tells what befell them."""

from __future__ import annotations

import dataclasses
import re

from waqia.core.lexicon import Match
from waqia.core.morphology import (
    AND,
    ARTICLE,
    AT,
    DUAL_NOMINATIVE,
    OBLIQUE,
    PLURAL_NOMINATIVE,
    PREPOSITIONS,
    conjoined,
    has_article,
    joined_by_and,
    nisba,
)
from waqia.output import Claim, Party
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import (
    CLAUSE_BREAK,
    ClaimIndex,
    blocked,
    complementiser,
    date_tokens,
    only_dates_between,
)
from waqia.stages.claims.estimate import estimated_subject
from waqia.stages.claims.parts import next_part, with_parts
from waqia.stages.claims.party import read_party
from waqia.stages.claims.rules import replace_party
from waqia.stages.claims.totals import between_kinds
from waqia.stages.numbers.stage import Quantity

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
        if k in idx.cues or k in idx.quantities or not (idx.same_clause(k, ti) or _glossed(idx, k, ti)):
            return None
        if complementiser(idx, k):
            person = idx.people.get(k + 1)
            if k + 1 == ti or person is None or person.entry.attrs.get("number") not in COUNT or has_article(person.prefix) \
                    or person.entry.attrs.get("type") not in ("person", "other"):
                return None
            return k + 1
    return None


#: a gloss in brackets after a name: one to three words of letters («قوات التعبئة (الباسيج)», «(فرونتير كور)»)
_GLOSS = re.compile(rf"\((?!{AND})[^\W\d_]+(?: [^\W\d_]+){{0,2}}\)")  # no clause joined by «و»


def _glossed(idx: ClaimIndex, a: int, b: int) -> bool:
    """Between token ``a`` and token ``b`` of one sentence the only break is a gloss in brackets: the name said again
    in other words, no clause of its own («أن عنصرين من قوات التعبئة (الباسيج) أصيبا»)."""
    toks, text = idx.doc.tokens, idx.doc.text
    start = text.rfind("(", 0, toks[a].start) if _in_gloss(idx, a) else toks[a].end
    if toks[a].sentence != toks[b].sentence or "(" not in text[start:toks[b].start]:
        return False
    return not any(ch in CLAUSE_BREAK for ch in _GLOSS.sub(" ", text[start:toks[b].start]))


def _in_gloss(idx: ClaimIndex, j: int) -> bool:
    """Token ``j`` stands inside a gloss in brackets."""
    text, toks = idx.doc.text, idx.doc.tokens
    opened = text.rfind("(", 0, toks[j].start)
    return opened >= 0 and text.rfind(")", 0, toks[j].start) < opened and _GLOSS.match(text, opened) is not None


def counted_subject(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The claims of the counted subject before the verb at token ``ti``: its parts joined by «و»
    add up («طفلا وامرأة قتلا» is two), its owner gives the side; none when the words between the
    subject and the verb are not all read as its own.  An attacking force is counted only by a figure."""
    k = subject_start(idx, ti)
    if m.entry.attrs.get("kind") == "participants" or k is None or k in used or blocked(idx, k):
        return []
    if not _whole_phrase(idx, k, ti):
        return []
    used.add(k)
    return with_parts(idx, m, None, k, used, count=COUNT[idx.people[k].entry.get("number")], stop=ti)


def force_before(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«إن مجموعة من مسلحي داعش هاجمت موقعا»: a verb of casualty_terms detail ``subject`` whose
    subject stands before it, as the figure (vague or not) of a noun for people that opens the clause
    after a complementiser and whose phrase runs up to the verb: the attacking force."""
    if m.entry.attrs.get("detail") != "subject":
        return []
    for k in range(ti - 1, max(ti - 1 - SUBJECT_REACH, -1), -1):
        if k in idx.cues or not idx.same_clause(k, ti):
            return []
        if complementiser(idx, k):
            q = idx.quantities.get(k + 1)
            if q is None or k + 1 in used or blocked(idx, k + 1):
                return []
            noun = idx.tok(q.end)
            if noun not in idx.people or not _whole_phrase(idx, noun, ti):
                return []
            used.add(k + 1)
            return with_parts(idx, m, q, k + 1, used, stop=ti)
    return []


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
        if tail + 2 <= GENITIVE_TAIL and j + 1 < ti and j + 1 not in idx.people and (
                toks[j].text in idx.words["in"] or toks[j].text in idx.words["of"] and _genitive_word(toks[j + 1].text)):
            tail, j = tail + 2, j + 2  # «حارسين ... في مقر الوزارة أصيبا»: where they were, a noun of any form;
            continue  # «جنديين من الكتيبة أصيبا»: the unit they are of, a definite noun
        if _in_gloss(idx, j):
            j += 1  # «(الباسيج)»: the side's name said again
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
    مسلحا», past an aside of time: «قضت مفرزة، أمس، على 3»); with none, only its subject right after it («قضى 3 أشخاص»), never another object
    («قضت المحكمة بسجن 5»). A verb of detail ``subject`` counts its subject right after it («هاجم
    نحو 100 مسلح»). Any other verb: from itself, its own reach (None)."""
    if m.entry.attrs.get("detail") not in ("on", "subject"):
        return ti, None
    if m.entry.attrs.get("detail") == "subject":
        return idx.tok(m.end - 1), 1  # «من طرف مئات الإرهابيين»: right after the cue's last word
    toks = idx.doc.tokens
    for k in range(ti + 1, min(ti + 1 + ON_REACH, len(toks))):
        if k in date_tokens(idx):
            continue  # «قضت مفرزة، أمس، على»: an aside of time set off by commas
        if not (idx.same_clause(ti, k) or only_dates_between(idx, ti, k)) or k in idx.quantities or k in idx.people \
                and idx.people[k].entry.attrs.get("type") != "group":
            break  # «قضى ثلاثة مدنيين في قصف على البلدة»: its subject first, the «على» of a place
        if toks[k].text in idx.words.get("on", ()):
            return k, 3
        if toks[k].text.startswith(AT + ARTICLE):
            break  # «قضت المحكمة بالسجن المؤبد على 8 متهمين»: a «ب» object, a ruling, its «على» whom it befell
    return ti, 1


def by_subject(idx: ClaimIndex, ti: int, m: Match, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """The claims of a verb at token ``ti`` read by where its subject stands: casualty_terms detail
    ``subject`` (:func:`_subject_only`) and ``lost`` (:func:`_lost`); any other verb's as found."""
    detail = m.entry.get("detail")
    if detail == "men":  # «خسرت 3 مواقع»: a loss of men only when people are named, or «بين قتيل وجريح»
        last = idx.tok(m.end - 1)  # «سقط العشرات بين قتيل وجريح»: the kinds of people after the figure
        if last + 1 in idx.quantities and between_kinds(idx, idx.tok(idx.quantities[last + 1].end - 1)):
            return found
        return [(c, p) for c, p in found if names_the_lost(idx, ti, c)]
    last = idx.tok(m.end - 1)
    if detail not in ("subject", "lost"):  # «قتل مدنيون يقدر عددهم بنحو 30»: the figure of the estimate
        sized = estimated_subject(idx, ti, m, last + 1) if len(found) == 1 and found[0][0].value is None else []
        return sized if sized and sized[0][0].value is not None else found
    k = last + 1 if last + 1 in idx.quantities or last + 1 in idx.people or any(  # past «نحو», «قرابة», never past
        t.text.startswith(ARTICLE) for t in idx.doc.tokens[last + 1:last + 2]) else last + 2  # a subject («القوات»)
    q = idx.quantities.get(k)
    if q is None and detail == "subject":  # «هاجم مسلحون يقدر عددهم بالعشرات»: the size after the subject
        return estimated_subject(idx, ti, m, k)
    return _subject_only(idx, q, found) if detail == "subject" else _lost(idx, ti, m, q, found)


def names_the_lost(idx: ClaimIndex, ti: int, c: Claim) -> bool:
    """A noun for people after the figure of claim ``c`` of the verb of loss at token ``ti`` names
    the lost («خسرت 11 من مقاتليها»), and so does «منهم» right after it, a pronoun of people only («حيدت 7
    منهم»: of the men named before); the verb's subject before it names none («خسرت القوات 3 مواقع»)."""
    if c.party.span is None:
        return False
    q = next((q for k, q in sorted(idx.quantities.items()) if k > ti and q.value == c.value), None)
    if q is None or idx.doc.normal_pos(c.party.span.start) >= q.end:
        return True
    last, them = idx.tok(q.end - 1), idx.words.get("them", ())  # «حيد عددا منهم»: the pronoun inside the figure
    return any(k < len(idx.doc.tokens) and idx.doc.tokens[k].text in them for k in (last, last + 1))


def _lost(idx: ClaimIndex, ti: int, m: Match, q: Quantity | None,
          found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """«فقد الجيش 4 من عناصره», «فقدت القوات 6 من مقاتليها»: the men a force lost after its
    subject, killed, only when a figure or a vague amount counts them and a noun for people names them
    («فقدت القوات 3 مواقع»: none; «فقد الجيش عددا من جنوده»: a vague toll); a figure right after the verb is its subject, the passive written as the
    active: missing («فُقد 6 جنود»). When their lives follow (claim_words role ``lives``: «فقد أكثر
    من 20 ألف شخص حياتهم») it tells of lives lost, most often in a summary of years, and is left
    unread. A figure before it is no loss of its («قتل 3 جنود، فقد أصيب ...»: «ف» + «قد»)."""
    toks, lives = idx.doc.tokens, idx.words.get("lives", frozenset())
    if _reports_next(idx, idx.tok(m.end - 1) + 1):
        return []  # «فقد قال الدفاع المدني إن ...»: «ف» + «قد» before a verb of report, no loss («المدني» no civilian)
    out = []
    for c, pos in found:
        if c.value is None and q is not None or not names_the_lost(idx, ti, c) or c.span is None or idx.doc.normal_pos(c.span.start) < m.start:
            continue
        if q is not None and c.value == q.value:
            if any(toks[j].text in lives and idx.same_clause(ti, j) for j in range(ti + 1, min(ti + 8, len(toks)))):
                continue
            c = dataclasses.replace(c, kind="missing")
        out.append((c, pos))
    return out


def _subject_only(idx: ClaimIndex, q: Quantity | None, found: list[tuple[Claim, int]]) -> list[tuple[Claim, int]]:
    """The claims of a verb of detail ``subject``: only the figure ``q`` right after it, of the side
    its own noun names («هاجم نحو 300 مسلح مقر الدرك»: the attackers, not the post); a figure
    after its subject is its object («هاجم مسلحون 3 قرى»), no claim; so is a figure of things
    («إنها هاجمت ثلاثة معسكرات»: its subject is in the verb), which no noun for people follows."""
    if q is None:
        return []
    after = idx.tok(q.end)  # «هاجم 200 من مقاتلي الحركة»: the noun past a partitive «من»
    partitive = after < len(idx.doc.tokens) and idx.doc.tokens[after].text in idx.words["of"]
    noun = idx.people.get(after + 1 if partitive else after)
    if noun is None:
        return []
    side = noun.entry.get("category")
    party = Party(idx.doc.span(noun.start, noun.end), noun.entry.get("name") or None, side) \
        if side not in ("", "unknown") else None  # «عنصرا من داعش»: as read
    return [(replace_party(c, party) if party is not None else c, pos)
            for c, pos in found if c.value == q.value]


def force_subject(idx: ClaimIndex, ti: int) -> int:
    """How many words the name of a force right after the act word at token ``ti`` takes: its
    subject, the victims after it («خطفت حركة X 80 تلميذة»); a word for an organisation may open
    the name the lexicon knows («خطفت جماعة بوكو حرام», claim_words role ``organisation``), and so may a
    plural of armed men in construct («خطف مسلحو حركة طالبان», role ``men_of``)."""
    toks, j = idx.doc.tokens, ti + 1
    orgs, men = idx.words.get("organisation", frozenset()), idx.words.get("men_of", frozenset())  # no union per call (#14)
    while j < min(ti + 3, len(toks) - 1) and j not in idx.people and (toks[j].text in orgs or toks[j].text in men):
        j += 1  # «مسلحو تنظيم داعش»: both before the name
    subject = idx.people.get(j)
    return idx.tok(subject.end - 1) - ti if subject is not None and subject.entry.attrs.get("type") == "group" else 0


def subject_adjectives(idx: ClaimIndex, ti: int, reach: int) -> int:
    """How many definite adjectives of origin or relation (or of a body's name: claim_words role
    ``adjective``, «العامة») stand after the act word at token ``ti``, in its clause, before any figure
    or noun for people, within ``reach`` words and one more for each found: they describe its subject
    («اعتقال جهاز الأمن الرئاسي للعقيد», «اعتقال جهاز المخابرات العامة المصري لثلاثة»), and the victims
    stand as many words further."""
    toks, n, k, adjectives = idx.doc.tokens, 0, ti + 1, idx.words.get("adjective", ())
    while k < min(ti + 1 + reach + n, len(toks)):
        if k in idx.quantities or k in idx.cues or not idx.same_clause(ti, k) \
                or k in idx.people and idx.people[k].entry.attrs.get("type") != "group":
            break  # a force's name is the subject's («جهاز الأمن الرئاسي»): read on past it
        word = toks[k].text
        n, k = n + (word.startswith(ARTICLE) and (nisba(word) or word in adjectives) or word in adjectives and _indefinite_after(idx, ti, k)), k + 1
    return n


def _indefinite_after(idx: ClaimIndex, ti: int, k: int) -> bool:
    """Token ``k`` stands after the indefinite noun that follows the act word at token ``ti`` (or after an
    adjective of it): an indefinite adjective there describes that subject («اعتقلت مفارز مشتركة»,
    «اعتقلت قوة أمنية»)."""
    return k >= ti + 2 and not any(idx.doc.tokens[j].text.startswith(ARTICLE) for j in range(ti + 1, k))


def object_after_subject(idx: ClaimIndex, k: int, person: Match) -> int | None:
    """A nominative plural («مسلحون») or dual («مسلحان») right after an act verb is its subject when another
    side or figure follows in the clause (dates and adjectives may stand between); so is a
    singular with a figure right after it, which counts no singular («قتل مسلح 5 أشخاص»)."""
    after = idx.tok(person.end)  # «قتل مسلح 5 أشخاص»; not «جندي و3 مدنيين» (a part), «شخص واحد» (its number),
    number = person.entry.attrs.get("number")  # a broken plural is read as the singular («اعتقل عناصر الأمن 20 متظاهرا»)
    one = number == "sg" or number == "pl" and not person.entry.key.endswith((PLURAL_NOMINATIVE, OBLIQUE))
    if after not in idx.quantities and one:
        after = max(after, idx.tok(read_party(idx, k)[1]), _past_suspicion(idx, after))  # «قتل عنصر من التنظيم 10 أشخاص»: past his side
    q = idx.quantities.get(after)  # «شاب (22 عاما)» (his age): a figure of people in the clause
    counted = q is not None and not joined_by_and(idx.doc.tokens[after].text) and idx.same_clause(k, after) \
        and _people_after(idx, idx.tok(q.end))  # «قتل مسلحان ثلاثة رعاة»: a dual before a figure is no passive's
    singular = one and counted and q is not None and q.value != 1
    verb = idx.doc.tokens[k - 1].text if k else ""
    active = verb in idx.words.get("active", ()) or conjoined(verb) and verb[1:] in idx.words.get("active", ())
    nominative = person.entry.key.endswith(PLURAL_NOMINATIVE) or (active or counted) and number == "du" \
        and person.entry.key.endswith(DUAL_NOMINATIVE)  # «اغتال مسلحان مجهولان ضابطا»
    if not (nominative or singular) or person.entry.attrs.get("type") == "other":
        return None  # «أصيب آخرون في غارة على المطار العسكري»: «آخرون» are the victims, no subject
    toks, dates = idx.doc.tokens, date_tokens(idx)
    j, asides = idx.tok(person.end), 0
    while j < min(k + (9 if not asides else 13), len(toks)):
        opens = not idx.same_clause(j - 1, j) and j not in dates and j - 1 not in dates
        if j in idx.quantities or (j in idx.people and idx.people[j].entry.attrs.get("type") == "person"):
            # after an aside («مسلحون يلبسون ثيابا مدنية، يعتقد أنهم من ...، ثلاثة حراس») the
            # object opens the clause that follows it, not as one more item joined by «و»; a dual's
            # never does: «قتل جنديان في الاشتباك، وجندي ثالث في عداد المفقودين» is the passive
            if number == "du" and joined_by_and(toks[j].text):
                return None
            return j if not asides or opens and not joined_by_and(toks[j].text) else None
        if j in idx.cues or opens and (asides == 2 or not _comma_before(idx, j)):
            return None
        asides += opens
        j += 1
    return None


def _comma_before(idx: ClaimIndex, j: int) -> bool:
    """Only a comma stands between token ``j - 1`` and token ``j``."""
    toks = idx.doc.tokens
    return toks[j - 1].sentence == toks[j].sentence \
        and idx.doc.text[toks[j - 1].end:toks[j].start].strip() in ("،", ",")


def _past_suspicion(idx: ClaimIndex, j: int) -> int:
    """«قتل عنصر يشتبه في انتمائه إلى الجماعة 7 أشخاص»: a clause of suspicion (claim_words role
    ``suspect``: «يشتبه», «يعتقد», «يرجح») right after a singular noun describes him; the token of the
    first figure after it, within eight words in its sentence with no casualty word between, is where
    his object may stand (``j`` when there is none)."""
    toks = idx.doc.tokens
    if j >= len(toks) or toks[j].text not in idx.words.get("suspect", ()):
        return j
    for i in range(j + 1, min(j + 9, len(toks))):
        if toks[i].sentence != toks[j].sentence or i in idx.cues:
            return j
        if i in idx.quantities:
            return i
    return j


def _people_after(idx: ClaimIndex, j: int) -> bool:
    """A noun for people at token ``j``, or after a partitive «من» there («3 من رجال الشرطة»)."""
    toks = idx.doc.tokens
    return j in idx.people or j + 1 in idx.people and j < len(toks) and toks[j].text in idx.words.get("of", ())


def placed(idx: ClaimIndex, ti: int, reach: int) -> int:
    """How many words a place after the act word at token ``ti`` takes, before its victims, within ``reach``
    words and the place's own: the preposition (claim_words role ``in``), the words for a kind of place and
    the name the places stage read do not count against the reach, as dates do not («اعتقلت قوات الأمن في
    ولاية بونتلاند ثمانية أشخاص»: the victims stand past the place)."""
    toks, ins = idx.doc.tokens, idx.words.get("in", frozenset())
    n, j = 0, ti + 1
    while j < min(ti + 1 + reach + n, len(toks) - 1):
        if j in idx.quantities or j in idx.cues or not idx.same_clause(ti, j):
            break
        k = j + 1
        while toks[j].text in ins and k < len(toks) and idx.same_clause(j, k) and _in_place(idx, toks[k].start):
            k += 1
        named = k > j + 1 and _in_place(idx, toks[k - 1].start, names_only=True)  # «في محيط أحد ...»: no name
        n, j = n + (k - j if named else 0), max(k, j + 1)
    return n


def _in_place(idx: ClaimIndex, pos: int, names_only: bool = False) -> bool:
    """Whether the word at ``pos`` is inside a place name the places stage read, or (unless ``names_only``)
    a word for a kind of place."""
    return any(p.start <= pos < p.end for p in idx.doc.layer("places")) \
        or not names_only and any(m.start <= pos < m.end for m in idx.doc.matches_of("place_words"))


def _reports_next(idx: ClaimIndex, k: int) -> bool:
    """Token ``k`` opens a verb of report (attribution.tsv type ``verb``: «قال», «أعلن», «أفادت»)."""
    return k < len(idx.doc.tokens) and any(r.word_start == idx.doc.tokens[k].start and r.entry.attrs.get("type") == "verb"
                                           for r in idx.doc.matches_of("attribution"))
