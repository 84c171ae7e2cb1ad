"""Incidents: the events of different articles that report one real event.

This module is pure logic (no SQL).  :class:`Member` is one stored event with
its document's metadata; :func:`link_score` says how strongly two members look
like the same real event (``None``: they cannot be); :func:`choose_incident`
picks the incident a new event joins; :func:`waqia.incident_records.build_incident`
turns the members of an incident into the record of ``output-format.md`` (section Incident).

Linking evidence, each a small additive score:

* place: the most specific place of one report is named by the other
  (gazetteer id or normalised name; a shared province-level place counts
  little), or they share an admin2 area, or lie
  within :data:`NEAR_KM` of each other; two different countries or far-apart
  precise places veto the link;
* day: same or adjacent day, with more slack when a date is only inferred
  from the publication day; days further apart veto the link; when neither
  report has any day, a little is taken off (something else must corroborate);
* type: same sub-event type, same event type, or compatible types (a battle
  and the shelling inside it); incompatible types (a protest and an air
  strike) veto the link;
* actors named by both reports; equal figures of the same kind and party
  (two or more equal figures also stand in for a precise place when the
  reports share any place at all);
* text: when the store gives each member the shingles of its article
  (:func:`text_shingles`), a passage shared word for word (agency copy, the
  same quoted statement) is strong evidence.

A report without any day can be placed anywhere in time, so it links only
when something specific corroborates it: shared text, an equal figure, or a
shared actor together with a compatible toll (both report casualties of one
kind and party, or neither reports any).

A new event joins the best-scoring incident whose members it is compatible
with (no veto against any member, no member from the same document) when the
best pair score reaches :data:`LINK_THRESHOLD` and the place evidence reaches
:data:`MIN_PLACE`.
"""

from __future__ import annotations

import hashlib
import math
import re
import zlib
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from .normalize import key

LINK_THRESHOLD = 3.5
MIN_PLACE = 2.0
NEAR_KM = 15.0
FAR_KM = 60.0
#: words per text shingle, and the shared-shingle share (of the shorter text)
#: and count above which two articles are taken to share a passage
SHINGLE_WORDS = 3
TEXT_SHARED, TEXT_STRONG, TEXT_MIN_COMMON = 0.06, 0.2, 8
TOLL_KINDS = ("killed", "injured", "captured", "missing")

#: Pairs of different ACLED event types that one real event can be coded as.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Battles", "Strategic developments"}),
})


@dataclass(frozen=True)
class Member:
    """One stored event as the linker sees it.

    >>> m = Member("d1", {"event_id": "e1"}, "2020-01-02", "example.com")
    >>> m.key
    'd1/e1'
    """

    doc_id: str
    event: dict[str, Any]
    published: str | None = None
    outlet: str | None = None
    #: :func:`text_shingles` of the member's article; empty when the text is unknown
    shingles: frozenset[int] = frozenset()

    @property
    def key(self) -> str:
        """``doc_id/event_id``: unique across the store."""
        return f"{self.doc_id}/{self.event.get('event_id')}"


def incident_id(members: list[Member]) -> str:
    """A stable id for a set of events: the same set always gives the same id.

    >>> a, b = Member("d1", {"event_id": "e1"}), Member("d2", {"event_id": "e7"})
    >>> incident_id([a, b]) == incident_id([b, a])
    True
    >>> incident_id([a]).startswith("inc-")
    True
    """
    keys = "\n".join(sorted({m.key for m in members}))
    return "inc-" + hashlib.sha1(keys.encode("utf-8")).hexdigest()[:16]


def parse_day(value: Any) -> Date | None:
    """``YYYY-MM-DD`` (or a longer timestamp) to a date; anything else to None.

    >>> parse_day("2020-01-23"), parse_day("2019-09"), parse_day(None)
    (datetime.date(2020, 1, 23), None, None)
    """
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return Date.fromisoformat(value[:10])
    except ValueError:
        return None


def anchor(m: Member) -> tuple[Date | None, int]:
    """The day an event is placed at and how many days of slop it allows.

    A day-precise event date allows one day (relative dates such as «أمس» are
    often off by one); a coarser one three; with no event date the publication
    day stands in, with two days of slop (events are reported a day or two later).
    """
    day = parse_day(m.event.get("date"))
    if day is not None:
        return day, 1 if m.event.get("date_precision") in (None, "day") else 3
    pub = parse_day(m.published)
    return (pub, 2) if pub is not None else (None, 0)


