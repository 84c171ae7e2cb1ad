"""Names are read whole: a name that opens with a noun for a kind of place after a
preposition, a common word the gazetteer knows as a town after a town word, a name's second
word; and no further than the name (sentences written for these tests; issue 11)."""

from __future__ import annotations

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _names(analyse, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = analyse(text)
    for p in doc.layer("places"):
        assert doc.original[p.location.span.start:p.location.span.end] == p.location.span.text
    return [p.location.span.text for p in doc.layer("places")]


@pytest.mark.parametrize(("text", "name"), [
    # after a preposition, a market, a valley, a dam, a field, a mountain: known or not
    ("أطلق مسلحون النار على جسر الحميدية القديم فقتلوا عابرين.", "جسر الحميدية"),
    ("استهدفت مسيرة سيارة في وادي الزرقاني مساء السبت.", "وادي الزرقاني"),
    ("سيطرت الفصائل على سد الرستن الصغير بعد معارك عنيفة.", "سد الرستن"),
    ("هاجم مسلحون حقل الفيل النفطي وخطفوا عاملين.", "حقل الفيل"),  # the object of a verb of violence (round 19)
    ("تحدث الوزير عن حقل الفيل النفطي وإنتاجه اليومي.", None),  # no event: not read
    ("قتل جنديان في هجوم بجبل الشيخ بدر ليلا.", "جبل الشيخ بدر"),
    # the gazetteer's town after a town word, though the name is also a common word
    ("سقطت قذائف على مدينة الأبيض في شمال كردفان.", "الأبيض"),
    # an unknown village's second word is read with it («البحر» may end a name)
    ("اقتحمت قوة مسلحة قرية دلوت البحر ليلة الخميس.", "دلوت البحر"),
    ("وقع هجوم على قرية نهر الامام شمال شرق بعقوبة.", "نهر الامام"),
])
def test_places_names_are_read_whole(analyse, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, text)
    if name is None:
        assert not any(n.startswith("حقل") for n in found)
    else:
        assert name in found


def test_places_a_common_word_after_a_place_noun_is_no_name(analyse) -> None:  # type: ignore[no-untyped-def]
    assert not any(n.startswith("عين") for n in _names(analyse, "نقل مراسلنا ما جرى في عين المكان أمس."))


def test_places_a_definite_name_takes_no_second_word(analyse) -> None:  # type: ignore[no-untyped-def]
    # a definite word heads no construct: «العزيبة تعرضت» is a name and a verb
    assert "العزيبة" in _names(analyse, "قالت اللجنة إن منطقة العزيبة تعرضت للقصف أمس.")


def test_places_a_first_name_before_the_fathers_is_a_person(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, "قال المستشار عمران عبدالرحيم إن القوات انسحبت من مدينة رفاعة.")
    assert "عمران" not in found


@pytest.mark.parametrize(("text", "names"), [
    # after a dual or a plural generic word, unknown names that are no common words
    ("صدت القوات هجومين على منطقتي الزيتوني وبئر الغنم جنوب العاصمة.", {"الزيتوني", "بئر الغنم"}),
    ("قصفت المدفعية مناطق كوردار وسيداكان وباليسان شمالي البلاد.", {"كوردار", "سيداكان", "باليسان"}),
    ("هاجم مسلحون دورية في إقليم تاهوا الشمالي مساء الجمعة.", {"تاهوا"}),
])
def test_places_unknown_names_after_generic_words(analyse, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert names <= set(_names(analyse, text))


@pytest.mark.parametrize("text", [
    "انسحبت القوات من مناطق خفض التصعيد بعد الاتفاق.",
    "خرجت مظاهرات في مدن سودانية عدة احتجاجا على الغلاء.",  # an adjective agrees with the plural
    "دوت صفارات الإنذار في مناطق بمستوطنات الجنوب ليلا.",  # «ب» opens another phrase
])
def test_places_a_common_word_after_a_plural_is_no_name(analyse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [n for n in _names(analyse, text) if n not in ("الجنوب",)]


def test_places_a_small_places_name_goes_on_with_a_definite_word(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, "وقع الاعتداء على قرية الجنيد الحلة وأصيب عدد من سكانها.")
    assert "الجنيد الحلة" in found and "الحلة" not in found
    assert "الحاضر" in _names(analyse, "سقطت قذائف على قرية الحاضر الحدودية مساء أمس.")


def test_places_a_square_placed_at_once_needs_no_cue(analyse) -> None:  # type: ignore[no-untyped-def]
    assert "ساحة العروبة" in _names(analyse, "وشهدت ساحة العروبة وسط المدينة مظاهرة حاشدة.")


def test_places_a_list_item_opening_with_a_place_noun_is_read_whole(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, "قصفت المدفعية قرى الحمرا، والطيبة، وصوامع عين عيسى بريف الرقة الشمالي.")
    assert "صوامع عين عيسى" in found and "عين عيسى" not in found


def test_places_a_list_after_a_plural_ends_at_a_common_word(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, "أعلنوا قصف مدينتي أسدود وحيفا الإسرائيليتين، وهو ما لم يتأكد بعد.")
    assert "حيفا" in found and "وهو" not in found and not any(n.startswith("حيفا ") for n in found)
