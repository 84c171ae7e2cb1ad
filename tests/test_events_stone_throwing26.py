"""Stone and firebomb throwing told by its verbal noun (twenty-sixth round, issue #10): «برشق الحجارة»,
«لرشق بالحجارة», «جراء إلقاء زجاجات حارقة» take a preposition the verb «رشق» cannot, so they are entries of
their own: a riot.  The charge of an arrest («بتهمة إلقاء الحجارة», `background_cues.tsv` type cause) names an
act alleged, not told: no riot.  Sentences written for these tests (Morocco, Palestine, Iraq)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "أصيب عشرة من رجال الشرطة برشق الحجارة خلال احتجاجات في مدينة جرادة شرقي المغرب يوم الجمعة.",
    "أصيب جندي إسرائيلي بحروق جراء إلقاء زجاجات حارقة على دوريته قرب مخيم الجلزون مساء السبت.",
    "تعرض موكب المحافظ لرشق بالحجارة من قبل محتجين غاضبين في مدينة الكوت يوم الثلاثاء.",
])
def test_stone_throwing_told_by_its_noun_is_a_riot(text: str) -> None:
    assert sub_types(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الاحتلال ثلاثة شبان بتهمة إلقاء الحجارة على المستوطنين قرب بلدة حوسان يوم الأحد.",
    "اعتقلت قوات الاحتلال ثلاثة شبان بتهمة رشق الحجارة على دورية قرب بلدة حوسان يوم الأحد.",
])
def test_stone_throwing_as_the_charge_of_an_arrest_is_no_riot(text: str) -> None:
    assert sub_types(text) == ["Arrests"]