def _loc_keys(loc: dict[str, Any]) -> set[str]:
    keys = set()
    if loc.get("gazetteer_id"):
        keys.add("id:" + str(loc["gazetteer_id"]))
    for field in ("name", "name_ar", "text"):
        if isinstance(loc.get(field), str) and loc[field].strip():
            keys.add("n:" + key(loc[field]).lower())
    return keys


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    try:
        la1, lo1, la2, lo2 = (math.radians(float(x)) for x in (a["lat"], a["lon"], b["lat"], b["lon"]))
    except (KeyError, TypeError, ValueError):
        return None
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _values(locs: list[dict[str, Any]], field: str) -> set[str]:
    return {str(x[field]) for x in locs if x.get(field)}


def place_score(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Place evidence that two events happened at the same place (None: they did not).

    >>> mog = {"locations": [{"name": "Mogadishu", "country": "SO"}]}
    >>> hotel = {"locations": [{"name": "Hotel X", "country": "SO"}, {"name": "Mogadishu", "country": "SO"}]}
    >>> place_score(mog, hotel)
    3.0
    >>> place_score(mog, {"locations": [{"name": "Baghdad", "country": "IQ"}]}) is None
    True
    """
    la, lb = list(a.get("locations") or []), list(b.get("locations") or [])
    if not la or not lb:
        return 0.0
    ca, cb = _values(la, "country"), _values(lb, "country")
    if ca and cb and not ca & cb:
        return None
    all_a = set().union(*(_loc_keys(x) for x in la))
    all_b = set().union(*(_loc_keys(x) for x in lb))
    shared = _loc_keys(la[0]) & all_b or _loc_keys(lb[0]) & all_a
    if shared:
        broad = all((x.get("geo_precision") or 1) >= 3 for x in la + lb if _loc_keys(x) & shared)
        return 1.0 if broad else 3.0
    dist = _km(la[0], lb[0])
    if dist is not None and dist <= NEAR_KM:
        return 2.5
    if _values(la, "admin2") & _values(lb, "admin2"):
        return 2.0
    if dist is not None and dist > FAR_KM:
        return None
    a1a, a1b = _values(la, "admin1"), _values(lb, "admin1")
    if a1a and a1b and not a1a & a1b:
        return None
    return 1.0 if all_a & all_b or a1a & a1b else 0.0


def day_score(a: Member, b: Member) -> float | None:
    """Day evidence: same day 2, within the slop 1, one side unknown 0, both unknown -1
    (then something else must corroborate the link), too far apart None."""
    da, sa = anchor(a)
    db, sb = anchor(b)
    if da is None and db is None:
        return -1.0
    if da is None or db is None:
        return 0.0
    diff = abs((da - db).days)
    if diff > max(1, sa + sb - 1):
        return None
    both_dated = a.event.get("date") is not None and b.event.get("date") is not None
    return 2.0 if diff == 0 and both_dated else 1.0


def type_score(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    """Type evidence: same sub-event type 1.5, same type 1, compatible 0.5, else None."""
    ta, tb = a.get("event_type"), b.get("event_type")
    if ta == tb:
        return 1.5 if a.get("sub_event_type") == b.get("sub_event_type") else 1.0
    if frozenset({ta, tb}) in COMPATIBLE_TYPES or not ta or not tb:
        return 0.5
    return None


def _actor_keys(e: dict[str, Any]) -> set[str]:
    return {key(str(x["name"])).lower() for x in e.get("actors") or [] if x.get("name")}


def _figures(e: dict[str, Any]) -> set[tuple[str, str, int]]:
    out = set()
    for c in e.get("claims") or []:
        # figures below 3 coincide too often between unrelated events to count as evidence
        if c.get("value") is not None and int(c["value"]) >= 3 and c.get("kind") in TOLL_KINDS:
            out.add((c["kind"], (c.get("party") or {}).get("category") or "unknown", int(c["value"])))
    return out


def _tolls(e: dict[str, Any]) -> set[tuple[str, str]]:
    """(kind, party category) of every casualty figure an event reports, with or without a number."""
    return {(str(c["kind"]), str((c.get("party") or {}).get("category") or "unknown"))
            for c in e.get("claims") or [] if c.get("kind") in TOLL_KINDS}


def tolls_compatible(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether two events tell the same kind of toll: neither reports casualties,
    or both report casualties of one kind and party category (values may differ).

    >>> dead = {"claims": [{"kind": "killed", "value": 8, "party": {"category": "civilians"}}]}
    >>> tolls_compatible(dead, {"claims": []}), tolls_compatible({}, {}), tolls_compatible(dead, dead)
    (False, True, True)
    """
    ta, tb = _tolls(a), _tolls(b)
    return bool(ta & tb) if ta or tb else True


def text_shingles(text: str | None) -> frozenset[int]:
    """Hashes of the overlapping word triples of an article's normalised text.

    Stable across runs (CRC32), so a store can keep them beside a document.

    >>> text_shingles("قُتل ٤ جنود في قصف") == text_shingles("قتل 4 جنود في  قصف")
    True
    >>> len(text_shingles("a b c d")), text_shingles(None)
    (2, frozenset())
    """
    words = re.findall(r"\w+", key(text or ""))
    grams = (" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)


def text_score(a: Member, b: Member) -> float:
    """Text evidence: 3 when the articles share a long passage, 2 when they share
    a clear part of the shorter one, 0 otherwise (or when a text is unknown).

    The share is counted over the shorter article's shingles and needs at
    least :data:`TEXT_MIN_COMMON` of them, so a few stock phrases never count.
    """
    if not a.shingles or not b.shingles:
        return 0.0
    common = len(a.shingles & b.shingles)
    share = common / min(len(a.shingles), len(b.shingles))
    if common < TEXT_MIN_COMMON or share < TEXT_SHARED:
        return 0.0
    return 3.0 if share >= TEXT_STRONG else 2.0


def link_score(a: Member, b: Member) -> tuple[float, float] | None:
    """(total score, place part) for two events, or None when they cannot be one event.

    A report without any day (no event date, no publication date) links only
    when shared text, an equal figure, or a shared actor with a compatible
    toll (:func:`tolls_compatible`) corroborates it.  Shared text, or two
    equal figures where the reports share any place, count as place evidence.
    """
    parts = (place_score(a.event, b.event), day_score(a, b), type_score(a.event, b.event))
    if any(p is None for p in parts):
        return None
    place, day, kind = (float(p or 0.0) for p in parts)
    figures = len(_figures(a.event) & _figures(b.event))
    actors = bool(_actor_keys(a.event) & _actor_keys(b.event))
    text = text_score(a, b)
    total = place + day + kind + text + 1.5 * min(figures, 2) + (1.0 if actors else 0.0)
    corroborated = text > 0 or figures > 0 or (actors and tolls_compatible(a.event, b.event))
    if not corroborated and (anchor(a)[0] is None or anchor(b)[0] is None):
        return None
    if text > 0 or (figures >= 2 and place > 0):
        place = max(place, MIN_PLACE)
    return total, place


def choose_incident(new: Member, candidates: dict[Any, list[Member]]) -> Any | None:
    """The key of the incident ``new`` should join, or None for a new incident.

    An incident is out when it already holds an event of the same document
    or when any member vetoes the pair; among the rest the best pair score
    wins if it passes :data:`LINK_THRESHOLD` with enough place evidence.
    """
    ranked = qualifying_incidents(new, candidates)
    return ranked[0] if ranked else None


def qualifying_incidents(new: Member, candidates: dict[Any, list[Member]]) -> list[Any]:
    """Keys of every incident ``new`` may join, best first (see :func:`choose_incident`)."""
    found: list[tuple[float, int, Any]] = []
    for n, (ikey, members) in enumerate(candidates.items()):
        scores = []
        for m in members:
            s = None if m.doc_id == new.doc_id else link_score(new, m)
            if s is None:
                break
            scores.append(s)
        else:
            ok = [t for t, place in scores if place >= MIN_PLACE and t >= LINK_THRESHOLD]
            if ok:
                found.append((-max(ok), n, ikey))
    return [k for _, _, k in sorted(found)]


def can_merge(a: list[Member], b: list[Member]) -> bool:
    """Whether two incidents may become one: no shared document and no veto between their members.

    A new report that fits two incidents bridges them; merging keeps the
    result from depending on the order in which reports arrived.
    """
    if {m.doc_id for m in a} & {m.doc_id for m in b}:
        return False
    return all(link_score(x, y) is not None for x in a for y in b)
