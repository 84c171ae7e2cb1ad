"""Event types of set U's families (#10, session 30, round 33), one short story at a time with sentences of our
own (tests/cases/events_syria33u.jsonl).

* arrests-own-sentence: arrests told by a definite word («القبض على») with the count of those taken right after it,
  in a sentence no other event word tells anything in («كما أعلن جهاز الأمن الوطني القبض على ثلاثة متهمين»), are
  arrests of their own, not the bombing or battle told before referred back to (events/subtypes.arrests_apart,
  read by events/stage._group).
* arrests-in-the-battle: captives taken in the fighting, told in the battle's own sentence, stay the battle's;
  arrests-told-back: «وجرى القبض على المطلوبين» (no count) tells the arrests told before again.
* found-besides: a weapon right after «إضافة إلى», «فضلا عن» that follows a word of finding or seizing in its
  sentence («عثرت القوة على جثث المسلحين، إضافة إلى أحزمة ناسفة») is one more thing found past the comma, no
  bombing (events/means.seized); a belt set off, then «إضافة إلى إصابة» is still a suicide bombing.

A case is ``{"name", "family", "published", "text", "event_types", "sub_event_types"}``; the texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_syria33u")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"arrests-own-sentence", "arrests-in-the-battle", "arrests-told-back",
                                            "found-besides"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_event_and_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published=case["published"])
    assert sorted({e["event_type"] for e in record["events"]}) == case["event_types"]
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]
