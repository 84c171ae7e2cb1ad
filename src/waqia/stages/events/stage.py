"""Events: grouping triggers, claims, places, dates and sides; the document record.

A trigger from ``event_triggers.tsv`` reports an event of an ACLED type. A weak trigger (weight 1, e.g.
«هجوم») counts only with support in its sentence: a figure, a place it happened at
(:func:`waqia.stages.places.roles.locates`), a date or a side (a force: civilians named there are no
support). Sentences about the past (a background date, «منذ») or about an out-of-scope topic (a road
accident) give no trigger and no claim. Triggers of one type and day make one event; claims and places
join the event of the nearest trigger.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.lexicon import Entry, Match, longest
from waqia.core.morphology import ARTICLE, has_article
from waqia.output import Claim, DocumentRecord, Event
from waqia.stages.actors import ActorMention
from waqia.stages.claims.context import in_background, without
from waqia.stages.claims.rules import CARED, ClaimMention
from waqia.stages.events.absorb import absorb
from waqia.stages.events.captives import captives, toll_apart
from waqia.stages.events.dating import event_days
from waqia.stages.events.figures import FigureWords, anchored, distinct_claims, figure_words
from waqia.stages.events.frames import disperses, framed
from waqia.stages.events.hosts import Hosts
from waqia.stages.events.means import (
    EXPLOSIONS,
    brought_down,
    disrupts_weapons,
    means_near,
    names_protesters,
    people_after,
    tells_assault,
    unfired,
    withdrawn,
)
from waqia.stages.events.placing import attach_untold
from waqia.stages.events.rules import (
    STOPPED,
    fold_blasts_into_strikes,
    fold_bombs_into_suicide_attacks,
    fold_downed_into_interceptions,
    fold_generic_attacks,
    fold_labels,
    fold_rockets_into_air_strikes,
    fold_struck_interceptions,
    fold_taken_into_handovers,
    fold_weapons_into_battles,
)
from waqia.stages.events.scope import (
    Threats,
    after_blasts,
    blocked_sentences,
    demonstratives,
    denied_by_without,
    new_items,
    pointed,
    set_aside,
    talk_sentences,
    threat_positions,
    topic_counts,
    trigger_background,
    under_threat,
)
from waqia.stages.events.sides import Named, acting_sides, event_actors, named_in
from waqia.stages.events.spans import closed_by_span
from waqia.stages.events.subtypes import arrests_apart, arson, refine, told_by_figures
from waqia.stages.places.roles import (
    drop_covered_countries,
    event_locations,
    is_country,
    is_dateline,
    locates,
)

if TYPE_CHECKING:
    from waqia.core.context import Context

#: topics whose words, twice or more in a story with few strong triggers, make it out of scope
OFF_TOPICS = ("sport", "fiction", "anniversary", "economy", "exercise", "diplomacy", "accident", "court")


@dataclass(frozen=True)
class Trigger:
    pos: int
    end: int
    sentence: int
    event_type: str
    sub_event_type: str
    weight: int
    definite: bool = False  # «الهجوم»: refers back to an event already told
    label: bool = False  # «مجزرة»: judges an event rather than tells one
    generic: bool = False  # «هجوم»: names any attack
    ground: bool = False  # «المدفعية»: a weapon fired from the ground only
    blast: bool = False  # «انفجار»: a blast of any cause
    act: bool = False  # «اغتيال»: the act, whatever the means
    downed: bool = False  # «أسقطت 30 طائرة مسيرة»: the weapon brought down, the object of an interception
    shot: bool = False  # «برصاص»: the fire its sentence's victims fell to


@dataclass
class _Draft:
    event_type: str
    sub_event_type: str
    date: Any
    triggers: list[Trigger] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    places: list[Any] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    starts: list[int] | None = field(default=None, repr=False)  # the triggers' sentences, once asked


def find_events(doc: Document, ctx: Context) -> Document:
    """Layer ``events``: :class:`waqia.output.Event` objects."""
    matches = doc.layer("matches")
    blocked = blocked_sentences(doc)
    if _off_topic(doc, matches, blocked):
        return doc.add("events", ())
    threatened = threat_positions(doc)
    claims = [c for c in doc.layer("claims") if c.sentence not in blocked and not under_threat(doc, c.pos, threatened)]
    event_dates = _event_dates(doc)  # read once: the triggers and the grouping both ask (#14)
    triggers = _triggers(doc, matches, blocked, claims, threatened, demonstratives(ctx.lexicon),
                         set(event_dates.sentences))
    if not triggers and all(c.claim.kind == "participants" for c in claims):  # a force's size tells no event
        return doc.add("events", ())
    drafts = _group(doc, triggers, claims, blocked, event_dates)
    drafts = fold_labels(fold_weapons_into_battles(drafts, new_items(doc), after_blasts(doc)))
    drafts = fold_rockets_into_air_strikes(fold_generic_attacks(drafts, tells_assault(doc, matches, blocked)))
    drafts = fold_taken_into_handovers(fold_downed_into_interceptions(fold_struck_interceptions(drafts)))
    drafts = fold_bombs_into_suicide_attacks(fold_blasts_into_strikes(drafts))
    for d, places in zip(drafts, drop_covered_countries([d.places for d in drafts], is_country), strict=True):
        d.places = places
    named, words = named_in(doc), figure_words(ctx.lexicon)
    events = anchored((_finish(doc, i, d, named, words) for i, d in enumerate(drafts)), doc)
    return doc.add("events", events)


def _off_topic(doc: Document, matches: tuple[Match, ...], blocked: set[int]) -> bool:
    """An article about sport, a trial, an anniversary ...; an accident only when every figure is
    the accident's («حادث سير» beside an attack does not make the attack one)."""
    topics = topic_counts(doc, blocked)
    strong = sum(1 for m in doc.matches_of("event_triggers") if _reading(m.entry).strong)
    hits = sum(n for t, n in topics.items() if t in OFF_TOPICS)
    accident = topics["accident"] >= 1 and strong == 0 and all(c.sentence in blocked for c in doc.layer("claims"))
    return hits >= 2 and strong < 2 or hits >= 4 and strong < hits or accident


