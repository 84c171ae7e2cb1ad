"""A figure and its parts: one side's parts add up, another side's make claims of their own.

«مقتل ضابط و3 جنود» is killed 4; «49 مدنيا و15 جنديا» two claims; «5 أشخاص بينهم جنديان» a total of no one
side and a claim of the soldiers; «45 قتيلا، 31 من الفصائل و14 من قوات النظام» the total and each side's share.
"""

from __future__ import annotations

from dataclasses import dataclass

from waqia.core.lexicon import Match
from waqia.core.morphology import conjoined, has_article, joined_by_and
from waqia.output import Claim, Party
from waqia.stages.claims.conjuncts import conjunct, item_count, joins, one_party, own_verb, read_item
from waqia.stages.claims.context import ClaimIndex, blocked
from waqia.stages.claims.elided import elided_part, past_phrase
from waqia.stages.claims.mixed_totals import (
    category_set_apart,
    closes_subset,
    colon_only,
    names_category,
    noun_counted,
    opens_on_subset,
    others_side,
    rest_side,
    uncounted_other_side,
)
from waqia.stages.claims.party import make_claim, read_party
from waqia.stages.claims.rules import BOTH_SIDES, replace_party
from waqia.stages.claims.splits import comma_only, past_wounds, shares_count, split_by_where, two_forces
from waqia.stages.claims.titled import after_gloss, past_name
from waqia.stages.numbers.stage import Quantity

SUBSET_REACH = 10  # words after a figure where «بينهم» may still open its subset
BREAKDOWN_REACH = 15  # words of a total's clause before the comma that opens its split by side


@dataclass
class Part:
    """One side's share of a figure: «49 مدنيا» and «15 جنديا» in «49 مدنيا و15 جنديا»."""

    value: int | None
    low: int | None
    high: int | None
    party: Party
    end: int

    def add(self, other: Part) -> None:  # a vague part («ضابط وعدد من الجنود») leaves the sum vague
        self.value = None if self.value is None or other.value is None else self.value + other.value
        self.low = (self.low or 0) + (other.low or 0)
        self.high = None if self.high is None or other.high is None else self.high + other.high
        self.end = other.end
        if self.party.category == "unknown":
            self.party = other.party


def with_parts(idx: ClaimIndex, m: Match, q: Quantity | None, k: int, used: set[int],
                count: int | None = None, stop: int | None = None) -> list[tuple[Claim, int]]:
    """A figure and the parts joined to it by و: one side's parts add up, another side's make a claim."""
    toks = idx.doc.tokens
    party, pend = read_party(idx, idx.tok(q.end) if q else k, stop=stop)
    if party.span is None and q is not None and noun_counted(idx, q):  # «مسلحون ثلاثة»: a subject
        party, _ = read_party(idx, idx.tok(q.start) - 1, stop=idx.tok(q.start))  # «المهاجمين الأربعة»
    if q is not None:
        parts = [Part(q.value, q.low, q.high, party, pend)]
    else:
        parts = [Part(count, count, count, party, pend)]
    vague = q.vague if q else (None if count else idx.doc.span(toks[k].start, toks[k].end).text)
    nxt = past_phrase(idx, past_name(idx, past_wounds(idx, m, idx.tok(pend)), idx.people.get(k) if q is None and count == 1 else None))
    while parts[0].value is not None and nxt < len(toks) and joins(idx, nxt) \
            and (idx.same_clause(nxt - 1, nxt) or comma_only(idx, nxt) or after_gloss(idx, nxt)) \
            and nxt not in idx.cues:  # «(قسد) و3 من ...»: past a gloss in brackets, an item of the list
        part = None if len(parts) == 1 and shares_count(idx, q, nxt) else next_part(idx, nxt, stop, item=after_gloss(idx, nxt), last=parts[-1].party)
        if part is None or own_verb(idx, part.end, m.entry.get("kind")):  # «40 جنديا ومتطوعا»: one count; «و4 آخرون أصيبوا»
            break
        read_item(idx, nxt, used)  # «وآخر», «و 3 آخرين»: read here, no victim of the next casualty word
        last = parts[-1]
        kin = nxt in idx.people and "possessive" in idx.people[nxt].entry.get("flags")  # «ضابط وسائقه»
        if (kin or one_party(idx, last.party, part.party)) and not two_forces(last.party, part.party):
            last.add(part)
        else:
            parts.append(part)
        nxt = past_phrase(idx, past_name(idx, past_wounds(idx, m, idx.tok(part.end)), None))
    parts += subsets(idx, parts, used, stop)
    if len(parts) == 1:
        parts += split_or_breakdown(idx, parts[0], used, stop)
    mixed_by_majority(idx, parts)
    out = []
    for n, part in enumerate(parts):
        first = n == 0
        s0 = (min(m.start, q.start if q else toks[k].start)) if first else toks[idx.tok(parts[n - 1].end)].start
        # «إن شرطيا أصيب»: a subject before its verb reads up to the verb
        e0 = max(q.end if q else m.end, m.end if q is None and toks[k].start < m.start else 0) if first else s0 + 1
        span = idx.doc.span(s0, max(part.end, e0))
        out.append((make_claim(idx, m.entry.get("kind"), part.value, m.start, span, part.party, low=part.low,
                          high=part.high, approx=q.approx if q else False,
                          vague=(vague or span.text) if part.value is None and first else None), m.start))
    return out


