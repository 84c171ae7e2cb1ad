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
(وال)-»).  Every word lives in ``data/ar/`` (months, weekdays,
relative_days, day_parts, date_words, date_numbers, date_units); this module
only builds regular expressions from them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import WaqiaError
from .lexicon import Lexicon, default_lexicon
from .normalize import key as norm_key

if TYPE_CHECKING:
    from .pipeline import Context

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


# --- the grammar: regular expressions built from the language data ----------

@dataclass(frozen=True)
class Grammar:
    """Compiled date patterns and the tables that interpret their groups."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, tuple[int, bool]]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str | None]]
    parts: dict[str, str]
    roles: dict[str, frozenset[str]]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]

    def role(self, word: str | None) -> frozenset[str]:
        return self.roles.get(_k(word), frozenset()) if word else frozenset()


def _k(text: str) -> str:
    return " ".join(text.split())


def _alt(keys: Any) -> str:
    """A regex alternation of lexicon keys, longest first, spaces flexible."""
    forms = sorted(set(keys), key=lambda k: (-len(k), k))
    if not forms:
        return "(?!)"
    return "(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in forms) + ")"


_YEAR = r"(?:19|20)\d\d(?!\d)"
_TEMPLATES = {
    "numeric": r"(?<![\w/.-])(?:(?P<y>" + _YEAR + r")(?P<s1>[-/.])(?P<m>\d{1,2})(?P=s1)(?P<d>\d{1,2})"
               r"|(?P<d2>\d{1,2})(?P<s2>[-/.])(?P<m2>\d{1,2})(?P=s2)(?P<y2>" + _YEAR + r"))(?![\w/-]|\.\d)",
    "explicit": r"(?:(?<!\w)%(ART)s\s*)?(?P<d>(?<![\d/.])\d{1,2}(?!\d)(?:st|nd|rd|th)?|(?<!\w)%(ORD)s)"
                r"\s*,?\s*(?:%(OF)s\s+)?(?:%(MW)s\s+)?(?P<m>%(MON)s)(?:\s*[/(]\s*%(MON)s\s*\)?)?"
                r"(?:\s*[,،]?\s*(?:%(YW)s\s+)?(?P<y>" + _YEAR + r")|\s+(?P<q>%(QUAL)s)(?!\w))?(?!\w)",
    "month_day": r"(?:(?<!\w)%(ART)s\s*)?(?P<d>(?<![\d/.])\d{1,2}(?!\d)|(?<!\w)%(ORD)s)\s+%(OF)s\s+"
                 r"%(TM)s\s+(?P<q>%(QUAL)s)(?!\w)",
    "month": r"(?<!\w)(?P<pre>[وفبل](?=\w))?(?:(?P<mw>%(MW)s)\s+)?(?P<m>%(MON)s)(?:\s*[/(]\s*%(MON)s\s*\)?)?"
             r"(?:\s*[,،]?\s*(?:%(YW)s\s+)?(?P<y>" + _YEAR + r")|\s+(?P<q>%(QUAL)s)(?!\w))?(?!\w)",
    "this_month": r"(?<!\w)(?P<pre>[وفب](?=\w))?%(TM)s\s+(?P<q>%(QUAL)s)(?!\w)",
    "year": r"(?<!\w)(?P<pre>[وفبل](?=\w))?%(YW)s\s+(?P<y>" + _YEAR + r")",
    "relative": r"(?<!\w)(?P<pre>[وف]?ب?(?=\w))?(?:(?P<p1>%(PART)s)\s+)?"
                r"(?:(?:%(DW)s\s+)?(?P<r>%(REL)s)(?!\w)(?:\s*[,،]?\s*(?:%(DW)s\s+)?(?P<w1>%(WD)s)(?![^\W\d]))?"
                r"|(?:%(DW)s\s+)?(?P<w2>%(WD)s)(?![^\W\d])(?:\s*-\s*(?:%(DW)s\s+)?(?P<w3>%(WD)s))?"
                r"(?:\s+(?P<q>%(QUAL)s))?)(?:\s+(?P<p2>%(PART)s))?(?![^\W\d])",
    "ago": r"(?<!\w)(?P<pre>[وف](?=\w))?%(AGO)s\s+(?:(?P<n>\d{1,3})\s*|(?P<nw>%(CARD)s)\s+)?(?P<u>%(UNIT)s)(?!\w)"
           r"(?!\s*\d)(?!\s+(?:%(WD)s|%(BAD)s)(?!\w))",
}


def _entries(lexicon: Lexicon, concept: str) -> list[Any]:
    return lexicon.concept(concept)


@functools.lru_cache(maxsize=8)
def grammar_for(lexicon: Lexicon) -> Grammar:
    """Build (once per lexicon) the date patterns from its date concepts."""
    months = {e.key: (int(e.get("month")), "ambiguous" in e.get("flags"))
              for e in _entries(lexicon, "months")}
    weekdays = {e.key: int(e.get("weekday")) for e in _entries(lexicon, "weekdays")}
    relative = {e.key: (int(e.get("offset")), e.get("day_part") or None)
                for e in _entries(lexicon, "relative_days")}
    parts = {e.key: e.get("part") for e in _entries(lexicon, "day_parts")}
    roles: dict[str, frozenset[str]] = {}
    for e in _entries(lexicon, "date_words"):
        roles[e.key] = roles.get(e.key, frozenset()) | frozenset(e.get("role").split("|"))
    nums = _entries(lexicon, "date_numbers")
    units = {e.key: (e.get("unit"), int(e.get("count")) if e.get("count") else None)
             for e in _entries(lexicon, "date_units")}

    def words(role: str) -> str:
        return _alt(k for k, r in roles.items() if role in r)

    alts = {
        "ART": words("article"), "OF": words("of"), "MW": words("month_word"), "TM": words("this_month"),
        "YW": words("year_word"), "DW": words("day_word"), "AGO": words("ago"),
        "QUAL": _alt(k for k, r in roles.items() if r & {"past", "current", "next"}),
        "BAD": words("block_after_duration"), "MON": _alt(months), "WD": _alt(weekdays),
        "REL": _alt(relative), "PART": _alt(parts), "UNIT": _alt(units),
        "ORD": _alt(e.key for e in nums if e.get("kind") == "ordinal"),
        "CARD": _alt(e.key for e in nums if e.get("kind") == "cardinal"),
    }
    patterns = tuple((name, re.compile(t % alts)) for name, t in _TEMPLATES.items())
    return Grammar(patterns, months, weekdays, relative, parts, roles,
                   {e.key: int(e.get("value")) for e in nums}, units)


@functools.lru_cache(maxsize=1)
def _default_grammar() -> Grammar | None:
    try:
        return grammar_for(default_lexicon())
    except WaqiaError:
        return None


# --- reading the matches ------------------------------------------------------

@dataclass(frozen=True)
class _Cand:
    """One date expression as read, before it is resolved."""

    start: int
    end: int
    kind: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    qual: str | None = None
    offset: int | None = None
    weekday: int | None = None
    weekday2: int | None = None
    part: str | None = None
    count: int | None = None
    unit: str | None = None


_PRIORITY = {"explicit": 0, "numeric": 1, "month_day": 2, "relative": 3, "ago": 4,
             "month": 5, "this_month": 6, "year": 7}


def _qual(g: Grammar, word: str | None) -> str | None:
    found = sorted(g.role(word) & {"past", "current", "next"})
    return found[0] if found else None


def _day_number(g: Grammar, text: str) -> int:
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else g.numbers.get(_k(text), 0)


def _read(name: str, m: re.Match[str], g: Grammar) -> _Cand | None:
    """Turn one regex match into a candidate (None when the words refuse it)."""
    s, e = m.span()
    if m.groupdict().get("pre"):
        s = m.end("pre")
    if name == "numeric":
        if m.group("y"):
            return _Cand(s, e, "explicit", int(m.group("d")), int(m.group("m")), int(m.group("y")))
        day, month = int(m.group("d2")), int(m.group("m2"))
        if month > 12 >= day:  # d/m/y is the rule; 12/25/2019 can only be m/d/y
            day, month = month, day
        return _Cand(s, e, "explicit", day, month, int(m.group("y2")))
    q = _qual(g, m.groupdict().get("q"))
    year = int(m.group("y")) if m.groupdict().get("y") else None
    if name == "explicit":
        return _Cand(s, e, "explicit", _day_number(g, m.group("d")), g.months[_k(m.group("m"))][0], year, q)
    if name == "month_day":
        return _Cand(s, e, "explicit", _day_number(g, m.group("d")), None, None, q)
    if name == "month":
        month, ambiguous = g.months[_k(m.group("m"))]
        if ambiguous and not (m.group("mw") or year or q):
            return None
        return _Cand(s, e, "month", None, month, year, q)
    if name == "this_month":
        return _Cand(s, e, "month", None, None, None, q)
    if name == "year":
        return _Cand(s, e, "year", year=year)
    if name == "ago":
        return _read_ago(m, g, s)
    return _read_relative(m, g, s)


def _read_ago(m: re.Match[str], g: Grammar, start: int) -> _Cand:
    unit, count = g.units[_k(m.group("u"))]
    if m.group("n"):
        count = int(m.group("n"))
    elif m.group("nw"):
        count = g.numbers.get(_k(m.group("nw")))
    if unit == "day" and count is not None:
        return _Cand(start, m.end(), "ago", count=count, unit=unit)
    return _Cand(start, m.end(), "duration", count=count, unit=unit)


def _read_relative(m: re.Match[str], g: Grammar, start: int) -> _Cand | None:
    text = m.string
    before = re.search(r"(\w+)\s*$", text[max(0, m.start() - 30): m.start()])
    if before and "block_before" in g.role(before.group(1)) | g.role(before.group(1)[1:]):
        return None
    after = re.match(r"\s*(\w+)", text[m.end(): m.end() + 30])
    word_after = after.group(1) if after else None
    wd_name = m.group("w1") or m.group("w2")
    rel = m.group("r")
    if wd_name and not rel and "block_after_weekday" in g.role(word_after):
        return None
    if rel and not wd_name and "block_after_relative" in g.role(word_after):
        return None
    offset, rel_part = g.relative[_k(rel)] if rel else (None, None)
    part_word = m.group("p1") or m.group("p2")
    part = g.parts.get(_k(part_word)) if part_word else rel_part
    wd2 = g.weekdays[_k(m.group("w3"))] if m.group("w3") else None
    return _Cand(start, m.end(), "relative", qual=_qual(g, m.group("q")), offset=offset,
                 weekday=g.weekdays[_k(wd_name)] if wd_name else None, weekday2=wd2, part=part)


def scan(text: str, g: Grammar) -> list[_Cand]:
    """Every date expression in a matching form, longest first on overlaps, in text order."""
    found: list[tuple[int, _Cand]] = []
    for name, pattern in g.patterns:
        for m in pattern.finditer(text):
            cand = _read(name, m, g)
            if cand is not None:
                found.append((_PRIORITY[name], cand))
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []
    for _, c in sorted(found, key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start)):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return _merge(sorted(chosen, key=lambda c: c.start), text)


def _merge(cands: list[_Cand], text: str) -> list[_Cand]:
    """Join a weekday written just before an explicit date («الاثنين 12 مارس 2018»)."""
    out: list[_Cand] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "relative" and prev.weekday is not None
                and prev.offset in (None, 0) and c.kind == "explicit" and c.month is not None
                and re.fullmatch(r"[\s,،\-|(]*", text[prev.end: c.start])):
            out[-1] = replace(c, start=prev.start, weekday=prev.weekday, part=prev.part)
        else:
            out.append(c)
    return out


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
    g = grammar_for(lexicon) if lexicon is not None else _default_grammar()
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


def _dateline(text: str, cands: list[_Cand]) -> _Cand | None:
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


def _anchor(doc: Document, cands: list[_Cand], lexicon: Lexicon) -> tuple[Published, list[str]]:
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


def _explicit(c: _Cand, pub: Published, quote: str) -> _Resolved | None:
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


def _month(c: _Cand, pub: Published, quote: str) -> _Resolved:
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


def _relative(c: _Cand, pub: Published, quote: str) -> _Resolved:
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


def resolve(c: _Cand, pub: Published, background_days: int, quote: str,
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

    >>> from waqia.pipeline import Context
    >>> from waqia.settings import Settings
    >>> ctx = Context(Settings(), default_lexicon(), None)
    >>> doc = find_dates(Document.from_text("قصفت الطائرات مساء أمس الأربعاء البلدة", published="2020-01-23"), ctx)
    >>> [(m.date, m.precision, m.day_part) for m in doc.layer("dates")]
    [('2020-01-22', 'day', 'evening')]
    """
    grammar = grammar_for(ctx.lexicon)
    cands = scan(doc.text, grammar)
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