@dataclass(frozen=True)
class _Reading:
    """What an entry of ``event_triggers`` says of every match of it (#14: read once per entry)."""
    weight: int
    article: bool  # the entry itself is written with the article
    event_type: str
    sub_event_type: str
    weapon: bool
    people: bool
    activity: bool
    label: bool
    generic: bool
    ground: bool
    blast: bool
    act: bool
    fired: bool  # a weapon fired: brought down, it tells an interception
    strong: bool  # written weight 2 and no label («مجزرة» judges; it tells no event)
    shot: bool  # flag ``shot``: the fire the victims of its sentence fell to
    unharmed: bool  # flag ``unharmed``: tells its event only where no one is killed or hurt in its sentence


@functools.lru_cache(maxsize=4096)
def _reading(entry: Entry) -> _Reading:
    """The :class:`_Reading` of ``entry``; flags are whole words («activity» is not «act»: a protest word
    is no assassination folded into a bombing)."""
    flags, sub = frozenset((entry.get("flags") or "").replace(",", " ").split()), entry.get("sub_event_type")
    return _Reading(int(entry.get("weight") or 1), entry.key.startswith(ARTICLE), entry.get("event_type"), sub,
                    "weapon" in flags, "people" in flags, "activity" in flags, "label" in flags, "generic" in flags,
                    "ground" in flags, "blast" in flags, "act" in flags, sub in STOPPED,
                    entry.get("weight") == "2" and "label" not in flags, "shot" in flags, "unharmed" in flags)


