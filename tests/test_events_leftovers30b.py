"""Event types, the leftovers of round 30 sets C and D (#10): families the whole articles of set C left as
strict xfails, probed one short story at a time with sentences of our own.

* new-item: a sentence opened by a phrase that turns to another item of the news («وفي سياق متصل»، «وفي حادث
  منفصل»، «على صعيد آخر»: background_cues.tsv type ``new_item``, within its first two words) tells its own
  event with its definite event words («ألقت قوات الأمن القبض على»): they do not refer back to the event
  told before (events/scope.new_items).  A definite word of the same kind as the event before («أكد الجيش
  أن الاشتباك استمر») still joins it; with no such phrase, arrests told after a clash stay in the clash
  (not-new-item).
* mob-hands: a killing told only by its figure whose doers, after «على أيدي», «على يد», are civilians right after
  it or after a word for a crowd of them («على أيدي حشد من سكان الحي», «على يد أهالي القرية») is mob
  violence, not an attack on civilians (events/means.mob_hands, events/subtypes.told_by_figures); armed men,
  a militia's members or «مجموعة من المسلحين» stay the attack (not-mob-hands).

A case is ``{"name", "family", "text", "sub_event_types"}``; the texts are our own
(tests/cases/events_leftovers30b.jsonl).
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_leftovers30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"new-item", "not-new-item", "mob-hands", "not-mob-hands"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published="2024-05-14")
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]
