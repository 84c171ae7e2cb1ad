"""The date grammar: regular expressions built once per lexicon from the date words of
``lang/ar/`` (months, weekdays, relative_days, day_parts, date_words, date_numbers,
date_units), and the reading of their matches into candidates that
:mod:`waqia.stages.dates.stage` resolves against the publication day."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Any

from waqia.core.lexicon import Lexicon, default_lexicon
from waqia.core.morphology import AT, CONJUNCTIONS, LAM
from waqia.errors import WaqiaError
from waqia.stages.dates import anchors as _anchors

# --- the grammar: regular expressions built from the language data ----------

@dataclass(frozen=True)
class Grammar:
    """Compiled date patterns and the tables that interpret their groups."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    #: per pattern, regexes of which every match of the pattern contains a match of one (``_GATES``)
    gates: tuple[tuple[re.Pattern[str], ...], ...]
    months: dict[str, tuple[int, bool]]
    weekdays: dict[str, int]
    relative: dict[str, tuple[int, str | None]]
    parts: dict[str, str]
    roles: dict[str, frozenset[str]]
    numbers: dict[str, int]
    units: dict[str, tuple[str, int | None]]
    #: the words each pattern's matches hold, and where «relative» may begin (``anchors``)
    anchors: _anchors.Anchors | None = None

    def role(self, word: str | None) -> frozenset[str]:
        return self.roles.get(key_of(word), frozenset()) if word else frozenset()


def key_of(text: str) -> str:
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
    "month": r"(?<!\w)(?P<pre>[%(C)s%(B)s%(L)s](?=\w))?(?:(?P<mw>%(MW)s)\s+)?(?P<m>%(MON)s)(?:\s*[/(]\s*%(MON)s\s*\)?)?"
             r"(?:\s*[,،]?\s*(?:%(YW)s\s+)?(?P<y>" + _YEAR + r")|\s+(?P<q>%(QUAL)s)(?!\w))?(?!\w)",
    "this_month": r"(?<!\w)(?P<pre>[%(C)s%(B)s](?=\w))?%(TM)s\s+(?P<q>%(QUAL)s)(?!\w)",
    "year": r"(?<!\w)(?P<pre>[%(C)s%(B)s%(L)s](?=\w))?%(YW)s\s+(?P<y>" + _YEAR + r")",
    "relative": r"(?<!\w)(?P<pre>[%(C)s]?%(B)s?(?=\w))?(?:(?P<p1>%(PART)s)\s+)?"
                r"(?:(?:%(DW)s\s+)?(?P<r>%(REL)s)(?!\w)(?:\s*[,،]?\s*(?:%(DW)s\s+)?(?P<w1>%(WD)s)(?![^\W\d]))?"
                r"|(?:%(DW)s\s+)?(?P<w2>%(WD)s)(?![^\W\d])(?:\s*-\s*(?:%(DW)s\s+)?(?P<w3>%(WD)s))?"
                r"(?:\s+(?P<q>%(QUAL)s))?)(?:\s+(?P<p2>%(PART)s))?(?![^\W\d])",
    "ago": r"(?<!\w)(?P<pre>[%(C)s](?=\w))?%(AGO)s\s+(?:(?P<n>\d{1,3})\s*|(?P<nw>%(CARD)s)\s+)?(?P<u>%(UNIT)s)(?!\w)"
           r"(?!\s*\d)(?!\s+(?:%(WD)s|%(BAD)s)(?!\w)(?!\s+(?:%(UNBAD)s)(?!\w)))",
}

# A gate of a pattern: regexes such that every match of the pattern holds a match of one of
# them.  A text where no gate matches cannot hold the pattern, which is then not run: each
# pattern costs a step per character of the text, because it opens with a look-behind or an
# optional part, while a gate opens with a character or a word and is searched for fast.
# Gates use %(TMON)s, the months as a trie (``_trie``): the same words, found faster.
# tests/test_dates_gates.py checks that every match of a pattern passes its gate.
_MONTH_AFTER = r"(?=[\W\d]|%(YW)s|\Z)"  # what may follow a month in «explicit» and «month»
# a month after a space, a comma or a digit, or after one proclitic letter
_MONTH_GATE = r"[\W\d][%(C)s%(B)s%(L)s]?%(TMON)s" + _MONTH_AFTER
_MONTH_ORDINAL = r"(?:st|nd|rd|th|%(ORD)s)%(TMON)s" + _MONTH_AFTER  # glued to an ordinal
_MONTH_FIRST = r"\A[%(C)s%(B)s%(L)s]?%(TMON)s" + _MONTH_AFTER  # the text's first word
_GATES = {
    "numeric": (r"\d[-/.]\d",),
    # the month after the day: after a space, a comma or a digit, or glued to an ordinal
    "explicit": (_MONTH_GATE, _MONTH_ORDINAL),
    "month_day": ("%(TM)s",),
    # the month where a word begins, after one proclitic letter, or after «شهر» and spaces
    "month": (_MONTH_GATE, _MONTH_FIRST),
    "this_month": ("%(TM)s",),
    "year": (r"%(YW)s\s+" + _YEAR,),
    "relative": (),  # its words are in nearly every article
    "ago": (r"%(AGO)s\s+(?:\d{1,3}\s*|%(CARD)s\s+)?%(UNIT)s",),
}


