"""Places, nineteenth pass (issue 10): works and landmarks struck without a preposition, works named
after a known town (each sentence written for these tests, not taken from any article)."""

from __future__ import annotations

from typing import Any

import pytest

from placing import event_places


@pytest.mark.parametrize(("text", "name"), [
    ("دمرت غارة إسرائيلية جسر الخردلي جنوبي لبنان.", "جسر الخردلي"),
    ("استهدفت مسيرة حقل كونيكو للغاز في ريف دير الزور.", "حقل كونيكو"),
    ("هاجم مسلحون سوق الحميدية وسط دمشق وأصيب ثلاثة أشخاص.", "سوق الحميدية"),
    ("قصفت الطائرات الحربية تل الحارة بريف درعا الغربي.", "تل الحارة"),
    ("قصفت المدفعية صوامع تل أبيض وأصيب عامل.", "صوامع تل أبيض"),
])
def test_a_landmark_struck_without_a_preposition(pipeline: Any, text: str, name: str) -> None:
    """The object of a verb of violence, its subject between («استهدفت مسيرة حقل X»), is where it
    happened, read whole as after «على» («سقطت قذائف على حقل X»)."""
    assert name in event_places(pipeline, text)


@pytest.mark.parametrize("text", [
    "استهدفت الحملة سوق العمل بإجراءات جديدة وقتل شخص في حادث.",
    "هاجم الوزير سوق الأسهم في تصريحات للصحفيين بعد مقتل جندي.",
])
def test_a_common_phrase_struck_is_no_place(pipeline: Any, text: str) -> None:
    """A common phrase after the noun («سوق العمل») names no place, object of a verb or not."""
    assert not any(name.startswith("سوق") for name in event_places(pipeline, text))


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("سيطر مقاتلو التنظيم على سد الموصل بعد معارك قتل فيها عشرة جنود.", "سد الموصل", "Ninawa"),
    ("سيطرت القوات على سد مأرب بعد معارك عنيفة قتل فيها خمسة مقاتلين.", "سد مأرب", "Ma'rib"),
    ("سقطت قذائف على صوامع تل أبيض وأصيب عامل.", "صوامع تل أبيض", "Ar Raqqah"),
    ("انفجرت عبوة قرب جسر الرستن على الطريق الدولي وقتل سائق.", "جسر الرستن", "Homs (Hims)"),
])
def test_works_named_after_a_town(pipeline: Any, text: str, name: str, admin1: str) -> None:
    """«سد الموصل» is the dam, not the city, though the city's name is a frequent word; works the gazetteer
    lacks lie in the province of the place they are named after."""
    places = event_places(pipeline, text)
    assert name in places and places[name].admin1 == admin1, places


def test_works_named_after_a_common_word_are_no_far_hamlet(pipeline: Any) -> None:
    """«حقل العمر»: the word after the noun is a frequent word and no big place, and a village of that
    name lies in another province: the field is read where the text puts it, or nowhere, never there."""
    places = event_places(pipeline, "قتل عنصران في هجوم على حقل العمر النفطي بريف دير الزور.")
    assert places["حقل العمر"].admin1 == "Days Az Zawr", places
    places = event_places(pipeline, "قتل عنصران في هجوم على حقل العمر النفطي.")
    assert places["حقل العمر"].country is None, places


def test_the_container_decides_the_province_of_works(pipeline: Any) -> None:
    """A place the text puts the works in decides, not the name they are named after."""
    places = event_places(pipeline, "اندلعت اشتباكات عنيفة قرب سد الفرات غرب الرقة وقتل ثلاثة مقاتلين.")
    assert places["سد الفرات"].admin1 == "Ar Raqqah", places


@pytest.mark.parametrize(("text", "name", "seat"), [
    ("قتل جنديان في هجوم على حاجز في بلدة كابكابية، بحسب بيان للجيش صدر في الخرطوم.", "كابكابية", "الخرطوم"),
    ("قتل خمسة مدنيين بقصف على قرية الحلوة، وفق بيان صدر في دمشق عن وزارة الخارجية.", "الحلوة", "دمشق"),
    ("أعلن بيان صدر اليوم في بغداد مقتل ثلاثة جنود بانفجار عبوة في قضاء الطارمية.", "الطارمية", "بغداد"),
])
def test_where_a_statement_was_issued_is_no_event_place(pipeline: Any, text: str, name: str, seat: str) -> None:
    """«بيان صدر في X», the verb as «بيان صادر في X» and «أصدر»: where a statement was issued."""
    places = event_places(pipeline, text)
    assert name in places and seat not in places, places


