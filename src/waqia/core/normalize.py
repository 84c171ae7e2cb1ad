"""Normalise Arabic text for matching, keeping a map back to the original.

The original text is never altered.  :func:`normalize` returns the matching
form of a text (diacritics and tatweel removed, presentation forms
decomposed, digits made ASCII, letters folded, quotes unified) with an
:class:`OffsetMap` that turns any span of the matching form back into a span
of the original, so that ``original[start:end]`` is always the evidence.

The steps are a named list (:data:`STEPS`); :func:`explain` lists the edits
each step made.

>>> norm = normalize("قُتِلَ ٤٠ جندياً")
>>> norm.text
'قتل 40 جنديا'
>>> norm.original_span(7, 12)
(10, 16)
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import pairwise

# --- the steps -------------------------------------------------------------

#: Characters deleted from the matching form: harakat, Quranic marks, tatweel,
#: zero-width and bidirectional controls.
DELETED = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
    "\u0640"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\u00ad"
)
#: Combining marks that belong to the letter before them (kept inside spans).
MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه",
    "ؤ": "و", "ک": "ك", "ڪ": "ك",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_PUNCT = {
    "٬": ",", "٫": ".", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    "\t": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n", "–": "-", "—": "-",
}
_LATIN = {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}


def _presentation_forms() -> dict[str, str]:
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)) + list(range(0xFF01, 0xFF5F)):
        ch = chr(cp)
        nf = unicodedata.normalize("NFKC", ch)
        if nf != ch and nf:
            table[ch] = nf
    return table


#: The steps, in order: (name, mapping from one character to its replacement).
STEPS: list[tuple[str, dict[str, str]]] = [
    ("presentation_forms", _presentation_forms()),
    ("delete_marks", {}),  # filled below from DELETED
    ("digits", _DIGITS),
    ("punctuation", _PUNCT),
    ("fold_letters", _FOLD),
    ("lowercase_latin", _LATIN),
]
_deleted_chars = {ch for ch in map(chr, range(0x10000)) if re.match(f"[{DELETED}]", ch)}
STEPS[1] = ("delete_marks", {ch: "" for ch in _deleted_chars})


def _compose(steps: list[tuple[str, dict[str, str]]]) -> dict[str, str]:
    """One character -> final replacement, applying the steps in order."""
    table: dict[str, str] = {}
    keys = set().union(*(m.keys() for _, m in steps))
    for ch in keys:
        out = ch
        for _, mapping in steps:
            out = "".join(mapping.get(c, c) for c in out)
        if out != ch:
            table[ch] = out
    return table


_TABLE = _compose(STEPS)
_TRANSLATE: dict[int, int | str] = {ord(c): r for c, r in _TABLE.items()}  # what str.maketrans gives
# Characters that stay as they are, mapped to themselves: str.translate raises and
# clears a KeyError for each character its table lacks, which made up a third of
# normalising an Arabic article.  The common blocks: Latin, Arabic, punctuation.
for _c in (*range(0x250), *range(0x600, 0x700), *range(0x2000, 0x2070)):
    _TRANSLATE.setdefault(_c, _c)
# every character the table changes, one a capturing group: splitting a text on them leaves the runs it keeps
# at the even places and the characters it changes at the odd ones
_CHANGED = re.compile("([" + "".join(map(re.escape, sorted(_TABLE))) + "])")
_REPLACEMENT = _TABLE.__getitem__
# characters whose replacement is not exactly one character: these move offsets
_RESIZING = re.compile("[" + "".join(re.escape(c) for c, r in _TABLE.items() if len(r) != 1) + "]")


# --- the offset map ----------------------------------------------------------

@dataclass(frozen=True)
class OffsetMap:
    """Maps positions of the matching form back to the original.

    ``points[k]`` is a normalised position from which on ``shifts[k]`` must be
    added to get the original position.  An identity map has no points.
    """

    points: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()
    original_length: int = 0
    #: the original position of each point (:meth:`to_normal`), summed on first use, not on each call (#14);
    #: no part of the map's value (equality, hash and repr ignore it)
    _originals: tuple[int, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def to_original(self, pos: int) -> int:
        """Original index of the character at normalised ``pos``."""
        k = bisect.bisect_right(self.points, pos) - 1
        return pos + (self.shifts[k] if k >= 0 else 0)

    def to_normal(self, pos: int) -> int:
        """Normalised index of the character at original ``pos`` (a removed mark: the character after it);
        the inverse of :meth:`to_original`.

        >>> m = normalize("قُتل جندي").offsets
        >>> m.to_normal(2), m.to_original(m.to_normal(2))
        (1, 2)
        """
        originals = self._originals
        if originals is None:
            originals = tuple(p + s for p, s in zip(self.points, self.shifts, strict=True))
            object.__setattr__(self, "_originals", originals)  # a cache of the frozen map's own fields
        k = bisect.bisect_right(originals, pos) - 1
        return pos - (self.shifts[k] if k >= 0 else 0)


@dataclass(frozen=True)
class Normalized:
    """A text's matching form and the way back to the original."""

    original: str
    text: str
    offsets: OffsetMap

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``(start, end)`` that covers normalised ``[start, end)``.

        Marks (harakat, tatweel) that follow the last character stay inside
        the span, so the evidence shows the word as written.
        """
        if end <= start:
            s = self.offsets.to_original(start) if start < len(self.text) else len(self.original)
            return s, s
        if not self.offsets.points:
            # no character changed length (most texts): positions are the same, and no mark follows
            # (a mark is deleted from the matching form, which moves offsets: #14, no search for one)
            return start, end
        s = self.offsets.to_original(start)
        e = self.offsets.to_original(end - 1) + 1
        orig = self.original
        while e < len(orig) and MARKS.match(orig, e):
            e += 1
        return s, e


def normalize(original: str) -> Normalized:
    """Return the matching form of ``original`` with its offset map (a hard-wrapped text's line
    breaks inside sentences become spaces: :func:`unwrap`)."""
    text = unwrap(_translate(original))
    if len(text) == len(original) and not _RESIZING.search(original):
        return Normalized(original, text, OffsetMap((), (), len(original)))
    points: list[int] = []
    shifts: list[int] = []
    shift = 0  # original - normalised, for positions after the edits seen so far
    for m in _RESIZING.finditer(original):
        i = m.start()
        n = i - shift  # normalised position where this character's output begins
        width = len(_TABLE[original[i]])
        if width == 0:
            shift += 1
            _add_point(points, shifts, n, shift)
        else:
            for k in range(1, width):  # the extra characters all point at i
                _add_point(points, shifts, n + k, i - (n + k))
            shift -= width - 1
            _add_point(points, shifts, n + width, shift)
    return Normalized(original, text, OffsetMap(tuple(points), tuple(shifts), len(original)))


def _translate(text: str) -> str:
    """``text.translate(_TRANSLATE)`` for a whole article, without a dictionary look-up per character:
    an Arabic article changes about one character in fifteen, and the regex engine finds those (#14:
    a third of the time ``str.translate`` takes on an article; on a word it is slower and not used).

    >>> _translate("قُتِلَ ٤٠ جندياً، «أمس»") == "قُتِلَ ٤٠ جندياً، «أمس»".translate(_TRANSLATE)
    True
    """
    parts = _CHANGED.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = map(_REPLACEMENT, parts[1::2])
    return "".join(parts)


#: a text is hard-wrapped when most of its single line breaks follow a line that closes nothing
WRAPPED_SHARE = 0.6
WRAPPED_MIN_BREAKS = 4
PRINTED = (50, 100)  # the width of a printed line of a wrapped text whose paragraphs end half its breaks
_CLOSING = frozenset(""".!?؟:"')]»""")
_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_NAME_CLOSERS = {'"': '"', ")": "("}  # a closing mark, and the one that opens it (quotes are unified)
_SENTENCE_MARKS = frozenset(".!?؟:\n")
NAME_QUOTE_WORDS = 6  # a quoted name or a gloss in brackets is this many words at most
NAME_QUOTE_CHARS = 60


