"""Figures about an event: killed, injured, captured, missing, participants.

Each casualty word of ``casualty_terms.tsv`` is read by its role:

* ``act`` — the victims follow: «مقتل 40 جنديا», «أصيب ثلاثة مدنيين»,
  «مقتل ضابط وثلاثة عناصر» (the parts of one side add up: 4);
* ``victim`` — the word names the victims: «45 قتيلا», «سقوط شهيد» (1);
* ``post`` — the victims come first: «12 شخصا قتلوا», «لقي 3 أشخاص حتفهم»;
* ``toll`` — a total whose figure follows: «ارتفع عدد القتلى إلى 12».

A figure after «بينهم»/«منهم» is a subset and no claim.  The party is read
from the words after the figure («جندي تابع لقوات النظام»): a named force
outweighs a noun for people; «آخرين» takes the side of the figure before.
The source comes from :func:`waqia.sources.source_for`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Document, Span
from .lexicon import Match, longest
from .numbers import Quantity
from .output import Claim, Party, Source
from .sources import source_for

if TYPE_CHECKING:
    from .pipeline import Context

PARTY_WINDOW = 6  # tokens read after a figure for its party
_COUNT = {"sg": 1, "du": 2}
_BREAK = set("،,.:;؛()\"!?؟")


@dataclass(frozen=True)
class ClaimMention:
    """A claim with its normalised position, before events group them."""

    claim: Claim
    pos: int
    sentence: int
    role: str = "act"
    detail: str = ""


@dataclass
class _Index:
    """Lookups by token for one document."""

    doc: Document
    quantities: dict[int, Quantity]  # token index where the quantity starts
    quantity_ends: dict[int, Quantity]  # token index of the quantity's last token
    people: dict[int, Match]  # token index -> person/other/group match starting there
    cues: dict[int, Match]  # token index -> casualty match starting there
    blockers: dict[int, str]  # token index -> effect, for blocker words ending at that token
    party_stops: dict[int, str]  # token index -> why a side's words end there («side»: they go on)
    past: list[int]  # token indices of cues of the past («الشهر الماضي»)
    since: list[int] = dataclasses.field(default_factory=list)  # token indices of «منذ»
    perpetrators: set[int] = dataclasses.field(default_factory=set)  # tokens after «نفذه», «شنه»
    ahead: list[int] = dataclasses.field(default_factory=list)  # threats, conditions («هدد», «إذا»)

    def tok(self, pos: int) -> int:
        return self.doc.token_index(pos)

    def same_clause(self, a: int, b: int) -> bool:
        """No sentence break or clause punctuation between token a and token b (a < b)."""
        toks = self.doc.tokens
        if b >= len(toks) or toks[a].sentence != toks[b].sentence:
            return False
        gap = self.doc.text[toks[a].end:toks[b].start]
        return not any(ch in _BREAK for ch in gap)


def find_claims(doc: Document, ctx: Context) -> Document:
    """Layer ``claims``: :class:`ClaimMention` objects in text order."""
    idx = _build_index(doc)
    used: set[int] = set()
    out: list[ClaimMention] = []
    cues = longest(m for m in doc.layer("matches") if m.concept == "casualty_terms")
    cue_list = [(idx.tok(m.start), m) for m in cues]
    skip = -1
    for n, (ti, m) in enumerate(cue_list):
        role = m.entry.get("role")
        if n == skip:
            continue
        if role == "act" and n + 1 < len(cue_list) and _joined_acts(idx, ti, cue_list[n + 1][0]):
            found = _vague_pair(idx, ti, m, cue_list[n + 1][1])
            skip = n + 1
        elif role in ("act", "toll"):
            found = _forward(idx, ti, m, used, reach=3 if role == "act" else 8)
            if not found and role == "act":
                found = _backward(idx, ti, m, used, reach=3)
        elif role == "victim":
            found = _victim(idx, ti, m, used)
        else:
            found = _backward(idx, ti, m, used) or _forward(idx, ti, m, used, reach=2)
        for claim, pos in found:
            if not _in_past(idx, idx.tok(pos), since=role == "toll") and not _cumulative(idx, pos, role):
                out.append(ClaimMention(claim, pos, doc.sentence_of(pos), role, m.entry.get("detail")))
    out = _drop_increments(_drop_subsumed(_inherit_parties(_default_civilians(out))))
    return doc.add("claims", tuple(out))


def _build_index(doc: Document) -> _Index:
    qs = list(doc.layer("numbers"))
    quantities = {doc.token_index(q.start): q for q in qs}
    quantity_ends = {doc.token_index(max(q.end - 1, q.start)): q for q in qs}
    people: dict[int, Match] = {}
    cues: dict[int, Match] = {}
    blockers: dict[int, str] = {}
    for m in longest(x for x in doc.layer("matches") if x.concept == "actor_terms"):
        people.setdefault(doc.token_index(m.start), m)
    party_stops: dict[int, str] = {}
    past: list[int] = []
    since: list[int] = []
    ahead: list[int] = []
    for m in doc.layer("matches"):
        if m.concept == "party_stops":
            ti = doc.token_index(m.start)
            if m.entry.get("why") == "side" or ti not in party_stops:
                party_stops[ti] = m.entry.get("why")
        elif m.concept == "background_cues" and m.entry.get("type") in ("past", "general"):
            past.append(doc.token_index(m.start))
        elif m.concept == "background_cues" and m.entry.get("type") == "hypothetical":
            ahead.append(doc.token_index(m.start))
        elif m.concept == "background_cues" and m.entry.get("type") == "since":
            since.append(doc.token_index(m.start))
        elif m.concept == "casualty_terms":
            cues.setdefault(doc.token_index(m.start), m)
        elif m.concept == "claim_blockers":
            blockers[doc.token_index(m.end - 1)] = m.entry.get("effect")
    past += [doc.token_index(d.start) for d in doc.layer("dates") if getattr(d, "background", False)]
    perpetrators = {doc.token_index(m.end) for m in doc.layer("matches")
                    if m.concept == "actor_roles" and m.entry.get("role") == "initiator"}
    return _Index(doc, quantities, quantity_ends, people, cues, blockers, party_stops, past, since, perpetrators,
                  ahead)


def _joined_acts(idx: _Index, a: int, b: int) -> bool:
    """«مقتل وإصابة ...»: two act words joined by و share one figure."""
    toks = idx.doc.tokens
    return b == a + 1 and toks[b].text.startswith("و") and idx.same_clause(a, b) \
        and idx.cues[b].entry.get("role") == "act"


def _vague_pair(idx: _Index, ti: int, first: Match, second: Match) -> list[tuple[Claim, int]]:
    party, pend = _party(idx, ti + 2)
    if party.span is None:
        return []
    span = idx.doc.span(first.start, pend)
    return [(_make(idx, kind, None, first.start, span, party, vague=span.text), first.start)
            for kind in (first.entry.get("kind"), second.entry.get("kind"))]


def _forward(idx: _Index, ti: int, m: Match, used: set[int], reach: int) -> list[tuple[Claim, int]]:
    """Victims after the cue: a figure (and its party) or a counted noun."""
    toks = idx.doc.tokens
    dates = _date_tokens(idx)
    for k in range(ti + 1, min(ti + 1 + reach + _dated(idx, ti), len(toks))):
        if k in dates:
            continue
        if not idx.same_clause(ti, k) and not _only_dates_between(idx, ti, k):
            return []
        if k in idx.cues and idx.doc.tokens[k].start >= m.end:
            return []
        q = idx.quantities.get(k)
        if q is not None:
            if k in used or _blocked(idx, k):
                return []
            used.add(k)
            claims = _with_parts(idx, m, q, k, used)
            if m.entry.get("role") == "toll" and claims and claims[0][0].party.span is None:
                party, _ = _party(idx, ti + 1, stop=k)
                claims = [(_replace_party(c, party), pos) for c, pos in claims]
            return claims
        if k in idx.perpetrators:
            return []  # «اغتيال نفذه مسلحون»: who did it, not who died
        person = idx.people.get(k)
        if person is not None and person.entry.get("type") in ("person", "other") \
                and m.entry.get("role") != "toll" and not person.prefix.endswith(("ال", "لل")):
            obj = _object_after_subject(idx, k, person)
            if obj is not None:  # «اغتال مسلحون مجهولون عنصرا سابقا»: the subject, then the victim
                q = idx.quantities.get(obj)
                if q is not None:
                    used.add(obj)
                    return _with_parts(idx, m, q, obj, used)
                return _with_parts(idx, m, None, obj, used, count=_COUNT.get(idx.people[obj].entry.get("number")))
            after = idx.tok(person.end)
            q_after = idx.quantities.get(after)
            if q_after is not None and after not in used and idx.same_clause(k, after) \
                    and q_after.start == idx.doc.tokens[after].start:
                used.add(after)  # «مدنيين اثنين»: the number after the noun
                return _with_parts(idx, m, None, k, used, count=q_after.value)
            count = _COUNT.get(person.entry.get("number"))
            if m.entry.get("kind") == "participants":
                return []  # an attacking force is counted only by a figure
            return _with_parts(idx, m, None, k, used, count=count)
    return []


def _object_after_subject(idx: _Index, k: int, person: Match) -> int | None:
    """A nominative plural («مسلحون») right after an act verb is its subject when another
    side or figure follows in the clause (dates and adjectives may stand between)."""
    if not person.entry.key.endswith("ون"):
        return None
    toks, dates = idx.doc.tokens, _date_tokens(idx)
    j = idx.tok(person.end)
    while j < min(k + 9, len(toks)):
        if j in idx.quantities or (j in idx.people and idx.people[j].entry.get("type") == "person"):
            return j
        if j in idx.cues or (not idx.same_clause(j - 1, j) and j not in dates and j - 1 not in dates):
            return None
        j += 1
    return None


def _date_tokens(idx: _Index) -> set[int]:
    out: set[int] = set()
    for d in idx.doc.layer("dates"):
        a, b = idx.tok(d.start), idx.tok(max(d.end - 1, d.start))
        out.update(range(a, b + 1))
    return out


def _only_dates_between(idx: _Index, a: int, b: int) -> bool:
    """«وقتل، أمس الأربعاء، عنصران»: only a date stands between the comma breaks."""
    between = set(range(a + 1, b))
    return bool(between) and between <= _date_tokens(idx)


def _dated(idx: _Index, ti: int) -> int:
    """How many date tokens follow the cue (they do not count against its reach)."""
    dates = _date_tokens(idx)
    n = 0
    while ti + 1 + n in dates:
        n += 1
    return n


@dataclass
class _Part:
    """One side's share of a figure: «49 مدنيا» and «15 جنديا» in «49 مدنيا و15 جنديا»."""

    value: int | None
    low: int | None
    high: int | None
    party: Party
    end: int

    def add(self, other: _Part) -> None:
        self.value = (self.value or 0) + (other.value or 0)
        self.low = (self.low or 0) + (other.low or 0)
        self.high = None if self.high is None or other.high is None else self.high + other.high
        self.end = other.end
        if self.party.category == "unknown":
            self.party = other.party