def test_the_name_sadr_is_no_verb_of_issuing(pipeline: Any) -> None:
    """«الصدر» (a name with the article) is not the verb «صدر»: the place after it stays."""
    assert "بغداد" in event_places(pipeline, "تظاهر أنصار الصدر في بغداد وقتل متظاهر برصاص الشرطة.")


@pytest.mark.parametrize(("text", "name", "country"), [
    ("قالت وزارة الدفاع في النيجر إن وحدة عسكرية تعرضت لهجوم في كانداجي وقتل سبعة جنود.", "كانداجي", "NE"),
    ("قتل ثلاثة من عناصر الشرطة في هجوم على نقطة تفتيش في ماكالو، وفق مصدر أمني في بوركينا فاسو.", "ماكالو", "BF"),
    ("قتل سبعة جنود في هجوم على موقع للجيش في كانداجي غربي النيجر.", "كانداجي", "NE"),
])
def test_a_bare_unknown_name_in_the_country_the_article_names(pipeline: Any, text: str, name: str,
                                                              country: str) -> None:
    """«في X» (a rare word no list reads, in a sentence that tells an event) when the article names a
    country and no province: the name is read, in that country only (no point, precision 3)."""
    places = event_places(pipeline, text)
    assert name in places and places[name].country == country and places[name].admin1 is None, places
    assert places[name].geo_precision == 3 and places[name].lat is None


def test_a_bare_unknown_name_with_no_country_stays_unread(pipeline: Any) -> None:
    """With no country nor province in the article, «في X» is not found rather than a guess."""
    assert not event_places(pipeline, "قتل ثلاثة حراس في هجوم مسلح على نقطة تفتيش في ماكالو.")


@pytest.mark.parametrize(("text", "name"), [
    ("قتل ستة جنود صوماليين في هجوم لحركة الشباب على قاعدتهم في بولو مريري بإقليم شبيلي السفلى.", "بولو مريري"),
    ("قتل أربعة جنود في كمين نصبه مسلحون في بولو غودود بإقليم جوبا السفلى.", "بولو غودود"),
])
def test_a_bare_unknown_name_of_two_words_after_an_opener(pipeline: Any, text: str, name: str) -> None:
    """«في بولو X»: a foreign first word of compound names (``place_openers.tsv``) that the gazetteer knows
    alone goes on to the rare word after it, read whole after a bare «في»."""
    places = event_places(pipeline, text)
    assert name in places and places[name].country == "SO", places


@pytest.mark.parametrize(("text", "name"), [
    ("قال المتحدث باسم الشرطة في ولاية زمفارا إن مسلحين قتلوا ثلاثين شخصا في هجمات على قرى ليلة الجمعة.", "زمفارا"),
    ("قال مسؤول أمني في محافظة ديالى إن مسلحين هاجموا نقطة للجيش وقتلوا جنديين.", "ديالى"),
    ("أفاد مصدر طبي في مدينة الفاشر بمقتل خمسة مدنيين في قصف مدفعي على أحياء سكنية.", "الفاشر"),
    ("قال مصدر في شرطة محافظة الأنبار إن انتحاريا فجر نفسه وسط تجمع للجنود ما أسفر عن مقتل ستة.", "الأنبار"),
    ("قتل مسلحون عشرين قرويا في هجمات بشمال غرب نيجيريا، وقال المتحدث باسم الشرطة في ولاية كاتسينا إن الهجوم وقع ليلا.",
     "كاتسينا"),
])
def test_the_local_speakers_place_when_nothing_else_places_the_story(pipeline: Any, text: str, name: str) -> None:
    """A story placed nowhere, or in a country only, is placed where its local speaker is («مصدر في X»)."""
    assert name in event_places(pipeline, text)


@pytest.mark.parametrize(("text", "place", "speaker"), [
    ("قال مسؤول أمني في محافظة ديالى إن مسلحين هاجموا نقطة للجيش في قرية الحديد وقتلوا جنديين.", "الحديد", "ديالى"),
    ("قال مراسلنا في دمشق إن غارة إسرائيلية استهدفت موقعا في ريف حمص وقتلت ثلاثة عسكريين.", "حمص", "دمشق"),
])
def test_the_speakers_place_stays_out_when_the_story_has_its_own(pipeline: Any, text: str, place: str,
                                                                 speaker: str) -> None:
    places = event_places(pipeline, text)
    assert place in places and speaker not in places, places