def next_part(idx: ClaimIndex, j: int, stop: int | None, subset: bool = False, item: bool = False, last: Party | None = None) -> Part | None:
    """The part starting at token ``j`` («و15 جنديا», «وضابط»; ``item``: after a comma; «و125 من ...»: of ``last``), or None."""
    q = idx.quantities.get(j := conjunct(idx, j))
    if q is not None and (subset or not blocked(idx, j)):
        p2, e2 = elided_part(idx, j, last, read_party(idx, idx.tok(q.end), stop=stop, item=item))
        return Part(q.value, q.low, q.high, p2, e2) if p2.span is not None else None
    person = idx.people.get(j)
    c = item_count(idx, j, person) if person is not None else None  # «وأطفالها الثلاثة», «وضابط», «ودركيين»
    if person is not None and c is not None:
        q2 = idx.quantities.get(idx.tok(person.end))  # «ومتطوعين اثنين من قوات X»: the owner past the noun's number
        past = read_party(idx, idx.tok(q2.end), stop=stop, item=item) if q2 is not None and q2.value == c else None
        p2, e2 = past if past is not None and past[0].span is not None else read_party(idx, j, stop=stop, item=item)
        return Part(c, c, c, p2, max(e2, person.end))
    return None


def split_or_breakdown(idx: ClaimIndex, total: Part, used: set[int], stop: int | None) -> list[Part]:
    """A total's split by place or day («4 في حلب و2 في إدلب»; «15 من الضحايا قتلوا في X و8 في Y»), else by side."""
    where = split_by_where(idx, total.party, total.end, used, stop, total.value) if total.value is not None else []
    return [Part(*share) for share in where] or breakdown(idx, total, used, stop)


def breakdown(idx: ClaimIndex, total: Part, used: set[int], stop: int | None) -> list[Part]:
    """«45 قتيلا، 31 من الفصائل و14 من قوات النظام»: a total, then its split by side after a
    comma or a colon.  Each side's share is a claim, and the total then belongs to no one side."""
    toks, text = idx.doc.tokens, idx.doc.text
    j = idx.tok(total.end)
    far = _after_clause(idx, j)  # «21 مقاتلا في اشتباكات عنيفة، هم 12 ...»: the split closes the clause
    j = far if far is not None else j
    split = j < len(toks) and idx.party_stops.get(j) == "split"
    if split:
        j += 1 + (j + 1 < len(toks) and (toks[j + 1].text in idx.words["between"] or toks[j + 1].text in idx.words.get("on", ())))
        if _sides_split(idx, total, j, stop):
            return []
    if total.value is None or j >= len(toks) or j not in idx.quantities or toks[j].sentence != toks[j - 1].sentence \
            or not (split or any(ch in "،,:" for ch in text[toks[j - 1].end:toks[j].start])) or blocked(idx, j):
        return []
    shares: list[tuple[int, Part]] = []
    stop = stop if far is None else None  # «15 شخصا قتلوا، 11 مدنيا و4 ...»: the shares follow the verb
    while j < len(toks):
        part = next_part(idx, j, stop)
        if part is None or part.value is None:
            break
        shares.append((j, part))
        j = idx.tok(part.end)
        if j >= len(toks) or not joined_by_and(toks[j].text) or not idx.same_clause(j - 1, j):
            break
    sides = {part.party.category for _, part in shares} - {"unknown"}
    adds_up = sum(part.value or 0 for _, part in shares) == total.value
    if len(shares) < 2 or not (len(sides) > 1 and far is None or adds_up):
        return []
    for k, _ in shares:
        if k in idx.quantities:
            used.add(k)
    total.party = Party(total.party.span, total.party.name or BOTH_SIDES, "unknown")
    return [part for _, part in shares]


