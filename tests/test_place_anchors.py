"""The article's anchors (waqia.stages.places.anchors): homonyms in other countries, big readings,
and which places support a weak event word.  Uses the shipped gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from waqia.geo.gazetteer import Candidate
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.places.anchors import big_reading, coherent


def _cand(cc: str, admin1: str, population: int, kind: str = "locality") -> Candidate:
    return Candidate(f"t:{cc}{population}", "X", "س", kind, cc, admin1, "", "", "", 10.0, 20.0, population)


@pytest.fixture(scope="module")
def pipe() -> Any:
    return default_pipeline(Settings())


def _places(pipe: Any, text: str, **meta: Any) -> dict[str, Any]:
    doc = pipe.analyse(text, **meta)
    return {p.location.span.text: p.location for p in doc.layer("places")}


def test_place_anchors_small_homonym_abroad_anchors_nothing() -> None:
    city, hamlet = _cand("SD", "North Darfur", 250_000), _cand("YE", "Hadramawt", 5)
    assert [a.country for _, a in coherent([(0, city), (1, hamlet)], [], None)] == ["SD"]
    assert [a.country for _, a in coherent([(1, hamlet)], [], None)] == ["YE"]  # nothing contradicts it


def test_place_anchors_big_reading_among_hamlets() -> None:
    assert big_reading([_cand("PS", "Gaza Strip", 410_000), _cand("LB", "Beqaa", 0)]).country == "PS"
    assert big_reading([_cand("PS", "Gaza Strip", 410_000), _cand("LY", "Tripoli", 900_000)]) is None


def test_place_anchors_likely_reading_needs_no_firm_conflict() -> None:
    likely = (2, _cand("IL", "Central", 120_000))
    firm = (0, _cand("LY", "Tripoli", 0, kind="admin1"))
    assert [a.country for _, a in coherent([firm], [likely], None)] == ["LY"]
    assert [a.country for _, a in coherent([], [likely], "IL")] == ["IL"]


def test_place_anchors_camp_named_again_keeps_its_country(pipe: Any) -> None:
    text = ("شنت مجموعة مسلحة غارة على مدينة الفاشر بولاية شمال دارفور. "
            "وفر السكان إلى مخيم زمزم القريب. وأحرق المسلحون بعد ذلك سوقا في زمزم ظهر اليوم.")
    doc = pipe.analyse(text)
    found = [(p.location.span.text, p.location.country) for p in doc.layer("places")]
    assert ("زمزم", "YE") not in found
    assert found.count(("زمزم", "SD")) == 2


def test_place_anchors_gaza_read_from_an_israeli_outlet(pipe: Any) -> None:
    text = "قتل ثلاثة أشخاص في غزة صباح اليوم، وتجمع الناس في منطقة العلم برفح."
    places = _places(pipe, text, outlet="example.co.il")
    assert places["غزة"].country == "PS"
    assert places["العلم"].country != "IQ"


def test_place_anchors_bare_name_supports_no_weak_word() -> None:
    bare = waqia.extract("وقالت دمشق إن الهجوم مدان بكل المقاييس.")
    placed = waqia.extract("وقع هجوم في مدينة سراقب بعد منتصف الليل.")
    assert not bare["events"]
    assert [e["sub_event_type"] for e in placed["events"]] == ["Armed clash"]


def test_place_anchors_contained_reading_abroad_anchors_nothing(pipe: Any) -> None:
    text = "انفجرت سيارة مفخخة في منطقة الباب ببغداد صباح اليوم. وأصيب آخرون بجروح في ساحة الورود."
    assert _places(pipe, text)["ساحة الورود"].country == "IQ"