def _trie(keys: Any) -> str:
    """The alternation of ``_alt`` as a trie: a regex matching the same words, tried a letter at a time."""
    root: dict[str, Any] = {}
    for k in set(keys):
        node = root
        for ch in k:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(node) if ch]
        alts += [""] if "" in node else []
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return "(?:" + emit(root) + ")" if root else "(?!)"


def entries(lexicon: Lexicon, concept: str) -> list[Any]:
    return lexicon.concept(concept)


@functools.lru_cache(maxsize=8)
def grammar_for(lexicon: Lexicon) -> Grammar:
    """Build (once per lexicon) the date patterns from its date concepts."""
    months = {e.key: (int(e.get("month")), "ambiguous" in e.get("flags"))
              for e in entries(lexicon, "months")}
    weekdays = {e.key: int(e.get("weekday")) for e in entries(lexicon, "weekdays")}
    relative = {e.key: (int(e.get("offset")), e.get("day_part") or None)
                for e in entries(lexicon, "relative_days")}
    parts = {e.key: e.get("part") for e in entries(lexicon, "day_parts")}
    roles: dict[str, frozenset[str]] = {}
    for e in entries(lexicon, "date_words"):
        roles[e.key] = roles.get(e.key, frozenset()) | frozenset(e.get("role").split("|"))
    nums = entries(lexicon, "date_numbers")
    units = {e.key: (e.get("unit"), int(e.get("count")) if e.get("count") else None)
             for e in entries(lexicon, "date_units")}

    def words(role: str) -> str:
        return _alt(k for k, r in roles.items() if role in r)

    alts = {
        "ART": words("article"), "OF": words("of"), "MW": words("month_word"), "TM": words("this_month"),
        "YW": words("year_word"), "DW": words("day_word"), "AGO": words("ago"),
        "QUAL": _alt(k for k, r in roles.items() if r & {"past", "current", "next"}),
        "BAD": words("block_after_duration"), "UNBAD": words("unblock_after_duration"),
        "MON": _alt(months), "WD": _alt(weekdays),
        "REL": _alt(relative), "PART": _alt(parts), "UNIT": _alt(units),
        "ORD": _alt(e.key for e in nums if e.get("kind") == "ordinal"),
        "CARD": _alt(e.key for e in nums if e.get("kind") == "cardinal"),
        # the proclitics before a date: conjunctions, «بـ», «لـ» (core/morphology)
        "C": "".join(CONJUNCTIONS), "B": AT, "L": LAM, "TMON": _trie(months),
    }
    patterns = tuple((name, re.compile(t % alts)) for name, t in _TEMPLATES.items())
    compiled = {gate: re.compile(gate % alts) for name in _TEMPLATES for gate in _GATES[name]}
    gates = tuple(tuple(compiled[gate] for gate in _GATES[name]) for name in _TEMPLATES)
    # the month gates are tried where a month is written (the gate opens one or two characters
    # before it), the ordinal's only where a month follows the last word of an ordinal
    ordinals = ("st", "nd", "rd", "th", *(e.key.split()[-1] for e in nums if e.get("kind") == "ordinal"))
    near = {compiled[_MONTH_GATE]: _anchors.Near("months", (1, 2)), compiled[_MONTH_FIRST]: _anchors.Near("months", (0, 1)),
            compiled[_MONTH_ORDINAL]: _anchors.Near("months", suffixes=ordinals)}
    return Grammar(patterns, gates, months, weekdays, relative, parts, roles,
                   {e.key: int(e.get("value")) for e in nums}, units,
                   _anchors_of(roles, weekdays, relative, parts, months, near, {e.key: e.get("kind") for e in nums}))


