"""Places, ninth pass (issue 11): constructions found by the dev error analysis, one sentence
each (written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import places_by_span
from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings())


def _places(pipeline: Any, text: str) -> dict[str, Any]:
    return places_by_span(pipeline.analyse, text)


@pytest.mark.parametrize(("text", "names"), [
    ("انفجرت عبوة ناسفة بحافلة ركاب على الطريق العام بين دوما وحرستا صباح اليوم.", ("دوما", "حرستا")),
    ("قتل سائق برصاص مجهولين على الطريق الرئيسي بين تبنين وبنت جبيل.", ("تبنين", "بنت جبيل")),
])
def test_places_ends_of_a_short_road_after_between(pipeline: Any, text: str, names: tuple[str, ...]) -> None:
    """«على الطريق (العام) بين X وY»: the two ends of a village road are the event's places."""
    places = _places(pipeline, text)
    for name in names:
        assert name in places and not places[name].context, name


def test_places_ends_of_a_highway_after_between_are_context(pipeline: Any) -> None:
    """Ends more than 40 km apart name a highway: where on it the event was is not said."""
    places = _places(pipeline, "خطف مسلحون تاجرين على الطريق السريع بين دمشق ودرعا مساء أمس.")
    assert {"دمشق", "درعا"} <= set(places)
    assert places["دمشق"].context and places["درعا"].context


def test_places_between_without_a_road_word_stays_context(pipeline: Any) -> None:
    """«بين X وY» with no road and no place word before it reads no small place as the event's."""
    places = _places(pipeline, "تبادل الطرفان القصف في المنطقة الفاصلة بين دوما وحرستا.")
    assert all(p.context for name, p in places.items() if name in ("دوما", "حرستا"))


@pytest.mark.parametrize(("text", "name"), [
    ("ارتفع عدد ضحايا قصف تبنين جنوبي لبنان إلى سبعة قتلى بحسب مصادر طبية.", "تبنين"),
    ("تبنى التنظيم تفجير الكرادة وسط بغداد وقد أوقع عشرات القتلى.", "الكرادة"),
])
def test_places_name_in_construct_after_an_event_word(pipeline: Any, text: str, name: str) -> None:
    """«قصف X», «تفجير X»: a known place right after a word that reports an event, in construct
    (no article on the event word, no preposition), is where it happened."""
    places = _places(pipeline, text)
    assert name in places and not places[name].context


def test_places_no_place_after_an_event_word_with_a_common_noun(pipeline: Any) -> None:
    places = _places(pipeline, "أدانت الحكومة قصف النظام للأحياء السكنية بعد هجوم الجمعة.")
    assert not places


@pytest.mark.parametrize(("text", "name"), [
    ("قتل خمسة مواطنين في هجوم مسلح في بنقردان جنوب تونس فجر اليوم.", "بنقردان"),
    ("تصدى الجيش لهجوم على دورية في تبنين بجنوب لبنان.", "تبنين"),
])
def test_places_small_place_placed_at_once_in_a_country(pipeline: Any, text: str, name: str) -> None:
    """«في X جنوب تونس»: a small known place that the text places at once in a country (a direction
    and the country's name) is read there, though no other place of the article is near it."""
    places = _places(pipeline, text)
    assert name in places and not places[name].context


@pytest.mark.parametrize(("text", "name"), [
    ("قتل سبعة قرويين في هجوم على قرية التكينة شرقي ولاية الجزيرة.", "الجزيرة"),
    ("سقطت قذائف على قرى يسيطر عليها المقاتلون في جنوب محافظة إدلب.", "إدلب"),
])
def test_places_province_word_after_a_direction_is_no_part_of_the_name(pipeline: Any, text: str, name: str) -> None:
    """«شرقي ولاية X»: the province word after a direction is the kind of place, not the first word
    of the province's formal name; the span is the name alone (``original[start:end] == text``)."""
    places = _places(pipeline, text)
    assert name in places and not any(k.startswith(("ولاية", "محافظة")) for k in places)


