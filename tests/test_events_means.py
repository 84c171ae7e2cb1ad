"""The means of an attack decide its sub-event type; words that tell no event of their own
(sentences written for these tests)."""

from __future__ import annotations

import pytest

import waqia


def subs(text: str) -> set[str]:
    doc = waqia.extract(text, published="2024-03-07")
    return {e["sub_event_type"] for e in doc["events"]}


@pytest.mark.parametrize("text", [
    "قصف الطيران الحربي منزلا في بلدة الميادين مساء أمس، ما أدى إلى إصابة خمسة مدنيين.",
    "قالت الحكومة إن الميليشيا قصفت مستشفى البلدة باستخدام الطائرات المسيرة، ما أسفر عن مقتل 4 مرضى.",
    "قتل ستة أشخاص في هجوم بطائرة بدون طيار استهدف سيارة قرب مدينة مأرب اليوم.",
    "أفاد مصدر عسكري بأن طائرات معادية أطلقت عددا من الصواريخ باتجاه مواقع قرب العاصمة، ما أدى إلى مقتل جنديين.",
])
def test_events_a_strike_by_aircraft_is_an_air_strike(text: str) -> None:
    got = subs(text)
    assert "Air/drone strike" in got
    assert "Shelling/artillery/missile attack" not in got and "Armed clash" not in got


def test_events_an_aircraft_in_another_clause_leaves_the_shelling() -> None:
    got = subs("سقطت قذائف هاون على حي سكني في مدينة حلب، فيما حلقت طائرة حربية فوق المدينة.")
    assert got == {"Shelling/artillery/missile attack"}


def test_events_an_explosive_drone_is_an_air_strike() -> None:
    got = subs("أعلن الجيش اليوم إسقاط طائرة مفخخة أطلقت باتجاه مطار المدينة.")
    assert "Remote explosive/landmine/IED" not in got
    got = subs("انفجرت طائرتان مفخختان في محيط قاعدة عسكرية قرب أربيل فجر اليوم، ما أدى إلى إصابة جنديين.")
    assert "Air/drone strike" in got and "Remote explosive/landmine/IED" not in got


def test_events_destroyed_weapons_are_no_property_destruction() -> None:
    got = subs("قتل ثلاثة جنود في هجوم على حاجز قرب المدينة أمس، وتم خلال الاشتباك تدمير عربتين للمهاجمين.")
    assert "Looting/property destruction" not in got
    assert "Armed clash" in got
