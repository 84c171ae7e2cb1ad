"""Quantities: digits, number words, hedges and vague amounts.

:func:`find_numbers` reads every figure of an article's matching form into a
:class:`Quantity`.  The words come from ``lang/ar/number_words.tsv`` and
``lang/ar/hedges.tsv`` through the lexicon matches; the grammar is here.

>>> [(q.value, q.low, q.high, q.approx) for q in numbers_in("قتل نحو خمسة وعشرين جنديا")]
[(25, 25, 25, True)]
>>> [(q.value, q.low, q.high, q.vague) for q in numbers_in("أصيب العشرات")]
[(None, 20, 99, 'عشرات')]

Decisions:

* ``1,500`` and ``32،070`` are thousands; ``1.500`` is 1500 too unless a scale
  word follows (``1.500 مليون`` is 1.5 million); other decimals count only
  before a scale word (``2.5 مليون``).
* A hedged figure keeps ``low == high == value`` and sets ``approx``;
  «أكثر من 20» gives low 21, high None; «أقل من 20» low None, high 19;
  «ما لا يقل عن 20», «20 على الأقل», «20 أو أكثر» give low 20, high None;
  «ما يصل إلى 20» low None, high 20.
* A range («بين 10 و15», «10 إلى 15», «10 - 15», «3 أو 4») gives low and
  high, ``approx`` True and ``value`` = low (the conservative figure).
  «من 10 إلى 15» stays two figures: news uses it for a toll that changed.
* Vague amounts have ``value`` None: «عشرات» 20..99, «مئات» 200..999,
  «آلاف» 2000..9999, «عشرات الآلاف» 20000..99999, «بضعة» 3..9,
  «عدة» 3.., «عدد من» 2.. (bounds are data, in ``number_words.tsv``).
* Not counts, left out: years (four digits 1900..2100 unless hedged, or after
  «عام»), days of a month, hours, percentages, labels («اللواء 47»), dates,
  times and phone numbers written in digits, ordinals («الخامس عشر»),
  «مرة واحدة».  A duration («48 ساعة») is kept: ``unit`` holds the next word.
* «أحد/إحدى» followed by a definite word («أحد الجنود») or by a construct that
  ends in one («أحد أفراد الشرطة») is value 1 with ``partitive`` True; alone
  («لم يصب أحد») it is not a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from waqia.core.document import Document
from waqia.core.lexicon import PREFIXES, Lexicon, Match, default_lexicon

if TYPE_CHECKING:
    from waqia.core.context import Context

#: The lexicon concepts this stage reads.
CONCEPTS = frozenset({"number_words", "hedges"})


@dataclass(frozen=True)
class Quantity:
    """A figure in the matching form at ``[start, end)`` (hedge words included).

    ``value`` is None for vague amounts («عشرات», «عدد من»), then ``vague``
    holds the words.  ``low``/``high`` are the bounds the text allows
    («أكثر من 20»: low 21, high None; «العشرات»: 20..99).  ``approx`` is true
    when the text hedges.  ``num_start``/``num_end`` cover the number itself
    (without the hedge).  ``unit`` is the word after the number (after a
    «من»), at ``[unit_start, unit_end)``, so the claims stage can check the
    noun.  ``partitive`` marks «أحد الجنود» (one of the soldiers).
    """

    start: int
    end: int
    value: int | None
    low: int | None
    high: int | None
    approx: bool = False
    vague: str | None = None
    num_start: int = -1
    num_end: int = -1
    unit: str | None = None
    unit_start: int = -1
    unit_end: int = -1
    partitive: bool = False


@dataclass
class _Num:
    """A number being read (mutable while hedges and ranges are applied)."""

    num_start: int
    num_end: int
    word_start: int  # where its word begins: clitics, or «ال» glued to digits
    value: int | None
    low: int | None
    high: int | None
    approx: bool = False
    vague: str | None = None
    prefix: str = ""
    scale: int = 1  # the scale word that multiplied it («3 آلاف»)
    year_like: bool = False
    partitive: bool = False
    is_range: bool = False


_BLOCK = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"  # dates 21/1/2020, 2020-01-21
    r"|\d+(?:[/:]\d+)+"  # times 10:30, fractions, 24/7
    r"|(?:\+|00)\d[\d \-]{6,}\d"  # international phone numbers
    r"|\d+(?:[ \-]\d+){2,}"  # digit groups in a chain: phone numbers
    r"|\d{8,}"  # long digit strings
    r"|\d+(?:[.,]\d+)? ?%|% ?\d+(?:[.,]\d+)?"  # percentages
    r"|[a-z]+-?\d+|\d+[a-z]+"  # M5, T-72, 5km
)
_RUN = re.compile(r"\d+(?:[.,،]\d+)*")  # found fast, then read with _FORMS
_FORMS = re.compile(r"(\d{1,3}(?:[,،]\d{3})+)|(\d{1,3}(?:\.\d{3})+)|(\d+(?:[.,]\d+)?)")
_CLUSTER = frozenset("0123456789/:.,-+% abcdefghijklmnopqrstuvwxyz")
# Grammatical particles (like lexicon.PREFIXES), not word lists: the article,
# the conjunction «و» and the preposition «من» ("of", "from").
ART, AND, OF = "ال", "و", "من"
_UNIT = re.compile(rf" *(?:{OF} +)?([^\W\d_]+)")
_DEFINITE_NEXT = re.compile(rf" +(?:{ART}|{OF} )")
# «أحد أفراد قوات الحشد», «أحد أبرز القادة»: «أحد» before a construct that ends in a definite noun
_CONSTRUCT_NEXT = re.compile(rf" +(?!{AND})[^\W\d_]{{3,}} +(?:[^\W\d_]+ +)?{ART}")
_DASH = re.compile(r" *- *")
_FROM = re.compile(rf"(?<!\w){OF} *$")
_AND = re.compile(rf" *{AND} *")
_ONE_WORD = re.compile(r" *[^\W\d_]+ +")
_NUMERIC = frozenset({"unit", "head", "ten", "hundred", "scale", "dual"})
_HEDGE_BOUNDS = {"more": (1, None), "less": (None, -1), "atleast": (0, None),
                 "or_more": (0, None), "atmost": (None, 0)}


def find_numbers(doc: Document, ctx: Context | None) -> Document:
    """Return ``doc`` with layer ``"numbers"``: a :class:`Quantity` per figure.

    Uses the lexicon matches of an earlier ``lexicon`` stage when there are
    any, else scans ``doc.text`` with ``ctx.lexicon``.
    """
    matches = doc.layers.get("matches")
    if matches is None:
        lexicon = ctx.lexicon if ctx is not None else default_lexicon()
        matches = tuple(lexicon.scan(doc.text))
    return doc.add("numbers", read_quantities(doc, matches))


def numbers_in(text: str, lexicon: Lexicon | None = None) -> tuple[Quantity, ...]:
    """Every figure of a raw text (offsets into its matching form).

    >>> [q.value for q in numbers_in("قتل 1,500 شخص وأصيب ثلاثة آلاف في عام 2014")]
    [1500, 3000]
    """
    doc = Document.from_text(text)
    return read_quantities(doc, (lexicon or default_lexicon()).scan(doc.text))


def read_quantities(doc: Document, matches: tuple[Match, ...] | list[Match]) -> tuple[Quantity, ...]:
    """The quantities of ``doc.text``, given its lexicon matches.

    ``vague`` holds the words as written in the original.
    """
    text = doc.text
    idx = _Index(text, matches)
    nums = _digit_numbers(text, idx) + _word_numbers(text, idx)
    nums.sort(key=lambda n: n.num_start)
    nums = [n for n in nums if not _is_noncount(text, n, idx)]
    out = [_finish(text, n, idx) for n in _join_ranges(text, nums, idx)]
    return tuple(replace(q, vague=doc.span(q.num_start, q.num_end).text) if q.vague else q for q in out)


class _Index:
    """This stage's lexicon matches of one text, indexed by position."""

    def __init__(self, text: str, matches: tuple[Match, ...] | list[Match]):
        own = _longest([m for m in matches if m.entry.concept in CONCEPTS])
        self.words = [m for m in own if m.concept == "number_words"
                      and not ("nodef" in m.entry.get("flags") and m.prefix.endswith(ART))]
        self.ends = {m.end: m for m in own}
        self.starts = {m.word_start: m for m in own}
        self.consumed: set[int] = set()

    @staticmethod
    def blocked(text: str, start: int, end: int) -> bool:
        """Whether digits at ``[start, end)`` belong to a date, time, phone number or percentage.

        Only the run of digits and signs around them is searched, not the whole text.
        """
        lo, hi = start, end
        while lo > 0 and start - lo < 24 and text[lo - 1] in _CLUSTER:
            lo -= 1
        while hi < len(text) and hi - end < 24 and text[hi] in _CLUSTER:
            hi += 1
        return any(m.start() < end and m.end() > start for m in _BLOCK.finditer(text, lo, hi))

    def after(self, text: str, pos: int, kinds: frozenset[str]) -> Match | None:
        """The match of one of ``kinds`` whose word begins just after ``pos``."""
        m = self.starts.get(_skip_spaces(text, pos))
        return m if m is not None and _kind(m) in kinds else None