def _after_clause(idx: ClaimIndex, j: int) -> int | None:
    """The token after the comma that closes the total's clause («قتلوا في التفجير، 11 مدنيا و4 ...»),
    when the clause (at most BREAKDOWN_REACH words) holds no other figure; else None."""
    toks = idx.doc.tokens
    for k in range(j, min(j + BREAKDOWN_REACH, len(toks) - 1)):
        own = k in idx.cues and idx.cues[k].entry.attrs.get("role") == "post"  # «15 شخصا قتلوا، ...»: the total's verb
        if k in idx.quantities or k in idx.cues and not own or toks[k + 1].sentence != toks[k].sentence:
            return None
        if not idx.same_clause(k, k + 1):
            if not (comma_only(idx, k + 1) or colon_only(idx, k + 1)):  # «في السوق: 3 جنود و5 مدنيين»
                return None
            nxt = k + 2 if idx.party_stops.get(k + 1) == "split" else k + 1
            return k + 1 if nxt in idx.quantities and k + 1 > j else None
    return None


def _sides_split(idx: ClaimIndex, total: Part, j: int, stop: int | None) -> bool:
    """«19 قتيلا موزعين بين رجال شرطة ومسلحين من العشيرة»: the sides a total is
    split between, named without figures; of more than one side, the total is of none.  Whether
    they were named so."""
    toks, sides = idx.doc.tokens, set()
    while j < len(toks) and j not in idx.quantities:
        party, end = read_party(idx, j, stop=stop, item=True)
        if party.span is None:
            break
        sides.add(party.category)
        j = idx.tok(end)
        for _ in range(4):  # «وعناصر من قوات الدفاع الوطني الموالية للحكومة، و...»: the item's own words
            if j + 1 >= len(toks) or joined_by_and(toks[j].text) or not idx.same_clause(j - 1, j):
                break
            j += 1
        if j >= len(toks) or not joined_by_and(toks[j].text) or not (idx.same_clause(j - 1, j) or comma_only(idx, j)):
            break
    if not sides:
        return False
    if len(sides - {"unknown"}) > 1 or "unknown" in sides:
        total.party = Party(total.party.span, total.party.name or BOTH_SIDES, "unknown")
    elif total.party.category in ("unknown", "civilians"):  # «3 أشخاص هم من عناصر الشرطة»
        total.party = Party(total.party.span, total.party.name, next(iter(sides)))
    return True


def subsets(idx: ClaimIndex, parts: list[Part], used: set[int], stop: int | None) -> list[Part]:
    """«5 أشخاص بينهم جنديان»: a subset of another side is a claim of its own, and the total
    then belongs to no one side.  A subset of the same side is no claim."""
    toks = idx.doc.tokens
    j = _subset_word(idx, idx.tok(parts[-1].end))
    if j is None:
        j = _subset_after_list(idx, idx.tok(parts[-1].end))
    if j is None:
        return []
    j += 1
    if j >= len(toks) or not idx.same_clause(j - 1, j):
        return []
    part = next_part(idx, j, stop, subset=True)
    first = idx.quantity_ends.get(j - 2)  # «10 أشخاص، ثلاثة منهم جنود»: the figure before «منهم»
    first = first if first is not None and idx.tok(first.start) >= idx.tok(parts[-1].end) \
        and idx.same_clause(j - 2, j - 1) else None
    armed = first is not None and _armed_noun(idx, j)  # «ثلاثة منهم جنود» (not «خمسة منهم مدنيون»)
    if part is None and not armed and len(parts) == 1 and uncounted_other_side(idx, j, parts[0].party, stop):
        # «32 قتيلا و159 جريحا، بينهم مدنيون / بينهم جنود»: uncounted, the rest are of another side
        parts[0].party = Party(parts[0].party.span, parts[0].party.name or BOTH_SIDES, "unknown")
        return []
    if first is not None and (part is not None or armed or not names_category(idx, j)):
        side, end = read_party(idx, j, stop=stop)
        part, j = (Part(first.value, first.low, first.high, side, end) if side.span is not None else None), j - 2
    main = parts[0].party.category
    rest = rest_side(idx, j)
    if part is not None and rest is not None and rest.category == part.party.category != "unknown" \
            and (parts[0].party.span is None or main in ("civilians", "unknown")):
        # «15 قتيلا ضمنهم ضابط والبقية جنود»: the subset and the rest of one side, the whole is of it
        parts[0].party = Party(parts[0].party.span or part.party.span, parts[0].party.name or part.party.name,
                               rest.category)
        return []
    if part is not None and len(parts) == 1 and main in ("civilians", "unknown") \
            and part.party.category not in (main, "unknown") and _one_side_adds_up(idx, part, parts[0].value, stop):
        # «16 قتيلا بينهم 11 ضابطا و5 مجندين»: the subset lists the whole, all of one side, which names it
        parts[0].party = part.party
        return []
    if parts[0].party.span is None and main == "unknown" and not names_category(idx, j):
        main = "civilians"  # «16 قتيلا منهم 6 أطفال»: an unmarked toll is of people, like its subset
    if part is not None and category_set_apart(idx, parts[0].party, j):
        main = "unknown"  # «10 أشخاص بينهم مدنيان»: the category named sets the rest apart
    if part is None or part.party.category in (main, "unknown") or main not in ("civilians", "unknown"):
        return []
    if len(parts) == 1 and others_side(idx, parts[0].party) == part.party.category:
        return []  # «مقتل 3 مدنيين وإصابة 12 آخرين، بينهم طفلان»: «آخرين» of the side before, and so its subset
    if j in idx.quantities:
        used.add(j)
    if len(parts) == 1:  # «10 آخرون بينهم 3 من عناصر الأمن»: «آخرون» then takes no side from before
        name = BOTH_SIDES if parts[0].party.category == "unknown" else parts[0].party.name or BOTH_SIDES
        parts[0].party = Party(parts[0].party.span, name, "unknown")
    return [part]


