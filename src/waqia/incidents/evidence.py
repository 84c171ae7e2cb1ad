"""The evidence that two events of different articles are one real event.

:func:`weigh` compares two :class:`~waqia.incidents.members.Member` events feature by
feature and returns an :class:`Evidence`: every named feature with the
weight it adds (negative weights take away), the total, and whether the
pair is a link.  Two features can also *veto* a pair (different countries,
days too far apart): then :func:`weigh` returns None.  The features,
weights and threshold are documented, with their calibration, in
``docs/incidents.md``.

This module is pure logic: no SQL, no state, so the same two events always
get the same evidence whichever article came first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date as Date
from typing import TYPE_CHECKING, Any

from waqia.core.normalize import key
from waqia.incidents.calendar import calendar_weight
from waqia.incidents.members import parse_day
from waqia.incidents.text import lead_weekdays, text_shingles, text_weight, text_words

if TYPE_CHECKING:
    from waqia.incidents.members import Member

__all__ = ["Evidence", "lead_weekdays", "place_weight", "span", "text_shingles", "text_weight", "text_words",
           "type_weight", "weekday_weight", "weigh"]

#: the score a pair needs to be a link
THRESHOLD = 5.0
#: the score a pair needs when one side has no day at all
UNDATED_THRESHOLD = 7.0
#: without any day on one side, the text must agree at least this much (a weight of ``text``)
UNDATED_MIN_TEXT = 1.0
#: ... or figures that agree this much (two equal figures, or one of LARGE_FIGURE or more)
UNDATED_MIN_FIGURES = 3.0
NEAR_KM, FAR_KM = 15.0, 60.0
#: the place weight of a pair one side of which names no place at all, when its text weight
#: reaches UNKNOWN_PLACE_MIN_TEXT (the reading found no place: unknown is not elsewhere)
UNKNOWN_PLACE, UNKNOWN_PLACE_MIN_TEXT = 2.0, 3.0
#: an event dated only by its article's publication may have happened this many days before it
REPORT_LAG_DAYS = 10
#: weight of weekdays that agree, and of weekdays that contradict each other
WEEKDAY_AGREE, WEEKDAY_CONFLICT = 0.5, -3.0
#: weight of two different but compatible event types (as much as one type with two sub-types)
COMPATIBLE_TYPE = 1.0
TOLL_KINDS = ("killed", "injured", "captured", "missing")
#: weight of an equal figure, at most two counted; a figure of LARGE_FIGURE or more counts as two
FIGURE, LARGE_FIGURE = 1.5, 10
#: weight of tolls that no report of one event can give both of (:func:`toll_conflict`)
TOLL_CONFLICT = -3.0

#: Pairs of different ACLED event types that one real event can be coded as.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Protests", "Violence against civilians"}),
    frozenset({"Battles", "Strategic developments"}),
})


@dataclass(frozen=True)
class Evidence:
    """Why two events are (or are not) one incident: named features and their weights.

    >>> e = Evidence({"place": 3.0, "day": 2.0, "type": 1.5})
    >>> e.score, e.linked
    (6.5, True)
    """

    features: dict[str, float]
    #: a reason the pair cannot link despite its score (e.g. no day and too little text)
    blocked: str | None = None
    threshold: float = field(default=THRESHOLD)

    @property
    def score(self) -> float:
        """The sum of the feature weights."""
        return round(sum(self.features.values()), 3)

    @property
    def linked(self) -> bool:
        """Whether the pair is a link: the score reaches the threshold and nothing blocks it."""
        return self.blocked is None and self.score >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        """``{"score", "features", "blocked"?}`` for the incident record and ``--explain``."""
        out: dict[str, Any] = {"score": self.score, "features": {k: v for k, v in self.features.items() if v}}
        if self.blocked:
            out["blocked"] = self.blocked
        return out


# ---- place -------------------------------------------------------------


def _loc_keys(loc: dict[str, Any]) -> set[str]:
    keys = set()
    if loc.get("gazetteer_id"):
        keys.add("id:" + str(loc["gazetteer_id"]))
    for name in ("name", "name_ar", "text"):
        if isinstance(loc.get(name), str) and loc[name].strip():
            keys.add("n:" + key(loc[name]).lower())
    return keys


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    try:
        la1, lo1, la2, lo2 = (math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _nearest_km(la: list[dict[str, Any]], lb: list[dict[str, Any]]) -> float:
    """The least distance between a town-level place (precision 1-2) of each side; inf if none."""
    def towns(locs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [x for x in locs if (x.get("geo_precision") or 3) <= 2]
    dists = (_km(x, y) for x in towns(la) for y in towns(lb))
    return min((d for d in dists if d is not None), default=math.inf)


def _values(locs: list[dict[str, Any]], name: str) -> set[str]:
    return {str(x[name]) for x in locs if x.get(name)}


def _shared_place(la: list[dict[str, Any]], lb: list[dict[str, Any]]) -> float:
    """3 for a specific place both name (2.5 when neither names it first), 1 for a broad one, else 0."""
    all_b = set().union(*(_loc_keys(x) for x in lb))
    best = 0.0
    for pos, x in enumerate(la):
        shared = _loc_keys(x) & all_b
        if not shared:
            continue
        others = [y for y in lb if _loc_keys(y) & shared]
        if all((y.get("geo_precision") or 1) >= 3 for y in [x, *others]):
            best = max(best, 1.0)
        else:
            first = pos == 0 or any(lb.index(y) == 0 for y in others)
            best = max(best, 3.0 if first else 2.5)
    return best


def place_weight(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Place evidence: a specific place both name 3 (2.5 when neither names it first),
    first places within :data:`NEAR_KM` 2.5, a shared admin2 area 2, one province 1,
    no place on one side 0; None (veto) for different countries, or first places more
    than :data:`FAR_KM` apart (or in different provinces) with no place in common.

    >>> mog = {"locations": [{"name": "Mogadishu", "country": "SO"}]}
    >>> hotel = {"locations": [{"name": "Hotel X", "country": "SO"}, {"name": "Mogadishu", "country": "SO"}]}
    >>> place_weight(mog, hotel)
    3.0
    >>> place_weight(mog, {"locations": [{"name": "Baghdad", "country": "IQ"}]}) is None
    True
    """
    la, lb = list(a.get("locations") or []), list(b.get("locations") or [])
    if not la or not lb:
        return 0.0
    ca, cb = _values(la, "country"), _values(lb, "country")
    if ca and cb and not ca & cb:
        return None
    shared = _shared_place(la, lb)
    if shared > 1.0:
        return shared
    dist = _km(la[0], lb[0])
    if _nearest_km(la, lb) <= NEAR_KM:
        return 2.5
    if _values(la, "admin2") & _values(lb, "admin2"):
        return 2.0
    a1a, a1b = _values(la, "admin1"), _values(lb, "admin1")
    if shared == 0 and ((dist is not None and dist > FAR_KM) or (a1a and a1b and not a1a & a1b)):
        return None
    return 1.0 if shared or a1a & a1b else 0.0


