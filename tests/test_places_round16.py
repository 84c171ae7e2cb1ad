"""Places, sixteenth pass (issue 10): big places named with their place word, the two sides of a
clash (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import event_places


@pytest.mark.parametrize("text", [
    "انفجرت عبوة في مدينة الصدر وقتل شخصان.",
    "انفجرت عبوة في مدينة الصدر وقتل شخصان، وفق ما قالت الشرطة العراقية.",
])
def test_a_place_word_opens_the_name_of_a_big_place(pipeline: Any, text: str) -> None:
    """«مدينة الصدر»: the place word and a common word name a big district the gazetteer knows whole
    (Sadr City of Baghdad), not a village «الصدر» of Yemen or of another Iraqi province."""
    places = event_places(pipeline, text)
    assert "مدينة الصدر" in places and places["مدينة الصدر"].admin1 == "Baghdad", places


@pytest.mark.parametrize(("text", "name"), [
    ("هاجم مسلحون قرية في ولاية كادونا وقتلوا خمسة مزارعين.", "كادونا"),
    ("سقطت قذيفة على منزل في مديرية القاهرة بمدينة تعز وجرح طفل.", "القاهرة"),
])
def test_the_place_word_of_a_division_stays_out(pipeline: Any, text: str, name: str) -> None:
    """«ولاية كادونا», «مديرية القاهرة» (of Taiz): the gazetteer knows the place word and the name
    whole, but they name a division, whose place word stays out of the span."""
    assert name in event_places(pipeline, text)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("سقطت قذيفة على قرية الشوف وجرح طفلان، بحسب الوكالة الوطنية اللبنانية للإعلام.", "الشوف", "LB"),
    ("قصفت المدفعية بلدة عين الأسد وقتل جنديان، وقال الجيش العراقي إن الرد سيكون حازما.", "عين الأسد", "IQ"),
])
def test_no_homonym_abroad_when_the_context_names_a_country(pipeline: Any, text: str, name: str,
                                                            country: str) -> None:
    """Every reading of the name lies outside the one country the article's context names, and none is
    famous: the name is a place of that country the gazetteer lacks (its country, no coordinates), not
    a village of Yemen or of Lebanon."""
    places = event_places(pipeline, text)
    assert name in places and places[name].country == country and places[name].lat is None, places


def test_with_no_context_the_homonym_stays(pipeline: Any) -> None:
    """With no country in the context, the gazetteer's reading stays."""
    places = event_places(pipeline, "سقطت قذيفة على قرية الشوف وجرح طفلان.")
    assert "الشوف" in places and places["الشوف"].lat is not None, places


@pytest.mark.parametrize(("text", "names"), [
    ("قتل مقاتلان في اشتباكات بين سراقب وسرمين بريف إدلب.", ("سراقب", "سرمين")),
    ("دارت معارك عنيفة بين جبل محسن وباب التبانة وقتل ثلاثة.", ("جبل محسن", "باب التبانة")),
])
def test_the_two_sides_of_a_clash_are_its_places(pipeline: Any, text: str, names: tuple[str, str]) -> None:
    """«اشتباكات بين X وY»: a word of an event right before «بين» names a clash between two places,
    both where it happened."""
    places = event_places(pipeline, text)
    assert all(name in places for name in names), places



def test_a_market_of_a_common_word_placed_in_a_city_is_read(pipeline: Any) -> None:
    """«في سوق الهال بمدينة حماة»: a market named by a fairly common word (Zipf under 4) is read when
    the city it lies in follows it, and lies there."""
    places = event_places(pipeline, "قتل شاب بانفجار في سوق الهال بمدينة حماة.")
    assert "سوق الهال" in places and places["سوق الهال"].admin1 == "Hamah", places


@pytest.mark.parametrize("text", [
    "انفجرت عبوة في سوق الغنم وقتل بائعان.",
    "قتل عامل برصاص قناص في سوق العمل بمدينة حماة.",
])
def test_a_market_of_a_common_word_alone_names_nothing(pipeline: Any, text: str) -> None:
    """With no city after it, or before a very common word («سوق العمل»), «سوق» names nothing."""
    assert not any(name.startswith("سوق") for name in event_places(pipeline, text))
