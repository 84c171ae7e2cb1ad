"""Places, fifteenth pass (issue 10): homonyms read in the country the article's own context names,
facilities and landmarks (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import event_places


@pytest.mark.parametrize(("text", "name", "country"), [
    ("جرح ثلاثة رجال خلال تبادل لإطلاق النار في طرابلس، وقال الجيش اللبناني إن وحداته انتشرت في الأحياء.",
     "طرابلس", "LB"),
    ("قتل شاب برصاص مجهولين في طرابلس ليلا. وذكر مصدر أمني في محافظة عكار أن الدوريات تبحث عن المسلحين.",
     "طرابلس", "LB"),
    ("جرح ثلاثة رجال خلال تبادل لإطلاق النار في طرابلس، وقالت حكومة الوحدة الليبية إن قواتها انتشرت في الأحياء.",
     "طرابلس", "LY"),
    ("جرح ثلاثة رجال خلال تبادل لإطلاق النار في طرابلس مساء الجمعة.", "طرابلس", "LY"),
])
def test_a_homonym_is_read_in_the_country_the_context_names(pipeline: Any, text: str, name: str,
                                                             country: str) -> None:
    """A name of several countries that no other event place of the article decides is read in the
    one country the article's context places and country adjectives name («الجيش اللبناني», «مصدر
    في محافظة عكار»); with none of them, its biggest reading stays."""
    places = event_places(pipeline, text)
    assert name in places and places[name].country == country, places


def test_a_common_name_in_the_province_the_context_names(pipeline: Any) -> None:
    """«في المنصورية» ... «مصدر في شرطة ديالى»: of a common name's readings, the one in the province
    the article's context names is the event's place, with no other place near it."""
    places = event_places(pipeline, "قتل مسلحون رجلين في المنصورية، وأفاد مصدر في شرطة ديالى بأن التحقيق بدأ.")
    assert "المنصورية" in places and places["المنصورية"].admin1 == "Diyala", places


def test_two_countries_in_the_context_decide_nothing(pipeline: Any) -> None:
    """A Lebanese adjective and a Libyan one: the context names no one country; the biggest reading."""
    places = event_places(pipeline, "جرح ثلاثة رجال في طرابلس، وعلقت الخارجية اللبنانية والسلطات الليبية على الحادث.")
    assert "طرابلس" in places and places["طرابلس"].country == "LY", places


@pytest.mark.parametrize(("text", "district", "country"), [
    ("قتل رجل برصاص قناص في حي جبل محسن بطرابلس فجر اليوم.", "جبل محسن", "LB"),
    ("أصيب أربعة بجروح في اشتباك بالرصاص في منطقة التبانة بطرابلس.", "التبانة", "LB"),
    ("قتل مسلح خلال مداهمة في حي أبو سليم بطرابلس.", "أبو سليم", "LY"),
])
def test_a_city_of_two_countries_is_read_where_its_district_lies(pipeline: Any, text: str, district: str,
                                                                 country: str) -> None:
    """«حي جبل محسن بطرابلس»: the places the text puts inside a name of several countries all lie in
    one of them; the city is read there (the bundled gazetteer knows districts of both Tripolis)."""
    places = event_places(pipeline, text)
    assert places["طرابلس"].country == country and places[district].country == country, places


@pytest.mark.parametrize(("text", "market"), [
    ("انفجرت دراجة مفخخة في سوق الحميدية بدمشق وجرح أربعة باعة.", "سوق الحميدية"),
    ("جرح خمسة أشخاص بانفجار عبوة في سوق مريدي ظهر السبت.", "سوق مريدي"),
])
def test_a_market_named_after_a_preposition_is_read(pipeline: Any, text: str, market: str) -> None:
    """«في سوق X»: «سوق» opens a name after a preposition though the dates' and events' word lists
    read it too, when the word after it is no common word."""
    assert market in event_places(pipeline, text)


def test_a_market_of_a_common_word_names_nothing(pipeline: Any) -> None:
    """«في سوق العمل» is the labour market, no place."""
    places = event_places(pipeline, "قتل رجل في تفجير بمدينة الموصل، وأثر التفجير في سوق العمل.")
    assert not any(name.startswith("سوق") for name in places), places


def test_a_known_name_after_base_is_read_though_a_common_word(pipeline: Any) -> None:
    """«قاعدة بلد»: after «قاعدة» (a weak place word) a name the gazetteer knows is read though it is a
    common word, unless it is an adjective («قاعدة بحرية»)."""
    places = event_places(pipeline, "سقطت ثلاثة صواريخ على قاعدة بلد في محافظة صلاح الدين دون إصابات.")
    assert "بلد" in places and places["بلد"].admin1 == "Sala ad-Din", places
    assert "بحرية" not in event_places(pipeline, "قصفت الطائرات قاعدة بحرية قرب ميناء الحديدة وقتل جنديان.")


@pytest.mark.parametrize(("text", "base", "country"), [
    ("استهدفت طائرات مسيرة قاعدة الوطية الجوية وتصاعد الدخان من المدرج.", "الوطية", "LY"),
    ("قتل جنديان في هجوم بطائرة مسيرة على قاعدة العند الجوية.", "العند", "YE"),
    ("علقت الرحلات في مطار معيتيقة بعد سقوط قذائف على المدرج.", "معيتيقة", "LY"),
])
def test_the_bundled_gazetteer_knows_air_bases(pipeline: Any, text: str, base: str, country: str) -> None:
    """Air bases and airports the shipped gazetteer lacks (or knows only as a far homonym)."""
    places = event_places(pipeline, text)
    assert base in places and places[base].country == country, places


def test_a_definite_place_word_opens_a_known_name(pipeline: Any) -> None:
    """«على المنطقة الخضراء»: a definite place word that opens a name the gazetteer knows whole is that
    name (Baghdad's Green Zone), not the region named before; a word of direction after it names none."""
    places = event_places(pipeline, "سقط صاروخان على المنطقة الخضراء صباح الاثنين دون إصابات.")
    assert "المنطقة الخضراء" in places and places["المنطقة الخضراء"].admin1 == "Baghdad", places
    places = event_places(pipeline, "قتل شخصان في المنطقة الجنوبية من السعودية بقذيفة.")
    assert "المنطقة الجنوبية" not in places, places


def test_a_clan_village_name_is_read_whole(pipeline: Any) -> None:
    """«قرية عرب حسن»: «عرب» opens the name of a village called after a clan (place_openers.tsv); the
    name is no longer cut before the first name that follows, a far village «عرب»."""
    places = event_places(pipeline, "قصفت المدفعية قرية عرب حسن بريف منبج فقتلت امرأة.")
    assert "عرب حسن" in places and "عرب" not in places, places
    assert places["عرب حسن"].admin1 == "Aleppo", places


def test_a_common_noun_and_its_direction_name_a_landmark(pipeline: Any) -> None:
    """«في منطقة الباب الشرقي»: the masculine adjective after a feminine place word agrees with the
    noun; the two name a landmark of the city, not al-Bab of Aleppo; «بريف الرقة الشمالي» stays Raqqa."""
    places = event_places(pipeline, "انفجرت عبوتان في منطقة الباب الشرقي ببغداد وقتل ستة أشخاص.")
    assert "الباب الشرقي" in places and places["الباب الشرقي"].admin1 == "Baghdad", places
    places = event_places(pipeline, "قصفت المدفعية قرى بريف الرقة الشمالي فقتل طفلان.")
    assert "الرقة" in places, places
