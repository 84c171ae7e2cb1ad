"""An ordinal before «من» and a month counts the unit before it when there is one: «الأسبوع الثاني من
الشهر الجاري» is the second week, no day (date_words.tsv role ``block_before_day``). Invented sentences."""

import pytest

import waqia


@pytest.mark.parametrize("when, day", [
    ("في الأسبوع الثاني من الشهر الجاري", None),
    ("في النصف الأول من شهر مارس", None),
    ("في الثاني من الشهر الجاري", "2024-03-02"),
    ("في الثاني من مارس", "2024-03-02"),
])
def test_the_unit_before_an_ordinal_is_what_it_counts(when, day):
    text = f"قتل ثلاثة جنود في هجوم على حاجز في مدينة الرمادي {when}."
    doc = waqia.extract(text, published="2024-03-05")
    assert [e["date"] for e in doc["events"]] == [day]