def _triggers(doc: Document, matches: tuple[Match, ...], blocked: set[int],
              claims: list[ClaimMention], threatened: Threats, points: frozenset[str],
              dated: set[int]) -> list[Trigger]:
    """The event words of ``doc`` that tell an event (``dated``: the sentences with an event date)."""
    found = longest([*framed(doc), *doc.matches_of("event_triggers")])  # a frame first: its verb read whole
    if not found:
        return []  # no event word: nothing else to read (#14)
    support: set[int] = {c.sentence for c in claims}
    fell = {c.sentence for c in claims if c.claim.kind in ("killed", "injured")}
    placed = {p.sentence for p in doc.layer("places") if locates(p)}
    support |= placed | {doc.sentence_of(d.start) for d in doc.layer("dates") if d.date}
    support |= {a.sentence for a in doc.layer("actors") if a.category != "civilians"}
    talk, background = talk_sentences(doc), trigger_background(doc)  # «منذ فجر اليوم» is no past
    threats = [doc.token_index(m.start) for m in doc.matches_of("background_cues")
               if m.entry.get("type") in ("hypothetical", "negation")]
    covers = [(x.start, x.end) for x in doc.matches_of("negative_topics")]
    denials = without(doc)
    condemned = without(doc, "condemnation"), without(doc, "cause")  # «استنكرت الغارات»، «تنديدا باعتقاله»
    out: list[Trigger] = []
    fresh = new_items(doc)  # «وفي سياق متصل، ألقت القوات القبض على»: a new item, its definite words tell it
    outside = False  # the event word before was left out of the story (covered, background, a threat's object)
    covered = False  # ... inside a longer phrase of no event («هجوم إلكتروني»)
    for m in found:
        s = doc.sentence_of(m.start)
        r = _reading(m.entry)
        definite = (r.article or has_article(m.prefix)) and s not in fresh
        if outside and pointed(doc, m, points) or covered and definite and r.weight < 2:
            continue  # «تلك المعارك» refers back to what was left out; «الهجوم» after «هجوم إلكتروني»
        # «وقف إطلاق النار» is no shooting; a sentence of the past, a threat's object tell no event
        covered = bool(covers) and any(a <= m.start < b and (m.end <= b and b - a > m.end - m.start or a < m.start)
                                         for a, b in covers)  # «تحت سيطرة الفصائل»: the phrase opens the word
        outside = covered or s in blocked or in_background(doc, m.start, background, threats) \
            or under_threat(doc, m.start, threatened, r.sub_event_type != "Peaceful protest") \
            or closed_by_span(doc, m.start, background, found)  # «...، في عمليات نفذتها خلال الأسبوعين الماضيين»
        if not outside and any(condemned) and set_aside(doc, m.start, condemned, s in fell):
            outside = True  # an event condemned with no toll of its own is told elsewhere, or only alluded to
        if not outside and denials and denied_by_without(doc, m.start, denials):
            outside = True  # «دون مواجهات»: what did not happen; a withdrawal without it hands the place over
            if r.event_type == "Battles" and withdrawn(doc, s):
                out.append(Trigger(m.start, m.end, s, "Strategic developments", "Non-violent transfer of territory", 2))
        if outside or r.weight < 2 and (s not in support or s in talk):
            continue
        if r.weapon and not disrupts_weapons(doc, m.start) or r.event_type == EXPLOSIONS and unfired(doc, m.start, s, out):
            continue  # «إسقاط النظام»: no weapon is brought down; «شنت هجوما ... مستخدمة المسيرات»: its means
        if r.people and not people_after(doc, m.end) or r.shot and s not in fell or r.unharmed and s in fell:
            continue  # «أوقفت الشركة رحلاتها»: no one is held; «برصاص» with no one killed or hurt in its sentence
        if definite and r.activity:
            continue  # «حق التظاهر»: the activity, not an event
        out.append(Trigger(m.start, m.end, s, r.event_type, r.sub_event_type, r.weight, definite, r.label,
                           # «هجوم» for any attack; «هجوم على حاجز» tells a ground assault on a post
                           r.generic and not means_near(doc, m.start, m.end, "position", before=False),
                           r.ground or means_near(doc, m.start, m.end, "ground"), r.blast, r.act,
                           r.fired and brought_down(doc, m.start), r.shot))
    if not any(t.event_type == "Protests" and t.sub_event_type == "Peaceful protest" for t in out) \
            and not names_protesters(doc, blocked) and not disperses(doc, blocked):  # «لتفريق متظاهرين»
        out = [t for t in out if t.event_type != "Protests"]  # tear gas at a raid is no protest
    return refine(doc, absorb(arson(doc, out, blocked), claims, dated, placed, doc), claims)