def _with_parts(idx: _Index, m: Match, q: Quantity | None, k: int, used: set[int],
                count: int | None = None, stop: int | None = None) -> list[tuple[Claim, int]]:
    """A figure and the parts joined to it by و: one side's parts add up, another side's make a claim."""
    toks = idx.doc.tokens
    party, pend = _party(idx, idx.tok(q.end) if q else k, stop=stop)
    if q is not None:
        parts = [_Part(q.value, q.low, q.high, party, pend)]
    else:
        parts = [_Part(count, count, count, party, pend)]
    vague = q.vague if q else (None if count else toks[k].text)
    nxt = idx.tok(pend)
    while parts[0].value is not None and nxt < len(toks) and toks[nxt].text.startswith("و") \
            and idx.same_clause(nxt - 1, nxt) and nxt not in idx.cues:
        part = _next_part(idx, nxt, stop)
        if part is None:
            break
        if nxt in idx.quantities:
            used.add(nxt)
        last = parts[-1]
        if part.party.category == last.party.category or "unknown" in (part.party.category, last.party.category):
            last.add(part)
        else:
            parts.append(part)
        nxt = idx.tok(part.end)
    parts += _subsets(idx, parts, used, stop)
    out = []
    for n, part in enumerate(parts):
        first = n == 0
        s0 = (min(m.start, q.start) if q else m.start) if first else idx.doc.tokens[idx.tok(parts[n - 1].end)].start
        span = idx.doc.span(s0, max(part.end, q.end if q and first else s0 + 1))
        out.append((_make(idx, m.entry.get("kind"), part.value, m.start, span, part.party, low=part.low,
                          high=part.high, approx=q.approx if q else False,
                          vague=vague if part.value is None and first else None), m.start))
    return out


