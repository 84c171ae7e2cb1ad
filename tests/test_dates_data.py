"""The date language data: well formed, complete, and free of duplicates."""

from __future__ import annotations

import pytest

from test_dates_fixtures import DATE_CONCEPTS, date_lexicon
from waqia.core.lexicon import iter_files, read_tsv

ROLES = {"of", "month_word", "this_month", "year_word", "day_word", "article", "ago", "past", "current",
         "next", "block_before", "block_after_weekday", "block_after_relative", "block_after_duration",
         "unblock_after_duration", "block_before_day"}
PARTS = {"dawn", "morning", "noon", "afternoon", "evening", "night"}


def entries(concept: str) -> list:
    return date_lexicon().concept(concept)


@pytest.mark.parametrize("concept", DATE_CONCEPTS)
def test_dates_data_parses_without_duplicates(concept: str) -> None:
    body = dict(iter_files())[concept]
    found, problems = read_tsv(concept, body)
    assert problems == []
    keys = [e.key for e in found]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)


def test_dates_data_months_cover_both_systems() -> None:
    by_month: dict[int, set[str]] = {}
    for e in entries("months"):
        by_month.setdefault(int(e.get("month")), set()).add(e.key)
    assert sorted(by_month) == list(range(1, 13))
    assert all(len(forms) >= 3 for forms in by_month.values())
    assert {e.get("flags") for e in entries("months")} <= {"", "ambiguous"}


def test_dates_data_weekdays_cover_the_week() -> None:
    assert {int(e.get("weekday")) for e in entries("weekdays")} == set(range(7))


def test_dates_data_columns_hold_known_values() -> None:
    assert all(int(e.get("offset")) in range(-3, 3) for e in entries("relative_days"))
    assert {e.get("day_part") for e in entries("relative_days")} <= PARTS | {""}
    assert {e.get("part") for e in entries("day_parts")} <= PARTS
    assert {r for e in entries("date_words") for r in e.get("role").split("|")} <= ROLES
    assert {e.get("unit") for e in entries("date_units")} <= {"hour", "day", "week", "month", "year"}
    ordinals = sorted(int(e.get("value")) for e in entries("date_numbers") if e.get("kind") == "ordinal")
    assert ordinals == list(range(1, 32))
