"""Numbers written in digits («1,500», «٣», «2.5 مليون»), and the digits that are no count."""

from __future__ import annotations

import re

from waqia.stages.numbers.index import Index, clitics_before
from waqia.stages.numbers.quantity import Num

_BLOCK = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"  # dates 21/1/2020, 2020-01-21
    r"|\d+(?:[/:]\d+)+"  # times 10:30, fractions, 24/7
    r"|(?:\+|00)\d[\d \-]{6,}\d"  # international phone numbers
    r"|\d+(?:[ \-]\d+){2,}"  # digit groups in a chain: phone numbers
    r"|\d{8,}"  # long digit strings
    r"|\d+(?:[.,]\d+)? ?%|% ?\d+(?:[.,]\d+)?"  # percentages
    r"|[a-z]+-?\d+|\d+[a-z]+"  # M5, T-72, 5km
)
# found fast, then read with _FORMS; written to open with one digit, so that the regex engine passes over the
# letters looking for a digit, not trying a match at each of them (#14: ``\d+`` first is tried everywhere)
_RUN = re.compile(r"\d\d*(?:[.,،]\d+)*")
_FORMS = re.compile(r"(\d{1,3}(?:[,،]\d{3})+)|(\d{1,3}(?:\.\d{3})+)|(\d+(?:[.,]\d+)?)")
_CLUSTER = frozenset("0123456789/:.,-+% abcdefghijklmnopqrstuvwxyz")
_SCALES = frozenset({"scale", "scale_pl"})


def digit_numbers(text: str, idx: Index) -> list[Num]:
    """Numbers written in digits, with a scale word after them («3 آلاف»)."""
    out: list[Num] = []
    for run in _RUN.finditer(text):
        s, e = run.span()
        m = _FORMS.fullmatch(run.group())
        ws, prefix = clitics_before(text, s)
        # digits inside a word («الاثنين2سبتمبر») or ending a name («عربي21», «السويداء24») count nothing
        glued = ws == s and s > 0 and text[s - 1].isalpha() and (
            e < len(text) and text[e].isalpha() or s >= 4 and text[s - 4:s].isalpha())
        if m is None or glued or _blocked(text, s, e):
            continue
        word = idx.after(text, e, _SCALES)
        if word is not None and word.prefix:
            word = None
        factor = int(word.entry.get("value")) if word is not None else 1
        value = _digit_value(m, factor, boxed=_boxed(text, s, e))
        if value is None:
            continue
        if word is not None:
            idx.consumed.add(id(word))
            e = word.end
        year = factor == 1 and m.group(3) is not None and len(m.group()) == 4 and 1900 <= value <= 2100
        out.append(Num(s, e, ws, value, value, value, prefix=prefix, scale=factor, year_like=year))
    return out


def _blocked(text: str, start: int, end: int) -> bool:
    """Whether digits at ``[start, end)`` belong to a date, time, phone number or percentage.

    Only the run of digits and signs around them is searched, not the whole text.
    """
    lo, hi = start, end
    while lo > 0 and start - lo < 24 and text[lo - 1] in _CLUSTER:
        lo -= 1
    while hi < len(text) and hi - end < 24 and text[hi] in _CLUSTER:
        hi += 1
    return any(m.start() < end and m.end() > start for m in _BLOCK.finditer(text, lo, hi))


def _boxed(text: str, start: int, end: int) -> bool:
    """Whether two digits stand alone in brackets, as Algerian communiqués write counts («(03) إرهابيين»)."""
    return end - start == 2 and start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")"


def _digit_value(m: re.Match[str], factor: int, boxed: bool = False) -> int | None:
    """The integer a digit match means, or None when it is not a count; a leading zero marks a code, except
    in two digits boxed in brackets (``boxed``: «(04) عناصر»), the house style of a count in some communiqués."""
    grouped, dotted, _ = m.groups()
    raw = m.group()
    try:
        if grouped:
            return int(raw.replace(",", "").replace("،", "")) * factor
        if dotted and (factor == 1 or raw.count(".") > 1):
            return int(raw.replace(".", "")) * factor
        if raw[0] == "0" and len(raw) > 1 and raw[1].isdigit() and not boxed:
            return None  # a leading zero: a code, not a count
        x = float(raw.replace(",", ".")) * factor
        return round(x) if x.is_integer() or factor > 1 else None
    except (ValueError, OverflowError):
        return None
