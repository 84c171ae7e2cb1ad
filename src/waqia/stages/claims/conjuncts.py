"""The next item of a list of victims when «و» is written apart from it («4 مدنيين و 2 من
الشرطة», «جندي و 3 آخرين»): a typing habit of many outlets (#10).  The bare «و» token is the
conjunction; the item is the word after it.  An item that a verb of its own follows («و 4
آخرون أصيبوا») is that verb's subject, not one more of the figure before."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import (
    AND,
    ARTICLE,
    NISBA_ENDINGS,
    NISBA_SINGULAR,
    OBLIQUE,
    PEOPLE_PRONOUNS,
    VERB_PLURAL,
    conjoined,
    definite,
    has_article,
    joined_by_and,
    nisba,
    without_article,
)
from waqia.output import Party
from waqia.stages.claims.context import ClaimIndex, complementiser
from waqia.stages.claims.elided import elided_head
from waqia.stages.numbers.stage import Quantity

#: how many a singular or a dual noun counts
COUNT = {"sg": 1, "du": 2}
#: the endings of a nisba adjective after a plural noun («روسيين», «أمريكيون»)
PLURAL_NISBA = tuple(e for e in NISBA_ENDINGS if e not in NISBA_SINGULAR and len(e) > 2)


def conjunct(idx: ClaimIndex, j: int) -> int:
    """The first token of the item that the «و» at token ``j`` joins: ``j`` itself when «و» is
    joined to its word («و3»), the next token when the «و» stands alone («و 3»), in its clause;
    after a phrase of addition at ``j`` (party_stops.tsv why ``besides``) the figure after it, if any
    («بالإضافة إلى منفذ الهجوم», «مع قائدهم» add no victim); after a word for one body (claim_words.tsv role
    ``body``) the person whose body it is."""
    toks = idx.doc.tokens
    if toks[j].text == AND and j + 1 < len(toks) and idx.same_clause(j, j + 1):
        return _past_body(idx, j + 1)
    if idx.party_stops.get(j) == "besides":  # «بالإضافة إلى 6 من المهاجمين», «مع أربعة من مرافقيه»: the figure after
        if j + 1 in idx.people:
            return _counted_companions(idx, j)  # «مع أطفاله الثلاثة»: the number is the noun's
        at = next((i for i in (j + 1, j + 2) if i in idx.quantities), None)  # the words of addition, one or two
        if at is not None and idx.same_clause(j, at):
            return at
        return _counted_companions(idx, j)
    return _past_body(idx, j)


def _counted_companions(idx: ClaimIndex, j: int) -> int:
    """After «مع» at token ``j`` with no figure, a noun for people that counts itself, a dual or a noun with its number
    after it («مع شقيقيه», «مع أطفاله الثلاثة»), is the next item (its token); one alone («مع قائدهم») adds no one
    (``j``)."""
    person = idx.people.get(j + 1)
    if person is None or not idx.same_clause(j, j + 1):
        return j
    counted = person.entry.get("number") == "du" or number_after(idx, j + 1, person) is not None
    return j + 1 if counted else j


def _past_body(idx: ClaimIndex, i: int) -> int:
    """«بينها جثة الانتحارية», «وجثة مسلح»: the body of one person (claim_words role ``body``) names
    him; the item is the singular noun for people after it (token ``i + 1``), else ``i``."""
    toks, body = idx.doc.tokens, idx.words.get("body", frozenset())
    word = toks[i].text
    if word not in body and not (joined_by_and(word) and word[len(AND):] in body) or i + 1 >= len(toks) \
            or not idx.same_clause(i, i + 1):
        return i
    person = idx.people.get(i + 1)
    return i + 1 if person is not None and person.entry.get("number") == "sg" else i


def own_verb(idx: ClaimIndex, end: int, kind: str) -> bool:
    """A casualty verb of another kind than ``kind`` whose victims come first (role ``post``)
    right after the item ending at offset ``end``, in its clause: the item is its subject («قتل 9
    أشخاص و4 آخرون أصيبوا»); «أصيب 3 جنود ومدنيان بجروح» is one list of the same wounded."""
    k = idx.tok(end)
    cue = idx.cues.get(k)
    return cue is not None and cue.entry.attrs.get("role") == "post" and cue.entry.get("kind") != kind \
        and k > 0 and idx.same_clause(k - 1, k)


def joins(idx: ClaimIndex, j: int) -> bool:
    """Token ``j`` joins one more item to a list: «و» or a phrase of addition («فضلا عن»)."""
    return joined_by_and(idx.doc.tokens[j].text) or idx.party_stops.get(j) == "besides"


def read_item(idx: ClaimIndex, j: int, used: set[int]) -> None:
    """The figure or the noun of the item that the «و» at token ``j`` joins is read: no victim of
    the next casualty word («وآخر», «و 3 آخرين»)."""
    at = conjunct(idx, j)
    if at in idx.quantities or at in idx.people:
        used.add(at)
    counted = number_after(idx, at, idx.people[at]) if at in idx.people else None
    if counted is not None:
        used.add(idx.tok(counted.start))  # «وأطفالها الثلاثة»: the number after the noun


def number_after(idx: ClaimIndex, k: int, person: Match) -> Quantity | None:
    """The number right after the noun for people at token ``k`` that counts it («مدنيين اثنين»;
    with the article after a definite or possessed plural: «أطفالها الثلاثة», «المسلحين الخمسة»; after
    the definite genitive of a plural in construct: «عناصر الخلية الخمسة», «أبناء العشيرة الثلاثة»)."""
    toks, after = idx.doc.tokens, idx.tok(person.end)
    definite = has_article(person.prefix) or "possessive" in person.entry.get("flags") \
        or person.entry.key.startswith(ARTICLE)
    construct = not definite and after + 1 < len(toks) and after not in idx.quantities \
        and person.entry.attrs.get("number") == "pl" and toks[after].text.startswith(ARTICLE)
    after += construct or not definite and after + 1 < len(toks) and after not in idx.quantities \
        and person.entry.attrs.get("number") == "pl" and toks[after].text.endswith(PLURAL_NISBA) \
        and idx.same_clause(after, after + 1)  # «مهندسين روسيين اثنين»: past the nisba adjective of a plural
    q = idx.quantities.get(after)
    if q is None or not idx.same_clause(k, after):
        return None
    start = toks[after].start
    return q if q.start == start and not construct or (definite or construct) and q.start == start + len(ARTICLE) \
        and toks[after].text.startswith(ARTICLE) else None


def victim_count(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> tuple[int | None, int | None, int | None, bool]:
    """Value, low, high and hedge of a victim noun at token ``ti`` with no figure before it: one or two by its own
    number, or the number right after a plural that counts it («يبحث عن مفقودين اثنين على الأقل», marked used);
    else none."""
    count = COUNT.get(m.entry.get("number"))
    q = None if count else number_after(idx, ti, m)
    if q is None or q.value is None or idx.tok(q.start) in used:
        return count, count, count, False
    used.add(idx.tok(q.start))
    return q.value, q.low, q.high, q.approx


def object_count(idx: ClaimIndex, k: int, used: set[int]) -> int | None:
    """How many the noun for people at token ``k`` counts: the number after it (:func:`number_after`: «اختطف
    مسلحون صحفيين فرنسيين اثنين», marked used), else one or two by its own number, else none."""
    person = idx.people[k]
    q = number_after(idx, k, person)
    if q is not None and idx.tok(q.start) not in used:
        used.add(idx.tok(q.start))
        return q.value
    return COUNT.get(person.entry.get("number"))


def pair_before(idx: ClaimIndex, k: int) -> int:
    """The token of the first of two nouns for one person each joined by «و» whose second is the
    noun at token ``k``, the subject of a verb after them («ابنه وصديقه اختطفا», «سائق الشاحنة
    ومرافقه قتلا»: two, past the first one's genitive); else ``k``."""
    second = idx.people.get(k)
    if k < 2 or second is None or not joined_by_and(idx.doc.tokens[k].text) or not joined_by_and(second.prefix) \
            or second.entry.attrs.get("number") != "sg":
        return k
    for j in (k - 1, k - 2):
        first = idx.people.get(j)
        if j in idx.quantity_ends or j in idx.cues or not idx.same_clause(j, k):
            return k
        if first is not None:
            one = first.entry.attrs.get("number") == "sg" and idx.tok(first.end - 1) in (j, k - 1)
            return j if one else k
    return k


def counted_part(idx: ClaimIndex, j: int) -> bool:
    """«وجنديين», «وضابط», «وأطفالها الثلاثة»: a new counted part joined by و, not more words of
    the same side; «ودركيين» after a counted item (:func:`dual_item`)."""
    m = idx.people.get(j)
    return m is not None and joined_by_and(idx.doc.tokens[j].text) and joined_by_and(m.prefix) \
        and (m.entry.attrs.get("number") in ("sg", "du") or number_after(idx, j, m) is not None or dual_item(idx, j))


def especially(idx: ClaimIndex, k: int) -> int:
    """«خسائر في الأرواح، خصوصا في صفوف تلاميذ مدرسة الدرك»: after a figure-less victim noun ending before
    token ``k``, a comma and a word of «especially» (claim_words.tsv role ``especially``; «لا سيما» in two
    words, the first of role ``neg``) open the side of the victims: the token after it, else ``k``."""
    toks, words = idx.doc.tokens, idx.words.get("especially", frozenset())
    if not 0 < k < len(toks) - 2 or idx.same_clause(k - 1, k):
        return k
    first, neg = toks[k].text, idx.words.get("neg", frozenset())
    j = k + 1 if first in neg or conjoined(first) and first[1:] in neg else k
    if toks[j].text not in words or not idx.same_clause(j, j + 1):
        return k
    cue = max((t for t in idx.cues if t < k), default=-1)
    return j + 1 if cue > 0 and cue - 1 not in idx.quantity_ends else k


def item_count(idx: ClaimIndex, j: int, person: Match) -> int | None:
    """How many the item of a list whose noun for people stands at token ``j`` counts: a number after
    it («وأطفالها الثلاثة»), one or two by its number, two for :func:`dual_item`; None for a plural."""
    if person.entry.attrs.get("type") not in ("person", "other"):
        return None
    counted = number_after(idx, j, person)
    if counted is not None:
        return counted.value
    return COUNT.get(person.entry.get("number")) or (2 if dual_item(idx, j) else None)


def dual_item(idx: ClaimIndex, j: int) -> bool:
    """«5 شرطيين ودركيين وامرأة ومهاجمين»: a noun in «ين» with no article and no figure, joined by
    «و» right after a counted item of a list, is a dual (two); unvowelled it is written as the plural,
    but a list of counts names an uncounted plural with a word of amount («وعدد من الدركيين»)."""
    m = idx.people.get(j)
    if m is None or m.entry.get("number") != "pl" or m.entry.attrs.get("type") != "person" \
            or not joined_by_and(idx.doc.tokens[j].text) or not joined_by_and(m.prefix) \
            or has_article(m.prefix) or m.entry.key.startswith(ARTICLE) or "possessive" in m.entry.get("flags") \
            or not m.entry.key.split()[0].endswith(OBLIQUE):
        return False
    for i in (j - 1, j - 2, j - 3):  # the item before, past an adjective or two («حارسين وطنيين»)
        if i < 0 or not idx.same_clause(i, j) or i in idx.cues:
            return False
        before = idx.people.get(i)
        if before is not None and idx.tok(before.end - 1) < j:
            return before.entry.get("number") in COUNT or i - 1 in idx.quantity_ends or dual_item(idx, i)
    return False


def one_party(idx: ClaimIndex, last: Party, part: Party) -> bool:
    """Two items of a list are one party's: the same side, or one of no known side; not two armed
    groups each named («10 من عناصر داعش و5 من مقاتلي قوات سوريا الديمقراطية»: the two sides of a
    clash, a claim each)."""
    if "unknown" in (last.category, part.category):
        return True
    if last.category != part.category:
        return False
    names = {_force(idx, last), _force(idx, part)}
    return last.category != "armed_group" or None in names or len(names) == 1


def _force(idx: ClaimIndex, party: Party) -> str | None:
    """The name of the force a party's words name (a group, not a kind of force nor a head that
    refers back: «الحركة»), if any."""
    if party.span is None:
        return None
    first = idx.tok(idx.doc.normal_pos(party.span.start))  # a span is of the original; tokens of the normalised
    last = idx.tok(idx.doc.normal_pos(max(party.span.end - 1, party.span.start)))
    for j in range(first, last + 1):
        m = idx.people.get(j)
        flags = m.entry.get("flags").split() if m is not None else ("kind",)
        if m is not None and m.entry.attrs.get("type") == "group" and "kind" not in flags and "backref" not in flags:
            return m.entry.get("name") or m.entry.key
    return _described_force(idx, first, last)


def _described_force(idx: ClaimIndex, first: int, last: int) -> str | None:
    """«المسلحين العشائريين», «مقاتلين قبليين»: men of an armed side named by an adjective of relation
    that agrees with them (no word for people itself); the adjective names their force."""
    toks = idx.doc.tokens
    for j in range(first, last):
        m = idx.people.get(j)
        end = idx.tok(m.end - 1) + 1 if m is not None else j
        if m is not None and m.entry.get("category") == "armed_group" and m.entry.attrs.get("type") == "person" \
                and end <= last and end not in idx.people and nisba(toks[end].text) \
                and definite(toks[end].text) == definite(toks[end - 1].text) and not joined_by_and(toks[end].text):
            return without_article(toks[end].text)
    return None


def new_clause(idx: ClaimIndex, j: int, end: int) -> bool:
    """Token ``j`` opens a new clause after a side's words that end at ``end``: it is joined by «و», or it is a
    plural past verb right after the side's last noun («مهاجمين فاجأوا أفراد»; not a verb of falling, a
    casualty word: «12 شخصا سقطوا في صفوف الجيش»)."""
    word = idx.doc.tokens[j].text
    return joined_by_and(word) or word.endswith(VERB_PLURAL) and idx.doc.tokens[j - 1].end == end and j not in idx.cues \
        or _relative_clause(idx, j, end)


def generic_of(idx: ClaimIndex, m: Match) -> bool:
    """«شخصين من المسلحين»: a noun for people of no kind (actor_terms flag ``generic``) with «من» right after it,
    whose side is the noun's after it."""
    toks = idx.doc.tokens
    after = idx.tok(m.end - 1) + 1
    return "generic" in m.entry.get("flags") and after < len(toks) and toks[after].text in idx.words["of"]


def _relative_clause(idx: ClaimIndex, j: int, end: int) -> bool:
    """«تسعة ركاب أنزلهم مسلحون من حافلة»: right after an indefinite noun for people, a verb that carries the
    pronoun of «them» with a noun for people as its subject right after it opens a clause about them (a
    relative clause, which has no «الذين» after an indefinite noun): its subject is no more of their side
    («ثلاثة أشخاص أحدهم من عناصر الشرطة» is a part of them, no clause)."""
    toks = idx.doc.tokens
    word = toks[j].text
    return toks[j - 1].end == end and not has_article(toks[j - 1].text) and j not in idx.cues \
        and j not in idx.people and j not in idx.party_stops and not conjoined(word) and j + 1 in idx.people \
        and idx.same_clause(j, j + 1) and any(word.endswith(p) and len(word) >= len(p) + 3 for p in PEOPLE_PRONOUNS)


def person_head(idx: ClaimIndex, k: int) -> int | None:
    """«إن ضابطا وثلاثة جنود قتلوا»: the first item of a list before its verb may be a noun for one or
    two people with no figure; the token of that noun when the figure at token ``k`` is joined to it
    by «و» and it opens its clause (after «أن» / «إن» or a break), else None."""
    toks = idx.doc.tokens
    if not joined_by_and(toks[k].text):
        return None
    for j in range(k - 1, max(k - 3, -1), -1):
        person = idx.people.get(j)
        if person is None:
            continue
        opens = j == 0 or not idx.same_clause(j - 1, j) or complementiser(idx, j - 1)
        ok = idx.tok(person.end - 1) == k - 1 and person.entry.get("number") in COUNT and idx.same_clause(j, k)
        return j if ok and opens and number_after(idx, j, person) is None else None
    return None


def list_head(idx: ClaimIndex, k: int, q: Quantity) -> tuple[int, Quantity]:
    """The first figure of a list «N X وM Y» whose last item is the figure at token ``k``; an item whose number
    follows its noun («ثمانية جنود ومتطوعين اثنين») starts at the noun."""
    while joined_by_and(idx.doc.tokens[start := _counted_noun(idx, k, q)].text):
        earlier = next((j for j in range(start - 1, max(start - 5, -1), -1) if j in idx.quantities), None)
        earlier = elided_head(idx, k) if earlier is None else earlier  # «187 تلميذا من المرحلة الثانوية و125 من ...»
        if earlier is None or not idx.same_clause(earlier, k) or any(j in idx.cues for j in range(earlier, k)):
            break
        k, q = earlier, idx.quantities[earlier]
    return k, q


def _counted_noun(idx: ClaimIndex, k: int, q: Quantity) -> int:
    """The token of the noun for people joined by «و» right before the figure at token ``k`` that the figure counts
    («ومتطوعين اثنين»: :func:`number_after`), else ``k`` («من عائلة واحدة» stays at its number)."""
    person = idx.people.get(k - 1)
    return k - 1 if person is not None and idx.tok(person.end - 1) == k - 1 and joined_by_and(person.prefix) \
        and number_after(idx, k - 1, person) is q else k


def object_follows(idx: ClaimIndex, ti: int) -> bool:
    """A verb that follows its victims («12 شخصا قتلوا») at token ``ti`` whose object stands right after it in
    its clause: a figure («قتلوا 4 رعاة») or a counted noun of people, one or two, without «و» or the article
    («وخطفوا امرأتين», «قتلوا جنديا»); its victims follow it, not a figure of homes or herds before it («أحرقوا
    نحو 40 منزلا، وخطفوا امرأتين»)."""
    k = ti + 1
    if k >= len(idx.doc.tokens) or not idx.same_clause(ti, k):
        return False
    if k in idx.quantities:
        return True
    person = idx.people.get(k)
    return person is not None and person.entry.attrs.get("number") in COUNT and not has_article(person.prefix) \
        and not joined_by_and(idx.doc.tokens[k].text) and person.entry.attrs.get("type") in ("person", "other")
