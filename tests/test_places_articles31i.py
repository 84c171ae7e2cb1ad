"""Places, set I's leftover (#10, round 31): «كابول», the spelling of Kabul many Arabic outlets use beside
«كابل», is an alias of the bundled gazetteer's row (geo/data/places.tsv), so the capital is placed whether it
stands alone, after «العاصمة» or after a district of its own."""

from __future__ import annotations

import pytest

import waqia

SENTENCES = [
    "قتل 19 شخصا في تفجير انتحاري استهدف مركزا تعليميا في حي دشت برتشي غربي العاصمة كابول أمس.",
    "قتل 3 أشخاص في انفجار عبوة ناسفة في العاصمة الأفغانية كابول صباح اليوم.",
    "أصيب 7 مدنيين في هجوم بقنبلة يدوية على سوق شعبي في كابول مساء الأحد.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_kabul_is_placed(text: str) -> None:
    record = waqia.extract(text, published="2022-10-01")
    places = {(p["text"], p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert ("كابول", "AF", "Kabul") in places
