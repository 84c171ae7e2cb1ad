"""Places, thirteenth pass (issue 11): «محلية X», facilities that are where the event happened, and
bare unknown names after «في» (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import event_places


def test_a_sudanese_locality_is_a_place_word(pipeline: Any) -> None:
    """«بمحلية X»: Sudan's locality names the place without its word; «مصادر محلية» (local) names none."""
    places = event_places(pipeline, "أحرق مسلحون عشرات المنازل وقتلوا تسعة رعاة في قرى بمحلية كتم شمال دارفور.")
    assert "كتم" in places and not any("محلية" in name for name in places), places
    places = event_places(pipeline, "قالت مصادر محلية إن مسلحين قتلوا تسعة رعاة قرب مدينة كتم.")
    assert not any("محلية" in name for name in places), places


@pytest.mark.parametrize(("text", "name"), [
    ("قتل ستة مدنيين في غارة بمسيرة استهدفت مستشفى الجنينة التعليمي ليل الاثنين.", "الجنينة"),
    ("قتل أربعة نازحين في غارة على مستشفى كمال عدوان في بيت لاهيا فجر اليوم.", "بيت لاهيا"),
    ("اقتحم مسلحون جامعة الموصل صباح اليوم وخطفوا ثلاثة من الأساتذة.", "الموصل"),
])
def test_a_facility_attacked_is_where_it_happened(pipeline: Any, text: str, name: str) -> None:
    """A verb of violence before a hospital or a university (its subject between), or an attack word
    and «على» before it, make the facility the event's place: its town is no longer left out as where
    the wounded were taken or as the university's name."""
    assert name in event_places(pipeline, text)


def test_a_university_named_for_its_staff_is_no_place(pipeline: Any) -> None:
    """«أستاذ في جامعة X»: who he is, not where the event happened."""
    places = event_places(pipeline, "قال أستاذ في جامعة الموصل إن مسلحين هاجموا بلدة القيارة أمس وقتلوا طالبين.")
    assert "القيارة" in places and "الموصل" not in places, places


def test_a_bare_unknown_name_takes_the_province_of_the_place_before(pipeline: Any) -> None:
    """«في سورتوني»: a rare word right after «في» in a sentence that tells an event is a place,
    in the province of the place the article names before it."""
    places = event_places(pipeline, "أفاد ناشطون بإصابة خمسة رعاة في زالنجي ومقتل ثلاثة آخرين في سورتوني خلال هجمات متزامنة.")
    assert "سورتوني" in places, places
    assert places["سورتوني"].admin1 == places["زالنجي"].admin1, places


@pytest.mark.parametrize("text", [
    "قال الجيش إن دورية كانت تنفذ مهمة في كانداجي تعرضت لهجوم عنيف قتل فيه خمسة جنود.",  # no province
    "أطلق مسلحون النار على ركاب في مركبتين على الطريق قرب بلدة سراقب وقتلوا اثنين.",  # a dual of a common noun
])
def test_a_bare_word_the_article_cannot_place_is_not_found(pipeline: Any, text: str) -> None:
    """A bare unknown name no place of the article gives a province to is left out rather than
    guessed; the dual of a common noun («مركبتين») is no name."""
    places = event_places(pipeline, text)
    assert not {"كانداجي", "مركبتين"} & set(places), places


def test_a_list_broken_by_counts_in_brackets(pipeline: Any) -> None:
    """«أفغوي (4) وكورتنواري (6)»: a count in brackets after an item does not end the list."""
    places = event_places(pipeline, "قتل عشرة أشخاص في هجمات على بلدات أفغوي (4) وكورتنواري (6) بإقليم شبيلي السفلى.")
    assert {"أفغوي", "كورتنواري"} <= set(places), places


