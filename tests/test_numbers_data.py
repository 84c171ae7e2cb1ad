"""The number language data (number_words.tsv, hedges.tsv): well formed, complete, free of duplicates."""

from __future__ import annotations

import re

import pytest

from waqia.core.lexicon import Entry, iter_files, read_tsv

KINDS = {"unit", "head", "ten", "hundred", "scale", "dual", "scale_pl", "vague", "ordinal",
         "not_before", "not_after", "word"}
HEDGE_KINDS = {"approx", "more", "less", "atleast", "atmost", "or_more", "range_from", "range_to", "range_or"}
POSITIONS = {"before", "after", "both", "between"}
MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


def _entries(concept: str) -> list[Entry]:
    found, problems = read_tsv(concept, dict(iter_files())[concept])
    assert problems == []
    return found


@pytest.mark.parametrize("concept", ["number_words", "hedges"])
def test_numbers_data_parses_without_duplicates_or_marks(concept: str) -> None:
    found = _entries(concept)
    keys = [e.key for e in found]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert [e.form for e in found if MARKS.search(e.form) or e.stem] == []


def test_numbers_data_columns_hold_known_values() -> None:
    words = _entries("number_words")
    assert {e.get("kind") for e in words} <= KINDS
    for e in words:
        for col in ("value", "low", "high"):
            assert e.get(col) == "" or e.get(col).isdigit(), (e.form, col)
        assert e.get("approx") in ("", "1"), e.form
        assert set(e.get("flags").split()) <= {"nodef", "times", "noclitic"}, e.form
    hedges = _entries("hedges")
    assert {e.get("kind") for e in hedges} <= HEDGE_KINDS
    assert {e.get("position") for e in hedges} <= POSITIONS


@pytest.mark.parametrize(("kind", "values"), [
    ("unit", set(range(1, 11))),
    ("ten", set(range(20, 100, 10))),
    ("hundred", set(range(100, 1000, 100))),
])
def test_numbers_data_covers_every_value(kind: str, values: set[int]) -> None:
    found = {int(e.get("value")) for e in _entries("number_words") if e.get("kind") == kind}
    assert found == values


def test_numbers_data_tens_have_both_cases() -> None:
    tens = [e for e in _entries("number_words") if e.get("kind") == "ten"]
    assert len([e for e in tens if e.key.endswith("ون")]) == len([e for e in tens if e.key.endswith("ين")]) == 8