# ---- day ---------------------------------------------------------------


def _month_end(d: Date) -> Date:
    nxt = Date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return Date.fromordinal(nxt.toordinal() - 1)


def span(m: Member) -> tuple[Date, Date, bool] | None:
    """The days an event may have happened on: (first, last, exact).

    An event date of day precision allows a day either side (relative dates
    such as «أمس» are often off by one) and is *exact*; a range its first
    days; a month the whole month.  An event dated only by its article's
    publication day happened on it or up to :data:`REPORT_LAG_DAYS` before
    (tolls are reported for days after the event).  None: no day at all.
    """
    day, precision = parse_day(m.event.get("date")), m.event.get("date_precision")
    if day is not None:
        if precision == "month":
            return day, _month_end(day), False
        if precision == "range":
            return Date.fromordinal(day.toordinal() - 1), Date.fromordinal(day.toordinal() + 3), False
        return Date.fromordinal(day.toordinal() - 1), Date.fromordinal(day.toordinal() + 1), True
    pub = parse_day(m.published)
    if pub is None:
        return None
    return Date.fromordinal(pub.toordinal() - REPORT_LAG_DAYS), pub, False


def day_weight(a: Member, b: Member) -> float | None:
    """Day evidence: both dated to one day 2, to adjacent days 1, other overlapping spans 0.5,
    no day on a side 0, a follow-up (:func:`follow_up`) 0; None (veto) when the spans
    (:func:`span`) do not overlap."""
    if follow_up(a, b):
        return 0.0
    sa, sb = span(a), span(b)
    if sa is None or sb is None:
        return 0.0
    if sa[1] < sb[0] or sb[1] < sa[0]:
        return None
    if sa[2] and sb[2]:
        diff = abs((sa[0] - sb[0]).days)
        return 2.0 if diff == 0 else 1.0 if diff == 1 else None
    return 0.5


