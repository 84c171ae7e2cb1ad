"""Place mentions by pattern, with the bundled gazetteer (own sentences, news style)."""

from __future__ import annotations

import pytest

from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings

STAGES = ("sentences.v1", "lexicon.v1", "places.v1")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(STAGES, Context(Settings(), default_lexicon(), open_gazetteer(None)))


def places(pipe: Pipeline, text: str) -> list[tuple[str, str | None, int, str | None]]:
    doc: Document = pipe.analyse(text)
    out = []
    for p in doc.layer("places"):
        loc = p.location
        assert doc.original[loc.span.start:loc.span.end] == loc.span.text
        out.append((loc.span.text, loc.admin1, loc.geo_precision, "context" if p.context else p.kind))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت المدفعية بلدة التح بريف إدلب الجنوبي.",
     [("التح", "Idlib", 1, "town"), ("إدلب", "Idlib", 2, "countryside")]),
    ("دارت اشتباكات على محاور كفرنبودة ومورك واللطامنة بريفي حماة الشمالي والغربي.",
     [("كفرنبودة", "Hamah", 2, "axis"), ("مورك", "Hamah", 2, "axis"),
      ("اللطامنة", "Hamah", 2, "axis"), ("حماة", "Hamah", 2, "countryside")]),
    ("سقطت قذيفة قرب مدينة الباب شرقي حلب.",
     [("الباب", "Aleppo", 2, "city"), ("حلب", "Aleppo", 2, "direction")]),
    ("وقع انفجار في مخيم جباليا شمال قطاع غزة.",
     [("جباليا", "Gaza Strip", 1, "camp"), ("قطاع غزة", "Gaza Strip", 2, "direction")]),
    ("اقتحمت القوات بلدات زبدين، وحمورية، وسقبا في ريف دمشق.",
     [("زبدين", "Rif Dimashq", 1, "town"), ("حمورية", "Rif Dimashq", 1, "town"),
      ("سقبا", "Rif Dimashq", 1, "town"), ("ريف دمشق", "Rif Dimashq", 3, None)]),
    ("قال مراسلنا في بغداد إن عبوة انفجرت في الموصل.",
     [("بغداد", "Baghdad", 1, "context"), ("الموصل", "Ninawa", 1, None)]),
    ("أعلنت وزارة الصحة في غزة مقتل ثلاثة أشخاص بقصف على خان يونس.",
     [("غزة", "Gaza Strip", 1, "context"), ("خان يونس", "Gaza Strip", 1, None)]),
])
def test_places_patterns(pipe: Pipeline, text: str, expected: list[tuple[str, str | None, int, str | None]]) -> None:
    assert places(pipe, text) == expected


@pytest.mark.parametrize("text", [
    "أكد المسؤول السوري أن الحكومة العراقية تدعم الحوار.",  # adjectives of nationality
    "وصلت القوات إلى القرية ثم غادرت المدينة.",  # definite place words name nothing new
    "قال الجيش إن الهجوم فشل.",
])
def test_places_none_in_plain_text(pipe: Pipeline, text: str) -> None:
    assert places(pipe, text) == []


def test_places_unknown_name_keeps_the_rest_of_the_document(pipe: Pipeline) -> None:
    text = "قتل مدني في قرية زقزوقة بريف درعا الغربي، وأصيب آخر في مدينة نوى."
    found = places(pipe, text)
    assert ("زقزوقة", "Dar`a", 2, "village") in found  # no coordinates, province inherited
    assert ("نوى", "Dar`a", 1, "city") in found
    doc = pipe.analyse(text)
    unknown = next(p.location for p in doc.layer("places") if p.location.span.text == "زقزوقة")
    assert unknown.lat is None and unknown.gazetteer_id is None and unknown.name_ar == "زقزوقة"
    assert unknown.country == "SY"


def test_places_country_names_have_precision_3(pipe: Pipeline) -> None:
    assert places(pipe, "نفذت غارات جوية في اليمن.") == [("اليمن", None, 3, None)]


@pytest.mark.parametrize(("text", "name"), [
    ("سقطت قذائف على بلدة كفرزيتون الجبل ليلا.", "كفرزيتون الجبل"),
    ("انفجرت عبوة في حي النصر الثانية صباحا.", "النصر الثانية"),
    ("داهمت القوات قرية المشيرفة الصغير فجرا.", "المشيرفة الصغير"),
])
def test_places_common_word_may_end_an_unknown_name(pipe: Pipeline, text: str, name: str) -> None:
    # «الجبل», «الثانية», «السوق» never name a place alone, but after a place word they
    # may be the second word of a village or district that no gazetteer holds.
    assert name in [p[0] for p in places(pipe, text)]


def test_places_common_word_alone_is_still_no_name(pipe: Pipeline) -> None:
    assert places(pipe, "صعد المسلحون إلى الجبل ثم نزلوا إلى السوق.") == []


def test_places_relative_adjective_in_the_dual_ends_a_list(pipe: Pipeline) -> None:
    found = [p[0] for p in places(pipe, "قصفت المدفعية بلدتي كفرزيتون الجبل ومرعيان الواقعتين قرب الحدود.")]
    assert found == ["كفرزيتون الجبل", "مرعيان"]


def test_places_description_after_a_name_is_not_part_of_it(pipe: Pipeline) -> None:
    # a name ending in «ة» may take a second word («استراحة X»), but not «ذات ...»
    found = [p[0] for p in places(pipe, "انفجرت عبوة في منطقة الزرقاوية ذات الكثافة السكانية.")]
    assert found == ["الزرقاوية"]


def test_places_unknown_last_item_of_a_list_placed_by_a_direction(pipe: Pipeline) -> None:
    found = [p[0] for p in places(pipe, "شنت الطائرات غارات في صرواح والمشيرفة غرب محافظة مأرب.")]
    assert found[:2] == ["صرواح", "المشيرفة"]


@pytest.mark.parametrize("text", [
    "شنت الطائرات غارات في صنعاء والزقزوقية.",  # nothing places the second item
    "تكثفت الغارات في صنعاء وخاصة شمال المدينة.",  # a function word, not a name
])
def test_places_unknown_list_item_needs_a_place_after_it(pipe: Pipeline, text: str) -> None:
    assert [p[0] for p in places(pipe, text)] == ["صنعاء"]


def test_places_a_definite_place_word_names_no_new_place() -> None:
    """«قرب البلدة قبل أن ...»: «البلدة» is the town named before; what follows is no name."""
    from waqia.pipeline import default_pipeline
    from waqia.settings import Settings

    doc = default_pipeline(Settings()).analyse(
        "قصفت المدفعية بلدة كفرنبل. وسيطر المسلحون على نقطتين قرب البلدة قبل أن ينسحبوا.", published="2024-03-07")
    assert [doc.text[p.start:p.end] for p in doc.layer("places")] == ["كفرنبل"]


@pytest.mark.parametrize("text, absent", [
    ("قتل راعيان في هجوم شنه قطاع طرق على قرية في ولاية زمفارا.", "قطاع"),  # bandits, not «القطاع»
    ("أصيب ثلاثة جنود بانفجار لغم في وسط شبه جزيرة سيناء.", "جزيرة"),  # not Sudan's «الجزيرة»
])
def test_places_a_loose_form_of_a_province_needs_a_cue(text: str, absent: str) -> None:
    import waqia

    got = [loc["text"] for e in waqia.extract(text, published="2024-03-07")["events"] for loc in e["locations"]]
    assert absent not in got and got, got
