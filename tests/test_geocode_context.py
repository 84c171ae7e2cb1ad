"""Ambiguous names resolved by the article's context, with a gazetteer built from ../shared."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from conftest import shared_path
from waqia.core.lexicon import default_lexicon
from waqia.geo.build import build
from waqia.geo.gazetteer import Gazetteer, open_bundled, open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.places.geocode import outlet_country

STAGES = ("sentences.v1", "lexicon.v1", "places.v1")
FILES = ("wof_admin_sy.tsv", "wof_admin_ps.tsv", "wof_admin_eg.tsv", "wof_admin_jo.tsv",
         "wof_admin_il.tsv", "geonames_cities500_mena.txt", "geonames_admin1CodesASCII_mena.txt",
         "opensyria_governorates.json")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> str:
    sources = [str(shared_path("data", "gazetteer", f)) for f in FILES]
    out = tmp_path_factory.mktemp("gaz") / "mena.sqlite"
    return build(str(out), sources).path


def _pipe(gazetteer: Any) -> Pipeline:
    return Pipeline(STAGES, Context(Settings(), default_lexicon(), gazetteer))


def _resolved(pipe: Pipeline, text: str, name: str, **meta: Any) -> Any:
    doc = pipe.analyse(text, **meta)
    return next(p.location for p in doc.layer("places") if p.location.span.text == name)


@pytest.mark.parametrize(("text", "name", "country", "admin1"), [
    ("اقتحمت قوات الاحتلال مخيم جنين شمال الضفة الغربية واعتقلت شابين.", "جنين", "PS", "West Bank"),
    ("قصفت المدفعية الإسرائيلية مدينة رفح جنوب قطاع غزة.", "رفح", "PS", "Gaza Strip"),
    ("انفجرت عبوة قرب كمين للجيش في رفح والشيخ زويد بمحافظة شمال سيناء.", "رفح", "EG", "Shamal Sina'"),
    ("قصفت الطائرات التركية مدينة رأس العين بريف الحسكة الشمالي.", "رأس العين", "SY", None),
    ("هاجم مسلحون حاجزا أمنيا في العريش بشمال سيناء.", "العريش", "EG", "Shamal Sina'"),
])
def test_geocode_ambiguous_names_by_context(built: str, text: str, name: str, country: str,
                                            admin1: str | None) -> None:
    loc = _resolved(_pipe(open_gazetteer(built)), text, name)
    assert loc.country == country
    if admin1:
        assert loc.admin1 == admin1
    else:
        assert loc.admin1 and "Hasak" in loc.admin1
    assert loc.lat is not None and loc.gazetteer_id


def test_geocode_seed_villages_inside_idlib(built: str) -> None:
    text = ("وقصفت المدفعية فجرا مواقع على محاور السمكة والتح وأبو حريف بريفي إدلب الشرقي والجنوبي "
            "دون وقوع إصابات.")
    doc = _pipe(open_gazetteer(built)).analyse(text)
    got = {p.location.span.text: p.location for p in doc.layer("places")}
    assert set(got) == {"التح", "أبو حريف", "السمكة", "إدلب"}
    for loc in got.values():
        assert (loc.country, loc.admin1) == ("SY", "Idlib")
        assert loc.geo_precision in (1, 2, 3)
    assert got["التح"].lat is not None  # in the gazetteer
    assert got["أبو حريف"].lat is None and got["أبو حريف"].geo_precision >= 2  # not in it


def test_geocode_refuses_a_far_away_homonym(built: str) -> None:
    # a Syrian article: a place that only exists far away is not forced onto it
    text = "قصفت قوات النظام بلدة كفرنبودة، وقرية بيت حانون بريف حماة الشمالي."
    loc = _resolved(_pipe(open_gazetteer(built)), text, "بيت حانون")
    assert loc.country != "PS"


class _Broken(Gazetteer):
    """A gazetteer whose lookups fail (a corrupt or vanished file)."""

    def __init__(self) -> None:
        g = open_bundled()
        super().__init__(g._conn, None, "broken")

    def candidates(self, name: str, country: str | None = None) -> list[Any]:
        raise sqlite3.OperationalError("disk I/O error")


def test_geocode_failing_lookup_keeps_the_document() -> None:
    doc = _pipe(_Broken()).analyse("قتل شخصان في قصف على مدينة إدلب وبلدة سراقب.")
    names = [p.location.span.text for p in doc.layer("places")]
    assert names == ["إدلب", "سراقب"]
    assert all(p.location.lat is None for p in doc.layer("places"))
    assert any("gazetteer lookup failed" in w for w in doc.warnings)


@pytest.mark.parametrize(("meta", "cc"), [
    ({"outlet": "sana.sy"}, "SY"), ({"url": "https://www.example.iq/news/1"}, "IQ"),
    ({"outlet": "syria.tv"}, "SY"), ({"outlet": "example.com"}, None), ({}, None),
])
def test_geocode_outlet_country(meta: dict[str, str], cc: str | None) -> None:
    assert outlet_country(meta) == cc
