"""Places, eighth pass (issue 11): how the words of a name are read after a place word."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings())


def _event_places(pipeline: Any, text: str) -> set[str]:
    rec = pipeline.run(text, published="2024-05-01")
    return {loc["text"] for ev in rec["events"] for loc in ev["locations"]}


@pytest.mark.parametrize(("text", "expected"), [
    # a common adjective of relation after «حي» describes it, it names nothing
    ("أصيب طفلان بسقوط قذيفة على حي سكني في مدينة حماة مساء الخميس.", {"حماة"}),
    # an opener read by another word list past its proclitic («ب» + «آب») still opens a name
    ("قتل رجل بانفجار عبوة في حي باب مصلى بمدينة دمشق ظهر الأحد.", {"باب مصلى", "دمشق"}),
    # «مديرية X» followed by a direction: the district, not an office's name
    ("قتل مزارع بلغم أرضي في مديرية حيس غربي محافظة تعز يوم السبت.", {"حيس", "تعز"}),
])
def test_places_words_after_a_place_word(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # where a speaker spoke from («أدلى به من X») is no event place
    ("أعلن قائد الشرطة، في تصريح أدلى به من مدينة الموصل، مقتل راعيين بهجوم مسلح في قضاء الحضر.", {"الحضر"}),
])
def test_places_where_a_speaker_spoke_from(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a city named bare after a verb of denial or saying is its government speaking
    ("قتل رجلان بغارة لطائرة مسيرة على سيارة قرب بلدة عرسال ليلة أمس، بينما نفت دمشق أي صلة للقتيلين بجيشها.",
     {"عرسال"}),
    ("قتل ثلاثة عناصر بقصف على مدينة البوكمال فجر اليوم، ونفت بغداد أن يكون القتلى من قواتها.", {"البوكمال"}),
])
def test_places_a_city_that_speaks_is_no_place(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "country"), [
    ("نيامي - قتل خمسة جنود في كمين نصبه مسلحون قرب قرية تاموكا غربي البلاد صباح الأحد.", "NE"),
    ("كابل - قتل ثلاثة مدنيين بانفجار لغم في قرية شينوار كلي شرقي البلاد.", "AF"),
])
def test_places_the_dateline_gives_an_unknown_village_its_country_only(pipeline: Any, text: str,
                                                                        country: str) -> None:
    rec = pipeline.run(text, published="2024-05-01")
    locs = [loc for ev in rec["events"] for loc in ev["locations"]]
    assert [(loc["country"], loc.get("admin1"), loc["geo_precision"]) for loc in locs] == [(country, None, 3)]


@pytest.mark.parametrize(("text", "expected"), [
    # where people fled to is no event place («فر», «هرب» in every person)
    ("قتل مزارع بقصف على قرية الحويجة، وفرت عائلات كثيرة إلى مدينة كركوك.", {"الحويجة"}),
    # where they fled from is, when the attack is told «على القرية» after it
    ("فر عشرات الرعاة من قرية تل الذهب إلى مدينة الحسكة بعد هجوم شنه مسلحون على القرية قتل فيه راعيان.",
     {"تل الذهب"}),
])
def test_places_flight_keeps_the_village_attacked(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


def test_places_a_base_named_after_its_town(pipeline: Any) -> None:
    """«قاعدة X الجوية»: a base (place word, weak: only a name the gazetteer knows follows)."""
    text = "قصفت طائرات مسيرة مجهولة قاعدة حميميم الجوية في ريف اللاذقية فجر الثلاثاء."
    assert _event_places(pipeline, text) == {"حميميم", "اللاذقية"}