def _next_part(idx: _Index, j: int, stop: int | None, subset: bool = False) -> _Part | None:
    """The part starting at token ``j`` («و15 جنديا», «وضابط»), or None."""
    q = idx.quantities.get(j)
    if q is not None and (subset or not _blocked(idx, j)):
        p2, e2 = _party(idx, idx.tok(q.end), stop=stop)
        return _Part(q.value, q.low, q.high, p2, e2) if p2.span is not None else None
    person = idx.people.get(j)
    if person is not None and person.entry.get("type") == "person" and person.entry.get("number") in _COUNT:
        c = _COUNT[person.entry.get("number")]
        p2, e2 = _party(idx, j, stop=stop)
        return _Part(c, c, c, p2, max(e2, person.end))
    return None


def _subsets(idx: _Index, parts: list[_Part], used: set[int], stop: int | None) -> list[_Part]:
    """«5 أشخاص بينهم جنديان»: a subset of another side is a claim of its own, and the total
    then belongs to no one side.  A subset of the same side is no claim."""
    toks = idx.doc.tokens
    j = idx.tok(parts[-1].end)
    if j >= len(toks) or idx.blockers.get(j) != "subset" and idx.blockers.get(j + 1) != "subset":
        return []
    j = j + 1 if idx.blockers.get(j) == "subset" else j + 2
    if j >= len(toks) or not idx.same_clause(j - 1, j):
        return []
    part = _next_part(idx, j, stop, subset=True)
    main = parts[0].party.category
    if part is None or part.party.category in (main, "unknown") or main not in ("civilians", "unknown"):
        return []
    if j in idx.quantities:
        used.add(j)
    if len(parts) == 1:
        parts[0].party = Party(parts[0].party.span, parts[0].party.name, "unknown")
    return [part]


def _victim(idx: _Index, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """«45 قتيلا», «سقوط شهيد», «قتلى وجرحى»."""
    q = idx.quantity_ends.get(ti - 1)
    k = ti - 1
    if q is None and ti >= 2 and idx.doc.tokens[ti - 1].text in ("من",):
        q, k = idx.quantity_ends.get(ti - 2), ti - 2
    if q is not None:
        qi = idx.tok(q.start)
        if qi in used or _blocked(idx, qi) or not idx.same_clause(k, ti):
            return []
        used.add(qi)
        party, pend = _party(idx, ti + 1, require_link=True)
        span = idx.doc.span(q.start, max(m.end, pend))
        return [(_make(idx, m.entry.get("kind"), q.value, q.start, span, party, low=q.low, high=q.high,
                       approx=q.approx, vague=q.vague), q.start)]
    if m.prefix.endswith("ال") or m.prefix.endswith("لل") or _blocked(idx, ti) or _construct(idx, ti) \
            or _after_bayn(idx, ti):
        return []  # «سقطوا بين قتيل وجريح» names kinds, not counts
    count = _COUNT.get(m.entry.get("number"))
    party, pend = _party(idx, ti + 1, require_link=True)
    span = idx.doc.span(m.start, max(m.end, pend))
    return [(_make(idx, m.entry.get("kind"), count, m.start, span, party, low=count, high=count,
                   vague=None if count else idx.doc.tokens[ti].text), m.start)]


def _cumulative(idx: _Index, pos: int, role: str) -> bool:
    """A running total: «منذ» in the sentence of a toll, or of a figure beside «حصيلة»."""
    sent = idx.doc.sentence_of(pos)
    since = any(idx.doc.tokens[k].sentence == sent for k in idx.since)
    if not since:
        return False
    return role == "toll" or any(idx.doc.sentence_of(m.start) == sent for m in idx.doc.layer("matches")
                                 if m.concept == "background_cues" and m.entry.get("type") == "total")


def _in_past(idx: _Index, k: int, since: bool = False) -> bool:
    """A cue of the past («الشهر الماضي», a date long before) in the same clause, within eight words.

    With ``since``, «منذ» counts too: a toll «since» a day is cumulative.
    """
    cues = idx.past + (idx.since if since else [])
    return any(abs(p - k) <= 8 and idx.same_clause(min(p, k), max(p, k)) for p in cues) \
        or any(0 <= k - p <= 8 and idx.same_clause(p, k) for p in idx.ahead)  # threats reach forward only


def background_positions(doc: Document, types: tuple[str, ...] = ("past",)) -> list[int]:
    """Token indices of cues of the past (of the given types) and of background dates."""
    past = [doc.token_index(m.start) for m in doc.layer("matches")
            if m.concept == "background_cues" and m.entry.get("type") in types]
    return past + [doc.token_index(d.start) for d in doc.layer("dates") if getattr(d, "background", False)]


def in_background(doc: Document, pos: int, past: list[int], ahead: list[int] | None = None) -> bool:
    """Whether normalised ``pos`` stands in a clause about the past, or after a threat in its clause."""
    idx = _Index(doc, {}, {}, {}, {}, {}, {}, past, ahead=ahead or [])
    return _in_past(idx, doc.token_index(pos))


def _after_bayn(idx: _Index, ti: int) -> bool:
    """«بين قتيل وجريح»: victim words listed after «بين»."""
    toks = idx.doc.tokens
    k = ti - 1
    while k >= 0 and k in idx.cues and toks[k + 1].text.startswith("و"):
        k -= 1
    return k >= 0 and toks[k].text == "بين"


def _construct(idx: _Index, ti: int) -> bool:
    """«جثامين الشهداء»: an indefinite noun followed by a definite one is a construct, not a count."""
    toks = idx.doc.tokens
    return ti + 1 < len(toks) and idx.same_clause(ti, ti + 1) and toks[ti + 1].text.startswith("ال")


def _backward(idx: _Index, ti: int, m: Match, used: set[int], reach: int = 8) -> list[tuple[Claim, int]]:
    """«12 شخصا قتلوا», «3 من المهاجمين قتلوا», «لقي 3 أشخاص حتفهم»."""
    for k in range(ti - 1, max(ti - reach, -1), -1):
        if not idx.same_clause(k, ti):
            return []
        q = idx.quantities.get(k) or idx.quantity_ends.get(k)
        if q is not None:
            k = idx.tok(q.start)
            if k in used or _blocked(idx, k):
                return []
            used.add(k)
            found = _with_parts(idx, m, q, k, used, stop=ti)
            before = idx.people.get(k - 1)
            if found and found[0][0].party.span is None and before is not None and idx.same_clause(k - 1, k):
                party, _ = _party(idx, k - 1, stop=k)  # «مسلحين اثنين قتلا»: the noun before the number
                found[0] = (_replace_party(found[0][0], party), found[0][1])
            return found
        if k in idx.cues:
            return []
    for k in range(ti - 1, max(ti - 3, -1), -1):
        person = idx.people.get(k)
        if person is not None and person.entry.get("number") in _COUNT and idx.same_clause(k, ti):
            count = _COUNT[person.entry.get("number")]
            party, _ = _party(idx, k, stop=ti)
            span = idx.doc.span(person.start, m.end)
            return [(_make(idx, m.entry.get("kind"), count, person.start, span, party, low=count, high=count),
                     person.start)]
    return []


def _nisba(word: str) -> bool:
    """An adjective of origin («سوريين», «المصري», «مصريا»)."""
    w = word.removeprefix("ال")
    return len(w) > 3 and w.endswith(("ي", "يين", "يون", "يه", "يا", "يان"))


def _counted_part(idx: _Index, j: int) -> bool:
    """«وجنديين», «وضابط»: a new counted part joined by و, not more words of the same side."""
    m = idx.people.get(j)
    return m is not None and idx.doc.tokens[j].text.startswith("و") and m.prefix.startswith("و") \
        and m.entry.get("number") in _COUNT


def _blocked(idx: _Index, k: int) -> bool:
    """A figure right after «بينهم», «منهم» ... is a subset of another."""
    return any(idx.blockers.get(j) == "subset" for j in (k - 1, k - 2))


def _party(idx: _Index, k: int, stop: int | None = None, require_link: bool = False) -> tuple[Party, int]:
    """The side named in the words from token ``k``; returns it and where it ends."""
    toks = idx.doc.tokens
    limit = min(k + PARTY_WINDOW, len(toks), stop if stop is not None else len(toks))
    best: Match | None = None
    first: Match | None = None
    kinds: set[str] = set()
    groups: set[str] = set()
    both_sides = False
    end = toks[k - 1].end if 0 < k <= len(toks) else 0
    j = k
    if 0 < k < len(toks) and not idx.same_clause(k - 1, k) and k - 1 not in _date_tokens(idx):
        return Party(None, None, "unknown"), end
    while j < limit:
        if j > k and not idx.same_clause(j - 1, j):
            break
        if idx.party_stops.get(j, "side") != "side":
            break
        if j > k and (j in idx.quantities or _counted_part(idx, j)):
            break
        if j in idx.cues and j > k:
            break
        if require_link and j == k and toks[j].text not in ("من", "في") and j not in idx.people:
            break
        m = idx.people.get(j)
        if m is None and j > k and toks[j].text.startswith("و") and first is not None:
            break  # «أشخاص وأحرقوا ...»: a new clause, not more of the side
        if m is not None:
            first = first or m
            both_sides = both_sides or int(m.entry.get("strength") or 0) >= 9
            if m.entry.get("category") not in ("unknown", ""):
                (groups if m.entry.get("type") == "group" else kinds).add(m.entry.get("category"))
            if best is None or _strength(m) > _strength(best):
                best = m
            end = m.end
            j = idx.tok(m.end - 1) + 1
            while j < limit and _nisba(toks[j].text) and idx.same_clause(j - 1, j) and j not in idx.people:
                end = toks[j].end  # «جنود سوريين»: the side's adjectives belong to it
                j += 1
            continue
        j += 1
    if first is None or best is None:
        return Party(None, None, "unknown"), end
    span = idx.doc.span(first.start, end)
    category = best.entry.get("category") or "unknown"
    if len(kinds) > 1 and not groups or len(groups) > 1 or both_sides:
        category = "unknown"  # «من الجنود والمدنيين»: a toll of both sides
    return Party(span, best.entry.get("name") or span.text, category), end


def _strength(m: Match) -> int:
    s = int(m.entry.get("strength") or 0)
    return s if m.entry.get("category") != "unknown" else -1


def _make(idx: _Index, kind: str, value: int | None, pos: int, span: Span, party: Party, *,
          low: int | None = None, high: int | None = None, approx: bool = False,
          vague: str | None = None) -> Claim:
    doc = idx.doc
    sent = doc.sentences[doc.sentence_of(pos)]
    ev = doc.span(sent.start, sent.end)
    attribution = source_for(doc, pos, sent.index)
    source = None
    if attribution is not None:
        s = attribution.source
        relay = attribution.relay.name if attribution.relay is not None else None
        source = Source(doc.span(s.start, s.end), s.name, relay)
    if value is not None and low is None and high is None:
        low = high = value
    if party.category == "unknown" and source is not None and _possessive(idx, party):
        party = Party(party.span, party.name, _speaker_side(doc, attribution.source))
    return Claim(kind, value, low, high, approx or value is None and vague is not None and "عشر" in (vague or ""),
                 party, source, (ev.start, ev.end), span, vague)


def _possessive(idx: _Index, party: Party) -> bool:
    if party.span is None:
        return False
    return any(p.entry.get("flags") == "possessive" and idx.doc.span(p.start, p.end).start >= party.span.start
               and idx.doc.span(p.start, p.end).end <= party.span.end for p in idx.people.values())


def _speaker_side(doc: Document, source: object) -> str:
    """The category of a named force inside the source's name («هيئة الحشد الشعبي»)."""
    for a in doc.layer("actors"):
        if a.start < getattr(source, "end", 0) and a.end > getattr(source, "start", 0):
            return a.category
    return "unknown"


def _inherit_parties(claims: list[ClaimMention]) -> list[ClaimMention]:
    """«مقتل شخص وإصابة 11 آخرين»: «آخرين» and unnamed sides take the side before."""
    out: list[ClaimMention] = []
    prev: ClaimMention | None = None
    for cm in claims:
        c = cm.claim
        if prev is not None and prev.sentence == cm.sentence and c.party.category == "unknown" \
                and prev.claim.party.category != "unknown":
            party = Party(c.party.span, prev.claim.party.name, prev.claim.party.category)
            cm = dataclasses.replace(cm, claim=_replace_party(c, party))
        out.append(cm)
        prev = cm
    return out


def _drop_increments(claims: list[ClaimMention]) -> list[ClaimMention]:
    """«انتشال 11 جثة ما رفع الحصيلة إلى 21»: beside a toll, a smaller figure of its kind is a step."""
    tolls = [(cm.sentence, cm.claim.kind, cm.claim.value) for cm in claims
             if cm.role == "toll" and cm.claim.value is not None]
    return [cm for cm in claims if cm.role not in ("victim", "post") or not any(
        s == cm.sentence and k == cm.claim.kind and cm.claim.value is not None and cm.claim.value < v
        for s, k, v in tolls)]


def _drop_subsumed(claims: list[ClaimMention]) -> list[ClaimMention]:
    """A figureless mention («قتلى», «جرحى») gives way to a figure of the same kind;
    an attacking force is a claim only with its size."""
    counted = {(cm.claim.kind, cm.claim.party.category) for cm in claims if cm.claim.value is not None}
    kinds = {k for k, _ in counted}
    return [cm for cm in claims if cm.claim.value is not None or cm.claim.kind != "participants" and not (
        (cm.claim.kind, cm.claim.party.category) in counted
        or cm.claim.party.span is None and cm.claim.kind in kinds)]


def _default_civilians(claims: list[ClaimMention]) -> list[ClaimMention]:
    """Victims named by no side are civilians, unless their sentence splits a toll by sides."""
    out: list[ClaimMention] = []
    for cm in claims:
        c = cm.claim
        if c.party.span is None and c.party.category == "unknown" and (
                c.kind in ("killed", "injured", "missing") or cm.detail == "abduction"):
            sides = {o.claim.party.category for o in claims if o.sentence == cm.sentence and o is not cm}
            before = [o.claim.party.category for o in out if o.claim.party.span is not None
                      and o.claim.party.category != "unknown" and cm.sentence - o.sentence <= 1]
            if before and not sides - {before[-1], "unknown"}:
                cm = dataclasses.replace(cm, claim=_replace_party(c, Party(None, None, before[-1])))
            elif not sides & {"state_forces", "armed_group"}:
                cm = dataclasses.replace(cm, claim=_replace_party(c, Party(None, None, "civilians")))
        out.append(cm)
    return out


def _replace_party(c: Claim, party: Party) -> Claim:
    from dataclasses import replace

    return replace(c, party=party)
