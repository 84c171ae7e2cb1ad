"""Place.level, coordinated items and the needs-support field (bundled gazetteer, own sentences)."""

from __future__ import annotations

import dataclasses

import pytest

from waqia.core.lexicon import default_lexicon
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.places.patterns import Mention

STAGES = ("sentences.v1", "lexicon.v1", "places.v1")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(STAGES, Context(Settings(), default_lexicon(), open_gazetteer(None)))


def _levels(pipe: Pipeline, text: str) -> dict[str, str | None]:
    return {p.location.span.text: p.level for p in pipe.analyse(text).layer("places")}


@pytest.mark.parametrize(("text", "name", "level"), [
    ("قصفت الطائرات الحربية مواقع في سوريا أمس.", "سوريا", "country"),
    ("دارت اشتباكات عنيفة في وسط اليمن منذ الفجر.", "اليمن", "country"),
    ("أعلن محافظ محافظة حمص حظر التجول.", "حمص", "admin1"),
    ("قصفت الطائرات بلدة التح بريف إدلب الجنوبي.", "التح", "locality"),
    ("قصفت الطائرات بلدة التح بريف إدلب الجنوبي.", "إدلب", "region"),
    ("دخلت الدبابات بلدة كفرعويد صباح اليوم.", "كفرعويد", "locality"),
    ("اندلعت اشتباكات في حي الميدان ليلا.", "الميدان", "neighbourhood"),
])
def test_places_level(pipe: Pipeline, text: str, name: str, level: str) -> None:
    assert _levels(pipe, text)[name] == level


def test_places_coordinated_items_do_not_contain_each_other(pipe: Pipeline) -> None:
    text = "قصفت طائرات مواقع في جنوب لبنان وفي بلدة تبنين وفي سوريا قرب دمشق."
    doc = pipe.analyse(text)
    got = {p.location.span.text: p for p in doc.layer("places")}
    assert got["جنوب لبنان"].location.country == "LB"
    assert got["تبنين"].location.country == "LB"
    assert got["سوريا"].container is None  # a country lies in nothing
    assert got["دمشق"].location.country == "SY"


def test_places_container_index_points_into_the_layer(pipe: Pipeline) -> None:
    doc = pipe.analyse("سيطرت الفصائل على قرية المويلح بريف إدلب الشرقي.")
    layer = doc.layer("places")
    inner = next(p for p in layer if p.location.span.text == "المويلح")
    assert inner.container is not None
    assert layer[inner.container].location.span.text == "إدلب"


def test_places_needs_support_is_a_field() -> None:
    names = {f.name for f in dataclasses.fields(Mention)}
    assert {"needs_support", "coordinated"} <= names
    assert "extra" not in names


def test_places_a_capital_is_the_city_not_its_province(pipe: Pipeline) -> None:
    # «العاصمة صنعاء»: the city (Amanat al-Asimah), not Sanaa governorate, whatever far-away
    # place another name of the article is read as
    text = "فرقت قوات الأمن بالرصاص مظاهرة حاشدة في العاصمة صنعاء وفي حي القادسية."
    place = next(p for p in pipe.analyse(text).layer("places") if p.location.span.text == "صنعاء")
    assert (place.kind, place.level, place.location.admin1) == ("city", "locality", "Amanat Al Asimah")
    assert place.location.why is not None and place.location.why.cue == "العاصمة"


def test_places_an_airport_places_its_town(pipe: Pipeline) -> None:
    # «مطار X»: the airport of town X, near it (precision 2), not the country around it
    text = "استهدفت طائرة مسيرة مطار أبها الدولي جنوب السعودية أمس."
    place = next(p for p in pipe.analyse(text).layer("places") if p.location.span.text == "أبها")
    assert (place.kind, place.level, place.location.admin1, place.location.geo_precision) == \
        ("airport", "locality", "'Asir Region", 2)
