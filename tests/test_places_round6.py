"""Places, sixth pass (issue 11): «على» after a word that reports an event names its target,
where people come from, mourn or flee to and where a statement was issued are context, an
unknown name going on from a known first word lies in that word's province, and a province
is read by its own name before another's alternate name.  The sentences are written for
these tests."""

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


def _event_places(pipeline: Any, text: str) -> set[str]:
    rec = pipeline.run(text, published="2024-05-01")
    return {loc["text"] for ev in rec["events"] for loc in ev["locations"]}


@pytest.mark.parametrize(("text", "name"), [
    ("تصاعد التوتر في جنوب لبنان. قتل ثلاثة مدنيين في غارة على عيتا الشعب فجرا.", "عيتا الشعب"),
    ("تصاعد التوتر في محافظة إدلب. أصيب طفلان في هجوم على معرة مصرين ليلا.", "معرة مصرين"),
])
def test_places_attack_on_a_small_place(pipeline: Any, text: str, name: str) -> None:
    places = _places(pipeline, text)
    assert name in places and not places[name].context


def test_places_on_without_an_event_word_stays_weak(pipeline: Any) -> None:
    text = "تصاعد التوتر في جنوب لبنان. وقال مسؤول إن الاتفاق يعتمد على عيتا الشعب وحدها."
    assert "عيتا الشعب" not in _places(pipeline, text)


@pytest.mark.parametrize(("text", "origin", "event"), [
    ("قتل الشاب، وهو من أهالي بلدة سلقين، بغارة على مدينة إدلب.", "سلقين", "إدلب"),
    ("قتل شاب من سكان مخيم جباليا برصاص الاحتلال في مدينة رفح.", "جباليا", "رفح"),
    ("شيع أهالي بلدة بنت جبيل جثمان شاب قتل في غارة على مدينة صور.", "بنت جبيل", "صور"),
    ("نزحت عشرات العائلات إلى مدينة مأرب بعد القصف على مديرية صرواح.", "مأرب", "صرواح"),
    ("وقال بيان صادر في مقديشو إن القوات قتلت عشرين مسلحا في إقليم جوبا الوسطى.", "مقديشو", "جوبا الوسطى"),
])
def test_places_where_people_come_from_mourn_flee_or_speak(pipeline: Any, text: str, origin: str,
                                                            event: str) -> None:
    places = _places(pipeline, text)
    assert places[origin].context and not places[event].context
    assert _event_places(pipeline, text) == {event}


def test_places_residents_of_a_bombed_town_stay(pipeline: Any) -> None:
    places = _places(pipeline, "قصفت الطائرات منازل أهالي بلدة سلقين في ريف إدلب.")
    assert not places["سلقين"].context


def test_places_unknown_name_from_a_known_first_word(pipeline: Any) -> None:
    text = "هاجم مسلحون مواقع البيشمركة غربي قضاء طوز خرماتو جنوبي كركوك وقتلوا جنديين."
    loc = _places(pipeline, text)["طوز خرماتو"].location
    assert (loc.country, loc.admin1, loc.gazetteer_id) == ("IQ", "Sala ad-Din", None)
    assert "stem" not in loc.why.note and "first word" in loc.why.note


def test_places_first_word_abroad_leaves_the_container(pipeline: Any) -> None:
    text = "قتل جنديان في كمين قرب قرية بولو خادو بإقليم شبيلي السفلى."
    loc = _places(pipeline, text)["بولو خادو"].location
    assert (loc.country, loc.admin1) == ("SO", "Shabeellaha Hoose")


def test_places_province_by_its_own_name(pipeline: Any) -> None:
    loc = _places(pipeline, "قتلت القوات عشرين مسلحا في إقليم جوبا الوسطى.")["جوبا الوسطى"].location
    assert (loc.country, loc.admin1) == ("SO", "Juba Dhexe")


@pytest.mark.parametrize(("text", "reference", "event"), [
    ("قتل جنديان بهجوم قرب مدينة بيجي في محافظة صلاح الدين شمال بغداد.", "بغداد", "بيجي"),
    ("غرق قارب في نهر بمحافظة المنيا جنوب القاهرة ومات خمسة.", "القاهرة", "المنيا"),
])
def test_places_direction_after_a_province_is_a_reference(pipeline: Any, text: str, reference: str,
                                                          event: str) -> None:
    places = _places(pipeline, text)
    assert places[reference].context and not places[event].context


def test_places_direction_after_a_town_stays(pipeline: Any) -> None:
    places = _places(pipeline, "انفجرت عبوة في قرية الروضة غرب مدينة العريش وقتلت جنديا.")
    assert not places["العريش"].context


def test_places_refuge_in_a_town_is_where_they_went(pipeline: Any) -> None:
    text = "قتل مسلح في اشتباك داخل مخيم عين الحلوة، واضطرت أسر كثيرة إلى الفرار إلى مدارس في صيدا."
    places = _places(pipeline, text)
    assert places["صيدا"].context and not places["عين الحلوة"].context


