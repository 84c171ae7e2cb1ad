"""Figures about an event: killed, injured, captured, missing, participants.

Each casualty word of ``casualty_terms.tsv`` is read by its role:

* ``act`` — the victims follow: «مقتل 40 جنديا», «أصيب ثلاثة مدنيين»,
  «مقتل ضابط وثلاثة عناصر» (the parts of one side add up: 4);
* ``victim`` — the word names the victims: «45 قتيلا», «سقوط شهيد» (1);
* ``post`` — the victims come first: «12 شخصا قتلوا», «لقي 3 أشخاص حتفهم»;
* ``toll`` — a total whose figure follows: «ارتفع عدد القتلى إلى 12».

A figure after «بينهم»/«منهم» is a subset and no claim.  The party is read from the words after the figure
(«جندي تابع لقوات النظام»): a named force outweighs a noun for people; «آخرين» takes the side of the figure
before.  The side is read by :mod:`waqia.stages.claims.party`; the source comes from
:func:`waqia.stages.sources.lookup.source_for`, or from a later count told back (:mod:`.later`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from waqia.core.document import Document
from waqia.core.lexicon import Match, longest
from waqia.core.morphology import has_article
from waqia.output import Claim, Party
from waqia.stages.claims.acts import joined_acts, one_of_members
from waqia.stages.claims.background import earlier
from waqia.stages.claims.cells import cell_size
from waqia.stages.claims.conjuncts import (
    COUNT,
    list_head,
    number_after,
    object_count,
    object_follows,
    pair_before,
    person_head,
    victim_count,
)
from waqia.stages.claims.context import (
    ClaimIndex,
    after_bayn,
    blocked,
    blocker_before,
    complementiser,
    construct,
    cumulative,
    date_tokens,
    dated,
    in_past,
    only_dates_between,
    still_in,
)
from waqia.stages.claims.described import described, exceeded, left_to_victim
from waqia.stages.claims.doing import doing_subject
from waqia.stages.claims.index import build_index
from waqia.stages.claims.later import told_later
from waqia.stages.claims.mixed import settle_sides
from waqia.stages.claims.mixed_totals import counted_among
from waqia.stages.claims.named import named_after, named_before
from waqia.stages.claims.parts import (
    Part,
    among_the_dead,
    counted_after,
    mixed_by_majority,
    split_or_breakdown,
    subset_after_verb,
    subsets,
    with_parts,
)
from waqia.stages.claims.party import inflicted_on, listed_victims, make_claim, read_party, side_after
from waqia.stages.claims.phrases import adjective_before, second_toll, spent, split_reach, unparted
from waqia.stages.claims.recalled import of_those_aside
from waqia.stages.claims.relative import relative_toll
from waqia.stages.claims.restated import qualifying, restated
from waqia.stages.claims.rules import ClaimMention, replace_party
from waqia.stages.claims.steps import (
    aside_before,
    died_of_wounds,
    fallen_captive,
    force_side,
    held_who_died,
    no_new_victims,
    of_the_held,
    status_of_subset,
)
from waqia.stages.claims.subject import (
    by_subject,
    counted_subject,
    force_before,
    force_subject,
    object_after_subject,
    on_victims,
    placed,
    subject_adjectives,
)
from waqia.stages.claims.things import (
    age_before,
    aged,
    asides,
    counts_things,
    definite_span,
    fell,
    fired,
    kept_by_detail,
    mourners,
    next_item,
    no_one_hurt,
)
from waqia.stages.claims.titled import met_before, one_heading_list
from waqia.stages.claims.told_shares import told_shares
from waqia.stages.claims.totals import (
    between_kinds,
    between_sides,
    between_uncounted,
    counted_relative,
    far_toll,
    joint_kinds,
    mixed_total,
    second_of_joint,
    toll_verb_after_comma,
)
from waqia.stages.claims.uncounted import uncounted_subject
from waqia.stages.claims.voice import passive, ranks_after, ranks_before, uncounted_side
from waqia.stages.claims.wounds import wound_of_the_dead

if TYPE_CHECKING:
    from waqia.core.context import Context

__all__ = ["ClaimMention", "find_claims"]


def find_claims(doc: Document, ctx: Context) -> Document:
    """Layer ``claims``: :class:`ClaimMention` objects in text order."""
    idx = build_index(doc, ctx.lexicon)
    used: set[int] = set()
    out: list[ClaimMention] = []
    aside: list[int] = []  # where claims set aside as a running total or a time gone stand
    cues = longest(doc.matches_of("casualty_terms"))
    cue_list = [(idx.tok(m.start), m) for m in cues]
    skip = -1
    for n, (ti, m) in enumerate(cue_list):
        role = m.entry.get("role")
        if n == skip or blocker_before(idx, ti) in ("attempt", "wounds", "none", "state") or no_new_victims(idx, ti, m) \
                or unparted(idx, ti, m) or spent(idx, ti, m):
            continue  # «محاولة اغتيال»: an attempt, no victim; «عدم وقوع إصابات»: none; «أفرج عن 40 أسيرا»: set free
        head = counted_relative(idx, ti, ctx.lexicon) if role in ("act", "post") else None
        if head is not None:
            found = relative_toll(idx, ti, m, used, head)
        elif role == "act" and n + 1 < len(cue_list) and joined_acts(idx, ti, cue_list[n + 1][0]):
            found = _vague_pair(idx, ti, m, cue_list[n + 1][1])
            skip = n + 1
        elif role in ("act", "toll"):
            start, reach = split_reach(idx, ti, m) or on_victims(idx, ti, m)  # «قضت القوات على 12 مسلحا»: past «على»
            found = cell_size(idx, start, m, used) or _forward(idx, start, m, used, reach=reach or (3 if role == "act" else 8))
            far = far_toll(idx, ti, m) if not found and role == "toll" else None
            if far is not None:
                found = _toll_figure(idx, ti, m, used, far)
            if not found and role == "act" and m.entry.attrs.get("kind") != "participants":
                found = _backward(idx, ti, m, used, reach=3) or named_after(idx, ti, m)
        elif role == "victim":
            second = second_toll(idx, ti)  # «ارتفع عدد القتلى إلى 55 والجرحى إلى 146»: «عدد» said once
            found = _toll_figure(idx, ti, m, used, second) if second is not None else \
                _victim(idx, ti, m, used) or between_uncounted(idx, ti)
        else:
            if object_follows(idx, ti):
                found = _forward(idx, ti, m, used, reach=2)  # «قتلوا 4 رعاة», «وخطفوا امرأتين»: its object follows
            else:
                found = _backward(idx, ti, m, used) or _forward(idx, ti, m, used, reach=2)
        found = by_subject(idx, ti, m, between_sides(idx, ti, m, mixed_total(idx, ti, found))) \
            or force_before(idx, ti, m, used)  # «إن مجموعة من المسلحين هاجمت»: the attackers before it
        found, step = died_of_wounds(idx, ti, m, found, role)  # «وفاة جريحين»: dead, maybe a step
        found = kept_by_detail(idx, ti, m, found)  # «أصاب العطل عددا من المواقع»: things, not victims
        for claim, pos in found:
            if status_of_subset(idx, out, claim, ti) or restated(idx, out, claim):
                continue
            gone = in_past(idx, idx.tok(pos), since=role == "toll", cue=m) or cumulative(idx, pos, role)
            aside += [pos] if gone else []  # «منذ 2021 ...»: a part of it told after («من هؤلاء») is of that time too
            if not gone and not still_in(idx, idx.tok(pos)) and not earlier(idx, idx.tok(pos), claim) \
                    and not wound_of_the_dead(idx, idx.tok(pos), claim.kind) and not of_those_aside(idx, claim, pos, aside, out):
                out.append(ClaimMention(claim, pos, doc.sentence_of(pos), step, m.entry.get("detail")))
    out = told_later(doc, settle_sides(idx, out, ctx.lexicon))  # «وأعلنت الوزارة هذه الحصيلة»: the lead's speaker
    return doc.add("claims", tuple(out))


def _vague_pair(idx: ClaimIndex, ti: int, first: Match, second: Match) -> list[tuple[Claim, int]]:
    party, pend = read_party(idx, ti + 2)
    if party.span is None:
        q = idx.quantities.get(ti + 2)  # «مقتل وإصابة 15 في انفجار»: a count of both, no side named
        if q is None:
            return []
        after = idx.tok(q.end)
        party, pend = read_party(idx, after)  # «مقتل وإصابة 15 منهم»: of the side named last before «منهم»
        if idx.party_stops.get(after) == "subset" and party.span is None:
            return []  # of those named before, whose side is not read: no guess
        pend = max(pend, q.end)
    span = idx.doc.span(first.start, pend)
    return [(make_claim(idx, kind, None, first.start, span, party, vague=span.text), first.start)
            for kind in (first.entry.get("kind"), second.entry.get("kind"))]


def _forward(idx: ClaimIndex, ti: int, m: Match, used: set[int], reach: int) -> list[tuple[Claim, int]]:
    """Victims after the cue: a figure (and its party) or a counted noun."""
    toks = idx.doc.tokens
    dates = date_tokens(idx)
    reach += force_subject(idx, ti) if m.entry.attrs.get("role") == "act" else 0  # «خطفت جماعة بوكو حرام 80 تلميذة»
    if any(idx.party_stops.get(k) == "side" for k in range(ti + 1, ti + 1 + reach)):
        reach += 2  # «أوقعوا إصابات مؤكدة في صفوف جنود الاحتلال»: whose losses, past an adjective
    reach += subject_adjectives(idx, ti, reach) if m.entry.attrs.get("role") == "act" else 0
    reach += placed(idx, ti, reach) if m.entry.attrs.get("role") == "act" else 0  # «في ولاية X» before them
    for k in range(ti + 1, min(ti + 1 + reach + dated(idx, ti, reach), len(toks))):
        if k in dates:
            continue
        if not idx.same_clause(ti, k) and not only_dates_between(idx, ti, k) \
                and not (m.entry.attrs.get("role") == "toll" and toll_verb_after_comma(idx, ti, k)):
            return []
        if k in idx.cues and idx.doc.tokens[k].start >= m.end:
            return []
        if k in idx.quantities and not definite_span(idx, k):  # «قتل في الساعات الـ48 الأخيرة 12 شخصا»: past the span
            return _toll_figure(idx, ti, m, used, k)
        if k in idx.perpetrators or fell(idx, ti, k, m):
            return []  # «اغتيال نفذه مسلحون»: who did it, not who died; «سقوط حطام إحدى المسيرات»: what fell
        person = idx.people.get(k)
        if person is not None and (blocked(idx, k) or k in used):
            return []  # «أصيب 10 أشخاص بجروح بينهم طفلان»: a subset of the figure before the cue
        if person is not None and person.entry.attrs.get("type") in ("person", "other") \
                and m.entry.attrs.get("role") != "toll" and (not has_article(person.prefix)
                                                       or person.entry.attrs.get("number") in COUNT):
            obj = None if passive(idx, ti) else object_after_subject(idx, k, person)  # «أصيب متظاهرون برصاص جندي»
            if obj is not None and m.entry.attrs.get("kind") == "participants":
                return []  # «هاجم مسلحون الحاجز مخلفين 4 جرحى»: what follows the attackers is no force of theirs
            if obj is not None:  # «اغتال مسلحون مجهولون عنصرا سابقا»: the subject, then the victim
                q = idx.quantities.get(obj)
                if q is not None:
                    used.add(obj)
                    return with_parts(idx, m, q, obj, used)
                return with_parts(idx, m, None, obj, used, count=object_count(idx, obj, used))
            q_after = number_after(idx, k, person)  # «عناصر الخلية الخمسة»: past the genitive
            after = idx.tok(q_after.start) if q_after is not None else idx.tok(person.end)
            if q_after is not None and after not in used:
                used.add(after)  # «مدنيين اثنين», «أطفالها الثلاثة»: the number after the noun
                return with_parts(idx, m, None, k, used, count=q_after.value)
            if m.entry.attrs.get("kind") == "participants":
                return []  # an attacking force is counted only by a figure
            return with_parts(idx, m, None, k, used, count=COUNT.get(person.entry.get("number")))
    return []


def _toll_figure(idx: ClaimIndex, ti: int, m: Match, used: set[int], k: int) -> list[tuple[Claim, int]]:
    """The claims of the figure at token ``k`` after the casualty word at ``ti``."""
    q = idx.quantities[k]
    if k in used or blocked(idx, k) or counts_things(idx, q, m) or left_to_victim(idx, ti, k):
        return []  # «سقوط 3 قذائف» counts shells, «سقوط 5 جرحى» is read from its victim word
    used.add(k)
    claims = with_parts(idx, m, q, k, used)
    if m.entry.attrs.get("role") == "toll" and claims:
        # «حصيلة قتلى الجيش ... 12 شخصا»: a force in the toll's genitive is the side, whatever unit follows
        after = idx.tok(m.end)  # a long subject: the side only in the toll's own genitive, not the attacker's
        party, _ = read_party(idx, ti + 1, stop=k) if k - after < 8 else read_party(idx, after, stop=after + 1)
        party = party if party.span is not None else ranks_before(idx, k) or party  # «في صفوفها ارتفعت إلى 12»
        if claims[0][0].party.span is None or party.category in ("state_forces", "armed_group"):
            # the toll's side is the figure's; a part of that same side is a subset of it, no claim
            # («عدد قتلى قوات النظام ارتفع إلى 17، بينهم ضابطان»)
            claims = [(replace_party(c, party), pos) for c, pos in claims[:1]] + [
                (c, pos) for c, pos in claims[1:] if c.party.category != party.category]
    claims = force_side(idx, ti, m, claims)  # «إن المسلحين، وعددهم قرابة 30 عنصرا»
    if m.entry.attrs.get("role") == "toll" and m.entry.get("kind") == "participants":  # «يقدر عددهم بستة مهاجمين»
        return [(c, pos) for c, pos in claims if c.party.category != "civilians"]  # a crowd's size is no force
    return claims


def _victim(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«45 قتيلا», «سقوط شهيد», «قتلى وجرحى»."""
    q = None if next_item(idx, ti) or qualifying(idx, ti, m) else idx.quantity_ends.get(ti - 1)  # «إلى 55 والجرحى»; «القتلى الثلاثة»
    k = ti - 1
    if q is None and ti >= 2 and idx.doc.tokens[ti - 1].text in idx.words["of"]:
        q, k = idx.quantity_ends.get(ti - 2), ti - 2
    q, k, noun = exceeded(idx, ti, q, k) if q is not None else described(idx, ti) or (None, k, None)  # «3 متظاهرين جرحى»
    if q is not None and mourners(idx, q, ti):
        return []  # «شيع المئات جثامين الضحايا»: the amount is the verb's subject, the bodies its object
    if q is not None:
        qi = idx.tok(q.start)
        if qi in used or blocked(idx, qi) or not idx.same_clause(k, ti):
            return []
        used.add(qi)
        last = listed_victims(idx, ti)
        party, pend = read_party(idx, side_after(idx, last), require_link=True)
        party = party if party.span is not None or noun is None else read_party(idx, noun, stop=ti if noun < ti else None)[0]
        party = party if party.span is not None else inflicted_on(idx, ti) or ranks_before(idx, qi) or party  # «كبدتهم»
        if q.value is None and last > ti:  # «عشرات القتلى والجرحى في صفوف الجيش»: a vague count of each kind
            span = idx.doc.span(q.start, max(idx.doc.tokens[last].end, pend))
            each = dict.fromkeys(idx.cues[j].entry.get("kind") for j in range(ti, last + 1) if j in idx.cues)
            return [(make_claim(idx, kind, None, q.start, span, party, vague=span.text), q.start) for kind in each]
        kinds = between_kinds(idx, ti)
        joint = [] if kinds or q.value is None else joint_kinds(idx, ti)
        if joint:  # «35 قتيلا وجريحا»: a figure of both together, neither counted
            span = idx.doc.span(q.start, max(idx.doc.tokens[last].end, pend))
            return [(make_claim(idx, kind, None, q.start, span, party, high=q.value, vague=span.text), q.start) for kind in joint]
        if kinds:  # «16 ضحية بين قتيل وجريح»: the dead and the wounded together, neither counted
            span = idx.doc.span(q.start, idx.doc.tokens[ti + (4 if idx.doc.tokens[ti + 1].text in idx.words["what"] else 3)].end)
            return [(make_claim(idx, kind, None, q.start, span, party, high=q.value, vague=span.text), q.start) for kind in kinds]
        parts = [Part(q.value, q.low, q.high, party, max(m.end, pend))]
        among = subsets(idx, parts, used, None) or split_or_breakdown(idx, parts[0], used, None)  # «16 قتيلا منهم 6 مدنيين»
        mixed_by_majority(idx, parts)
        span = idx.doc.span(q.start, max(m.end, pend))
        out = [(make_claim(idx, m.entry.get("kind"), q.value, q.start, span, parts[0].party, low=q.low, high=q.high,
                      approx=q.approx, vague=q.vague), q.start)]
        for before, part in zip([parts[0], *among], among):
            sub = idx.doc.span(idx.doc.tokens[idx.tok(before.end)].start, part.end)
            out.append((make_claim(idx, m.entry.get("kind"), part.value, m.start, sub, part.party, low=part.low,
                              high=part.high), m.start))
        return out
    if m.entry.attrs.get("detail") == "occurred":  # «إصابات 4 مدنيين», «إصابات العشرات»: the act, its victims after it
        ahead = _forward(idx, ti, m, used, reach=3)
        if ahead:
            return ahead
    counted = counted_after(idx, ti, m, used) or among_the_dead(idx, ti, m, used) or told_shares(idx, ti, m, used) \
        or counted_among(idx, ti, m)  # «جثث 7 مهاجرين»; «وبين القتلى جنديان»; «والقتلى هم 8 جنود و4 مدنيين»
    if counted:
        return counted
    if has_article(m.prefix) or blocked(idx, ti) or construct(idx, ti) \
            or after_bayn(idx, ti) or no_one_hurt(idx, ti, m) or second_of_joint(idx, ti):
        return []  # «سقطوا بين قتيل وجريح» names kinds, not counts
    count, low, high, approx = victim_count(idx, ti, m, used)  # «مفقودين اثنين»: the number after the noun
    last = listed_victims(idx, ti)
    party, pend = read_party(idx, side_after(idx, last), require_link=True)
    party = party if party.span is not None else uncounted_side(idx, ti, last) or party
    span = idx.doc.span(m.start, max(m.end, pend))
    return [(make_claim(idx, m.entry.get("kind"), count, m.start, span, party, low=low, high=high, approx=approx,
                   vague=None if count else idx.doc.span(m.start, m.end).text), m.start)]



