"""Calendar evidence: the days of the month and the months an article's text names.

Most reports have no publication date and many events no date of their own, but
their texts often name the day: «هاجم مسلحون يوم الجمعة 24 نوفمبر مسجدا», «في 24
تشرين الثاني», or the month they are written in («مطلع أكتوبر الجاري»).  Two
reports that name one day of the month, or a report that names the day another
report's event is dated to, agree; two that name only different days disagree.
The dates are read with the date grammar of the reading
(:mod:`waqia.stages.dates.grammar`, from ``lang/ar/`` months, weekdays and date
words), in the article's lead only, where a news report names the day of its
event (later paragraphs name the days of earlier events: «منذ 7 أكتوبر»).
:func:`calendar_weight` weighs them; ``docs/incidents.md`` gives the calibration.
"""

from __future__ import annotations

from datetime import date as Date
from typing import TYPE_CHECKING

from waqia.core.normalize import key
from waqia.incidents.members import parse_day
from waqia.stages.dates.grammar import default_grammar, scan

if TYPE_CHECKING:
    from waqia.incidents.members import Member

#: the lead of an article (matching-form characters) whose dates are read
LEAD_CHARS = 300
#: weight of a day of the month both name (give or take a day), and of days that contradict: as much
#: as a copied text (4), as two reports of different days may be written from one template
CALENDAR_AGREE, CALENDAR_CONFLICT = 1.5, -4.0
#: a report names its own day up to this many days after its event's (a rising toll; as
#: :data:`waqia.incidents.evidence.REPORT_LAG_DAYS`): such days neither agree nor contradict
FOLLOW_UP_DAYS = 10
#: a year for comparing days of the month whose year is unknown (a leap year: 29 February exists)
_ANY_YEAR = 2000
#: a day of the month as ``(month, day, year)``, year 0 when the text does not say
Day = tuple[int, int, int]


def calendar(text: str | None) -> tuple[frozenset[Day], frozenset[int]]:
    """The days of the month (``(month, day, year or 0)``) and the months named as the current
    one («أكتوبر الجاري») in an article's lead.

    >>> calendar("قتل خمسة يوم الجمعة 24 نوفمبر في هجوم على مسجد")
    (frozenset({(11, 24, 0)}), frozenset())
    >>> calendar("في 5 آب 2019 ومنذ مطلع أكتوبر الجاري")
    (frozenset({(8, 5, 2019)}), frozenset({10}))
    >>> calendar(None)
    (frozenset(), frozenset())
    """
    grammar = default_grammar()
    if not text or grammar is None:
        return frozenset(), frozenset()
    days, months = set(), set()
    for c in scan(key(text)[:LEAD_CHARS], grammar):
        if c.month is None:
            continue
        if c.kind == "explicit" and c.day and _valid(c.month, c.day):
            days.add((c.month, c.day, c.year or 0))
        if c.qual == "current" and c.kind in ("explicit", "month"):
            months.add(c.month)
    return frozenset(days), frozenset(months)


def _valid(month: int, day: int) -> bool:
    try:
        Date(_ANY_YEAR, month, day)
    except ValueError:
        return False
    return True


def _event_day(m: Member) -> Date | None:
    day = parse_day(m.event.get("date"))
    return day if day is not None and m.event.get("date_precision") in (None, "day") else None


def _gap(x: Day, y: Day) -> int | None:
    """Days between two days of the month: the shorter way round the year unless both years are
    given (they mostly are not); None for a date that does not exist in its year."""
    try:
        if x[2] and y[2]:
            return abs((Date(x[2], x[0], x[1]) - Date(y[2], y[0], y[1])).days)
    except ValueError:
        return None
    gap = abs((Date(_ANY_YEAR, x[0], x[1]) - Date(_ANY_YEAR, y[0], y[1])).days)
    return min(gap, 366 - gap)


def _months_apart(a: int, b: int) -> int:
    return min((a - b) % 12, (b - a) % 12)


def _known_months(m: Member) -> set[int]:
    """The months an article is known to be written in: those its lead names as the current one,
    else the month of its publication day or of its event's day."""
    day = parse_day(m.published) or _event_day(m)
    return set(m.months) or ({day.month} if day else set())


def calendar_weight(a: Member, b: Member) -> float:
    """Calendar evidence: :data:`CALENDAR_AGREE` when the days of the month the two name (their
    leads' days, and the day an event is dated to) meet, give or take a day; 0 when they are only
    up to :data:`FOLLOW_UP_DAYS` apart (a later report names its own day); :data:`CALENDAR_CONFLICT`
    when both name days and all are further apart, or when the month one lead names as the current
    one is two months or more from the month the other is written in; else 0.  0 as well when both
    events are dated to a day (the ``day`` feature compares them).

    >>> from waqia.incidents.members import Member
    >>> friday = Member("a", {}, days=frozenset({(11, 24, 0)}))
    >>> calendar_weight(friday, Member("b", {"date": "2017-11-24", "date_precision": "day"}))
    1.5
    >>> calendar_weight(friday, Member("c", {}, days=frozenset({(3, 2, 0)})))
    -4.0
    >>> calendar_weight(friday, Member("c", {}, days=frozenset({(11, 30, 0)})))  # a follow-up's own day
    0.0
    >>> calendar_weight(Member("d", {}, months=frozenset({10})), Member("e", {}, "2020-12-20"))
    -4.0
    """
    if not (a.days or b.days or a.months or b.months):
        return 0.0  # most pairs: event days alone are the ``day`` feature's
    da, db = _event_day(a), _event_day(b)
    if da is not None and db is not None:
        return 0.0
    days_a = set(a.days) | ({(da.month, da.day, da.year)} if da else set())
    days_b = set(b.days) | ({(db.month, db.day, db.year)} if db else set())
    if days_a and days_b:
        gaps = [g for g in (_gap(x, y) for x in days_a for y in days_b) if g is not None]
        if any(g <= 1 for g in gaps):
            return CALENDAR_AGREE
        return 0.0 if any(g <= FOLLOW_UP_DAYS for g in gaps) else CALENDAR_CONFLICT
    if a.months or b.months:
        ma, mb = _known_months(a), _known_months(b)
        if ma and mb and all(_months_apart(x, y) >= 2 for x in ma for y in mb):
            return CALENDAR_CONFLICT
    return 0.0
