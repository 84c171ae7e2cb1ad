"""Every resolved place records why (issue 11): the cue that introduced it, how many
places of its name the gazetteer has, and what chose among them.

The sentences are made up for these tests; they run with the default gazetteer.
"""

from __future__ import annotations

import dataclasses
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from waqia.core.document import Span
from waqia.exports import geojson
from waqia.output import Location, Why
from waqia.pipeline import Pipeline, default_pipeline
from waqia.settings import Settings
from waqia.stages.places.why import CHOSEN_BY

ROOT = Path(__file__).resolve().parent.parent


@cache
def _pipe() -> Pipeline:
    return default_pipeline(Settings())


def _why(text: str, name: str, **meta: Any) -> tuple[Why, Location]:
    doc = _pipe().analyse(text, **meta)
    places = [p.location for p in doc.layer("places") if p.location.span.text == name]
    assert places, [p.location.span.text for p in doc.layer("places")]
    loc = places[-1]
    assert loc.why is not None
    return loc.why, loc


# (sentence, place, outlet, chosen_by, cue_type, cue)
CASES = [
    ("سقطت قذيفة على بلدة التح صباح اليوم.", "التح", None, "only_candidate", "place_word", "على بلدة"),
    ("أعلنت الجزائر حالة التأهب على حدودها.", "الجزائر", None, "country_name", "none", None),
    ("قصفت المدفعية قريتي السمكة والتح بريف إدلب الجنوبي.", "السمكة", None, "container", "place_word", "قريتي"),
    ("قصفت المدفعية قريتي السمكة والتح بريف إدلب الجنوبي.", "إدلب", None, "place_kind", "place_word", "بريف"),
    ("دارت اشتباكات في حلب ثم امتدت إلى حمص وحماة.", "حمص", None, "near_other_places", "preposition", "إلى"),
    ("انفجرت عبوة في مدينة تعز.", "تعز", None, "population", "place_word", "في مدينة"),
    ("قتل جنديان بهجوم على حاجز في مدينة المزيريب بريف درعا.", "المزيريب", None, "exact_name", "place_word",
     "في مدينة"),
    ("قصف الطيران محيط باب الهوى في ريف إدلب.", "باب الهوى", None, "tie", "place_word", "محيط"),
    ("في جنوب لبنان، قصفت المدفعية بلدة الشهابية صباحا.", "الشهابية", None, "named_region", "place_word", "بلدة"),
    ("انفجرت عبوة في القدس وأصيب شرطي في رام الله.", "القدس", None, "article_country", "preposition", "في"),
    ("انفجرت عبوة في مدينة العزيزية.", "العزيزية", "example.ly", "outlet_country", "place_word", "في مدينة"),
    ("وصل النازحون إلى مخيم الحميدية في وسط دارفور، ثم سقطت قذائف في الحميدية.", "الحميدية", None, "named_before",
     "preposition", "في"),
    ("قصفت الطائرات قرية خربة الوهمية بريف حماة.", "خربة الوهمية", None, "province_fallback", "place_word",
     "قرية"),
    ("قصفت الطائرات قرية خربة الوهمية.", "خربة الوهمية", None, "unresolved", "place_word", "قرية"),
    ("قتل شاب برصاص مجهولين بحلب مساء أمس.", "حلب", None, "place_kind", "preposition", "ب"),
]


@pytest.mark.parametrize(("text", "name", "outlet", "chosen_by", "cue_type", "cue"), CASES,
                         ids=[f"{c[3]}-{c[4]}" for c in CASES])
def test_places_why_each_reason(text: str, name: str, outlet: str | None, chosen_by: str, cue_type: str,
                                cue: str | None) -> None:
    why, _ = _why(text, name, **({"outlet": outlet} if outlet else {}))
    assert (why.chosen_by, why.cue_type, why.cue) == (chosen_by, cue_type, cue), why
    assert why.chosen_by in CHOSEN_BY and why.note