def _anchors_of(roles: dict[str, frozenset[str]], weekdays: Any, relative: Any, parts: Any, months: Any,
                near: dict[re.Pattern[str], _anchors.Near], numbers: dict[str, str]) -> _anchors.Anchors | None:
    """The words every match of a pattern holds (the templates' required groups), and the lead
    of «relative»: a day part and a word for a day before its word, a proclitic glued on."""
    def words(role: str) -> list[str]:
        return [k for k, r in roles.items() if role in r]

    day_words = words("day_word")
    leads = {}
    if _anchors.opens_a_run([*parts, *day_words, *relative, *weekdays, *CONJUNCTIONS, AT]):
        leads["relative"] = _anchors.runs(parts) + _anchors.runs(day_words)
    # «months» is no pattern: «اب» (August) is written inside 3 or 4 words of an article, so the
    # month patterns keep their gates, tried where a month is written (``near``); a pattern whose gate
    # passes is tried only where its match may begin before a month (``reach``, #14): «explicit» at an
    # article, a day (digits or an ordinal), «of» and a word for a month before it, «month» at a word
    # for a month (each with a proclitic glued on)
    ordinals = [k for k, n in numbers.items() if n == "ordinal"]
    reach = {}
    if _anchors.opens_a_run([*words("article"), *ordinals, *words("month_word"), *months, *CONJUNCTIONS, AT, LAM]):
        reach = {"explicit": _anchors.runs(words("article")) + max(1, _anchors.runs(ordinals))
                 + _anchors.runs(words("of")) + _anchors.runs(words("month_word")),
                 "month": _anchors.runs(words("month_word"))}
    return _anchors.build({"month_day": words("this_month"), "this_month": words("this_month"),
                           "year": words("year_word"), "ago": words("ago"), "relative": [*relative, *weekdays],
                           "months": months}, leads, near, reach)


@functools.lru_cache(maxsize=1)
def default_grammar() -> Grammar | None:
    try:
        return grammar_for(default_lexicon())
    except WaqiaError:
        return None


# --- reading the matches ------------------------------------------------------

@dataclass(frozen=True)
class DateCandidate:
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
    return int(digits.group()) if digits else g.numbers.get(key_of(text), 0)


def _read(name: str, m: re.Match[str], g: Grammar) -> DateCandidate | None:
    """Turn one regex match into a candidate (None when the words refuse it)."""
    s, e = m.span()
    if _group(m, "pre"):
        s = m.end("pre")
    if name == "numeric":
        if m.group("y"):
            return DateCandidate(s, e, "explicit", int(m.group("d")), int(m.group("m")), int(m.group("y")))
        day, month = int(m.group("d2")), int(m.group("m2"))
        if month > 12 >= day:  # d/m/y is the rule; 12/25/2019 can only be m/d/y
            day, month = month, day
        return DateCandidate(s, e, "explicit", day, month, int(m.group("y2")))
    q = _qual(g, _group(m, "q"))
    year = int(m.group("y")) if _group(m, "y") else None
    if name in ("explicit", "month_day") and _counts_another_unit(m.string, s, g):
        return None  # «الأسبوع الثاني من الشهر الجاري»: the second week, not the second day
    if name == "explicit":
        return DateCandidate(s, e, "explicit", _day_number(g, m.group("d")), g.months[key_of(m.group("m"))][0], year, q)
    if name == "month_day":
        return DateCandidate(s, e, "explicit", _day_number(g, m.group("d")), None, None, q)
    if name == "month":
        month, ambiguous = g.months[key_of(m.group("m"))]
        if ambiguous and not (m.group("mw") or year or q):
            return None
        return DateCandidate(s, e, "month", None, month, year, q)
    if name == "this_month":
        return DateCandidate(s, e, "month", None, None, None, q)
    if name == "year":
        return DateCandidate(s, e, "year", year=year)
    if name == "ago":
        return _read_ago(m, g, s)
    return _read_relative(m, g, s)


def _group(m: re.Match[str], name: str) -> str | None:
    """``m.groupdict().get(name)`` without building the dict of every group (#14: three questions a match)."""
    return m.group(name) if name in m.re.groupindex else None


#: the word opening a stretch of text (compiled once, #14), and a run of word characters
_WORD_AFTER = re.compile(r"\s*(\w+)")
_RUN = re.compile(r"\w+")
#: how far before a date the word before it is looked for
_BEFORE_REACH = 30


def word_before(text: str, start: int) -> str | None:
    """The run of word characters that ends the ``_BEFORE_REACH`` characters before ``start``, white space
    after it (cut at their first character), or None: what ``(\\w+)\\s*$`` finds in them.

    The run is matched forwards in the reversed stretch (#14): searching ``(\\w+)\\s*$`` tries every
    position of the stretch and reads each word to its end, about 4 µs a date.
    """
    run = _RUN.match(text[max(0, start - _BEFORE_REACH):start].rstrip()[::-1])
    return run.group()[::-1] if run is not None else None