def test_places_direction_that_names_a_province_stays_in_the_name(pipeline: Any) -> None:
    places = _places(pipeline, "قتل جندي بانفجار عبوة في محافظة شمال سيناء.")
    assert "شمال سيناء" in places


def test_places_a_port_places_its_town(pipeline: Any) -> None:
    """«ميناء X»: the port of town X, read like «مطار X» (a facility word, then the town's name)."""
    places = _places(pipeline, "أصيب أربعة بحارة بقصف طال رصيف ميناء رأس عيسى في محافظة الحديدة.")
    assert "رأس عيسى" in places and not places["رأس عيسى"].context


def test_places_second_end_of_a_road_may_be_a_common_word(pipeline: Any) -> None:
    """After «الطريق بين X» the second end is expected: a known name that is also a common word
    («الخالص») is read as it is in a list after a plural place word."""
    places = _places(pipeline, "أصيب شرطي بعبوة ناسفة على الطريق العام بين بعقوبة والخالص صباح السبت.")
    assert {"بعقوبة", "الخالص"} <= set(places) and not places["الخالص"].context


def test_places_where_a_source_spoke_from_is_context(pipeline: Any) -> None:
    """«مصدر أمني تحدث من X»: where a source spoke from is no place of the event."""
    places = _places(pipeline, "قتل شرطيان في هجوم على نقطة تفتيش في محافظة واسط، بحسب ضابط تحدث من بغداد.")
    assert not places["واسط"].context and places["بغداد"].context


def test_places_quoted_name_after_a_word_of_nearness(pipeline: Any) -> None:
    """«ومحيط "X" بتعز»: quotes mark an unknown word after «محيط» as a name; the town after the
    coordinated phrases contains them all («أحياء "A" و"B" ومحيط "C" بتعز»: all in Taizz)."""
    places = _places(pipeline, 'أصيب ستة مدنيين بقذائف سقطت على حيي "الجحملية" و"الكمب" ومحيط "الزنوج" بتعز.')
    assert "الزنوج" in places and not places["الزنوج"].context
    assert {places[n].location.admin1 for n in ("الجحملية", "الكمب", "الزنوج")} == {"Ta`izz"}


def test_places_unquoted_unknown_word_after_nearness_is_no_name(pipeline: Any) -> None:
    places = _places(pipeline, "أصيب ستة مدنيين بقذائف سقطت في محيط الزنوج بتعز.")
    assert "الزنوج" not in places


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على بلدة سديروت بعد ساعة من إطلاق صواريخ من بيت حانون.",
    "سقط صاروخ على مطار عدن وقالت الحكومة إنه تم إطلاقه من قبل الحوثيين من محافظة تعز.",
])
def test_places_launch_site_named_by_the_verbal_noun_is_context(pipeline: Any, text: str) -> None:
    """«إطلاق صواريخ من X», «تم إطلاقه ... من محافظة X»: the noun of launching names where fire
    came from, as the verb «أطلق» does; the place it fell on stays."""
    places = _places(pipeline, text)
    launched = [p for name, p in places.items() if name in ("بيت حانون", "تعز")]
    assert launched and all(p.context for p in launched)
    assert any(not p.context for name, p in places.items() if name in ("سديروت", "عدن"))


def test_places_the_only_place_of_an_article_needs_no_other(pipeline: Any) -> None:
    """«في بنقردان» in an article that names no other place: a known name that is no word of the
    language, its candidates all in one country, is read though nothing near it supports it."""
    places = _places(pipeline, "قتل خمسة مواطنين فجر اليوم في هجوم مسلح في بنقردان بحسب حصيلة أولية.")
    assert "بنقردان" in places and places["بنقردان"].location.country == "TN"


def test_places_a_small_far_place_beside_another_place_still_needs_support(pipeline: Any) -> None:
    places = _places(pipeline, "قتل خمسة مواطنين فجر اليوم في هجوم مسلح في بنقردان وفي مدينة حلب.")
    assert "بنقردان" not in places
