"""Probes of the sixteenth round (issue #10), in the styles of outlets the dev set lacks (Sudan, Yemen,
Iraq, Lebanon, Palestine, Libya, the Sahel, Somalia), coded by ``shared/eval/GUIDELINES.md`` and the
ACLED definitions; tests/cases/events_probes16.jsonl holds them (written for these tests).

Families: riots (a crowd that clashes with, stones, storms or burns is no armed side: a violent
demonstration, not an armed clash; force on peaceful protesters is excessive force), and ground taken
(the side that takes it, read from the words around the verb; a relative clause describes ground held),
and a strike beside a battle (a shelling by a weapon fired from the ground, told in a sentence of its own,
stands as its own event; repelling an attack is a ground assault), and suicide bombs and abductions (an
attack a suicide bomber carried out is the bombing).
A case is ``{"name", "family", "text", "sub_event_types"}``; ``xfail`` names the family of a known
failure and runs as a strict xfail.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

PUBLISHED = "2024-05-14"
CASES = load("events_probes16")


def sub_types(text: str) -> tuple[bool, list[str]]:
    record = waqia.extract(text, published=PUBLISHED)
    return record["relevant"], sorted({e["sub_event_type"] for e in record["events"]})


def test_the_cases_are_many_and_named_once() -> None:
    assert len(CASES) >= 60
    assert len({c["name"] for c in CASES}) == len(CASES)
    assert {c["family"] for c in CASES} >= {"riots", "territory", "strike_beside_battle"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_probe_relevance_and_sub_event_types(case: dict[str, Any]) -> None:
    relevant, subs = sub_types(case["text"])
    assert relevant is bool(case["sub_event_types"])
    assert subs == case["sub_event_types"]


@pytest.mark.parametrize("text", [
    "اشتبك متظاهرون غاضبون مع رجال الشرطة قرب مبنى البلدية في مدينة الكوت يوم الأحد.",
    "اشتبكت شرطة مكافحة الشغب مع المحتجين عند مدخل الميناء في مدينة البصرة يوم الإثنين.",
    "أصيب أربعة أشخاص في اشتباكات المحتجين مع حراس المصفاة جنوب مدينة الزاوية يوم السبت.",
    "اشتبك شبان مع جنود الاحتلال عند حاجز قلنديا شمال القدس مساء الجمعة.",
])
def test_a_crowd_as_a_side_of_a_clash_riots(text: str) -> None:
    assert sub_types(text) == (True, ["Violent demonstration"])


@pytest.mark.parametrize("text", [
    "اشتبك مسلحون من العشيرة مع قوات الأمن في قضاء الزبير يوم الأحد، ما أسفر عن مقتل شرطي.",
    "اشتبكت قوات الجيش مع مسلحي التنظيم في وادي حوران غربي الأنبار يوم الإثنين.",
])
def test_armed_men_as_a_side_still_fight_a_battle(text: str) -> None:
    assert sub_types(text) == (True, ["Armed clash"])


def test_protesters_who_riot_in_their_own_sentence_make_one_riot() -> None:
    text = "تظاهر العشرات في مدينة المكلا يوم الأحد وأحرقوا الإطارات احتجاجا على غلاء الأسعار."
    assert sub_types(text) == (True, ["Violent demonstration"])


def test_stones_thrown_at_someone_named_by_a_pronoun_are_a_riot() -> None:
    text = "تجمع محتجون أمام مقر البلدية في مدينة غريان يوم الأحد ورشقوه بالحجارة."
    assert sub_types(text) == (True, ["Violent demonstration"])


@pytest.mark.parametrize("text, sub", [
    ("هاجم مقاتلو الحركة ثكنة للجيش قرب الحدود يوم الأحد وسيطروا عليها بعد ساعات من القتال.",
     "Non-state actor overtakes territory"),
    ("شنت قوات الجيش هجوما على معاقل المتمردين في الجبل يوم السبت وسيطرت عليها.",
     "Government regains territory"),
])
def test_a_joined_verb_takes_the_subject_of_the_verb_before(text: str, sub: str) -> None:
    assert sub in sub_types(text)[1]


def test_ground_fallen_into_unnamed_hands_is_not_the_states() -> None:
    text = "سقطت قرية في ولاية النيل الأزرق في أيدي مقاتلين مجهولين يوم الأحد بعد فرار رجال الشرطة منها."
    assert sub_types(text)[1] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "أغارت الطائرات الحربية على المواقع التي سيطر عليها المتمردون شمال المدينة يوم الأحد.",
    "قصفت المدفعية البلدة التي استولى عليها المسلحون الأسبوع الماضي، يوم الإثنين.",
])
def test_ground_held_in_a_relative_clause_is_no_taking(text: str) -> None:
    subs = sub_types(text)[1]
    assert "Non-state actor overtakes territory" not in subs and "Government regains territory" not in subs


def test_ground_taken_beside_a_bomb_word_is_told() -> None:
    text = "انفجرت سيارة مفخخة عند بوابة المعسكر يوم الأحد، وسيطر المسلحون عليه بعد ذلك بساعة."
    assert "Non-state actor overtakes territory" in sub_types(text)[1]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مواقع للجيش قرب بلدة جيبو يوم الأحد، وتمكن المهاجمون من السيطرة على أحدها.",
    "شن مسلحون هجوما على ثكنة للقوات الحكومية فجر الإثنين، وتمكنوا من السيطرة عليها لساعات.",
])
def test_what_a_side_managed_to_take_is_told_not_referred_back(text: str) -> None:
    assert "Non-state actor overtakes territory" in sub_types(text)[1]


def test_control_of_a_situation_refers_back_to_no_taking() -> None:
    text = ("قتل خمسة مدنيين في هجوم مسلح على قرية في قضاء المقدادية يوم الأحد. "
            "وقال المحافظ إنه تمت السيطرة على الأوضاع في القضاء بعد وصول التعزيزات.")
    subs = sub_types(text)[1]
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs


def test_a_shelling_by_artillery_in_a_sentence_of_its_own_stands_beside_the_fighting() -> None:
    text = ("دارت اشتباكات بين الجيش والمتمردين شرق مدينة الجنينة يوم الأحد. "
            "وقصف المتمردون مواقع الجيش بالمدفعية الثقيلة.")
    assert sub_types(text)[1] == ["Armed clash", "Shelling/artillery/missile attack"]


def test_weapons_a_verb_of_using_names_after_the_battle_are_its_means() -> None:
    text = ("هاجم مسلحون ثكنة للجيش قرب بلدة منغو يوم الأحد واندلعت اشتباكات عنيفة. "
            "واستخدم المهاجمون قذائف الهاون والرشاشات الثقيلة في هجومهم.")
    assert sub_types(text)[1] == ["Armed clash"]


def test_repelling_an_attack_is_a_battle_beside_a_strike() -> None:
    text = ("صد الجيش هجوما للمتمردين على مواقعه في ولاية النيل الأبيض يوم السبت. "
            "وشن الطيران الحربي غارات على تجمعاتهم قرب المدينة.")
    assert sub_types(text)[1] == ["Air/drone strike", "Armed clash"]


@pytest.mark.parametrize("text", [
    "ألقى متظاهرون الحجارة على مبنى القنصلية في مدينة البصرة مساء السبت.",
    "ألقت مجموعة من المحتجين زجاجات المولوتوف على مقر الحزب في مدينة النجف يوم الإثنين.",
])
def test_stones_or_firebombs_thrown_are_a_riot(text: str) -> None:
    assert sub_types(text) == (True, ["Violent demonstration"])


def test_tear_gas_at_stone_throwers_meets_the_riot() -> None:
    text = "أطلقت قوات الأمن الغاز المسيل للدموع على متظاهرين رشقوها بالحجارة قرب مبنى الحكومة في الكوت يوم الأحد."
    assert sub_types(text) == (True, ["Violent demonstration"])


@pytest.mark.parametrize("text", [
    "قتل أربعة من عناصر الشرطة في هجوم نفذه انتحاري بسيارة ملغومة على مركز أمني في ولاية ديالى يوم الإثنين.",
    "أصيب عشرة جنود في هجوم شنه انتحاري على معسكر تدريب قرب مدينة كسمايو يوم السبت.",
])
def test_an_attack_a_suicide_bomber_carried_out_is_the_bombing(text: str) -> None:
    assert sub_types(text) == (True, ["Suicide bomb"])


def test_armed_men_storming_after_the_bomber_fight_a_battle() -> None:
    text = ("فجر انتحاري سيارة ملغومة عند بوابة قاعدة عسكرية يوم الأحد، "
            "ثم اقتحم مسلحون القاعدة واشتبكوا مع الجنود لساعات.")
    assert "Armed clash" in sub_types(text)[1]


@pytest.mark.parametrize("text", [
    "تعرض مطار بغداد الدولي لهجوم بالصواريخ فجر الثلاثاء دون أن يسفر عن خسائر.",
    "أصيب ثلاثة جنود في هجوم بقذائف الهاون على ثكنة عسكرية قرب مدينة جوهر يوم الأحد.",
])
def test_an_attack_made_with_rockets_or_shells_is_a_shelling(text: str) -> None:
    assert sub_types(text) == (True, ["Shelling/artillery/missile attack"])


def test_a_drone_that_targets_is_an_air_strike() -> None:
    text = "استهدفت طائرة مسيرة مخزنا للأسلحة في مدينة سرت فجر السبت."
    assert sub_types(text) == (True, ["Air/drone strike"])


@pytest.mark.parametrize("text", [
    "شهدت مدينة الحلة مظاهرات عنيفة ليل الأحد احتجاجا على انقطاع الكهرباء.",
    "اندلعت احتجاجات عنيفة في مدينة سبها يوم الإثنين بسبب نقص الوقود.",
])
def test_a_protest_called_violent_is_a_riot(text: str) -> None:
    assert sub_types(text) == (True, ["Violent demonstration"])


def test_a_governments_forces_named_by_kind_are_the_state_force_the_story_names() -> None:
    text = ("قتل عشرة من عناصر قوات النظام السوري في هجوم لمسلحي التنظيم على حواجز في ريف حماة يوم الأحد. "
            "وتمكن المسلحون من السيطرة على الحواجز قبل أن تستعيدها القوات النظامية بعد وصول تعزيزات.")
    record = waqia.extract(text, published=PUBLISHED)
    states = {a["text"] for e in record["events"] for a in e["actors"] if a["category"] == "state_forces"}
    assert states == {"قوات النظام السوري"}


def test_ground_taken_told_by_a_noun_goes_to_the_side_in_construct_with_it() -> None:
    text = ("أعلن الجيش انسحاب وحداته من بلدة أم روابة يوم الأحد بعد سيطرة قوات الدعم السريع عليها "
            "إثر معارك استمرت يومين.")
    assert "Non-state actor overtakes territory" in sub_types(text)[1]


def test_a_town_liberated_by_the_army_is_regained() -> None:
    text = "أعلنت القوات الحكومية تحرير مدينة الشيخ عثمان من المسلحين يوم الثلاثاء."
    assert "Government regains territory" in sub_types(text)[1]


def test_liberating_a_country_as_a_slogan_takes_no_ground() -> None:
    text = "رفع المتظاهرون في الساحة لافتات تدعو إلى تحرير البلاد من الفساد يوم الجمعة."
    subs = sub_types(text)[1]
    assert "Government regains territory" not in subs and "Non-state actor overtakes territory" not in subs