def _backward(idx: ClaimIndex, ti: int, m: Match, used: set[int], reach: int = 8) -> list[tuple[Claim, int]]:
    """«12 شخصا قتلوا», «3 من المهاجمين قتلوا», «لقي 3 أشخاص حتفهم»."""
    aside = aside_before(idx, ti)  # «7 مدنيين، بينهم طفلان، قتلوا»: step over the subset
    ref = ti if aside is None else aside - 1
    first = asides(idx, ti) - 1 if aside is None else ref  # «مدنيا واحدا على الأقل قتل»: past the aside
    met = met_before(idx, ti)  # «لقي 24 شخصا، على الأقل، مصرعهم»: the clause runs from «لقي» to its object
    for k in range(first, max(first - reach, -1), -1):
        if (k != ref and not idx.same_clause(k, ref) and (not k > met or k in idx.cues)) or complementiser(idx, k):
            break  # the clause starts here (a victim noun may still stand right before the verb), or another's verb
        q = idx.quantities.get(k) or idx.quantity_ends.get(k)
        if q is not None and aged(idx, q):
            continue  # «الطفل (محمد، 12 عاما) قتل»: an age or a duration counts nobody
        if q is not None:
            k = idx.tok(q.start)
            head, first_q = list_head(idx, k, q)  # «7 رهائن و9 من الخاطفين قتلوا»: the list from its first item
            if head not in used or k in used:  # «قتل 9 أشخاص و4 آخرون أصيبوا»: a head of another verb's is not
                k, q = head, first_q
            if k in used or blocked(idx, k) or fired(idx, q):
                return []  # «ثلاثة صواريخ أصابت المدينة»: what hit, no victims
            one = person_head(idx, k)  # «إن ضابطا وثلاثة جنود قتلوا»: the list opens with a noun, no figure
            if one is not None and one not in used:
                used.update((k, one))
                return with_parts(idx, m, None, one, used, count=COUNT[idx.people[one].entry.get("number")], stop=ti)
            used.add(k)
            one = one_heading_list(idx, k, met if met < k else -1)
            if one is not None and one not in used:  # «لقي ضابط وأربعة جنود مصرعهم»: the list from its first item
                return with_parts(idx, m, None, one, used, count=1, stop=ti)
            found = with_parts(idx, m, q, k, used, stop=None if ranks_after(idx, ti) else ti)  # «12 شخصا بينهم 4 جنود»
            before = idx.people.get(k - 1)
            if found and found[0][0].party.span is None and before is not None and idx.same_clause(k - 1, k):
                party, _ = read_party(idx, k - 1, stop=k)  # «مسلحين اثنين قتلا»: the noun before the number
                found[0] = (replace_party(found[0][0], party), found[0][1])
            if aside is None:
                found = subset_after_verb(idx, found, m.end, used)
            return _mixed_aside(idx, found, aside, ti) if len(found) == 1 and aside is not None else found
        if k in idx.cues and not of_the_held(idx, k, ti):  # «سقط قيادي في التنظيم في قبضة الجيش»: who fell,
            return fallen_captive(idx, k, ti, m, used)  # right after the verb of the fall
    subject = counted_subject(idx, ti, m, used) or held_who_died(idx, ti, m, used) \
        or doing_subject(idx, ti, m, used) or one_of_members(idx, ti, m, used)  # «إن مدنيا كان يمر أصيب»
    if subject:
        return subject
    back = 2 + (age_before(idx, ti) if first == ti - 1 else 0) + adjective_before(idx, first)  # past an age, a nisba
    for k in range(first, max(first - back, -1), -1):
        person = idx.people.get(k)
        dual = m.entry.get("number") == "du"  # «إرهابيين انتحاريين فجرا نفسيهما»: «ين» is a dual's too
        if person is not None and (person.entry.attrs.get("number") in COUNT or dual) and idx.same_clause(k, ti) \
                and k not in used and not complementiser(idx, k + 1):  # «قتل مزارع ونجله بقذيفة سقطت»
            first = pair_before(idx, k)  # «ابنه وصديقه اختطفا»: two, each one person
            count, person = 2 if dual else COUNT[person.entry.get("number")] + k - first, idx.people[first]
            party, _ = read_party(idx, first, stop=ti)
            span = idx.doc.span(person.start, m.end)
            return [(make_claim(idx, m.entry.get("kind"), count, person.start, span, party, low=count, high=count),
                     person.start)]
    return named_before(idx, ti, m) or uncounted_subject(idx, met, ti, m, used)  # «إن الطفل (سالم) قتل»; «لقي آخرون حتفهم»


def _mixed_aside(idx: ClaimIndex, found: list[tuple[Claim, int]], aside: int, ti: int) -> list[tuple[Claim, int]]:
    """«عشرة أشخاص، من بينهم جنود ومدنيون، حتفهم»: an aside naming another side makes the whole of no one side."""
    last = aside if idx.blockers.get(aside) == "subset" else aside + 1
    among, _ = read_party(idx, last + 1, stop=ti)
    claim = found[0][0]
    if among.span is not None and among.category != claim.party.category:
        return [(replace_party(claim, Party(claim.party.span, claim.party.name, "unknown")), found[0][1])]
    return found