def _counts_another_unit(text: str, start: int, g: Grammar) -> bool:
    """Whether the word right before a day at ``start`` is a unit the day's ordinal counts instead
    (date_words.tsv role ``block_before_day``: «الأسبوع», «النصف»)."""
    before = word_before(text, start)
    return before is not None and "block_before_day" in g.role(before) | g.role(before[1:])


def _read_ago(m: re.Match[str], g: Grammar, start: int) -> DateCandidate:
    unit, count = g.units[key_of(m.group("u"))]
    if m.group("n"):
        count = int(m.group("n"))
    elif m.group("nw"):
        count = g.numbers.get(key_of(m.group("nw")))
    if unit == "day" and count is not None:
        return DateCandidate(start, m.end(), "ago", count=count, unit=unit)
    return DateCandidate(start, m.end(), "duration", count=count, unit=unit)


def _read_relative(m: re.Match[str], g: Grammar, start: int) -> DateCandidate | None:
    text = m.string
    before = word_before(text, m.start())
    if before and "block_before" in g.role(before) | g.role(before[1:]):
        return None
    after = _WORD_AFTER.match(text[m.end(): m.end() + 30])
    word_after = after.group(1) if after else None
    wd_name = m.group("w1") or m.group("w2")
    rel = m.group("r")
    if wd_name and not rel and "block_after_weekday" in g.role(word_after):
        return None
    if rel and not wd_name and "block_after_relative" in g.role(word_after):
        return None
    offset, rel_part = g.relative[key_of(rel)] if rel else (None, None)
    part_word = m.group("p1") or m.group("p2")
    part = g.parts.get(key_of(part_word)) if part_word else rel_part
    wd2 = g.weekdays[key_of(m.group("w3"))] if m.group("w3") else None
    return DateCandidate(start, m.end(), "relative", qual=_qual(g, m.group("q")), offset=offset,
                 weekday=g.weekdays[key_of(wd_name)] if wd_name else None, weekday2=wd2, part=part)


def scan(text: str, g: Grammar, runs: _anchors.Runs | None = None) -> list[DateCandidate]:
    """Every date expression in a matching form, longest first on overlaps, in text order (``runs``: its
    runs of word characters, a document's tokens; read from the text when not given)."""
    found: list[tuple[int, DateCandidate]] = []
    passed: dict[re.Pattern[str], bool] = {}  # two patterns share a gate
    anchors = g.anchors
    words = anchors.find(text) if anchors is not None else {}
    for (name, pattern), gates in zip(g.patterns, g.gates):
        if anchors is not None and name in anchors.anchored and name not in words:
            continue  # none of the words its matches hold is in the text
        if gates and not any(_passes(gate, text, passed, anchors, words) for gate in gates):
            continue
        lead = anchors.leads.get(name) if anchors is not None else None
        if anchors is not None and (reach := anchors.reach.get(name)) is not None:
            runs = runs or _anchors.runs_of(text)
            ms = anchors.near_finditer(pattern, text, words.get("months", ()), reach, runs)  # near the months (#14)
        elif anchors is None or lead is None:
            ms = pattern.finditer(text)
        else:
            runs = runs or _anchors.runs_of(text)
            ms = anchors.finditer(pattern, text, words[name], lead, runs)
        for m in ms:
            cand = _read(name, m, g)
            if cand is not None:
                found.append((_PRIORITY[name], cand))
    chosen: list[DateCandidate] = []
    taken = bytearray(len(text) + 1)
    for _, c in sorted(found, key=lambda pc: (-(pc[1].end - pc[1].start), pc[0], pc[1].start)):
        if not any(taken[c.start:c.end]):
            chosen.append(c)
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return _merge(sorted(chosen, key=lambda c: c.start), text)


def _passes(gate: re.Pattern[str], text: str, passed: dict[re.Pattern[str], bool],
            anchors: _anchors.Anchors | None, words: dict[str, list[int]]) -> bool:
    if gate not in passed:
        passed[gate] = gate.search(text) is not None if anchors is None else anchors.passes(gate, text, words)
    return passed[gate]


def _merge(cands: list[DateCandidate], text: str) -> list[DateCandidate]:
    """Join a weekday written just before an explicit date («الاثنين 12 مارس 2018»)."""
    out: list[DateCandidate] = []
    for c in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "relative" and prev.weekday is not None
                and prev.offset in (None, 0) and c.kind == "explicit" and c.month is not None
                and re.fullmatch(r"[\s,،\-|(]*", text[prev.end: c.start])):
            out[-1] = replace(c, start=prev.start, weekday=prev.weekday, part=prev.part)
        else:
            out.append(c)
    return out


