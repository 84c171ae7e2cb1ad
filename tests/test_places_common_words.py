"""Common words that some village (or a big place) is called are no places where the text
uses them as words (sentences written for these tests; issue 11)."""

from __future__ import annotations

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _names(analyse, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {p.location.span.text: p for p in analyse(text).layer("places")}


@pytest.mark.parametrize(("text", "word", "place"), [
    # a fixed expression with «ب» is that word, not «ب» + a hamlet called «واسطة» / «جوار»
    ("فجر المسلحون الحاجز بواسطة شاحنة ملغومة في مدينة الرمادي.", "واسطة", "الرمادي"),
    ("انفجرت عبوة بجوار مدرسة في حي الزهور بمدينة تعز.", "جوار", "تعز"),
    # after a comma a common word goes on with the sentence, not with a list of places
    ("وصل ثلاثة جرحى إلى مدينة بنغازي، صباح اليوم، بعد الاشتباك.", "صباح", "بنغازي"),
    ("سقط قتيل بمدينة الفاشر وشهيد آخر لاحقا.", "شهيد", "الفاشر"),
    # a function word or an adjective that a big place is also called
    ("سيطرت القوات على أجزاء من ريف حماة وإن كانت المعارك مستمرة.", "وإن", "حماة"),
    ("خرجت مسيرة سلمية في مدينة السويداء ظهر الجمعة.", "سلمية", "السويداء"),
    ("اعترضت القبة الحديدية صواريخ أطلقت نحو مدينة عسقلان.", "القبة", None),
    # a common noun after «ساحة» describes the square
    ("تحولت البلدة إلى ساحة حرب بعد الهجوم على مدينة كفرنبل.", "ساحة حرب", "كفرنبل"),
    # a dual place word counts places, it does not name one
    ("سيطرت الفصائل على تل رفعت، وقريتين شمال مدينة منبج بعد معارك عنيفة.", "قريتين", "منبج"),
])
def test_places_common_word_is_no_place(analyse, text: str, word: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, text)
    assert not any(word in name or name in word.split() for name in found)
    if place is not None:
        assert place in found


def test_places_quoted_neighbourhoods_are_read_though_common(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, 'سقطت قذائف على أحياء "المسبح" و"الضربة" بمدينة تعز.')
    assert {"المسبح", "الضربة"} <= set(found)


def test_places_the_capital_word_introduces_its_name(analyse) -> None:  # type: ignore[no-untyped-def]
    found = _names(analyse, "دوى انفجار قرب مقر البلدية في العاصمة الصومالية مقديشو.")
    assert found["مقديشو"].preposition is not None
