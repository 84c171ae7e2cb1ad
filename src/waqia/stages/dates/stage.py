"""Dates: the publication anchor, datelines, relative and explicit dates.

:func:`find_dates` reads every date expression of an article's matching form
and resolves it against the publication day:

* relative days: «اليوم», «أمس», «أول أمس», «غدا» (future: not an event
  date), with or without a weekday («أمس الأربعاء», «اليوم الخميس»), a
  weekday alone («الخميس»: the latest such day on or before publication),
  with a qualifier («الأربعاء الماضي»), a part of the day before or after
  («فجر اليوم», «مساء أمس», «الخميس ليلا»), a night across two days
  («ليل الجمعة-السبت»: precision ``range`` from the first day to the second),
  «الليلة الماضية», and counts back («منذ يومين», «قبل ثلاثة أيام»);
* explicit days in both month systems («21 يناير 2020», «3 آذار»,
  «السابع من أكتوبر», «7 أيلول/سبتمبر»), numeric days («21/1/2020» d/m/y,
  «2020.01.21»), a day of the current month («الـ 5 من الشهر الجاري»);
* months («في مايو الماضي», «أيار 2019», «الشهر الماضي»: precision ``month``,
  the date is the month's first day), years («عام 2013») and durations
  («منذ أشهر»), which are kept with ``date=None`` so that later stages know
  they are not event days.

The publication anchor comes from ``doc.meta["published"]`` or, failing a
day there, from a dateline at the head of the text («دمشق 26 نوفمبر 2016
(وال)-»).  Every word lives in ``lang/ar/`` (months, weekdays,
relative_days, day_parts, date_words, date_numbers, date_units); this module
only builds regular expressions from them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon
from waqia.core.normalize import key as norm_key
from waqia.stages.dates.anchors import Runs
from waqia.stages.dates.grammar import DateCandidate, default_grammar, grammar_for, scan

if TYPE_CHECKING:
    from waqia.core.context import Context

PRECISIONS = ("day", "range", "month", "unknown")
#: a dateline stands before the first few words of the text
DATELINE_MAX_WORDS = 5
#: a day written without a year may lie this many days after publication
FUTURE_SLACK_DAYS = 7


@dataclass(frozen=True)
class DateMention:
    """A date expression at normalised ``[start, end)``.

    ``date`` is the resolved day (ISO ``YYYY-MM-DD``; for ``month`` precision
    the month's first day) or None; ``precision`` is ``day``, ``range``,
    ``month`` or ``unknown``; ``kind`` says what was read: ``relative``,
    ``weekday``, ``explicit``, ``dateline``, ``month``, ``year``, ``ago`` or
    ``duration``.  ``background`` is true when the day lies more than
    ``settings.background_days`` before publication, and for years and
    durations: such dates are context, not the article's events.
    ``future`` is true for days after publication («غدا», «الأحد المقبل»).
    """

    start: int
    end: int
    date: str | None
    precision: str
    kind: str
    background: bool = False
    sentence: int = 0
    end_date: str | None = None
    day_part: str | None = None
    future: bool = False

    @property
    def is_event_date(self) -> bool:
        """A resolved, recent, past day (or night range): a candidate event date."""
        return (self.date is not None and self.precision in ("day", "range")
                and not self.background and not self.future and self.kind != "dateline")


@dataclass(frozen=True)
class Published:
    """The anchor for relative dates.

    ``precision`` is ``day``, ``month`` or ``unknown``; ``source`` is
    ``metadata``, ``dateline`` or ``none``.
    """

    date: dt.date | None
    precision: str
    source: str

    @property
    def iso(self) -> str | None:
        """The day as ``YYYY-MM-DD``, or None when no day is known."""
        return self.date.isoformat() if self.date and self.precision == "day" else None


NO_DATE = Published(None, "unknown", "none")


# --- the publication anchor ---------------------------------------------------

_WORDS = re.compile(r"\w+")
_SET_OFF_BEFORE = re.compile(r"[-:|/(]\s*$")
_SET_OFF_AFTER = re.compile(r"\s*(?:$|[-:|()\n]|\w*\s*\d{1,2}:\d\d)")
_PUB_FORMS = (
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)"), "dmy"),
    (re.compile(r"(\d{4})[-/.](\d{1,2})(?![\d/.-])"), "ym"),
)


def parse_published(value: Any, lexicon: Lexicon | None = None) -> Published:
    """Read a ``published`` value: a date, a date and time, a month, or written out.

    >>> parse_published("2020-01-16T10:00:00Z").iso
    '2020-01-16'
    >>> parse_published("16/01/2020").iso
    '2020-01-16'
    >>> p = parse_published("2019-09"); (p.precision, p.iso)
    ('month', None)
    >>> parse_published("not a date").source
    'none'
    """
    if isinstance(value, dt.datetime):
        return Published(value.date(), "day", "metadata")
    if isinstance(value, dt.date):
        return Published(value, "day", "metadata")
    if not isinstance(value, str) or not value.strip():
        return NO_DATE
    text = norm_key(value)
    for pattern, form in _PUB_FORMS:
        m = pattern.match(text)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            day = _make_date(a, b, int(m.group(3))) if form == "ymd" else \
                _make_date(int(m.group(3)), b, a) if form == "dmy" else _make_date(a, b, 1)
            if day:
                return Published(day, "month" if form == "ym" else "day", "metadata")
    return _published_from_words(text, lexicon)


def _published_from_words(text: str, lexicon: Lexicon | None) -> Published:
    """A written-out date («24 تموز 2020», «2nd, september 2024») or month («أيار 2019»)."""
    g = grammar_for(lexicon) if lexicon is not None else default_grammar()
    if g is None:
        return NO_DATE
    for c in scan(text, g):
        if c.year is None or c.month is None:
            continue
        day = _make_date(c.year, c.month, c.day or 1)
        if day and c.kind in ("explicit", "month"):
            return Published(day, "day" if c.kind == "explicit" else "month", "metadata")
    return NO_DATE


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dateline(text: str, cands: list[DateCandidate]) -> DateCandidate | None:
    """A full date at the head of the text, set off as a dateline.

    It stands within the first few words, and either opens its line or is
    set off by punctuation before or after it («القاهرة - 3 آذار 2019»,
    «سيناء 26 نوفمبر 2016 (وال)-», «2023.03.17 | 05:36»).
    """
    for c in cands:
        if c.start > 200:
            return None
        if not (c.kind == "explicit" and c.year and c.month and c.day):
            continue
        before = text[: c.start]
        if len(_WORDS.findall(before)) > DATELINE_MAX_WORDS:
            return None
        line_start = not before[before.rfind("\n") + 1:].strip()
        if line_start or _SET_OFF_BEFORE.search(before) or _SET_OFF_AFTER.match(text, c.end):
            return c
    return None


def _anchor(doc: Document, cands: list[DateCandidate], lexicon: Lexicon) -> tuple[Published, list[str]]:
    """The publication anchor: metadata first, then a dateline; with what to tell the reader."""
    raw = doc.meta.get("published")
    pub = parse_published(raw, lexicon)
    if pub.precision == "day":
        return pub, []
    line = _dateline(doc.text, cands)
    day = _make_date(line.year, line.month, line.day) if line and line.year and line.month and line.day \
        else None
    agrees = pub.date is None or (day is not None and (day.year, day.month) == (pub.date.year, pub.date.month))
    if line and day and agrees:
        quote = doc.span(line.start, line.end).text
        return Published(day, "day", "dateline"), [f"publication date {day.isoformat()} read from the dateline «{quote}»"]
    notes = []
    if raw and pub.date is None:
        notes.append(f"publication date {str(raw)!r} not understood: relative dates stay unresolved")
    return pub, notes


# --- resolving against the anchor ---------------------------------------------

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class _Resolved:
    date: dt.date | None
    precision: str
    end: dt.date | None = None
    note: str | None = None


def _unresolved(pub: Published, quote: str, what: str = "relative date") -> _Resolved:
    if pub.precision == "month" and pub.date:
        why = f"the publication date is known only to the month ({pub.date:%Y-%m})"
    else:
        why = "no publication date"
    return _Resolved(None, "unknown", note=f"{what} «{quote}» not resolved: {why}")


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _pick_year(month: int, day: int, pub: dt.date, qual: str | None) -> dt.date | None:
    """The year for a day and month written without one.

    News reports look back: the latest such day up to a few days after the
    anchor (metadata often lags a day), unless a qualifier says past or next.
    """
    options = [d for d in (_make_date(pub.year + k, month, day) for k in (-1, 0, 1)) if d]
    if qual == "past":
        options = [d for d in options if d < pub] or options
        return max(options) if options else None
    if qual == "next":
        options = [d for d in options if d > pub] or options
        return min(options) if options else None
    recent = [d for d in options if (d - pub).days <= FUTURE_SLACK_DAYS]
    return max(recent) if recent else min(options, default=None)


def _explicit(c: DateCandidate, pub: Published, quote: str) -> _Resolved | None:
    if c.year is not None and c.month is not None:
        day = _make_date(c.year, c.month, c.day or 0)
    elif pub.date is None:
        return _unresolved(pub, quote, "date")
    elif c.month is None:
        by = {"past": -1, "next": 1}.get(c.qual or "", 0)
        day = _make_date(*_shift_month(pub.date.year, pub.date.month, by), c.day or 0)
    else:
        day = _pick_year(c.month, c.day or 0, pub.date, c.qual)
    if day is None:
        return None
    note = None
    if c.weekday is not None and day.weekday() != c.weekday:
        note = (f"«{quote}»: {day.isoformat()} is a {_DAY_NAMES[day.weekday()]}, not the "
                f"{_DAY_NAMES[c.weekday]} written; the date was kept")
    return _Resolved(day, "day", note=note)


def _month(c: DateCandidate, pub: Published, quote: str) -> _Resolved:
    if c.year is not None and c.month is not None:
        return _Resolved(dt.date(c.year, c.month, 1), "month")
    if pub.date is None:
        return _unresolved(pub, quote, "month")
    py, pm = pub.date.year, pub.date.month
    if c.month is None:
        y, m = _shift_month(py, pm, {"past": -1, "next": 1}.get(c.qual or "", 0))
    elif c.qual == "next":
        y, m = (py if c.month > pm else py + 1), c.month
    elif c.qual == "past":
        y, m = (py if c.month < pm else py - 1), c.month
    elif c.qual == "current":
        y, m = py, c.month
    else:
        y, m = (py if c.month <= pm else py - 1), c.month
    return _Resolved(dt.date(y, m, 1), "month")


def _relative(c: DateCandidate, pub: Published, quote: str) -> _Resolved:
    if pub.precision != "day" or pub.date is None:
        return _unresolved(pub, quote)
    anchor = pub.date
    if c.kind == "ago":
        return _Resolved(anchor - dt.timedelta(days=c.count or 0), "day")
    if c.offset is not None:
        base = anchor + dt.timedelta(days=c.offset)
        if c.weekday is None or base.weekday() == c.weekday:
            return _Resolved(base, "day")
        day = base + dt.timedelta(days=(c.weekday - base.weekday() + 3) % 7 - 3)
        return _Resolved(day, "day", note=(
            f"«{quote}» names a {_DAY_NAMES[c.weekday]} but the relative word points to "
            f"{base.isoformat()}, a {_DAY_NAMES[base.weekday()]}; the weekday was used: {day.isoformat()}"))
    w = c.weekday or 0
    if c.qual == "next":
        day = anchor + dt.timedelta(days=(w - anchor.weekday()) % 7 or 7)
    else:
        back = (anchor.weekday() - w) % 7
        day = anchor - dt.timedelta(days=7 if back == 0 and c.qual == "past" else back)
    if c.weekday2 is None:
        return _Resolved(day, "day")
    return _Resolved(day, "range", end=day + dt.timedelta(days=(c.weekday2 - w) % 7))


def _last_day(day: dt.date, precision: str, end: dt.date | None) -> dt.date:
    if end is not None:
        return end
    if precision == "month":
        y, m = _shift_month(day.year, day.month, 1)
        return dt.date(y, m, 1) - dt.timedelta(days=1)
    return day


def resolve(c: DateCandidate, pub: Published, background_days: int, quote: str,
            sentence: int = 0) -> tuple[DateMention | None, str | None]:
    """Resolve one candidate against the anchor: the mention and a warning, if any."""
    kind = c.kind
    if kind in ("year", "duration"):
        return DateMention(c.start, c.end, None, "unknown", kind, True, sentence), None
    if kind == "explicit":
        r = _explicit(c, pub, quote)
    elif kind == "month":
        r = _month(c, pub, quote)
    else:
        r = _relative(c, pub, quote)
        kind = "weekday" if kind == "relative" and c.offset is None else kind
    if r is None:
        return None, None
    background = future = False
    if r.date is not None and pub.date is not None:
        anchor = pub.date
        future = r.date > anchor if pub.precision == "day" else r.date.replace(day=1) > anchor
        background = (anchor - _last_day(r.date, r.precision, r.end)).days > background_days
    return DateMention(
        c.start, c.end, r.date.isoformat() if r.date else None, r.precision, kind, background,
        sentence, r.end.isoformat() if r.end else None, c.part, future), r.note


def find_dates(doc: Document, ctx: Context) -> Document:
    """Set the ``dates`` layer (DateMention, text order) and ``published`` (one Published).

    >>> from waqia.core.lexicon import default_lexicon
    >>> from waqia.core.context import Context
    >>> from waqia.settings import Settings
    >>> ctx = Context(Settings(), default_lexicon(), None)
    >>> doc = find_dates(Document.from_text("قصفت الطائرات مساء أمس الأربعاء البلدة", published="2020-01-23"), ctx)
    >>> [(m.date, m.precision, m.day_part) for m in doc.layer("dates")]
    [('2020-01-22', 'day', 'evening')]
    """
    grammar = grammar_for(ctx.lexicon)
    # the tokens are the runs of word characters (#14); a document not split into them reads them from its text
    cands = scan(doc.text, grammar, Runs(doc.token_starts, doc.token_ends) if doc.tokens else None)
    pub, warnings = _anchor(doc, cands, ctx.lexicon)
    line = _dateline(doc.text, cands) if pub.source == "dateline" or pub.precision == "day" else None
    mentions: list[DateMention] = []
    for c in cands:
        mention, note = resolve(c, pub, ctx.settings.background_days,
                                doc.span(c.start, c.end).text, doc.sentence_of(c.start))
        if mention is None:
            continue
        if c is line:
            mention = replace(mention, kind="dateline")
        mentions.append(mention)
        if note and note not in warnings:
            warnings.append(note)
    return doc.add("dates", tuple(mentions), warnings=tuple(warnings)).add("published", (pub,))
