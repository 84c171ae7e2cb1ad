"""Quantities: digits, number words, hedges and vague amounts.

:func:`find_numbers` reads every figure of an article's matching form into a
:class:`Quantity`.  The words come from ``lang/ar/number_words.tsv`` and
``lang/ar/hedges.tsv`` through the lexicon matches; the grammar is in this
package: :mod:`.digits` (figures in digits), :mod:`.words` (number words and
vague amounts), :mod:`.hedges` (non-counts, ranges, hedges), over the
position index of :mod:`.index`; the records are in :mod:`.quantity`.

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

from dataclasses import replace
from typing import TYPE_CHECKING

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon, Match, default_lexicon
from waqia.stages.numbers.digits import digit_numbers
from waqia.stages.numbers.hedges import finish, is_noncount, join_ranges
from waqia.stages.numbers.index import Index
from waqia.stages.numbers.quantity import CONCEPTS, Quantity
from waqia.stages.numbers.words import word_numbers

if TYPE_CHECKING:
    from waqia.core.context import Context

__all__ = ["CONCEPTS", "Quantity", "find_numbers", "numbers_in", "read_quantities"]


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
    idx = Index(text, matches)
    nums = digit_numbers(text, idx) + word_numbers(text, idx)
    nums.sort(key=lambda n: n.num_start)
    nums = [n for n in nums if not is_noncount(text, n, idx)]
    out = [finish(text, n, idx) for n in join_ranges(text, nums, idx)]
    return tuple(replace(q, vague=doc.span(q.num_start, q.num_end).text) if q.vague else q for q in out)
