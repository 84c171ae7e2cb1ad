"""«نعت هيئة X في بيان ثلاثة من منتسبيها»: «هيئة» opens a body's name as «حركة», «تنظيم» do, so the
victims stand after the whole subject (#10, set E; claim_words.tsv role ``organisation``)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    ("نعت هيئة الحشد الشعبي في بيان ثلاثة من منتسبي اللواء 35، مؤكدة إصابة اثنين آخرين بجروح متوسطة.",
     {("killed", 3, "state_forces"), ("injured", 2, "state_forces")}),
    ("ونعت هيئة الحشد الشعبي في بيان مقتضب اثنين من مقاتليها قضوا بهجوم لداعش في قضاء خانقين.",
     {("killed", 2, "state_forces")}),
    ("نعت هيئة الحشد الشعبي في بيانها أربعة من منتسبيها سقطوا في كمين شمال بغداد.",
     {("killed", 4, "state_forces")}),
    ("وأعلنت هيئة الحشد الشعبي مقتل ثلاثة من منتسبيها بانفجار عبوة في ديالى.",
     {("killed", 3, "state_forces")}),
]


@pytest.mark.parametrize("text,want", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_victims_after_the_body(text: str, want: set[tuple[str, int, str]]) -> None:
    got = {(c["kind"], c["value"], c["party_category"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))}
    assert got == want