def test_a_name_told_a_place_by_an_apposition(pipeline: Any) -> None:
    """«في X Y، وهي بلدة ...»: the apposition and its place word make the words after «في» a name,
    placed like any bare name; without a place word after it, nothing is read."""
    text = "قتل سبعة جنود في هجوم على موقع عسكري في بولو حاجي، وهي بلدة صغيرة في إقليم جوبا السفلى."
    assert "بولو حاجي" in event_places(pipeline, text)
    text = "قتل سبعة جنود في هجوم على موقع عسكري في بولو حاجي، وهي عملية جديدة في إقليم جوبا السفلى."
    assert "بولو حاجي" not in event_places(pipeline, text)


def test_a_rare_name_after_a_weak_place_word(pipeline: Any) -> None:
    """«جبهة X», «قاعدة X»: after a weak singular place word a rare word that inflects no common one
    is a name, known or not; a common word («جبهة القتال») names nothing."""
    places = event_places(pipeline, "قتل جنديان وأصيب ثلاثة في هجوم حوثي على جبهة الحشا بمحافظة الضالع.")
    assert "الحشا" in places, places
    places = event_places(pipeline, "قتل جنديان وأصيب ثلاثة في هجوم حوثي على جبهة القتال بمحافظة الضالع.")
    assert "القتال" not in places, places


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("قتل أربعة مدنيين في قصف مدفعي على سوق في كبكابية مساء الجمعة.", "كبكابية", "North Darfur"),
    ("قتل أربعة مدنيين في قصف مدفعي على منطقة أم بدة غرب العاصمة.", "أم بدة", "Khartoum"),
    ("سقطت قذائف على حي في الحاج يوسف وأصيب ستة مواطنين.", "الحاج يوسف", "Khartoum"),
    ("انفجرت عبوة ناسفة في سوق بمديرية هودن وأصيب أربعة أشخاص.", "هودن", "Banaadir"),
    ("قتل مسلحون تسعة قرويين في هجوم على بلدة غوزا ليل الخميس.", "غوزا", "Borno"),
    ("قتل جنديان في هجوم للحوثيين على مواقع الجيش في مديرية التحيتا.", "التحيتا", "Al Hudaydah"),
])
def test_towns_and_districts_of_the_bundled_gazetteer(pipeline: Any, text: str, name: str, admin1: str) -> None:
    """Districts of greater Khartoum and Mogadishu, towns of Darfur, the Gezira, the White Nile, Somalia,
    north-east and north-west Nigeria, Yemen and Iraq that the shipped gazetteer has no Arabic name for
    are in ``geo/data/places.tsv``, with their province."""
    places = event_places(pipeline, text)
    assert name in places and places[name].admin1 == admin1, places


@pytest.mark.parametrize(("text", "names"), [
    ("قتل مواطن في غارة بمسيرة على دراجة نارية على طريق بنت جبيل - عيناثا ظهر اليوم.", ("بنت جبيل", "عيناثا")),
    ("أصيب ثلاثة في غارة على سيارة على طريق كفررمان-الشرقية بقضاء النبطية.", ("كفررمان", "الشرقية")),
])
def test_the_two_ends_of_a_road_parted_by_a_dash(pipeline: Any, text: str, names: tuple[str, ...]) -> None:
    """«طريق X - Y», «طريق X-Y»: the name after the dash is the road's other end, read known or not,
    and not an adjective of the first («الشرقية» is also «eastern»)."""
    places = event_places(pipeline, text)
    assert set(names) <= set(places), places


def test_the_strip_named_again_by_its_first_word(pipeline: Any) -> None:
    """«شمال القطاع» with no «قطاع غزة» before it: the first word of the Strip's name with the article
    refers back to a place the reader knows; it places the article (Gaza) but is no event place."""
    places = event_places(pipeline, "استشهد طفلان وأصيب أربعة في غارة على منزل في بيت لاهيا شمال القطاع فجر اليوم.")
    assert "بيت لاهيا" in places and "القطاع" not in places, places
    assert places["بيت لاهيا"].country == "PS", places
