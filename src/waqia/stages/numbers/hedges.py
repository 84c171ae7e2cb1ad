"""What surrounds a number: non-counts (years, hours, labels), ranges and hedges, then the :class:`Quantity`."""

from __future__ import annotations

import re

from waqia.core.lexicon import Match
from waqia.stages.numbers.index import AND, AND_GAP, OF, Index, as_int, kind, skip_back, skip_spaces
from waqia.stages.numbers.quantity import Num, Quantity

_BEFORE = frozenset({"approx", "more", "less", "atleast", "atmost", "range_from"})
_AFTER = frozenset({"approx", "atleast", "or_more", "more"})
_BETWEEN = frozenset({"range_to", "range_or"})
_HEDGE_BOUNDS = {"more": (1, None), "less": (None, -1), "atleast": (0, None),
                 "or_more": (0, None), "atmost": (None, 0)}
_UNIT = re.compile(rf" *(?:{OF} +)?([^\W\d_]+)")
_DASH = re.compile(r" *- *")
_FROM = re.compile(rf"(?<!\w){OF} *$")
_ONE_WORD = re.compile(r" *[^\W\d_]+ +")
#: most words of the counted noun between a figure and «على الأقل» after it
AT_LEAST_REACH = 3


def _in_bounds(m: Match, value: int) -> bool:
    lo, hi = as_int(m.entry.get("low")), as_int(m.entry.get("high"))
    return (lo is None or value >= lo) and (hi is None or value <= hi)


def _hedge_before(text: str, n: Num, idx: Index) -> Match | None:
    h = idx.ends.get(skip_back(text, n.word_start))
    if h is None or h.concept != "hedges" or h.entry.get("position") not in ("before", "both"):
        return None
    return h if kind(h) in _BEFORE else None


def is_noncount(text: str, n: Num, idx: Index) -> bool:
    """A year, a day, an hour, a percentage, a label or «مرة واحدة»."""
    if n.value is None:
        return False
    if n.year_like and _hedge_before(text, n, idx) is None:
        return True
    m = idx.ends.get(skip_back(text, n.word_start))
    if m is None or kind(m) != "not_before" or n.prefix.startswith(AND):
        # «قائد الكتيبة واثنين من الجنود»: a number joined by «و» is no label of the word before it
        m = idx.after(text, n.num_end, frozenset({"not_after"}))
    return m is not None and _in_bounds(m, n.value)


def join_ranges(text: str, nums: list[Num], idx: Index) -> list[Num]:
    out, i = [], 0
    while i < len(nums):
        joined = _range(text, nums[i], nums[i + 1], idx) if i + 1 < len(nums) else None
        out.append(joined or nums[i])
        i += 2 if joined else 1
    return out


def _range(text: str, a: Num, b: Num, idx: Index) -> Num | None:
    """«بين 10 و15», «10 إلى 15», «10 - 15», «3 أو 4» as one figure, else None."""
    if a.value is None or b.value is None or a.partitive or b.partitive or b.word_start < a.num_end:
        return None
    gap = text[a.num_end:b.word_start]
    h = _hedge_before(text, a, idx)
    if AND_GAP.fullmatch(gap) or (b.prefix.startswith(AND) and not gap.strip(" ")):
        ok = h is not None and kind(h) == "range_from"
    elif _DASH.fullmatch(gap):
        ok = True
    else:
        sep = idx.after(text, a.num_end, _BETWEEN)
        ok = sep is not None and not sep.prefix and skip_spaces(text, sep.end) == b.word_start
        if sep is not None and ok and kind(sep) == "range_to":
            ok = not _FROM.search(text, max(a.word_start - 5, 0), a.word_start)
    low = a.value
    if b.scale > 1 and a.scale == 1 and a.value * b.scale <= b.value:
        low = a.value * b.scale
    if not ok or low >= b.value:
        return None
    return Num(a.num_start, b.num_end, a.word_start, low, low, b.value, True,
               prefix=a.prefix, scale=b.scale, is_range=True)


def finish(text: str, n: Num, idx: Index) -> Quantity:
    """Apply the hedges around ``n`` and make its :class:`Quantity`.

    ``start``/``end`` take in the hedge words that touch the number; a hedge
    after the noun («20 شخصا على الأقل») sets the bounds but not the span.
    """
    start, end, low, high, approx = n.num_start, n.num_end, n.low, n.high, n.approx
    after, touching = _hedge_after(text, n, idx)
    for h in (_hedge_before(text, n, idx), after):
        if h is None or (kind(h) == "range_from" and not n.is_range):
            continue
        approx, start = True, min(start, h.start)
        if h is not after or touching:  # a hedge after the noun leaves the noun after ``end``
            end = max(end, h.end)
        bounds = _HEDGE_BOUNDS.get(kind(h))
        if bounds is not None and n.value is not None and not n.is_range:
            low = None if bounds[0] is None else n.value + bounds[0]
            high = None if bounds[1] is None else n.value + bounds[1]
    unit = _UNIT.match(text, n.num_end)
    return Quantity(start, end, n.value, low, high, approx, n.vague, n.num_start, n.num_end,
                    unit.group(1) if unit else None, unit.start(1) if unit else -1,
                    unit.end(1) if unit else -1, n.partitive)


def _hedge_after(text: str, n: Num, idx: Index) -> tuple[Match | None, bool]:
    """A hedge right after the number (True), or after the one word that follows it (False); «على الأقل»
    (kind atleast) also after the two or three words of the noun it counts («27 جنديا عراقيا على الأقل»,
    «27 من عناصر الشرطة على الأقل»), no punctuation between."""
    pos = n.num_end
    for words in range(AT_LEAST_REACH + 1):
        h = idx.starts.get(skip_spaces(text, pos))
        if h is not None and h.concept == "hedges" and h.entry.get("position") in ("after", "both") \
                and (kind(h) in _AFTER if words < 2 else kind(h) == "atleast"):
            return h, words == 0
        w = _ONE_WORD.match(text, pos)
        if w is None or words and (w.group().strip().startswith(AND) or h is not None):
            break  # «خمسة أشخاص وأصيب عشرون على الأقل»: another clause or figure, not the counted noun
        pos = w.end()
    return None, False