def _date_for(doc: Document, sentence: int, pos: int, dated: _Dates | None = None) -> Any:
    """The date mention nearest before ``pos`` in the sentence, else in the sentences before."""
    dated = _event_dates(doc) if dated is None else dated
    lo = bisect.bisect_left(dated.sentences, sentence)
    hi = bisect.bisect_right(dated.sentences, sentence)
    if lo < hi:
        return min(dated.mentions[lo:hi], key=lambda d: abs(d.start - pos))
    return dated.last_known[lo]


@dataclass
class _Dates:
    """The event dates in sentence order; ``last_known[i]``: the last with a date before index i."""
    sentences: list[int]
    mentions: list[Any]
    last_known: list[Any]


def _event_dates(doc: Document) -> _Dates:
    """The event dates of ``doc`` (a mention not marked otherwise is an event date unless background)."""
    found = sorted(((doc.sentence_of(d.start), d) for d in event_days(doc)), key=lambda sd: sd[0])
    last_known: list[Any] = [None]
    for _, d in found:
        last_known.append(d if d.date else last_known[-1])
    return _Dates([sd[0] for sd in found], [sd[1] for sd in found], last_known)


def _group(doc: Document, triggers: list[Trigger], claims: list[ClaimMention],
           blocked: set[int], event_dates: _Dates) -> list[_Draft]:
    drafts: dict[tuple[str, str, Any], _Draft] = {}
    first_told = min((t.pos for t in triggers), default=None)
    # «الهجوم» after an event was told refers back to it; a definite word in the lead tells the event
    apart = arrests_apart(doc, triggers, claims) if first_told is not None else set()  # «القبض على ثلاثة»: arrests of their own
    taken = captives(doc, triggers, claims)  # «قتل اثنين من المهاجمين واعتقال ثالث»: the battle's captives
    anaphoric = [t for t in triggers if (t.definite or t.pos in taken) and t.weight < 2 and first_told is not None
                 and t.pos > first_told and t.pos not in apart]
    referring = {id(t) for t in anaphoric}
    triggers = [t for t in triggers if id(t) not in referring]
    for t in triggers:
        d = _date_for(doc, t.sentence, t.pos, event_dates)
        key = (t.event_type, t.sub_event_type, d.date if d else None)
        draft = drafts.setdefault(key, _Draft(t.event_type, t.sub_event_type, d))
        draft.triggers.append(t)
    ordered = list(drafts.values())
    if not ordered:
        ordered = [_draft_from_claims(doc, claims, event_dates)]
    _refer_back(doc, ordered, anaphoric, event_dates)
    hosts = Hosts(ordered)  # the triggers are fixed from here on; a toll beside arrests alone is a fight of its own
    ordered += [_draft_from_claims(doc, toll, event_dates)] if (toll := toll_apart(triggers, claims)) else []
    for c in claims:
        (ordered[-1] if c in toll else hosts.nearest(c.sentence, c.pos)).claims.append(c)
    dated = set(event_dates.sentences)
    told = {t.sentence for d in ordered for t in d.triggers}
    counted = {c.sentence for c in claims if c.role != CARED}  # care tells no place: claims/cared.py
    untold: list[Any] = []  # places (finer than a country, with a province) of sentences no event is told in
    for p in doc.layer("places"):
        s = p.sentence if hasattr(p, "sentence") else doc.sentence_of(p.start)
        if getattr(p, "context", False) or s in blocked:
            continue
        if s in told or s in counted or s in dated:
            hosts.nearest(s, p.start).places.append(p)
        elif (locates(p) or is_dateline(doc.text, p.start, p.end)) and not is_country(p) and p.location.admin1:
            # a dateline on a line of its own («البصرة - المربد») when nothing else places the story
            untold.append(p)
    attach_untold(doc, ordered, hosts, untold)
    acting = acting_sides(doc, blocked)
    for a in doc.layer("actors"):
        if a.sentence in told or a.sentence in counted or a.start in acting:
            hosts.nearest(a.sentence, a.start).actors.append(replace(a, role="initiator") if a.start in acting else a)
    for d in ordered:  # «سيطرة الفصائل على المواقع», a clash after a car bomb: a facet of the same day's
        if not d.places:  # event, of any kind, shares its places when its own sentences name none
            sibling = next((o for o in ordered if o is not d and o.places
                            and (o.date.date if o.date else None) == (d.date.date if d.date else None)), None)
            if sibling is not None:
                d.places = list(sibling.places)
    return ordered