def _report_dated(m: Member) -> Date | None:
    """The day of an event dated to its own article's publication day (a report of «today»)."""
    day, pub = parse_day(m.event.get("date")), parse_day(m.published)
    exact = m.event.get("date_precision") in (None, "day")
    return day if day is not None and exact and day == pub else None


def follow_up(a: Member, b: Member) -> bool:
    """Whether one event may be a later report of the other: both dated to a day, 2 to
    :data:`REPORT_LAG_DAYS` days apart, and the later one dated to its own article's publication
    day.  «The ministry announced today that the toll rose to 15» dates the announcement, not the
    attack days before; such a pair is weighed as if a side had no day (:data:`UNDATED_THRESHOLD`)."""
    da, db = parse_day(a.event.get("date")), parse_day(b.event.get("date"))
    if da is None or db is None or da == db or not all(
            m.event.get("date_precision") in (None, "day") for m in (a, b)):
        return False
    later, earlier = (a, db) if da > db else (b, da)
    day = _report_dated(later)
    return day is not None and 2 <= (day - earlier).days <= REPORT_LAG_DAYS


def weekday_weight(a: Member, b: Member) -> float:
    """Weekdays that agree :data:`WEEKDAY_AGREE`, that contradict :data:`WEEKDAY_CONFLICT`, else 0.

    An event dated to a day has that day's weekday (give or take one, as
    relative dates may be off by one); otherwise the weekdays its article's
    lead names stand in (:attr:`~waqia.incidents.members.Member.weekdays`).  A lead
    that names a weekday the other article reports on (its publication day or
    a weekday its own lead names) contradicts nothing: a follow-up report names
    the day it is written, not the day of the event.
    """
    da, db = _weekdays(a), _weekdays(b)
    if not da or not db:
        return 0.0
    if da[0] and db[0]:  # both exact: the day feature already compares them
        return 0.0
    near = {(d + k) % 7 for d in da[1] for k in ((-1, 0, 1) if da[0] else (0,))}
    near_b = {(d + k) % 7 for d in db[1] for k in ((-1, 0, 1) if db[0] else (0,))}
    if near & db[1] or near_b & da[1]:
        return WEEKDAY_AGREE
    if a.weekdays & _report_weekdays(b) or b.weekdays & _report_weekdays(a):
        return 0.0
    return WEEKDAY_CONFLICT


def _report_weekdays(m: Member) -> frozenset[int]:
    """The weekdays an article is written on or names in its lead."""
    pub = parse_day(m.published)
    return m.weekdays | ({pub.weekday()} if pub else set())


def _weekdays(m: Member) -> tuple[bool, frozenset[int]] | None:
    day = parse_day(m.event.get("date"))
    if day is not None and m.event.get("date_precision") in (None, "day"):
        return True, frozenset({day.weekday()})
    return (False, m.weekdays) if m.weekdays else None


# ---- type, actors, figures --------------------------------------------


def type_weight(a: dict[str, Any], b: dict[str, Any]) -> float:
    """Same sub-event type 1.5, same type or compatible types 1 (reports of one event often
    type it differently: an attack on an airport as shelling or as an attack on civilians),
    a type unknown 0, else -2."""
    ta, tb = a.get("event_type"), b.get("event_type")
    if not ta or not tb:
        return 0.0
    if ta == tb:
        return 1.5 if a.get("sub_event_type") == b.get("sub_event_type") else 1.0
    return COMPATIBLE_TYPE if frozenset({ta, tb}) in COMPATIBLE_TYPES else -2.0


def _actor_keys(e: dict[str, Any]) -> set[str]:
    """The sides an event names; a state's forces are one side whatever arm of them a report names
    («Police forces» in one, «Security forces» in another)."""
    return {x["category"] if x.get("category") == "state_forces" else key(str(x["name"])).lower()
            for x in e.get("actors") or [] if x.get("name")}


def actor_weight(a: dict[str, Any], b: dict[str, Any]) -> float:
    """0.5 for each actor both name, at most 1."""
    return 0.5 * min(2, len(_actor_keys(a) & _actor_keys(b)))


def _figures(e: dict[str, Any]) -> set[tuple[str, str, int]]:
    out = set()
    for c in e.get("claims") or []:
        # figures below 3 coincide too often between unrelated events to count
        if c.get("value") is not None and int(c["value"]) >= 3 and c.get("kind") in TOLL_KINDS:
            out.add((str(c["kind"]), str((c.get("party") or {}).get("category") or "unknown"), int(c["value"])))
    return out