def test_places_why_counts_candidates_and_says_what_decided() -> None:
    why, loc = _why("انفجرت عبوة في مدينة تعز.", "تعز")
    assert why.candidates > 1 and re.search(r"largest population \(\d+\) of \d+ candidates", why.note)
    why, loc = _why("دارت اشتباكات في حلب ثم امتدت إلى حمص وحماة.", "حمص")
    assert re.fullmatch(r"\d+ km from the article's nearest other place", why.note)
    why, loc = _why("قصفت الطائرات قرية خربة الوهمية بريف حماة.", "خربة الوهمية")
    assert why.candidates == 0 and why.note.startswith("not in the gazetteer")
    assert (loc.lat, loc.admin1, loc.geo_precision) == (None, "Hamah", 2)
    why, loc = _why("قصفت الطائرات قرية خربة الوهمية.", "خربة الوهمية")
    assert (why.note, loc.country, loc.geo_precision) == ("not in the gazetteer", None, 3)


def test_places_why_of_a_list_item_is_its_lists_cue() -> None:
    why, _ = _why("دارت اشتباكات في حلب ثم امتدت إلى حمص وحماة.", "حماة")
    assert (why.cue_type, why.cue) == ("list_item", "إلى")
    why, _ = _why("قصفت المدفعية قريتي السمكة والتح بريف إدلب الجنوبي.", "التح")
    assert (why.cue_type, why.cue, why.chosen_by) == ("list_item", "قريتي", "only_candidate")


def test_places_why_is_an_added_field_only() -> None:
    why = Why("في", "preposition", 2, "population", "largest population (5) of 2 candidates")
    loc = Location(Span(0, 3, "حلب"), "Aleppo", "حلب", "SY", "Aleppo", None, 36.2, 37.1, 1, "g:1")
    with_why = dataclasses.replace(loc, why=why)
    assert with_why == loc and hash(with_why) == hash(loc)  # an explanation, not part of the place
    assert "why" not in loc.as_dict()
    assert with_why.as_dict() == loc.as_dict() | {"why": why.as_dict()}
    assert list(with_why.as_dict())[-1] == "why"
    assert list(why.as_dict()) == ["cue", "cue_type", "candidates", "chosen_by", "note"]


def test_places_why_is_deterministic_and_in_the_record() -> None:
    from waqia import extract

    text = "قصفت المدفعية قريتي السمكة والتح بريف إدلب الجنوبي، ودارت اشتباكات في حلب."
    first, second = extract(text), extract(text)
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)
    whys = [loc["why"] for ev in first["events"] for loc in ev["locations"]]
    assert whys and all(w["chosen_by"] in CHOSEN_BY for w in whys)


def test_places_why_every_reason_is_documented() -> None:
    doc = (ROOT / "docs" / "geocoding.md").read_text(encoding="utf-8")
    missing = [k for k in CHOSEN_BY if f"`{k}`" not in doc]
    assert not missing, missing
    for word in ("place_word", "preposition", "list_item", "`none`", "`candidates`", "`note`"):
        assert word in doc, word


def test_places_why_reaches_geojson_as_one_flat_property() -> None:
    why = {"cue": "في", "cue_type": "preposition", "candidates": 3, "chosen_by": "near_other_places",
           "note": "4 km from the article's nearest other place"}
    fc = geojson([{"incident_id": "i", "locations": [{"lat": 33.5, "lon": 36.3, "geo_precision": 1, "why": why}]},
                  {"incident_id": "j", "locations": [{"lat": 34.0, "lon": 36.0, "geo_precision": 1}]}])
    props = [f["properties"] for f in fc["features"]]
    assert props[0]["location_why"] == "near_other_places: 4 km from the article's nearest other place"
    assert "location_why" not in props[1]
    assert all(not isinstance(v, (dict, list)) for p in props for v in p.values())
