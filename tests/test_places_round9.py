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
