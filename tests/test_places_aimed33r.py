"""Places of set R's missile war (#10, round 33): a rocket, a shell or a drone a few words before «باتجاه X» /
«نحو X» was aimed at X, the attack's place, not a way (place_context.tsv role ``projectile``,
places/relations._aimed); people who fled «باتجاه X» after a shelling still went there, no event at X."""

from __future__ import annotations

from typing import Any

import pytest

from test_places_invented import _event_places


@pytest.mark.parametrize(("text", "expected"), [
    ("أطلقت جماعة الحوثي عدة صواريخ باليستية باتجاه مدينة إيلات فجر اليوم.", {"إيلات"}),
    ("وقال المتحدث العسكري إن قواته أطلقت صاروخين باتجاه مدينة إيلات صباح الثلاثاء.", {"إيلات"}),
    ("أطلق حزب الله صلية من الصواريخ باتجاه كريات شمونة مساء أمس.", {"كريات شمونة"}),
    ("وأطلقت فصائل فلسطينية رشقة صواريخ نحو مدينة عسقلان ظهر اليوم.", {"عسقلان"}),
    ("وأطلقت الفصائل قذائف الهاون باتجاه مستوطنة سديروت أمس.", {"سديروت"}),
    ("أطلق مسلحون طائرة مسيرة مفخخة باتجاه مدينة أربيل ليلا.", {"أربيل"}),
])
def test_places_a_weapon_aimed_at_a_town_is_where_the_attack_was(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المدفعية بلدة الخيام بعشرات القذائف صباح اليوم، وفرت عشرات العائلات باتجاه مدينة صور.", {"الخيام"}),
    ("سقط صاروخ على منزل في بلدة عيترون أمس، ونزح الأهالي نحو مدينة النبطية.", {"عيترون"}),
])
def test_places_where_people_fled_after_a_strike_stays_a_way(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected
