"""Events, round 30 set B (#10): a device found is a device stopped.  Whole articles of our own
(tests/cases/articles30b.jsonl: Egyptian, Algerian and Tunisian army communiqués) tell of engineers
who found and destroyed bombs; read on the word for the bomb, they were a bombing.

* discovered: «اكتشف» and «اكتشاف» with a weapon in their sentence (event_triggers.tsv, flag ``weapon``)
  tell disrupted weapons use, and the weapon after them is stopped, not set off (events/means.brought_down):
  «اكتشفت الدورية عبوة ناسفة», «أعلنت الشرطة اكتشاف عبوتين ناسفتين وتفكيكهما».
* not-discovered: with no weapon («اكتشف الجيش نفقا», «اكتشف الأهالي جثة») nothing is disrupted; a
  bomb that went off stays a bombing.

Tried and dropped: «ضبط» as such a word too (its verb forms, or the weapon flag on the noun): event types
fell on check.  A case is ``{"name", "family", "text", "sub_event_types"}`` (sentences our own).
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_articles30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"discovered", "not-discovered"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published="2024-05-14")
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]
