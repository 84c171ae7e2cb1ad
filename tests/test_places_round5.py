"""Places, fifth pass (issue 11): nouns of the land that name a place with any definite word
(«في جبل الزاوية»), a country named bare as a party that does not keep towns of another
country out, list items kept in the country of the list's first place, and «التابعة لـ»
naming the container.  The sentences are written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from placing import places_by_span
from waqia.core.lexicon import default_lexicon
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.places.patterns import _word_lists


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _places(analyse: Any, text: str) -> dict[str, Any]:
    return places_by_span(analyse, text)


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت المدفعية أطراف قرية حزارين في جبل الزاوية صباح اليوم.", "جبل الزاوية"),
    ("دارت اشتباكات عنيفة على جبل الأكراد طوال الليل.", "جبل الأكراد"),
    ("قتل راع بلغم في وادي العيون قرب الحدود.", "وادي العيون"),
])
def test_places_land_noun_names_with_a_common_word(analyse: Any, text: str, name: str) -> None:
    places = _places(analyse, text)
    assert name in places
    assert "الزاوية" not in places  # not the Libyan town read alone


@pytest.mark.parametrize("text", [
    "نقل المصابون إلى مستشفى قريب في عين المكان.",  # a phrase: «في عين المكان»
    "ارتفعت الأسعار في سوق العمل هذا الشهر.",
])
def test_places_other_openers_still_need_a_rare_word(analyse: Any, text: str) -> None:
    assert not _places(analyse, text)


def test_places_bare_country_keeps_no_town_of_another_country_out(analyse: Any) -> None:
    places = _places(analyse, "قصفت إسرائيل بلدات عيترون وبليدا وميس الجبل بالمدفعية.")
    assert places["إسرائيل"].context
    for name in ("عيترون", "بليدا", "ميس الجبل"):
        assert (places[name].location.country, places[name].location.admin1) == ("LB", "Nabatieh")


def test_places_list_item_stays_in_the_first_place_country(analyse: Any) -> None:
    places = _places(analyse, "قتل مدنيون في قصف على قرى الطويحينة والمغير.")
    assert places["المغير"].location.country == "SY"


def test_places_tabia_names_the_container(analyse: Any) -> None:
    places = _places(analyse, "قتل خمسة بقرية الكرامة التابعة لمديرية الصلو.")
    assert places["الكرامة"].location.country == places["الصلو"].location.country == "YE"
    assert places["الكرامة"].location.admin1 == places["الصلو"].location.admin1


@pytest.mark.parametrize(("text", "name", "country"), [
    ("قتل ثلاثة في اشتباك مسلح وسط مدينة طرابلس اللبنانية ليلا.", "طرابلس", "LB"),
    ("قتل ثلاثة في اشتباك مسلح وسط مدينة طرابلس الليبية ليلا.", "طرابلس", "LY"),
    ("أصيب جنديان في هجوم على كمين قرب رفح المصرية.", "رفح", "EG"),
])
def test_places_country_adjective_tells_the_country(analyse: Any, text: str, name: str, country: str) -> None:
    assert _places(analyse, text)[name].location.country == country


def test_places_country_adjective_keeps_the_article_province(analyse: Any) -> None:
    text = "قتل جنود في ولاية هلمند. وقال مسؤول إن الهجوم وقع في منطقة كوشكاك الأفغانية."
    place = _places(analyse, text)["كوشكاك"]
    assert (place.location.country, place.location.admin1) == ("AF", "Helmand")


def test_places_unknown_name_takes_the_province_of_the_place_before(analyse: Any) -> None:
    places = _places(analyse, "قتل ثلاثة في مدينة الفاشر، وقتل اثنان في مدينة نيالا. وهاجمت القوات قرية أم زمبوقة.")
    loc = places["أم زمبوقة"].location
    assert (loc.country, loc.admin1) == ("SD", "Southern Darfur")
    assert places["أم زمبوقة"].location.why.chosen_by == "province_fallback"


@pytest.mark.parametrize(("text", "event", "mourned"), [
    ("قتل ثلاثة مقاتلين في معارك بريف دير الزور، وشيع المئات جثامينهم في مدينة القامشلي.", "دير الزور", "القامشلي"),
    ("استشهد شاب برصاص الاحتلال في نابلس، وشيع جثمانه في مسقط رأسه بلدة بيتا.", "نابلس", "بيتا"),
    ("قتل شخصان في انفجار بالموصل، وهما ينحدران من مدينة تلعفر.", "الموصل", "تلعفر"),
])
def test_places_funerals_and_home_towns_are_context(analyse: Any, text: str, event: str, mourned: str) -> None:
    places = _places(analyse, text)
    assert not places[event].context
    assert places[mourned].context


@pytest.mark.parametrize(("text", "state"), [
    ("قتل مسلحون خمسة مزارعين في منطقة دونغا بولاية تارابا.", "Taraba"),
    ("قتل عشرة في هجوم على قرية يلوالي في ولاية كيبي.", "Kebbi"),
    ("اشتبك رعاة ومزارعون في قرية أغاتو بولاية بينوي.", "Benue"),
])
def test_places_nigerian_states_are_known(analyse: Any, text: str, state: str) -> None:
    village = next(p for p in analyse(text).layer("places") if p.kind in ("area", "village"))
    assert (village.location.country, village.location.admin1) == ("NG", state)


def test_places_why_names_the_list_and_the_adjective(analyse: Any) -> None:
    item = _places(analyse, "قتل مدنيون في قصف على قرى الطويحينة والمغير.")["المغير"].location.why
    assert (item.chosen_by, item.note) == ("named_region", "in SY, like the first place of its list")
    town = _places(analyse, "قتل ثلاثة في اشتباك مسلح وسط مدينة طرابلس اللبنانية ليلا.")["طرابلس"].location.why
    assert town.note.endswith("told by the adjective after it")


def test_every_country_adjective_is_a_place_stop() -> None:
    """place_nisba.tsv is the one list of country adjectives: each is also never a name by itself."""
    lexicon = default_lexicon()
    stop = _word_lists(lexicon)[0]
    adjectives = [e.key for e in lexicon.concept("place_nisba")]
    assert adjectives and all(stop.get(k) == "always" for k in adjectives)