def unwrap(text: str) -> str:
    """A text wrapped at a fixed width («وقال فلان⏎بور، آمر اللواء، إن») with its line breaks inside
    sentences as spaces, one character for one (offsets stay); blank lines and a break after a
    full stop, a colon or a closing quote stay (not one after a quoted name or a gloss:
    :func:`_name_closed`); a text of short paragraphs, half its breaks after a full stop, is
    wrapped when its other lines are of one printed width.  Any other text is returned as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    breaks = [a for a, b in pairwise(lines) if a.strip() and b.strip()]
    if len(breaks) < WRAPPED_MIN_BREAKS or sum(not _closed(a, len(a)) for a in breaks) < WRAPPED_SHARE * len(breaks) \
            and not _printed(breaks):
        return text
    return _LINE_BREAK.sub(lambda m: "\n" if _closed(text, m.start()) and not _name_closed(text, m.start())
                           or not text[m.end()].strip() else " ", text)


def _printed(breaks: list[str]) -> bool:
    """Short paragraphs of a text printed at a fixed width, half their breaks after a full stop: at
    least three lines that close nothing, most of them nearly as long as the longest, a printed line
    (:data:`PRINTED` characters), not headlines or a list's items, whose lengths differ."""
    widths = [len(a.strip()) for a in breaks if not _closed(a, len(a))]
    if len(widths) < 3 or not PRINTED[0] <= max(widths) <= PRINTED[1]:
        return False
    return sum(n * 20 >= max(widths) * 17 for n in widths) * 5 >= len(widths) * 4


