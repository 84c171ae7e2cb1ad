"""Probes in the house styles of outlets the dev set lacks, thirteenth round (issue #10).

tests/cases/events_outlets13.jsonl holds short items written for these tests, coded by
``shared/eval/GUIDELINES.md`` and the output spec's sub-event types: Sudan (drones on cities, the
Rapid Support Forces storming villages), Yemen (Houthi drones and missiles, mines, snipers), Iraq
(bombs on patrols, the remnants of the Islamic State, caches), the Sahel and Nigeria (village raids,
abductions), Somalia (suicide bombs, mortars), Libya (clashes between brigades), Syria's north and
east (Turkish drones, cells), Palestine (raids, arrests, settlers, demolitions), Lebanon (strikes on
the south), protests and riots, strategic developments, and negatives of every kind (threats, trials,
exercises and parades, anniversaries, statements of intent, reports on past years, analysis). A case
is ``{"name", "family", "text", "sub_event_types"}``: the item is relevant exactly when it has
sub-event types, and reports exactly these; ``xfail`` names the family of a known failure and runs as
a strict xfail.

Families fixed this round are tested whole below.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

PUBLISHED = "2024-05-14"
CASES = load("events_outlets13")


def sub_types(text: str) -> tuple[bool, list[str]]:
    record = waqia.extract(text, published=PUBLISHED)
    return record["relevant"], sorted({e["sub_event_type"] for e in record["events"]})


def _params() -> list[Any]:
    return [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES]


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 150
    assert len({c["name"] for c in CASES}) == len(CASES)
    assert len({c["family"] for c in CASES}) >= 15
    assert sum(not c["sub_event_types"] for c in CASES) >= 40  # negatives


@pytest.mark.parametrize("case", _params())
def test_outlet_probe_relevance_and_sub_event_types(case: dict[str, Any]) -> None:
    relevant, subs = sub_types(case["text"])
    assert relevant is bool(case["sub_event_types"])
    assert subs == case["sub_event_types"]


@pytest.mark.parametrize("text", [
    "أقام الجيش عرضا عسكريا في العاصمة يوم الأحد شاركت فيه مقاتلات حربية وصواريخ.",
    "جرى استعراض عسكري في الميدان الرئيسي بحضور الرئيس، وحلقت فيه طائرات مسيرة ومروحيات.",
])
def test_weapons_on_show_at_a_parade_strike_nothing(text: str) -> None:
    assert sub_types(text) == (False, [])


def test_a_parade_story_still_reports_the_attack_of_another_sentence() -> None:
    text = ("أقامت القوات عرضا عسكريا في المدينة يوم الأحد بمشاركة طائرات حربية. "
            "وفي يوم السبت قتل ثلاثة جنود بانفجار عبوة ناسفة بدوريتهم قرب الحدود.")
    assert sub_types(text) == (True, ["Remote explosive/landmine/IED"])


@pytest.mark.parametrize("text, subs", [
    ("في ذكرى المجزرة التي قتل فيها عشرات الأطفال، تظاهر المئات أمام مقر الأمم المتحدة يوم الإثنين.",
     ["Peaceful protest"]),
    ("تحل اليوم الذكرى الخامسة للهجوم الذي قتل فيه عشرون مصليا في مسجد المدينة.", []),
])
def test_an_anniversary_remembers_its_killing_but_its_march_is_held(text: str, subs: list[str]) -> None:
    assert sub_types(text) == (bool(subs), subs)


def test_a_defused_bomb_is_no_blast_and_a_bomb_that_went_off_is() -> None:
    text = ("أبطلت فرق الهندسة مفعول عبوة ناسفة على طريق المطار صباح الإثنين، وانفجرت عبوة أخرى "
            "بسيارة للشرطة في حي مجاور ما أدى إلى إصابة شرطي.")
    assert sub_types(text) == (True, ["Disrupted weapons use", "Remote explosive/landmine/IED"])


@pytest.mark.parametrize("text, subs", [
    ("سقطت المدينة في يد الجيش بعد معارك عنيفة مع المسلحين يوم الأحد.", ["Armed clash", "Government regains territory"]),
    ("سقطت القاعدة بيد مقاتلي الحركة يوم الإثنين بعد انسحاب الجنود منها.", ["Non-state actor overtakes territory"]),
])
def test_ground_fallen_goes_to_the_hand_it_fell_into(text: str, subs: list[str]) -> None:
    assert sub_types(text) == (True, subs)


@pytest.mark.parametrize("text, subs", [
    ("أحرق مستوطنون أشجار زيتون ومركبة في قرية قرب رام الله ليل الإثنين.", ["Attack"]),
    ("أحرق محتجون إطارات أمام مبنى البلدية في المدينة يوم الأحد.", ["Violent demonstration"]),
    ("أحرق مسلحون جثث القتلى بعد المعركة، بحسب شهود، يوم الأحد.", ["Armed clash"]),
])
def test_burning_is_a_riot_or_an_attack_by_who_burns(text: str, subs: list[str]) -> None:
    assert sub_types(text) == (True, subs)


def test_protesters_who_storm_a_building_riot_once() -> None:
    text = "اقتحم متظاهرون غاضبون مقر المحافظة يوم الإثنين وحطموا نوافذه."
    assert sub_types(text) == (True, ["Violent demonstration"])
