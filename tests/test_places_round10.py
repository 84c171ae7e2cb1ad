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
    LEAD + "ووقعت الحكومة والفصائل اتفاقا للتهدئة في مدينة سراقب.",  # «وقّع»: signed, written as «وقع»
])
def test_places_of_an_untold_sentence_without_an_occurrence_stay_out(pipeline: Any, text: str) -> None:
    """A place of a sentence that tells nothing happened there is no place of the event."""
    places = _event_places(pipeline, text)
    assert not {"كفرنبل", "سراقب"} & set(places), places


def test_places_neutralised_there(pipeline: Any) -> None:
    """«تم تحييدهم في قرية X»: the verbal noun of neutralising, with its object pronoun, governs the place."""
    places = _event_places(pipeline, LEAD + "وقالت وزارة الدفاع إن المسلحين تم تحييدهم في قرية كفرنبل.")
    assert "كفرنبل" in places, places


def _places(pipeline: Any, text: str) -> dict[str, Any]:
    doc = pipeline.analyse(text)
    return {doc.text[p.start:p.end]: p for p in doc.layer("places")}


@pytest.mark.parametrize(("text", "name"), [
    ("قتل خمسة أشخاص في انفجار عبوة ناسفة في حي الكرادة، بحسب ما ذكرته بغداد اليوم.", "بغداد"),
    ("قتل جنديان في هجوم على حاجز في أبين، ونقلت عدن الغد عن مصدر أمني أن المهاجمين فروا.", "عدن"),
    ("قتل جنديان في هجوم على حاجز في أبين، حسبما أوردته عدن الغد.", "عدن"),
    ("قتل شخص في غارة على بلدة الخيام، وفق ما أورده موقع صوت بيروت.", "بيروت"),
])
def test_places_an_outlet_named_after_a_city_is_no_place(pipeline: Any, text: str, name: str) -> None:
    """A bare city right after a verb of saying or passing on (with its object pronoun: «ما ذكرته»,
    «نقلته»), or after «صوت», is the subject that speaks, an outlet named after the city."""
    places = _places(pipeline, text)
    assert name in places and places[name].context


def test_places_a_city_after_a_preposition_and_today_is_a_place(pipeline: Any) -> None:
    """«في بغداد اليوم»: with its preposition the city is where it happened, «اليوم» its day."""
    places = _places(pipeline, "قتل ثلاثة مدنيين في انفجار في بغداد اليوم الأحد.")
    assert "بغداد" in places and not places["بغداد"].context


@pytest.mark.parametrize(("text", "name"), [
    ("قتل عشرة مدنيين في قصف على معسكر زمزم للنازحين قرب الفاشر.", "زمزم"),
    ("قتل ثمانية مدنيين في قصف على معسكر «أبو شوك» للنازحين شمالي الفاشر.", "ابو شوك"),
    ("قتل ثلاثة حراس في هجوم على نقطة أمنية في مخيم «منغيزيه» لللاجئين الماليين.", "منغيزيه"),
    ("سقط خمسة قتلى في قصف استهدف معسكر كلمة للنازحين في جنوب دارفور.", "كلمه"),
])
def test_places_a_camp_for_displaced_people(pipeline: Any, text: str, name: str) -> None:
    """«معسكر X للنازحين», «مخيم «X» لللاجئين»: a camp for displaced people or refugees is a place,
    its name quoted or not («معسكر» alone is a weak word: a military camp, a phrase of many kinds)."""
    places = _places(pipeline, text)
    assert name in places and not places[name].context, places


def test_places_a_military_camp_word_names_no_common_word(pipeline: Any) -> None:
    places = _places(pipeline, "أحرق المهاجمون معسكر ومخزن الشرطة قبل انسحابهم من المنطقة.")
    assert not places, places