def _name_closed(text: str, pos: int) -> bool:
    """Whether the line before ``pos`` ends with a quoted or bracketed name or gloss («جماعة "X"⏎»,
    «(شمال المدينة)⏎»): a few words with no mark that closes a sentence and no colon before them, so
    the sentence goes on past the break (a quoted speech or a quoted sentence closes it)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] not in _NAME_CLOSERS:
        return False
    j = text.rfind(_NAME_CLOSERS[text[i]], max(i - NAME_QUOTE_CHARS, 0), i)
    inner = text[j + 1:i]
    if j < 0 or len(inner.split()) > NAME_QUOTE_WORDS or not _SENTENCE_MARKS.isdisjoint(inner):
        return False
    k = j - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] != ":"  # «قال:⏎"..."»: a quoted speech


def _closed(text: str, pos: int) -> bool:
    """Whether the last character before ``pos`` that is not a space closes a sentence or a quote."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _CLOSING


def _add_point(points: list[int], shifts: list[int], at: int, shift: int) -> None:
    if points and points[-1] == at:
        shifts[-1] = shift
    else:
        points.append(at)
        shifts.append(shift)


def key(text: str) -> str:
    """The matching key of a lexicon entry or a name: normalised, spaces collapsed.

    >>> key("مُحافَظة  إدلب")
    'محافظه ادلب'
    """
    return " ".join(text.translate(_TRANSLATE).split())


def explain(original: str) -> list[tuple[str, int, str, str]]:
    """List each edit as ``(step, original index, before, after)``.

    >>> explain("٤ً")
    [('digits', 0, '٤', '4'), ('delete_marks', 1, 'ً', '')]
    """
    out = []
    for i, ch in enumerate(original):
        cur = ch
        for name, mapping in STEPS:
            new = "".join(mapping.get(c, c) for c in cur)
            if new != cur:
                out.append((name, i, ch, new))
            cur = new
    return out


ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
# runs of them: counting the characters of each run counts them, with a list of words, not of letters
_ARABIC_RUN = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic (0 when the text has no letters).

    >>> arabic_ratio("قال AB"), arabic_ratio("2024")
    (0.6, 0.0)
    """
    letters = sum(map(len, _LETTER_RUN.findall(text)))
    if not letters:
        return 0.0
    return sum(map(len, _ARABIC_RUN.findall(text))) / letters


def arabic_share_at_least(text: str, share: float) -> bool:
    """``arabic_ratio(text) >= share``, most often without counting the other letters: there
    are no more letters than characters, so Arabic letters making ``share`` of all the
    characters make at least ``share`` of the letters (#14: a third of checking a text).

    >>> arabic_share_at_least("قال AB", 0.6), arabic_share_at_least("قال AB", 0.7)
    (True, False)
    """
    enough = share * len(text) + 1  # the 1 keeps the rounding of the product on the safe side
    # an Arabic text most often has enough Arabic letters in its first third: the rest is then not read (#14)
    if sum(map(len, _ARABIC_RUN.findall(text, 0, len(text) // 3))) >= enough:
        return True
    if sum(map(len, _ARABIC_RUN.findall(text))) >= enough:
        return True
    return arabic_ratio(text) >= share