def _longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, the longer winning (input in any order)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.word_start, -m.end)):
        if out and m.word_start < out[-1].end:
            prev = out[-1]
            if m.end - m.word_start > prev.end - prev.word_start and (len(out) < 2 or out[-2].end <= m.word_start):
                out[-1] = m
            continue
        out.append(m)
    return out


def _kind(m: Match) -> str:
    return m.entry.get("kind")


def _int(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


def _skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _skip_back(text: str, pos: int) -> int:
    """Back over spaces and a detached article («الـ 20» → «ال 20»)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    if text[max(pos - 2, 0):pos] == ART and (pos == 2 or (pos > 2 and not text[pos - 3].isalnum())):
        pos -= 2
        while pos > 0 and text[pos - 1] == " ":
            pos -= 1
    return pos


def _clitics_before(text: str, pos: int) -> tuple[int, str]:
    """Where the word of digits at ``pos`` begins, and the proclitics glued to it."""
    ws = pos
    while ws > 0 and pos - ws < 5 and text[ws - 1].isalpha():
        ws -= 1
    prefix = text[ws:pos]
    return (ws, prefix) if prefix in PREFIXES else (pos, "")


# --- digits ------------------------------------------------------------------

def _digit_numbers(text: str, idx: _Index) -> list[_Num]:
    """Numbers written in digits, with a scale word after them («3 آلاف»)."""
    out: list[_Num] = []
    scales = frozenset({"scale", "scale_pl"})
    for run in _RUN.finditer(text):
        s, e = run.span()
        m = _FORMS.fullmatch(run.group())
        ws, prefix = _clitics_before(text, s)
        glued = ws == s and s > 0 and text[s - 1].isalpha() and e < len(text) and text[e].isalpha()
        if m is None or glued or idx.blocked(text, s, e):
            continue
        word = idx.after(text, e, scales)
        if word is not None and word.prefix:
            word = None
        factor = int(word.entry.get("value")) if word is not None else 1
        value = _digit_value(m, factor)
        if value is None:
            continue
        if word is not None:
            idx.consumed.add(id(word))
            e = word.end
        year = factor == 1 and m.group(3) is not None and len(m.group()) == 4 and 1900 <= value <= 2100
        out.append(_Num(s, e, ws, value, value, value, prefix=prefix, scale=factor, year_like=year))
    return out


def _digit_value(m: re.Match[str], factor: int) -> int | None:
    """The integer a digit match means, or None when it is not a count."""
    grouped, dotted, _ = m.groups()
    raw = m.group()
    try:
        if grouped:
            return int(raw.replace(",", "").replace("،", "")) * factor
        if dotted and (factor == 1 or raw.count(".") > 1):
            return int(raw.replace(".", "")) * factor
        if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit():
            return None  # a leading zero: a code, not a count
        x = float(raw.replace(",", ".")) * factor
        return round(x) if x.is_integer() or factor > 1 else None
    except (ValueError, OverflowError):
        return None


# --- number words ------------------------------------------------------------

@dataclass
class _Sum:
    """The running value of a compound number word («ألف ومئتين وثلاثة»)."""

    total: int = 0
    cur: int = 0
    last: int = 0
    order: int = 9
    scale: int = 1
    teen_open: bool = False
    had_ten: bool = False

    def first(self, kind: str, v: int) -> bool:
        if kind in ("scale", "dual"):
            self.total, self.order = v, _order(v)
            self.scale = v if kind == "scale" else 1
            return True
        self.cur = self.last = v
        self.order = _order(v)
        self.teen_open = kind == "head"
        return True

    def joined(self, kind: str, v: int, times: bool) -> bool:
        """A word right after the last one, without «و»."""
        if kind in ("unit", "head") and v == 10 and self.order == 0:
            self.cur, self.order, self.teen_open = self.cur + 10, 1, False
            return True
        if self.teen_open:
            return False
        if kind == "hundred" and times and self.order == 0 and 3 <= self.last <= 9:
            self.cur, self.order = self.cur - self.last + self.last * 100, 2
            return True
        if kind in ("scale", "scale_pl") and self.cur > 0 and (self.scale == 1 or v < self.scale):
            if kind == "scale_pl" and not 3 <= self.cur <= 10:
                return False
            self.total, self.cur, self.order, self.scale = self.total + self.cur * v, 0, _order(v), v
            return True
        return False

    def conj(self, kind: str, v: int) -> bool:
        """A word joined to the last one by «و»."""
        if kind == "ten" and (self.teen_open or (self.order == 0 and self.last <= 9 and not self.had_ten)):
            self.cur, self.order, self.teen_open, self.had_ten = self.cur + v, 1, False, True
            return True
        if self.teen_open or kind not in _NUMERIC or kind == "head" or _order(v) >= self.order:
            return False
        if kind in ("scale", "dual"):
            self.total += v
        else:
            self.cur += v
            self.had_ten = self.had_ten or kind == "ten"
        self.last, self.order = v, _order(v)
        return True


def _order(v: int) -> int:
    return 0 if v < 10 else 1 if v < 100 else 2 if v < 1000 else 3 if v < 10**6 else 4 if v < 10**9 else 5


def _link(text: str, a: Match, b: Match) -> str | None:
    """How ``b`` follows ``a``: ``"join"`` (a space), ``"conj"`` (by «و») or None."""
    gap = text[a.end:b.word_start]
    if gap and not gap.strip(" "):
        if not b.prefix:
            return "join"
        return "conj" if b.prefix in (AND, AND + ART) else None
    return "conj" if _AND.fullmatch(gap) and b.prefix in ("", ART) else None


def _word_numbers(text: str, idx: _Index) -> list[_Num]:
    """Numbers and vague amounts written in words."""
    words, out, i = idx.words, [], 0
    while i < len(words):
        m, kind = words[i], _kind(words[i])
        if id(m) in idx.consumed or kind not in _NUMERIC | {"vague", "scale_pl", "ordinal"}:
            i += 1
        elif kind == "ordinal":
            i += 2 if i + 1 < len(words) and _ends_ordinal(text, m, words[i + 1]) else 1
        elif kind in ("vague", "scale_pl"):
            num, i = _vague(text, words, i)
            out.append(num)
        else:
            j, acc = _compose(text, words, i, idx.consumed)
            if j > i:
                value = acc.total + acc.cur
                out.append(_Num(m.start, words[j - 1].end, m.word_start, value, value, value,
                                prefix=m.prefix, scale=acc.scale))
            elif kind == "head" and m.entry.get("value") == "1" and (
                    _DEFINITE_NEXT.match(text, m.end) or _CONSTRUCT_NEXT.match(text, m.end)):
                out.append(_Num(m.start, m.end, m.word_start, 1, 1, 1, prefix=m.prefix, partitive=True))
            i = max(j, i + 1)
    return out


def _ends_ordinal(text: str, ordinal: Match, nxt: Match) -> bool:
    """«عشر» after an ordinal («الخامس عشر»), or «و + ten» («الحادي والعشرين»)."""
    link = _link(text, ordinal, nxt)
    if link == "join":
        return _kind(nxt) == "unit" and nxt.entry.get("value") == "10"
    return link == "conj" and _kind(nxt) == "ten"


def _compose(text: str, words: list[Match], i: int, consumed: set[int]) -> tuple[int, _Sum]:
    """Read the compound number starting at ``words[i]``: (index after it, sum)."""
    acc = _Sum()
    acc.first(_kind(words[i]), int(words[i].entry.get("value")))
    j = i + 1
    while j < len(words):
        m, kind = words[j], _kind(words[j])
        link = _link(text, words[j - 1], m)
        v = _int(m.entry.get("value"))
        if link is None or v is None or id(m) in consumed:
            break
        ok = acc.joined(kind, v, "times" in m.entry.get("flags")) if link == "join" else acc.conj(kind, v)
        if not ok:
            break
        j += 1
    return (i if acc.teen_open else j), acc


def _vague(text: str, words: list[Match], i: int) -> tuple[_Num, int]:
    """A vague amount («عشرات», «عدد من»), with a scale word after it («عشرات الآلاف»)."""
    m = words[i]
    low, high, end, j = _int(m.entry.get("low")), _int(m.entry.get("high")), m.end, i + 1
    nxt = words[j] if j < len(words) else None
    if _kind(m) == "vague" and nxt is not None and _kind(nxt) == "scale_pl" and _link(text, m, nxt) == "join":
        f = int(nxt.entry.get("value"))
        low = low * f if low is not None else None
        high = (high + 1) * f - 1 if high is not None else None
        end, j = nxt.end, j + 1
    approx = m.entry.get("approx") == "1"
    return _Num(m.start, end, m.word_start, None, low, high, approx, text[m.start:end], m.prefix), j


# --- context: non-counts, ranges, hedges ----------------------------------------

_BEFORE = frozenset({"approx", "more", "less", "atleast", "atmost", "range_from"})
_AFTER = frozenset({"approx", "atleast", "or_more", "more"})
_BETWEEN = frozenset({"range_to", "range_or"})


def _in_bounds(m: Match, value: int) -> bool:
    lo, hi = _int(m.entry.get("low")), _int(m.entry.get("high"))
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _hedge_before(text: str, n: _Num, idx: _Index) -> Match | None:
    h = idx.ends.get(_skip_back(text, n.word_start))
    if h is None or h.concept != "hedges" or h.entry.get("position") not in ("before", "both"):
        return None
    return h if _kind(h) in _BEFORE else None


def _is_noncount(text: str, n: _Num, idx: _Index) -> bool:
    """A year, a day, an hour, a percentage, a label or «مرة واحدة»."""
    if n.value is None:
        return False
    if n.year_like and _hedge_before(text, n, idx) is None:
        return True
    m = idx.ends.get(_skip_back(text, n.word_start))
    if m is None or _kind(m) != "not_before":
        m = idx.after(text, n.num_end, frozenset({"not_after"}))
    return m is not None and _in_bounds(m, n.value)


def _join_ranges(text: str, nums: list[_Num], idx: _Index) -> list[_Num]:
    out, i = [], 0
    while i < len(nums):
        joined = _range(text, nums[i], nums[i + 1], idx) if i + 1 < len(nums) else None
        out.append(joined or nums[i])
        i += 2 if joined else 1
    return out


def _range(text: str, a: _Num, b: _Num, idx: _Index) -> _Num | None:
    """«بين 10 و15», «10 إلى 15», «10 - 15», «3 أو 4» as one figure, else None."""
    if a.value is None or b.value is None or a.partitive or b.partitive or b.word_start < a.num_end:
        return None
    gap = text[a.num_end:b.word_start]
    h = _hedge_before(text, a, idx)
    if _AND.fullmatch(gap) or (b.prefix.startswith(AND) and not gap.strip(" ")):
        ok = h is not None and _kind(h) == "range_from"
    elif _DASH.fullmatch(gap):
        ok = True
    else:
        sep = idx.after(text, a.num_end, _BETWEEN)
        ok = sep is not None and not sep.prefix and _skip_spaces(text, sep.end) == b.word_start
        if sep is not None and ok and _kind(sep) == "range_to":
            ok = not _FROM.search(text, max(a.word_start - 5, 0), a.word_start)
    low = a.value
    if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value:
        low = a.value * b.scale
    if not ok or low >= b.value:
        return None
    return _Num(a.num_start, b.num_end, a.word_start, low, low, b.value, True,
                prefix=a.prefix, scale=b.scale, is_range=True)


def _finish(text: str, n: _Num, idx: _Index) -> Quantity:
    """Apply the hedges around ``n`` and make its :class:`Quantity`.

    ``start``/``end`` take in the hedge words that touch the number; a hedge
    after the noun («20 شخصا على الأقل») sets the bounds but not the span.
    """
    start, end, low, high, approx = n.num_start, n.num_end, n.low, n.high, n.approx
    after, touching = _hedge_after(text, n, idx)
    for h in (_hedge_before(text, n, idx), after):
        if h is None or (_kind(h) == "range_from" and not n.is_range):
            continue
        approx, start = True, min(start, h.start)
        if h is not after or touching:  # a hedge after the noun leaves the noun after ``end``
            end = max(end, h.end)
        bounds = _HEDGE_BOUNDS.get(_kind(h))
        if bounds is not None and n.value is not None and not n.is_range:
            low = None if bounds[0] is None else n.value + bounds[0]
            high = None if bounds[1] is None else n.value + bounds[1]
    unit = _UNIT.match(text, n.num_end)
    return Quantity(start, end, n.value, low, high, approx, n.vague, n.num_start, n.num_end,
                    unit.group(1) if unit else None, unit.start(1) if unit else -1,
                    unit.end(1) if unit else -1, n.partitive)


def _hedge_after(text: str, n: _Num, idx: _Index) -> tuple[Match | None, bool]:
    """A hedge right after the number (True), or after the one word that follows it (False)."""
    w = _ONE_WORD.match(text, n.num_end)
    for pos in (n.num_end, w.end() if w else -1):
        h = idx.starts.get(_skip_spaces(text, pos))
        if h is not None and h.concept == "hedges" and h.entry.get("position") in ("after", "both") \
                and _kind(h) in _AFTER:
            return h, pos == n.num_end
    return None, False