def _refer_back(doc: Document, drafts: list[_Draft], anaphoric: list[Trigger], event_dates: _Dates) -> None:
    """Each trigger that refers back joins the draft nearest it, in text order."""
    in_order: set[int] = set()  # drafts whose triggers were sorted by position
    for t in anaphoric:
        draft = _nearest(drafts, t.sentence, t.pos)
        if id(draft) not in in_order:
            draft.triggers.sort(key=lambda x: x.pos)
            draft.starts = None
            in_order.add(id(draft))
        at = bisect.bisect_right(draft.triggers, t.pos, key=lambda x: x.pos)
        draft.triggers.insert(at, t)
        if draft.starts is not None:
            draft.starts.insert(at, t.sentence)
        if draft.date is None or not draft.date.date:  # «وجرى اختطافه يوم الأربعاء»: the day of the told event
            own = _date_for(doc, t.sentence, t.pos, event_dates)
            if own is not None and own.date and doc.sentence_of(own.start) == t.sentence:
                draft.date = own


def _draft_from_claims(doc: Document, claims: list[ClaimMention], event_dates: _Dates) -> _Draft:
    return _Draft(*told_by_figures(doc, claims), _date_for(doc, claims[0].sentence, claims[0].pos, event_dates))


def _nearest(drafts: list[_Draft], sentence: int, pos: int) -> _Draft:
    """The draft whose trigger is closest: same sentence first, then before, then after."""
    best, best_key = drafts[0], (9, 0)
    for d in drafts:
        for t in _nearby(d, sentence):
            k = (0, abs(t.pos - pos)) if t.sentence == sentence else \
                (1, sentence - t.sentence) if t.sentence < sentence else (2, t.sentence - sentence)
            if k < best_key:
                best, best_key = d, k
    return best


def _nearby(d: _Draft, sentence: int) -> list[Trigger]:
    """The triggers of one draft that can be nearest to ``sentence``: those in it, and the
    last before and first after it (triggers are kept in text order)."""
    if len(triggers := d.triggers) < 8:
        return triggers
    if d.starts is None:
        d.starts = [t.sentence for t in triggers]
    lo, hi = bisect.bisect_left(d.starts, sentence), bisect.bisect_right(d.starts, sentence)
    return triggers[max(lo - 1, 0):hi + 1]


def _finish(doc: Document, n: int, d: _Draft, named: Named | None, words: FigureWords) -> Event:
    claims = distinct_claims(d.claims, words)
    locations = event_locations(d.places)
    actors = event_actors(doc, d.actors, claims, named)
    date_span = doc.span(d.date.start, d.date.end) if d.date else None
    precision = d.date.precision if d.date and d.date.date else "unknown"
    doc_key = str(doc.meta.get("id") or doc.original[:200])
    raw = f"{doc_key}|{n}|{d.event_type}|{d.sub_event_type}|{d.date.date if d.date else ''}"
    event_id = "ev:" + hashlib.sha1(raw.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    confidence = 0.35 + 0.2 * bool(claims) + 0.15 * bool(locations) + 0.1 * bool(d.date and d.date.date) \
        + 0.2 * any(t.weight >= 2 for t in d.triggers)
    trigger = doc.span(d.triggers[0].pos, d.triggers[0].end) if d.triggers else None
    return Event(event_id, d.event_type, d.sub_event_type, d.date.date if d.date else None, precision,
                 date_span, locations, actors, claims, min(confidence, 1.0), trigger)


def build_record(doc: Document, ctx: Context) -> DocumentRecord:
    """The output record of a finished document."""
    from waqia.core.document import doc_id_for
    from waqia.stages.dates.stage import parse_published

    meta = doc.meta
    published = doc.layer("published")
    pub = published[0] if published else parse_published(meta.get("published"))
    events: tuple[Event, ...] = doc.layer("events")
    return DocumentRecord(
        doc_id=str(meta.get("id") or doc_id_for(doc.original)), url=meta.get("url"),
        title=meta.get("title"), outlet=meta.get("outlet"), published=pub.iso,
        relevant=bool(events), events=events, warnings=doc.warnings)


__all__ = ["Claim", "Trigger", "build_record", "find_events"]