def figure_weight(a: dict[str, Any], b: dict[str, Any]) -> float:
    """:data:`FIGURE` for each figure (3 or more) of one kind and party both give, twice that for a
    figure of :data:`LARGE_FIGURE` or more (two unrelated events share a toll of 12 far less often
    than one of 4), at most two figures' worth.  Different figures cost nothing (tolls rise, and
    sources disagree) unless no rising toll joins them (:func:`toll_conflict`): :data:`TOLL_CONFLICT`.

    >>> four, twelve = {"claims": [{"kind": "killed", "value": 4}]}, {"claims": [{"kind": "killed", "value": 12}]}
    >>> figure_weight(four, four), figure_weight(twelve, twelve), figure_weight(four, twelve)
    (1.5, 3.0, 0.0)
    """
    shared = _figures(a) & _figures(b)
    agree = min(2 * FIGURE, sum(2 * FIGURE if v >= LARGE_FIGURE else FIGURE for _, _, v in shared))
    return agree + (TOLL_CONFLICT if toll_conflict(a, b) else 0.0)


def _single_tolls(e: dict[str, Any]) -> dict[tuple[str, str], int]:
    """(kind, party category) -> the one killed or injured figure an event gives of it."""
    seen: dict[tuple[str, str], set[int]] = {}
    for c in e.get("claims") or []:
        if c.get("value") is not None and c.get("kind") in ("killed", "injured"):
            party = str((c.get("party") or {}).get("category") or "unknown")
            seen.setdefault((str(c["kind"]), party), set()).add(int(c["value"]))
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1}


def toll_conflict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two events give tolls of one party that no rising toll joins: a later report
    counts at least as many dead, and at least as many dead and wounded together (the wounded
    may die, so the wounded alone may fall); each event gives one figure of the party's dead and
    one of its wounded.  From 2 dead and 7 wounded to 4 and 4 the casualties fell; back, the dead.

    >>> two = {"claims": [{"kind": "killed", "value": 2}, {"kind": "injured", "value": 7}]}
    >>> four = {"claims": [{"kind": "killed", "value": 4}, {"kind": "injured", "value": 4}]}
    >>> toll_conflict(two, four), toll_conflict(two, dict(four, claims=four["claims"][:1]))
    (True, False)
    """
    ta, tb = _single_tolls(a), _single_tolls(b)

    def rises(early: dict[tuple[str, str], int], late: dict[tuple[str, str], int], party: str) -> bool:
        k, w = ("killed", party), ("injured", party)
        return late[k] >= early[k] and late[k] + late[w] >= early[k] + early[w]
    parties = {p for _, p in ta if all((k, p) in t for t in (ta, tb) for k in ("killed", "injured"))}
    return any(not rises(ta, tb, p) and not rises(tb, ta, p) for p in parties)


# ---- the pair ----------------------------------------------------------


def weigh(a: Member, b: Member) -> Evidence | None:
    """The evidence that two events are one; None when a feature vetoes the pair.

    A pair where either side has no day at all links only with text evidence of
    at least :data:`UNDATED_MIN_TEXT`, two equal figures or a day of the month both
    name (``calendar``): place, type and actors alone match too many events of other
    years; a pair with no place evidence links only on text.  An
    event without any place has an unknown place: with texts that agree closely
    (:data:`UNKNOWN_PLACE_MIN_TEXT`) its ``place`` is :data:`UNKNOWN_PLACE`.
    """
    place = place_weight({"locations": a.places}, {"locations": b.places})
    day = day_weight(a, b)
    if place is None or day is None:
        return None
    text = text_weight(a, b)
    if (not a.places or not b.places) and text >= UNKNOWN_PLACE_MIN_TEXT:
        place = UNKNOWN_PLACE  # no place read on a side: unknown, not elsewhere, when the texts agree
    features = {"place": place, "day": day, "type": type_weight(a.event, b.event),
                "actors": actor_weight(a.event, b.event), "figures": figure_weight(a.event, b.event),
                "weekday": weekday_weight(a, b), "calendar": calendar_weight(a, b), "text": text}
    blocked, threshold = None, THRESHOLD
    if span(a) is None or span(b) is None or follow_up(a, b):
        threshold = UNDATED_THRESHOLD
        if text < UNDATED_MIN_TEXT and features["figures"] < UNDATED_MIN_FIGURES and features["calendar"] <= 0:
            blocked = "no day (or only a report's day) on one side, and too little shared text, figures or days"
    if place < 1.0 and text < UNDATED_MIN_TEXT:
        blocked = "no shared place and too little shared text"
    return Evidence(features, blocked, threshold)