def _one_side_adds_up(idx: ClaimIndex, part: Part, whole: int | None, stop: int | None) -> bool:
    """Whether the subset that opens with ``part`` lists parts of its one side joined by و that add
    up to ``whole``: then it is the whole told in parts, not a subset of another side."""
    toks, total, nxt = idx.doc.tokens, part.value or 0, idx.tok(part.end)
    while nxt < len(toks) and joined_by_and(toks[nxt].text) and (idx.same_clause(nxt - 1, nxt) or comma_only(idx, nxt)):
        more = next_part(idx, nxt, stop, subset=True, item=comma_only(idx, nxt))  # «...، ورقيب شرطة»
        if more is None or more.value is None or more.party.category != part.party.category:
            return False
        total, nxt = total + more.value, idx.tok(more.end)
    return whole is not None and total == whole and total > (part.value or 0)


def _subset_word(idx: ClaimIndex, j: int, effect: str = "subset") -> int | None:
    """The token of «بينهم» that opens a subset of the figure ending before token ``j``: right after
    it, or after the circumstance told in the same sentence («قتل 12 شخصا في الهجوم على السوق، بينهم
    3 جنود»), with no other figure or casualty word between; or of ``effect`` «majority», «معظمهم»."""
    toks = idx.doc.tokens
    if effect not in idx.blockers.values():
        return None  # no such word in the text: nothing to look for (#14)
    for n in range(j, min(j + SUBSET_REACH, len(toks))):
        if idx.blockers.get(n) == effect:
            return n
        if toks[n].sentence != toks[j].sentence and not opens_on_subset(idx, n, j) or n > j and closes_subset(idx, n):
            return None
    return None


def _subset_after_list(idx: ClaimIndex, j: int) -> int | None:
    """«32 قتيلا و159 جريحا، بينهم مدنيون»: a subset of no figure after the next item of a list of
    kinds («وM جريحا», joined right after the figure ending before token ``j``) is of every item."""
    toks = idx.doc.tokens
    q = idx.quantities.get(j)
    if q is None or not joined_by_and(toks[j].text) or not idx.same_clause(j - 1, j):
        return None
    cue = idx.cues.get(idx.tok(q.end))
    if cue is None or cue.entry.attrs.get("role") != "victim":
        return None
    n = _subset_word(idx, idx.tok(cue.end - 1) + 1)
    return n if n is not None and _uncounted(idx, n + 1) else None


def _uncounted(idx: ClaimIndex, j: int) -> bool:
    """A plural noun with no figure at token ``j`` («بينهم مدنيون»)."""
    noun = idx.people.get(j)
    return j not in idx.quantities and noun is not None and noun.entry.attrs.get("number") == "pl"


def _armed_noun(idx: ClaimIndex, j: int) -> bool:
    """A noun for people of an armed side at token ``j`` («جنود», «مسلحون», «عناصر في الشرطة»)."""
    noun = idx.people.get(j)
    return noun is not None and noun.entry.attrs.get("category") in ("state_forces", "armed_group", "unknown")


