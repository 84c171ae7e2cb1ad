"""Sides of figures in phrasings from many countries' news (#10, sixth round).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import sides_of


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-03-07")


@pytest.mark.parametrize("text, expected", [
    # «قوات» with an adjective of origin names a state's forces, whatever state
    ("قتل 3 من القوات الأوكرانية في قصف على خاركيف.", {("killed", 3, "state_forces")}),
    ("أصيب 4 من عناصر القوات الصومالية في انفجار.", {("injured", 4, "state_forces")}),
    ("قتل جنديان من القوات الفرنسية في مالي.", {("killed", 2, "state_forces")}),
    ("قتل 5 من القوات العراقية في هجوم لداعش.", {("killed", 5, "state_forces")}),
    ("أسر المقاتلون 6 من عناصر قوات إثيوبية قرب الحدود.", {("captured", 6, "state_forces")}),
    # an adjective of a people, a creed or a stance names no state
    ("قتل 3 من عناصر القوات الكردية في هجوم.", {("killed", 3, "unknown")}),
    # loyal to their own state, armed men fight for it; loyal to another, they keep their side
    ("قتل 3 من المسلحين الموالين للحكومة في اشتباك مع طالبان.", {("killed", 3, "state_forces")}),
    ("قتل 4 من أفراد الميليشيا المحلية الموالية للجيش.", {("killed", 4, "state_forces")}),
    ("قتل 6 من القوات الموالية للنظام في ريف حلب.", {("killed", 6, "state_forces")}),
    ("قتل 7 من عناصر الميليشيات الموالية لإيران في غارة.", {("killed", 7, "armed_group")}),
    ("قتل 2 من المسلحين الموالين لداعش في قصف.", {("killed", 2, "armed_group")}),
    # named forces and words for fighters
    ("قتل 5 من الخوارج في عملية أمنية بوزيرستان.", {("killed", 5, "armed_group")}),
    ("قتل 4 من عناصر الحرس الجمهوري في كمين.", {("killed", 4, "state_forces")}),
    ("قتل 3 من الشبيحة في هجوم على حاجز.", {("killed", 3, "state_forces")}),
    ("قتل 8 من عناصر الحركات المسلحة في معارك مع الجيش.", {("killed", 8, "armed_group")}),
    ("قتل 6 من قوات الشرعية في هجوم حوثي.", {("killed", 6, "state_forces")}),
])
def test_probes6_sides(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_probes6_the_rest_of_the_subset_s_side_makes_the_whole_that_side() -> None:
    assert brief("عثر على 15 قتيلا ضمنهم ضابط واحد والبقية جنود.") == {("killed", 15, "state_forces")}
    assert brief("قتل 12 شخصا، بينهم ضابطان والبقية جنود.") == {("killed", 12, "state_forces")}
    # the rest of another side: the total is of both, the subset a claim of its own
    got = brief("قتل 10 أشخاص، منهم 4 جنود والباقون مدنيون.")
    assert got == {("killed", 10, "unknown"), ("killed", 4, "state_forces")}


def test_probes6_within_them_opens_a_subset() -> None:
    assert brief("قتل 8 أشخاص ضمنهم 3 جنود.") == {("killed", 8, "unknown"), ("killed", 3, "state_forces")}
    assert brief("قتل 8 أشخاص من ضمنهم طفلان.") == {("killed", 8, "civilians")}


@pytest.mark.parametrize("text", [
    "أفرج عن 40 أسيرا في إطار صفقة التبادل.",
    "تبادل الطرفان 200 أسير برعاية الصليب الأحمر.",
])
def test_probes6_people_set_free_are_no_capture(text: str) -> None:
    assert brief(text) == set()


def test_probes6_a_capture_is_still_one() -> None:
    assert brief("أسر المقاتلون 3 جنود قرب البلدة.") == {("captured", 3, "state_forces")}


def test_probes6_wounded_who_died_are_no_new_victims() -> None:
    assert brief("ارتفعت حصيلة قتلى التفجير إلى 14 بعد وفاة جريحين متأثرين بجراحهما.") == {("killed", 14, "civilians")}
    assert brief("توفي اثنان من الجرحى متأثرين بجراحهم، ليرتفع عدد القتلى إلى 9.") == {("killed", 9, "civilians")}
    # the wounds someone died of are no one wounded
    assert brief("توفي جندي متأثرا بإصابته.") == {("killed", 1, "state_forces")}
    assert brief("قتل 5 أشخاص في الانفجار، وتوفي جريح متأثرا بإصابته لاحقا.") == {("killed", 5, "civilians")}
    # a death among the wounded with no toll beside it is still a figure of the dead
    assert brief("توفي 3 من المصابين في المستشفى.") == {("killed", 3, "civilians")}


def test_probes6_kin_counted_after_one_victim_add_up() -> None:
    assert brief("قتل مختار القرية واثنين من أبنائه في هجوم مسلح.") == {("killed", 3, "civilians")}
    assert brief("قتل رجل واثنان من أولاده في قصف.") == {("killed", 3, "civilians")}
    # «أبناء» not possessed is no kin: «أبناء العشائر» are people of the tribes, civilians by default
    assert brief("قتل 3 من أبناء العشائر في اشتباكات.") == {("killed", 3, "civilians")}


def test_probes6_an_attacking_force_of_vague_size_is_a_claim() -> None:
    got = brief("قال مصدر أمني إن عددا من المسلحين هاجموا حاجزا للشرطة.")
    assert got == {("participants", None, "armed_group")}
    # settlers who attack are a side; hurt, they are civilians
    got = brief("أفادت مصادر أن مئات المستوطنين هاجموا القرية وأحرقوا 20 مركبة.")
    assert got == {("participants", None, "armed_group")}
    assert brief("أصيب 3 مستوطنين في عملية طعن قرب الحاجز.") == {("injured", 3, "civilians")}
    # an attacking force with no size named is no claim
    assert brief("هاجم مسلحون القرية.") == set()


def test_probes6_the_side_after_a_verb_of_falling() -> None:
    got = brief("ذكرت الشرطة أن عشرات الجرحى سقطوا بين صفوف المحتجين ورجال الأمن.")
    assert got == {("injured", None, "unknown")}
    assert brief("قال إن عددا من الجرحى سقطوا في صفوف قوات الأمن.") == {("injured", None, "state_forces")}


def test_probes6_a_figure_before_of_them_is_a_subset_too() -> None:
    got = brief("قتل 10 أشخاص، ثلاثة منهم من الشرطة.")
    assert got == {("killed", 10, "unknown"), ("killed", 3, "state_forces")}
    assert brief("قتل 10 أشخاص، اثنان منهم من الأطفال.") == {("killed", 10, "civilians")}
    assert brief("قتل 10 جنود، ثلاثة منهم ضباط.") == {("killed", 10, "state_forces")}


def test_probes6_all_the_dead_of_one_side_give_the_toll_that_side() -> None:
    assert brief("قتل 6 في الهجوم على الحاجز. والقتلى جميعهم من الجنود.") == {("killed", 6, "state_forces")}
    assert brief("قتل 9 أشخاص في الانفجار. وجميع القتلى من المدنيين.") == {("killed", 9, "civilians")}
    assert brief("قتل 9 أشخاص في الكمين. والقتلى كلهم من عناصر الشرطة.") == {("killed", 9, "state_forces")}
    assert brief("قتل 6 في الهجوم على الحاجز. والقتلى هم جنود.") == {("killed", 6, "state_forces")}
    # among the dead, or who they were of two sides: the toll is of both
    assert brief("قتل 11 شخصا في الهجوم. وبين القتلى جنود.") == {("killed", 11, "unknown")}


@pytest.mark.parametrize("text", [
    "بلغت حصيلة الأسبوع 75 قتيلا في صفوف الفصائل.",
    "وثق المرصد في حصيلته الشهرية مقتل 300 مدني.",
])
def test_probes6_a_week_s_or_a_month_s_toll_is_background(text: str) -> None:
    assert brief(text) == set()


def test_probes6_the_event_told_beside_a_weekly_toll_stays() -> None:
    got = brief("قتل 3 جنود اليوم في هجوم. وبلغت الحصيلة الأسبوعية 40 قتيلا.")
    assert got == {("killed", 3, "state_forces")}


def test_probes6_mourned_fighters_are_dead() -> None:
    assert brief("نعى حزب الله 3 من مقاتليه سقطوا في الجنوب.") == {("killed", 3, "armed_group")}
    assert brief("نعى الجيش ضابطا قتل في الاشتباكات.") == {("killed", 1, "state_forces")}


def test_probes6_resistance_fighters_and_families() -> None:
    assert brief("استشهد 4 مقاومين في اشتباك مع قوات الاحتلال في جنين.") == {("killed", 4, "armed_group")}
    assert brief("قتل 5 من أفراد أسرة واحدة في غارة.") == {("killed", 5, "civilians")}


def test_probes6_more_words_of_killing() -> None:
    assert brief("أعلن الجيش هلاك 5 إرهابيين في العملية.") == {("killed", 5, "armed_group")}
    assert brief("أردى الجيش 6 مسلحين قتلى في الاشتباك.") == {("killed", 6, "armed_group")}


def test_probes6_a_strike_after_a_preposition_is_how_not_what_was_counted() -> None:
    assert brief("قتل 4 بقصف مدفعي على البلدة.") == {("killed", 4, "civilians")}
    assert brief("أصيب 5 بانفجار لغم أرضي.") == {("injured", 5, "civilians")}
    assert brief("شن الطيران 4 غارات على البلدة.") == set()
