"""Sides of figures read in whole articles (#10, eighth round): a possessed fighter noun of the
state's force, a split by side after the total's clause, men loyal to the force listed before them,
«آخرين» and its subset, the side after a list of counted victim nouns, the side told just before.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import sides_of


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-05-11")


@pytest.mark.parametrize("text, expected", [
    # a possessed noun for fighters belongs to its owner; of a state's force, they are the state's
    ("أعلنت هيئة الحشد الشعبي استشهاد اثنين من مقاتليها في تفجير عبوة ناسفة.",
     {("killed", 2, "state_forces")}),
    ("قال الحشد الشعبي إن 5 من مقاتليه قتلوا في هجوم لداعش.", {("killed", 5, "state_forces")}),
    ("قالت قوات سوريا الديمقراطية إن 4 من مقاتليها قتلوا في كمين.", {("killed", 4, "armed_group")}),
    # the owner named after the verb of mourning, before the possessed noun
    ("نعى حزب الله 4 من عناصره سقطوا في غارة.", {("killed", 4, "armed_group")}),
])
def test_probes8_possessed_members_take_their_owner_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وثق المرصد مقتل 21 مقاتلا في اشتباكات عنيفة على الجبهات، هم 12 من الفصائل و9 من قوات النظام.",
     {("killed", 21, "unknown"), ("killed", 12, "armed_group"), ("killed", 9, "state_forces")}),
    ("قال ضابط إن 15 شخصا قتلوا، 11 مدنيا و4 من عناصر الأمن، في تفجير سيارة مفخخة.",
     {("killed", 15, "unknown"), ("killed", 11, "civilians"), ("killed", 4, "state_forces")}),
    # shares that do not add up, far from the total, are no split of it
    ("قتل 20 شخصا في قصف على البلدة، 6 من الأطفال و3 من النساء.",
     {("killed", 20, "civilians")}),
])
def test_probes8_a_split_by_side_after_the_total_clause(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وثق المرصد مقتل 9 من قوات النظام والمسلحين الموالين لها في الهجوم.", {("killed", 9, "state_forces")}),
    ("وأصيب 7 من قوات النظام والمسلحين الموالين لها بجراح.", {("injured", 7, "state_forces")}),
    ("قتل 3 من المسلحين الموالين لتركيا في قصف.", {("killed", 3, "armed_group")}),
])
def test_probes8_men_loyal_to_the_force_listed_before_them(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أدى القصف إلى مقتل 3 مدنيين وإصابة 12 آخرين، بينهم طفلان.",
     {("killed", 3, "civilians"), ("injured", 12, "civilians")}),
    ("قتل 4 جنود وأصيب 7 آخرون، بينهم ضابط.", {("killed", 4, "state_forces"), ("injured", 7, "state_forces")}),
    ("قتل 3 مسلحين وأصيب 4 آخرون من المارة في الاشتباك.",
     {("killed", 3, "armed_group"), ("injured", 4, "civilians")}),
])
def test_probes8_others_and_their_subset(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("سقط 3 قتلى و5 جرحى من قوات النظام في الهجوم.", {("killed", 3, "state_forces"), ("injured", 5, "state_forces")}),
    ("خلف الهجوم 4 قتلى و10 جرحى في صفوف الجيش.", {("killed", 4, "state_forces"), ("injured", 10, "state_forces")}),
])
def test_probes8_the_side_after_a_list_of_counted_victim_nouns(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_probes8_victims_after_two_sides_told_are_not_the_last_one() -> None:
    text = "قتل 14 مدنيا برصاص المسلحين. وقتل جندي أيضا. ونقل 9 جرحى إلى المستشفى."
    assert brief(text) == {("killed", 14, "civilians"), ("killed", 1, "state_forces"), ("injured", 9, "civilians")}
    one = "قتل جنديان في الهجوم. وأضاف أن 5 جرحى نقلوا إلى مستشفى المدينة."
    assert brief(one) == {("killed", 2, "state_forces"), ("injured", 5, "state_forces")}
