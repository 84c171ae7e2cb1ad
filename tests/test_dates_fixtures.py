"""Shared helpers for the dates tests: a context holding only the date lexicons.

Building the lexicon from the date concepts alone keeps these tests independent
of the other stages' language data.
"""

from __future__ import annotations

import functools

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon, iter_files, read_tsv
from waqia.pipeline import Context
from waqia.settings import Settings
from waqia.stages import sentences
from waqia.stages.dates.stage import find_dates

DATE_CONCEPTS = ("months", "weekdays", "relative_days", "day_parts", "date_words", "date_numbers", "date_units")


@functools.lru_cache(maxsize=1)
def date_lexicon() -> Lexicon:
    entries = []
    for concept, body in iter_files():
        if concept in DATE_CONCEPTS:
            found, problems = read_tsv(concept, body)
            assert not problems, problems
            entries.extend(found)
    return Lexicon(entries)


def date_ctx(**settings: int) -> Context:
    return Context(Settings(**settings), date_lexicon(), None)


def run(text: str, published: object = None, **settings: int) -> Document:
    """Split and date one text the way the pipeline does."""
    doc = sentences.split(Document.from_text(text, published=published))
    return find_dates(doc, date_ctx(**settings))


def quoted(doc: Document) -> list[tuple[str, str | None, str]]:
    """(original text, date, precision) of every mention."""
    return [(doc.span(m.start, m.end).text, m.date, m.precision) for m in doc.layer("dates")]


def test_date_lexicon_has_every_concept() -> None:
    assert {e.concept for e in date_lexicon().entries} == set(DATE_CONCEPTS)
