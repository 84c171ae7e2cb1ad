"""The records of the numbers stage: :class:`Quantity` (its product) and :class:`Num` (one being read)."""

from __future__ import annotations

from dataclasses import dataclass

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
class Num:
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
