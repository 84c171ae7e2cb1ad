"""Places, fourteenth pass (issue 10): the second and later places of a story — compound names cut at a
foreign first word, adjectives read as list items, places an attack burned or looted in a sentence of its
own (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import event_places


@pytest.mark.parametrize(("text", "name", "cut"), [
    ("قتل مسلحون ستة قرويين في قرية ود عشيب بولاية الجزيرة فجر الأحد.", "ود عشيب", None),
    ("هاجم مسلحون على دراجات نارية قرية تودون وادا بولاية كادونا وقتلوا تسعة مزارعين.", "تودون وادا", "تودون"),
    ("أصيب عشرة أشخاص بانفجار في حي دشت برجي بكابل.", "دشت برجي", "دشت"),
    ("قتل أربعة جنود في هجوم على مواقع الجيش في بلدة بولو مرير بإقليم شبيلي السفلى.", "بولو مرير", "بولو"),
])
def test_a_foreign_first_word_opens_a_compound_name(pipeline: Any, text: str, name: str, cut: str | None) -> None:
    """«ود», «تودون», «دشت», «بولو» open names of two words (place_openers.tsv): the name is no longer
    cut at its first word, which the gazetteer knows alone or not at all."""
    places = event_places(pipeline, text)
    assert name in places and (cut is None or cut not in places), places
    assert places[name].admin1 is not None, places[name]


def test_a_word_of_nearness_after_villages_is_no_village(pipeline: Any) -> None:
    """«وقرى محيطة بها»: the adjective after the plural place word is no item of a list, though some
    village carries the name."""
    places = event_places(pipeline, "قصفت المدفعية بلدة منبج وقرى محيطة بها، وقتل مدنيان.")
    assert "منبج" in places and "محيطة" not in places, places


@pytest.mark.parametrize(("text", "name"), [
    ("هاجم مسلحون مدينة الفاشر أمس. وفي مكان آخر، أحرق مسلحون قرية كدادة.", "كدادة"),
    ("هاجم مسلحون مدينة الفاشر أمس. ونهب مسلحون سوق بلدة كتم.", "كتم"),
])
def test_a_place_burned_or_looted_is_the_events(pipeline: Any, text: str, name: str) -> None:
    """«أحرق مسلحون قرية X», «نهب مسلحون سوق بلدة X» in a sentence the event words leave untold: the
    place joins the story's event (place_happened.tsv)."""
    places = event_places(pipeline, text)
    assert name in places and "الفاشر" in places, places


@pytest.mark.parametrize(("text", "event", "aside"), [
    ("اغتال مسلحون ناشطا في مدينة الديوانية، وهو من مواليد قضاء الشامية.", "الديوانية", "الشامية"),
    ("قتل مسلحون أربعة رعاة في قرية بولاية زمفارا، وقال الحاكم في مؤتمر صحفي في أبوجا إن قوات أرسلت إلى المنطقة.",
     "زمفارا", "أبوجا"),
    ("اعتقلت الشرطة رجلين في مدينة الأبيض بعد أن قدموا من مدينة كادقلي لتنفيذ هجوم.", "الأبيض", "كادقلي"),
])
def test_where_someone_was_born_spoke_or_came_from_is_no_event_place(pipeline: Any, text: str, event: str,
                                                                    aside: str) -> None:
    """«من مواليد X» (people), «في مؤتمر صحفي في X» (dwell: where a statement was made), «قدموا من X»
    (from): the name tells who someone is, where they spoke or came from (place_context.tsv)."""
    places = event_places(pipeline, text)
    assert event in places and aside not in places, places


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("قال شهود إن مسلحين على ظهور الجمال قتلوا سبعة نازحين في مورني صباح الخميس.", "مورني", "West Darfur"),
    ("قصفت طائرة مسيرة سوق أبو زبد، وقتل أربعة باعة.", "أبو زبد", "West Kordofan"),
    ("سيطر مقاتلو حركة الشباب على بلدة واجد بعد انسحاب القوات الإثيوبية منها.", "واجد", "Bakool"),
    ("قتل مسلحون خمسة صيادين قرب كوكاوا على ضفاف البحيرة.", "كوكاوا", "Borno"),
])
def test_towns_of_darfur_kordofan_somalia_and_borno_are_known(pipeline: Any, text: str, name: str, admin1: str) -> None:
    """The bundled gazetteer (geo/data/places.tsv) knows towns the shipped file has no Arabic name for:
    read without a place word, in their province."""
    places = event_places(pipeline, text)
    assert name in places and places[name].admin1 == admin1, places