@pytest.mark.parametrize(("text", "names"), [
    ("سيطرت قوات الدعم السريع على بلدات ود راوة وود الحداد والكاملين وقتل عشرات المدنيين.",
     {"ود راوة", "ود الحداد", "الكاملين"}),
    ("هاجم مسلحون قريتي ود عشيب وود النعيم شرق الجزيرة وقتلوا سبعة مزارعين.", {"ود عشيب", "ود النعيم"}),
])
def test_a_list_item_opening_with_waw_keeps_its_first_letter(pipeline: Any, text: str, names: set[str]) -> None:
    """«وود X»: the conjunction is cut from a list item whose name opens with «و» itself («ود»), and only
    the conjunction (the span was «وود X»)."""
    assert names <= set(event_places(pipeline, text)), event_places(pipeline, text)


@pytest.mark.parametrize(("text", "name"), [
    ("استهدفت غارة جوية جسر الجمهورية في بغداد وقتل حارسان.", "جسر الجمهورية"),
    ("سقطت قذائف على جسر الحرية في مدينة دير الزور وقتل مدني.", "جسر الحرية"),
    ("اندلعت اشتباكات عنيفة قرب سد البعث غرب الرقة وقتل أربعة مقاتلين.", "سد البعث"),
])
def test_works_named_by_a_common_word_where_something_struck(pipeline: Any, text: str, name: str) -> None:
    """«جسر الجمهورية», «سد البعث»: a bridge or a dam named by a frequent definite word, struck or where
    fighting was, is a landmark, not a common phrase."""
    assert name in event_places(pipeline, text)


@pytest.mark.parametrize("text", [
    "دعت الحكومة إلى العمل على سد الفراغ الأمني بعد مقتل ثلاثة جنود.",
    "قال الوزير إن الحوار يهدف إلى جسر الهوة بين الطرفين بعد الاشتباكات التي قتل فيها خمسة.",
])
def test_filling_and_bridging_name_no_place(pipeline: Any, text: str) -> None:
    """«سد الفراغ», «جسر الهوة»: verbal nouns, no works; at most an unplaced name, never a far hamlet."""
    assert all(loc.country is None for loc in event_places(pipeline, text).values())


@pytest.mark.parametrize(("text", "name"), [
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن قرب ساحة التحرير وسط بغداد.", "ساحة التحرير"),
    ("انفجرت عبوة ناسفة قرب شارع فلسطين شرقي بغداد وأصيب أربعة مدنيين.", "شارع فلسطين"),
    ("اقتحمت قوات الأمن ساحة الاعتصام في مدينة الرمادي وقتلت ثلاثة معتصمين.", "ساحة الاعتصام"),
    ("استهدفت سيارة مفخخة شارع الستين في صنعاء وقتل خمسة أشخاص.", "شارع الستين"),
    ("قصفت المدفعية شارع النيل في الخرطوم وقتل مدنيان.", "شارع النيل"),
])
def test_a_street_or_square_near_which_or_at_which_it_happened(pipeline: Any, text: str, name: str) -> None:
    """«قرب ساحة X» (a word of nearness before a street word) and «استهدفت سيارة مفخخة شارع X» (the
    object of a verb of violence) name the street or square, as «في شارع X» does."""
    assert name in event_places(pipeline, text)


@pytest.mark.parametrize(("text", "names"), [
    ("سقط صاروخ على مستوطنة نتيف هعسرا وأصيب مستوطنان بجروح طفيفة.", {"نتيف هعسرا"}),
    ("أطلقت صواريخ على مستوطنات سديروت ونير عام وأصيب ثلاثة أشخاص.", {"سديروت", "نير عام"}),
    ("هاجم مسلحون عزبة الشيخ سعيد في محافظة المنيا وقتلوا شخصين.", {"الشيخ سعيد", "المنيا"}),
    ("قتل ثلاثة أشخاص في اشتباكات قبلية في نجع الحجيرات بمحافظة قنا.", {"الحجيرات", "قنا"}),
    ("قصفت جماعة الحوثي عزلة الأقروض في مديرية المسراخ بتعز وقتل طفلان.", {"الأقروض", "المسراخ"}),
])
def test_place_words_of_settlements_hamlets_and_yemeni_subdistricts(pipeline: Any, text: str,
                                                                     names: set[str]) -> None:
    """«مستوطنة X», «عزبة X», «نجع X» (Egyptian hamlets), «عزلة X» (a Yemeni subdistrict) introduce a name;
    Hebrew first words («نتيف», «نير», «كريات») go on to the second word of the name."""
    places = event_places(pipeline, text)
    assert names <= set(places), places
