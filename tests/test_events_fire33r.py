"""Events of set R's West Bank and Gaza stories (#10, round 33): fire aimed «باتجاه», «صوب» or «تجاه» people is
the same attack as fire «على» them («أطلق مستوطنون النار صوب المزارعين», «أطلق الجنود النار باتجاه الصيادين»;
event_frames.tsv and event_triggers.tsv, «أطلق»), a word that needs support in its sentence as that one does."""

from __future__ import annotations

from typing import Any

import pytest


def _types(pipeline: Any, text: str) -> tuple[bool, set[str]]:
    rec = pipeline.run(text, published="2024-05-01")
    return rec["relevant"], {ev["sub_event_type"] for ev in rec["events"]}


@pytest.mark.parametrize("text", [
    "وأطلق مستوطنون النار صوب المزارعين في أراضيهم شرق بلدة ترمسعيا أمس.",
    "وأطلق الجنود النار باتجاه الصيادين قبالة شاطئ خان يونس صباح اليوم.",
    "وأطلقت قوات الاحتلال النار تجاه رعاة الأغنام في مسافر يطا مساء الجمعة.",
    "أطلق جنود الاحتلال الرصاص صوب منازل المواطنين في بلدة بيت أمر أمس.",
    "وأطلق مستوطن النار باتجاه مركبة فلسطينية قرب حوارة صباح اليوم.",
])
def test_fire_aimed_toward_people_is_an_attack(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == (True, {"Attack"})


@pytest.mark.parametrize("text", [
    "وأطلقت المدفعية قذائفها باتجاه الجبال المحيطة بالبلدة.",
    "وقال المتحدث إن القوات ستطلق النار باتجاه كل من يقترب من السياج.",
])
def test_fire_of_no_event_stays_none(pipeline: Any, text: str) -> None:
    assert _types(pipeline, text) == (False, set())
