"""Numbers written in words («خمسة وعشرين», «ألف ومئتين»), vague amounts («عشرات») and «أحد الجنود»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from waqia.core.lexicon import Match
from waqia.core.morphology import OUR, PRONOUNS
from waqia.stages.numbers.index import AND, AND_GAP, ART, OF, Index, as_int, kind
from waqia.stages.numbers.quantity import Num

_NUMERIC = frozenset({"unit", "head", "ten", "hundred", "scale", "dual"})
_DEFINITE_NEXT = re.compile(rf" +(?:{ART}|{OF} )")
# «أحد أفراد قوات الحشد», «أحد أبرز القادة»: «أحد» before a construct that ends in a definite noun
_CONSTRUCT_NEXT = re.compile(rf" +(?!{AND})[^\W\d_]{{3,}} +(?:[^\W\d_]+ +)?{ART}")
# «أحد عناصرها», «أحد مقاتليه», «إحدى بناتها»: «أحد» before a noun whose owner is a pronoun (definite as well);
# a stem of four letters at least, so no preposition with its pronoun («أحد منهم», «أحد عليه»)
_OWNED_NEXT = re.compile(rf" +(?!{AND})[^\W\d_]{{4,}}(?:{'|'.join(sorted((*PRONOUNS, OUR), key=len, reverse=True))})(?![^\W\d_])")
# «أحد أفراد طاقمها», «أحد أبناء عمومته»: «أحد» before a construct whose last noun's owner is a pronoun
_CONSTRUCT_OWNED_NEXT = re.compile(rf" +(?!{AND})[^\W\d_]{{3,}} +[^\W\d_]{{3,}}"
                                   rf"(?:{'|'.join(sorted((*PRONOUNS, OUR), key=len, reverse=True))})(?![^\W\d_])")


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
        if kind == "unit" and self.order == 1:
            return False  # a unit comes before its ten («خمسة وعشرون»): «عشرة وخمسة عشر» is a range of two
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
    return "conj" if AND_GAP.fullmatch(gap) and b.prefix in ("", ART) else None


def word_numbers(text: str, idx: Index) -> list[Num]:
    """Numbers and vague amounts written in words."""
    words, out, i = idx.words, [], 0
    while i < len(words):
        m, k = words[i], kind(words[i])
        if id(m) in idx.consumed or k not in _NUMERIC | {"vague", "scale_pl", "ordinal"}:
            i += 1
        elif k == "ordinal":
            i += 2 if i + 1 < len(words) and _ends_ordinal(text, m, words[i + 1]) else 1
        elif k in ("vague", "scale_pl"):
            num, i = _vague(text, words, i)
            out.append(num)
        else:
            j, acc = _compose(text, words, i, idx.consumed)
            if j > i:
                value = acc.total + acc.cur
                out.append(Num(m.start, words[j - 1].end, m.word_start, value, value, value,
                               prefix=m.prefix, scale=acc.scale))
            elif k == "head" and m.entry.get("value") == "1" and (
                    _DEFINITE_NEXT.match(text, m.end) or _CONSTRUCT_NEXT.match(text, m.end)
                    or _OWNED_NEXT.match(text, m.end) or _CONSTRUCT_OWNED_NEXT.match(text, m.end)):
                out.append(Num(m.start, m.end, m.word_start, 1, 1, 1, prefix=m.prefix, partitive=True))
            i = max(j, i + 1)
    return out


def _ends_ordinal(text: str, ordinal: Match, nxt: Match) -> bool:
    """«عشر» after an ordinal («الخامس عشر»), or «و + ten» («الحادي والعشرين»)."""
    link = _link(text, ordinal, nxt)
    if link == "join":
        return kind(nxt) == "unit" and nxt.entry.get("value") == "10"
    return link == "conj" and kind(nxt) == "ten"


def _compose(text: str, words: list[Match], i: int, consumed: set[int]) -> tuple[int, _Sum]:
    """Read the compound number starting at ``words[i]``: (index after it, sum)."""
    acc = _Sum()
    acc.first(kind(words[i]), int(words[i].entry.get("value")))
    j = i + 1
    while j < len(words):
        m, k = words[j], kind(words[j])
        link = _link(text, words[j - 1], m)
        v = as_int(m.entry.get("value"))
        if link is None or v is None or id(m) in consumed:
            break
        ok = acc.joined(k, v, "times" in m.entry.get("flags")) if link == "join" else acc.conj(k, v)
        if not ok:
            break
        j += 1
    return (i if acc.teen_open else j), acc


def _vague(text: str, words: list[Match], i: int) -> tuple[Num, int]:
    """A vague amount («عشرات», «عدد من»), with a scale word after it («عشرات الآلاف»)."""
    m = words[i]
    low, high, end, j = as_int(m.entry.get("low")), as_int(m.entry.get("high")), m.end, i + 1
    nxt = words[j] if j < len(words) else None
    if kind(m) == "vague" and nxt is not None and kind(nxt) == "scale_pl" and _link(text, m, nxt) == "join":
        f = int(nxt.entry.get("value"))
        low = low * f if low is not None else None
        high = (high + 1) * f - 1 if high is not None else None
        end, j = nxt.end, j + 1
    approx = m.entry.get("approx") == "1"
    return Num(m.start, end, m.word_start, None, low, high, approx, text[m.start:end], m.prefix), j
