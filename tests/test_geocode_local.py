"""Each mention takes the nearest explicit country or province, not the article's majority."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import shared_path
from waqia.core.lexicon import default_lexicon
from waqia.geo.build import build
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings

STAGES = ("sentences.v1", "lexicon.v1", "places.v1")
FILES = ("geonames_cities500_mena.txt", "geonames_admin1CodesASCII_mena.txt", "wof_admin_ly.tsv",
         "wof_admin_lb.tsv", "wof_admin_il.tsv", "wof_admin_sy.tsv", "wof_admin_eg.tsv", "wof_admin_iq.tsv")


def _pipe(gazetteer: Any) -> Pipeline:
    return Pipeline(STAGES, Context(Settings(), default_lexicon(), gazetteer))


def _where(pipe: Pipeline, text: str, **meta: Any) -> dict[str, tuple[str | None, str | None]]:
    doc = pipe.analyse(text, **meta)
    return {p.location.span.text: (p.location.country, p.location.admin1) for p in doc.layer("places")}


@pytest.mark.parametrize(("text", "name", "country"), [
    # the country named earlier in the same sentence wins over the article's majority
    ("قصفت الطائرات دمشق وحمص وحماة. وفي لبنان أصيب شخصان في بلدة عيترون.", "عيترون", "LB"),
    ("سقطت قذائف على بلدة كفرحمرة في سوريا، وفي لبنان أصيب شخصان في بلدة عيترون.", "كفرحمرة", "SY"),
    ("سقطت قذائف على بلدة كفرحمرة في سوريا، وفي لبنان أصيب شخصان في بلدة عيترون.", "عيترون", "LB"),
    # a direction and the country: the place names the country itself
    ("وفي سوريا قتل جندي، فيما استهدفت غارة مواقع في جنوب لبنان وبلدة شبعا.", "جنوب لبنان", "LB"),
])
def test_geocode_nearest_country_wins(text: str, name: str, country: str) -> None:
    assert _where(_pipe(open_gazetteer(None)), text)[name][0] == country


@pytest.fixture(scope="module")
def cities(tmp_path_factory: pytest.TempPathFactory) -> str:
    sources = [str(shared_path("data", "gazetteer", f)) for f in FILES]
    return build(str(tmp_path_factory.mktemp("gaz") / "cities.sqlite"), sources).path


@pytest.mark.parametrize(("text", "country"), [
    ("أعلنت حكومة ليبيا أن اشتباكات اندلعت في طرابلس مساء أمس.", "LY"),
    ("قال الجيش في لبنان إن اشتباكات اندلعت في طرابلس مساء أمس.", "LB"),
])
def test_geocode_ambiguous_city_inside_the_named_country(cities: str, text: str, country: str) -> None:
    assert _where(_pipe(open_gazetteer(cities)), text)["طرابلس"][0] == country


def test_geocode_homonym_abroad_is_refused(cities: str) -> None:
    # an article about Libya: a name whose readings all lie in other countries stays unresolved
    text = "سيطرت قوات الجيش الليبي في ليبيا على منطقة الرملة جنوب العاصمة بعد اشتباكات."
    loc = _pipe(open_gazetteer(cities)).analyse(text).layer("places")
    ramla = next(p.location for p in loc if p.location.span.text == "الرملة")
    assert ramla.country == "LY" and ramla.lat is None
