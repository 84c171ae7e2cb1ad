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


def test_events_a_generic_attack_beside_a_bombing_is_the_bombing() -> None:
    doc = waqia.extract("ارتفعت حصيلة الهجوم الذي استهدف سوقا شعبية في المدينة إلى 12 قتيلا. "
                        "وقال مسؤول أمني إن عبوة ناسفة انفجرت وسط السوق صباح اليوم.", published="2024-03-07")
    assert [e["sub_event_type"] for e in doc["events"]] == ["Remote explosive/landmine/IED"]
    assert 12 in {c["value"] for c in doc["events"][0]["claims"]}


def test_events_an_attack_on_a_post_stays_a_clash_beside_a_bombing() -> None:
    got = subs("قتل خمسة جنود في هجوم على حاجز للجيش قرب البلدة. "
               "وانفجرت عبوة ناسفة بدورية في منطقة أخرى مساء اليوم، ما أدى إلى إصابة جنديين.")
    assert {"Armed clash", "Remote explosive/landmine/IED"} <= got


def test_events_an_attack_in_a_story_of_storming_is_not_the_shelling() -> None:
    got = subs("قتل 9 أشخاص في الهجوم على فندق وسط المدينة. وأطلق المهاجمون قذائف على المبنى قبل اقتحامه.")
    assert got != {"Shelling/artillery/missile attack"}


def test_events_shooting_at_people_beside_a_bomb_is_an_attack_of_its_own() -> None:
    got = subs("فجر مسلحون عبوة ناسفة داخل المسجد ثم فتحوا النار على المصلين في قرية الروضة، "
               "ما أدى إلى مقتل 20 شخصا.")
    assert {"Attack", "Remote explosive/landmine/IED"} <= got


def test_events_rockets_in_a_story_of_an_air_strike_are_the_strike() -> None:
    got = subs("قتل ثلاثة أشخاص في غارة جوية استهدفت سيارة قرب بلدة النبطية اليوم. "
               "وقالت وكالة محلية إن الطرف المهاجم أطلق صواريخ موجهة على سيارة في بلدة النبطية اليوم، "
               "ما أدى إلى إصابة شخصين.")
    assert got == {"Air/drone strike"}


def test_events_artillery_beside_an_air_strike_stays_a_shelling() -> None:
    got = subs("شنت الطائرات الحربية غارة جوية على حي سكني في مدينة رفح اليوم. "
               "وقامت مدفعية الجيش بقصف مكثف على أطراف مدينة خان يونس، ما أدى إلى إصابة ستة مدنيين.")
    assert got == {"Air/drone strike", "Shelling/artillery/missile attack"}


def test_events_shooting_at_protesters_is_force_against_the_protest() -> None:
    got = subs("قال شهود إن عناصر الأمن أطلقوا النار على متظاهرين تجمعوا أمام مبنى المحافظة في مدينة البصرة "
               "اليوم، ما أدى إلى إصابة سبعة منهم.")
    assert got == {"Excessive force against protesters"}


def test_events_protesters_storming_a_building_are_not_shot_at() -> None:
    got = subs("اقتحم متظاهرون غاضبون مقر البلدية في مدينة الزاوية اليوم وأضرموا النار فيه.")
    assert "Excessive force against protesters" not in got


def test_events_an_attack_on_villages_with_civilian_victims_is_an_attack() -> None:
    got = subs("قالت الشرطة إن عصابة مسلحة قتلت 12 شخصا على الأقل في هجمات على قرى نائية بشمال البلاد أمس، "
                "ووصلت قوات الجيش بعد ساعات.")
    assert "Attack" in got and "Armed clash" not in got


def test_events_an_attack_on_a_village_post_with_soldiers_killed_stays_a_clash() -> None:
    got = subs("قال مسؤول محلي إن مسلحين قتلوا 6 جنود في هجوم على نقطة عسكرية قرب قرية نائية أمس.")
    assert "Armed clash" in got and "Attack" not in got


def test_events_a_sniper_shooting_a_civilian_is_an_attack_with_its_place() -> None:
    doc = waqia.extract("استهدف قناص تابع للميليشيا سيارة مدنية في حي الروضة بمدينة تعز صباح اليوم.",
                        published="2024-03-07")
    assert [e["sub_event_type"] for e in doc["events"]] == ["Attack"]
    assert "الروضة" in {loc["text"] for loc in doc["events"][0]["locations"]}


def test_events_theft_by_a_force_is_looting() -> None:
    got = subs("أقدم عناصر من فصيل مسلح اليوم الثلاثاء على سرقة معدات مستوصف قرية الزيتون في ريف المدينة.")
    assert got == {"Looting/property destruction"}


def test_events_a_generic_attack_with_a_word_referring_back_folds_into_the_strike() -> None:
    got = subs("استهدفت غارة جوية بطائرة مسيرة مطار المدينة صباح اليوم الثلاثاء، وفق مسؤول في المطار. "
               "وفي مدينة كسلا، حيث عادت الرحلات بعد هجوم الأحد، اشتعلت النيران في مخازن الوقود عقب الانفجار.")
    assert got == {"Air/drone strike"}
