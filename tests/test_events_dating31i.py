"""Events, the day of saying told apart from the event's day (#10, set I's families, round 31).

* said-day: «أعلنت اللجنة، الثلاثاء، مقتل اثنين من موظفيها ... مساء الأحد», «قالت المنظمة اليوم الثلاثاء إن
  ... صباح السبت»: a day right after a speaker's name is the day the speaker told it; where the sentence
  names another recent day, that one dates the event (events/dating.event_days).
* said-day-control: the day of saying alone dates the event (GUIDELINES: the day announced stands for the
  event's when the text gives no other); two events told with their own days keep both.

Sentences of our own, one a line in tests/cases/events_dating31i.jsonl (the event days of each, as a set).
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load

CASES = load("events_dating31i")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"said-day", "said-day-control"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_event_days(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published=case["published"])
    assert sorted({e["date"] for e in record["events"] if e["date"]}) == case["dates"]