def test_the_sky_a_strike_came_from_is_no_event_place(pipeline: Any) -> None:
    """«انطلاقا من سماء X»: «سماء» is a word of nearness (place_words.tsv), so the name keeps «من» and
    the verbal noun of setting out makes it where the fire came from; the target stays."""
    places = event_places(pipeline, "قصفت طائرات حربية مواقع عسكرية في ريف حمص الشرقي انطلاقا من سماء البقاع.")
    assert "حمص" in places and "البقاع" not in places, places


def test_a_drone_downed_in_the_sky_of_a_city_is_placed_there(pipeline: Any) -> None:
    """«في أجواء مدينة X»: the sky over the city is where the drone was downed."""
    places = event_places(pipeline, "أسقطت الدفاعات الجوية طائرة مسيرة مفخخة في أجواء مدينة صعدة فجر اليوم.")
    assert "صعدة" in places, places


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("قتل سبعة من عناصر الشرطة في هجوم على نقطة تفتيش في ولاية بدخشان شمال شرقي البلاد.", "بدخشان", "Badakhshan"),
    ("انفجرت عبوة ناسفة بسيارة للشرطة في كوهات وقتل ضابطان.", "كوهات", "Khyber Pakhtunkhwa"),
    ("هاجم مسلحون انفصاليون ميناء غوادار بالقنابل والأسلحة الرشاشة.", "غوادار", "Balochistan"),
])
def test_afghan_provinces_and_pakistani_districts_are_known(pipeline: Any, text: str, name: str, admin1: str) -> None:
    """Afghan provinces and Pakistani districts and towns of the bundled gazetteer: in their province."""
    places = event_places(pipeline, text)
    assert name in places and places[name].admin1 == admin1, places


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("اقتحمت قوات الاحتلال مخيم الفارعة جنوب طوباس واعتقلت أربعة شبان.", "الفارعة", "West Bank"),
    ("أصيب ثلاثة شبان بالرصاص الحي خلال مواجهات في مخيم العروب شمال الخليل.", "العروب", "West Bank"),
    ("قصفت مدفعية الاحتلال أطراف بلدة عيتا الجبل وسقطت قذيفة قرب منزل.", "عيتا الجبل", "Nabatieh"),
])
def test_camps_and_villages_of_palestine_and_south_lebanon_are_known(pipeline: Any, text: str, name: str,
                                                                     admin1: str) -> None:
    """Refugee camps of the West Bank and villages of the south of Lebanon in the bundled gazetteer."""
    places = event_places(pipeline, text)
    assert name in places and places[name].admin1 == admin1, places


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("شنت قوات الدعم السريع هجوما على بلدة الكومة، ثم تقدمت نحو مدينة مليط حيث اندلعت اشتباكات عنيفة مع الجيش.",
     "مليط", True),
    ("فر السكان نحو مدينة إدلب حيث يقيم أقاربهم بعد قصف على بلدة سراقب.", "إدلب", False),
])
def test_where_a_movement_went_and_something_happened(pipeline: Any, text: str, name: str, kept: bool) -> None:
    """«نحو مدينة X حيث اندلعت اشتباكات»: «حيث» and an event right after it make the place a movement
    went to the event's; «حيث يقيم أقاربهم» tells no event there."""
    assert (name in event_places(pipeline, text)) is kept