def mixed_by_majority(idx: ClaimIndex, parts: list[Part]) -> None:
    """«20 شخصا، معظمهم من قوات الأمن»: most of a toll of another side than the toll's own
    makes a toll of mixed sides."""
    at = _subset_word(idx, idx.tok(parts[-1].end), "majority")
    if len(parts) != 1 or at is None:
        return
    most, _ = read_party(idx, at + 1 + (idx.doc.tokens[at + 1].text in idx.words["of"] if at + 1 < len(idx.doc.tokens) else 0))
    main = parts[0].party
    # «60 جريحا معظمهم من المدنيين»: a toll named by no side's noun, most of them of the category
    # «مدنيين» (flag category, not «النساء»), leaves the rest of another side
    if most.category != "unknown" and (_unnamed(idx, main) and _the_category(idx, most)
                                       or most.category != (main.category if main.span is not None else "civilians")):
        parts[0].party = Party(main.span, main.name or BOTH_SIDES, "unknown")


def _unnamed(idx: ClaimIndex, party: Party) -> bool:
    """A toll's side read from no noun, or from a noun for people of no kind («أشخاص», flag generic)."""
    return party.span is None or _flagged(idx, party, "generic")


def _flagged(idx: ClaimIndex, party: Party, flag: str) -> bool:
    """The first noun for people of a side's words carries ``flag`` (actor_terms.tsv)."""
    first = _first_noun(idx, party)
    return first is not None and flag in first.entry.get("flags")


def _the_category(idx: ClaimIndex, party: Party) -> bool:
    """A side's words name the category itself: «مدنيين» (flag category) or «المدنيين» (a group of civilians)."""
    first = _first_noun(idx, party)
    return first is not None and ("category" in first.entry.get("flags")
                                  or first.entry.attrs.get("type") == "group" and first.entry.attrs.get("category") == "civilians")


def _first_noun(idx: ClaimIndex, party: Party) -> Match | None:
    if party.span is None:
        return None
    first = idx.tok(idx.doc.normal_pos(party.span.start))  # a span is of the original; tokens of the normalised
    last = idx.tok(idx.doc.normal_pos(max(party.span.end - 1, party.span.start)))
    return next((idx.people[j] for j in range(first, last + 1) if j in idx.people), None)


def counted_after(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«انتشال جثث 7 مهاجرين»: a plural victim noun in construct with a figure and a noun for people."""
    k = ti + 1
    q = idx.quantities.get(k)
    if q is None or m.entry.attrs.get("number") != "pl" or has_article(m.prefix) or k in used or blocked(idx, k) \
            or not idx.same_clause(ti, k):
        return []
    party, _ = read_party(idx, idx.tok(q.end))
    if party.span is None:
        return []
    used.add(k)
    return with_parts(idx, m, q, k, used)  # «جثث 22 مسلحا حوثيا و9 جنود»: the list shares the head


def subset_after_verb(idx: ClaimIndex, found: list[tuple[Claim, int]], end: int,
                      used: set[int]) -> list[tuple[Claim, int]]:
    """«لقي 24 شخصا مصرعهم، بينهم 20 جنديا»: a subset after the verb that closes the clause of
    its figure (``end``: where the verb ends) is read as if it followed the figure."""
    if len(found) != 1:
        return found
    claim, pos = found[0]
    total = Part(claim.value, claim.low, claim.high, claim.party, end)
    among = subsets(idx, [total], used, None)
    if not among:  # the side a subset gave the whole («بينهم 5 مسلحين و3 انتحاريين» of 8)
        return found if total.party is claim.party else [(replace_party(claim, total.party), pos)]
    out = [(replace_party(claim, total.party), pos)]
    for part in among:
        span = idx.doc.span(idx.doc.tokens[idx.tok(end)].start, part.end)
        out.append((make_claim(idx, claim.kind, part.value, pos, span, part.party, low=part.low, high=part.high), pos))
    return out


def among_the_dead(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«وبين القتلى 4 من رجال الشرطة»: a figure right after «بين» and a definite victim noun counts
    some of a toll told before; of a side other than people of no kind it is a claim of its own
    (GUIDELINES: a subset of another side), of the same side none."""
    toks, between = idx.doc.tokens, idx.words["between"]
    if not has_article(m.prefix) or ti == 0 or ti + 1 not in idx.quantities or ti + 1 in used:
        return []
    before = toks[ti - 1].text
    if before not in between and not (conjoined(before) and before[1:] in between):
        return []
    q = idx.quantities[ti + 1]
    party, pend = read_party(idx, idx.tok(q.end))
    if party.span is None or q.value is None:
        return []
    span = idx.doc.span(q.start, max(q.end, pend))
    claim = make_claim(idx, m.entry.get("kind"), q.value, q.start, span, party, low=q.low, high=q.high,
                       approx=q.approx)  # «من عناصرها»: the speaker's side, known once the claim is made
    if claim.party.category in ("civilians", "unknown"):
        return []
    used.add(ti + 1)
    return [(claim, q.start)]
