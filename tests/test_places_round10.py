"""Places, tenth pass (issue 11): places of sentences that tell no event of their own, and names
the places stage misread (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings

LEAD = "قتل ثلاثة مدنيين في قصف على ريف إدلب أمس. "


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings())


def _event_places(pipeline: Any, text: str) -> list[str]:
    return [loc.span.text for e in pipeline.analyse(text).layer("events") for loc in e.locations]


@pytest.mark.parametrize(("text", "names"), [
    (LEAD + "وقال ناشطون إن الحادث وقع في قرية كفرنبل.", ("كفرنبل",)),
    (LEAD + "وقالت مصادر محلية إن منطقة كفرنبل تعرضت أيضا للاعتداء.", ("كفرنبل",)),
    (LEAD + "وذكرت المصادر أن بلدتي سراقب وكفرنبل تعرضتا لهجوم مماثل.", ("سراقب", "كفرنبل")),
    (LEAD + "ولم يعرف من نفذ الهجمات التي استهدفت حاجزا في بلدة سراقب وسجن مدينة أريحا.",
     ("سراقب", "أريحا")),
])
def test_places_of_a_sentence_that_says_it_happened_there(pipeline: Any, text: str, names: tuple[str, ...]) -> None:
    """A sentence with no event word of its own that says the event happened at a place (a verb
    of occurrence or of violence governing it, or the place suffering an attack) places the event."""
    places = _event_places(pipeline, text)
    for name in names:
        assert name in places, (name, places)


@pytest.mark.parametrize("text", [
    LEAD + "وقالت مصادر محلية إن منطقة كفرنبل تعرضت لأضرار كبيرة.",  # damage: no attack suffered
    LEAD + "ويقع المستشفى الذي نقل إليه الجرحى في بلدة سراقب.",  # where a hospital is
    LEAD + "وكان الحادث الذي وقع في قرية كفرنبل العام الماضي قد أودى بحياة عشرة.",  # the past
    LEAD + "وقال الدفاع المدني إن فرقه نقلت الجرحى من بلدة سراقب.",  # no word of occurrence
])
def test_places_of_an_untold_sentence_without_an_occurrence_stay_out(pipeline: Any, text: str) -> None:
    """A place of a sentence that tells nothing happened there is no place of the event."""
    places = _event_places(pipeline, text)
    assert not {"كفرنبل", "سراقب"} & set(places), places