def test_places_the_strip_said_again(pipeline: Any) -> None:
    text = "قصفت الطائرات منازل في بيت حانون شمال قطاع غزة، ودوت انفجارات في سماء شمال القطاع."
    places = _places(pipeline, text)
    assert places["القطاع"].context and not places["قطاع غزة"].context


@pytest.mark.parametrize(("text", "sent", "event"), [
    ("اعتقلت الشرطة شابين في مدينة البصرة ونقلتهما إلى بغداد للتحقيق معهما.", "بغداد", "البصرة"),
    ("أصيب ثلاثة بقصف على بلدة كفرنبل ونقلوا إلى تركيا لتلقي العلاج.", "تركيا", "كفرنبل"),
])
def test_places_where_someone_was_taken_afterwards(pipeline: Any, text: str, sent: str, event: str) -> None:
    places = _places(pipeline, text)
    assert places[sent].context and not places[event].context
    assert places[event].location.country in ("IQ", "SY")  # «كفرنبل» is not placed in Turkey


@pytest.mark.parametrize(("text", "square", "city", "admin1"), [
    ("حاولت قوات الأمن اقتحام ساحة التغيير بصنعاء منذ الصباح.", "ساحة التغيير", "صنعاء", "Amanat Al Asimah"),
    ("أحرق محتجون إطارات وسط شارع الجمهورية بعدن ليلة أمس.", "شارع الجمهورية", "عدن", "`Adan"),
])
def test_places_square_placed_by_its_town(pipeline: Any, text: str, square: str, city: str, admin1: str) -> None:
    places = _places(pipeline, text)
    assert places[square].location.admin1 == places[city].location.admin1 == admin1
    assert places[city].kind == "city"


def test_places_square_without_its_town_needs_a_cue(pipeline: Any) -> None:
    assert "ساحة التغيير" not in _places(pipeline, "حاولت قوات الأمن اقتحام ساحة التغيير منذ الصباح.")


@pytest.mark.parametrize("text", [
    "تصاعد التوتر في جنوب لبنان. قصفت المدفعية أطراف الناقورة الجنوبية وقتلت راعيا.",
    "تصاعد التوتر في جنوب لبنان. قصفت المدفعية أطراف بلدة الناقورة الجنوبية وقتلت راعيا.",
])
def test_places_direction_adjective_of_a_near_place(pipeline: Any, text: str) -> None:
    places = _places(pipeline, text)
    assert "الناقورة الجنوبية" not in places  # not the far hamlet of that name
    assert places["الناقورة"].location.country == "LB" and places["الناقورة"].location.geo_precision == 2


@pytest.mark.parametrize(("text", "name"), [
    ("قتل شابان من أبناء بلدة طفس برصاص مجهولين فجر اليوم.", "طفس"),
    ("قتل ثلاثة شبان من سكان مخيم جباليا بقصف إسرائيلي فجر اليوم.", "جباليا"),
])
def test_places_home_town_alone_stays(pipeline: Any, text: str, name: str) -> None:
    assert not _places(pipeline, text)[name].context  # no other place: where it happened, likely


@pytest.mark.parametrize(("text", "expected"), [
    (("ارتفعت إلى ثلاثين قتيلا حصيلة تفجير انتحاري استهدف مسجدا في شمال غرب باكستان. "
      "ويقع المسجد داخل مجمع الشرطة في مدينة بيشاور."), {"بيشاور"}),
    ("قتل عشرون جنديا في هجوم على قاعدة في شمال شرق نيجيريا. وتقع قيادة العمليات في مدينة نيامي.",
     {"نيجيريا"}),  # a town of another country places no event of Nigeria
])
def test_events_placed_in_a_country_take_a_town_of_it_told_after(pipeline: Any, text: str,
                                                                   expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


def test_places_ends_of_a_highway_are_no_event_places(pipeline: Any) -> None:
    places = _places(pipeline, "هاجم مسلحون قافلة صهاريج على طريق حمص - تدمر قرب قرية الفرقلس.")
    assert places["حمص"].context and places["تدمر"].context and not places["الفرقلس"].context


def test_places_ends_of_a_village_road_stay(pipeline: Any) -> None:
    places = _places(pipeline, "تصاعد التوتر في محافظة درعا. قتل أربعة في كمين على طريق الشيخ مسكين-نوى.")
    assert not places["الشيخ مسكين"].context and not places["نوى"].context


@pytest.mark.parametrize("text", [
    "سقطت قذيفة في منطقة زراعية بين قريتي الطيبة وعيترون.",
    "انفجر لغم في منطقة صناعية قرب بلدة الطيبة.",
])
def test_places_describing_adjective_after_a_place_word_names_nothing(pipeline: Any, text: str) -> None:
    places = _places(pipeline, text)
    assert "الطيبة" in places and not {"زراعية", "صناعية"} & set(places)
