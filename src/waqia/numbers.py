"""Quantities: digits, number words, hedges and vague amounts.

PLACEHOLDER: reads plain digits only.  The full grammar (number words in
every case, hedges, vague amounts) replaces this module, keeping the
:class:`Quantity` interface and ``find_numbers``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Document

if TYPE_CHECKING:
    from .pipeline import Context


@dataclass(frozen=True)
class Quantity:
    """A figure in the matching form at ``[start, end)`` (hedge words included).

    ``value`` is None for vague amounts («عشرات», «عدد من»), then ``vague``
    holds the words.  ``low``/``high`` are the bounds the text allows
    («أكثر من 20»: low 21, high None; «العشرات»: 20..99).  ``approx`` is true
    when the text hedges.  ``num_start``/``num_end`` cover the number itself
    (without the hedge).
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


_DIGITS = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\w,]|\.\d)|(?<![\w.,])\d+(?![\w]|[.,]\d)")


def find_numbers(doc: Document, ctx: Context) -> Document:
    out = []
    for m in _DIGITS.finditer(doc.text):
        v = int(m.group().replace(",", ""))
        out.append(Quantity(m.start(), m.end(), v, v, v, False, None, m.start(), m.end()))
    return doc.add("numbers", tuple(out))
