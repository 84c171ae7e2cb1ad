"""Incidents: the events of different articles that report one real event.

This module is pure logic (no SQL).  :class:`Member` is one stored event with
its document's metadata and text fingerprint; :func:`waqia.incidents.evidence.weigh`
says, feature by feature, whether two members are one event (a *link*);
an incident is a connected set of linked events (:func:`components`), and
:func:`waqia.incidents.records.build_incident` turns its members into the
record of ``output-format.md`` (section Incident).

Because links are a property of two events alone, and an incident is a
connected component of links, the incidents of a set of articles do not
depend on the order they arrived in: a new article that links to two
incidents joins them (merge), and an article removed or corrected leaves
its incident, which falls apart into its components if it held them
together (split).  See ``docs/incidents.md``.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cached_property
from typing import Any, TypeVar

K = TypeVar("K", int, str)  # node ids: stored event ids or test labels


def count_weight(count: int) -> float:
    """The weight of a word that occurs ``count`` times in an article: ``1 + ln(count)``.

    >>> count_weight(1), round(count_weight(3), 3)
    (1.0, 2.099)
    """
    return 1.0 + math.log(count) if count > 1 else 1.0


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
    #: :func:`waqia.incidents.evidence.text_shingles` of the member's article; empty when unknown
    shingles: frozenset[int] = frozenset()
    #: :func:`waqia.incidents.evidence.text_words` of the member's article; empty when unknown
    words: frozenset[int] = frozenset()
    #: :func:`waqia.incidents.evidence.lead_weekdays` of the member's article
    weekdays: frozenset[int] = frozenset()
    #: :func:`waqia.incidents.text.dateline` of the member's article: ``(start, end)`` or None
    dateline: tuple[int, int] | None = None
    #: :func:`waqia.incidents.text.text_counts` of the member's article (a word not in it counts once)
    counts: dict[int, int] = field(default_factory=dict, hash=False)
    #: :func:`waqia.incidents.calendar.calendar` of the member's article: the days of the month its lead
    #: names, ``(month, day, year or 0)``, and the months it names as the current one
    days: frozenset[tuple[int, int, int]] = frozenset()
    months: frozenset[int] = frozenset()
    #: :func:`waqia.incidents.text.text_rarity` of the member's article (a word not in it weighs 1)
    rarity: dict[int, float] = field(default_factory=dict, hash=False)

    @cached_property
    def weights(self) -> dict[int, float]:
        """The weight of each content word in the text cosine, but those that weigh 1: its
        :func:`count_weight` times its rarity in Arabic at large (``9 - Zipf``).

        >>> m = Member("d", {}, words=frozenset({1, 2, 3}), counts={1: 3}, rarity={1: 2.0, 2: 9.0, 3: 1.0})
        >>> sorted((h, round(w, 2)) for h, w in m.weights.items())
        [(1, 4.2), (2, 9.0)]
        """
        out = {}
        for h in self.words:
            w = count_weight(self.counts.get(h, 1)) * self.rarity.get(h, 1.0)
            if w != 1.0:
                out[h] = w
        return out

    @cached_property
    def text_norm(self) -> float:
        """The length of the article's content-word vector (:func:`waqia.incidents.text.text_cosine`).

        >>> Member("d", {}, words=frozenset({1, 2}), counts={1: 1}).text_norm == math.sqrt(2)
        True
        """
        w = self.weights
        return math.sqrt(len(self.words) - len(w) + sum(x * x for x in w.values()))

    @property
    def places(self) -> list[dict[str, Any]]:
        """The event's locations, a place named only in its article's dateline (the first words,
        before the dash: where the report was written, and often but not always where the event
        happened) moved last, so that it is never taken as the event's first place.

        >>> beirut = {"name": "Beirut", "start": 0, "end": 5}
        >>> village = {"name": "Kfar", "start": 30, "end": 34}
        >>> [x["name"] for x in Member("d", {"locations": [beirut, village]}, dateline=(0, 6)).places]
        ['Kfar', 'Beirut']
        """
        locs = [x for x in self.event.get("locations") or [] if isinstance(x, dict)]
        if self.dateline is None:
            return locs
        start, end = self.dateline
        def inside(x: dict[str, Any]) -> bool:
            return isinstance(x.get("start"), int) and isinstance(x.get("end"), int) and \
                x["start"] <= start + 2 and x["end"] <= end
        return [x for x in locs if not inside(x)] + [x for x in locs if inside(x)]

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


def anchor(m: Member) -> Date | None:
    """The day the store files an event under: its date, else its article's publication day."""
    return parse_day(m.event.get("date")) or parse_day(m.published)


def components(nodes: Iterable[K], links: Iterable[tuple[K, K]]) -> list[list[K]]:
    """The connected components of ``nodes`` under ``links``, each sorted, smallest first.

    Links to nodes outside ``nodes`` are ignored.  The result depends only on
    the sets given, never on their order.

    >>> components([3, 1, 2, 5], [(1, 3), (5, 9)])
    [[1, 3], [2], [5]]
    """
    parent = {n: n for n in nodes}

    def find(n: K) -> K:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in links:
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups: dict[K, list[K]] = {}
    for n in parent:
        groups.setdefault(find(n), []).append(n)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
