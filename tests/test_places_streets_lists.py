"""Streets, list items with compound names, and places inside names (sentences written for these tests)."""

from __future__ import annotations

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


def names(text: str) -> list[str]:
    doc = default_pipeline(Settings()).analyse(text, published="2024-01-02")
    return [p.location.span.text for p in doc.layer("places") if not p.context]


@pytest.mark.parametrize("text, expected", [
    ("انفجرت عبوة ناسفة في شارع الجمهورية وسط المدينة.", "شارع الجمهورية"),
    ("تجمع المحتجون في شارع 26 سبتمبر بالعاصمة.", "شارع 26 سبتمبر"),
    ("تظاهر مئات الطلاب في ساحة النور وسط المدينة يوم الأحد.", "ساحة النور"),
    ("أغلقت القوات طريق المطار بعد الهجوم.", None),
])
def test_places_streets_keep_their_word(text: str, expected: str | None) -> None:
    got = names(text)
    if expected is None:
        assert not any(n.startswith("طريق") for n in got)  # no cue before it: not read
    else:
        assert expected in got


def test_places_list_items_with_compound_names() -> None:
    got = names("قصفت المدفعية قرى البيدر، وتل العرب، وعين الماء بريف حلب الشمالي.")
    assert {"البيدر", "تل العرب", "عين الماء", "حلب"} <= set(got)


def test_places_neighbourhood_lists() -> None:
    got = names("اندلعت اشتباكات في أحياء الصالحين والشعار وسط مدينة حلب.")
    assert {"الصالحين", "الشعار"} <= set(got)


def test_places_inside_a_group_name_are_context() -> None:
    assert "بيت المقدس" not in names("تبنى تنظيم أنصار بيت المقدس الهجوم على الحاجز.")


def test_places_construct_names_in_lists() -> None:
    got = names("قصفت المدفعية قرى البيدر، واستراحة صقر، والمزرعة بريف الرقة.")
    assert "استراحة صقر" in got


def test_places_roads_name_the_places_they_join() -> None:
    got = names("استهدفت غارة سيارة على طريق دمشق قرب البلدة.")
    assert "دمشق" in got and not any(n.startswith("طريق") for n in got)


def test_places_areas_and_checkpoints_take_unknown_names() -> None:
    got = names("انفجرت سيارة مفخخة في منطقة الزهور المكتظة، واختفى سائقان قرب حاجز العبور الغربي.")
    assert "الزهور" in got


def test_places_where_the_speaker_sits_is_context() -> None:
    got = names("أعلن الدفاع المدني في قطاع غزة أن غارة استهدفت منزلا في مدينة خان يونس.")
    assert "خان يونس" in got and "قطاع غزة" not in got


def test_places_quoted_list_items_lie_in_their_container() -> None:
    doc = default_pipeline(Settings()).analyse(
        'تساقطت القذائف على أحياء "المسبح" و"الضربة" بتعز، ما أسفر عن إصابة 20 مدنيا.', published="2024-01-02")
    places = {p.location.span.text: p.location for p in doc.layer("places")}
    assert {"المسبح", "الضربة"} <= set(places)
    assert places["الضربة"].admin1 == places["تعز"].admin1 is not None


def test_places_a_city_named_like_its_province_is_the_city() -> None:
    doc = default_pipeline(Settings()).analyse("شن التحالف ضربات جوية على مواقع في صنعاء.", published="2024-01-02")
    loc = doc.layer("places")[0].location
    assert loc.geo_precision == 1
