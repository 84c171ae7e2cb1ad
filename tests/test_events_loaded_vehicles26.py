"""A vehicle loaded with explosives (twenty-sixth round, issue #10): «سيارة محملة بالمتفجرات», «صهريج محمل
بالمتفجرات» is a car bomb told by what it carries, like «سيارة مفخخة»: detonated by armed men a remote explosive,
driven by a suicide bomber a suicide bombing.  Seized before it went off it is no blast, but «ضبط» (seizing
anything) is not read as disrupting weapons (tried and dropped in earlier rounds): a strict xfail, as for a
seized «عبوة ناسفة».  Sentences written for these tests (Afghanistan, Iraq, Nigeria)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    ("فجر مسلحون سيارة محملة بالمتفجرات قرب حاجز للشرطة في مدينة جلال آباد يوم الأحد، ما أدى إلى مقتل ثلاثة "
    "مدنيين."),
    "قتل سبعة أشخاص عندما انفجرت حافلة محملة بالمتفجرات عند مدخل مدينة الحلة يوم الثلاثاء.",
])
def test_a_vehicle_loaded_with_explosives_is_a_remote_explosive(text: str) -> None:
    assert sub_types(text) == ["Remote explosive/landmine/IED"]


def test_a_loaded_tanker_driven_by_a_bomber_is_a_suicide_bombing() -> None:
    text = ("اقتحم انتحاري بصهريج محمل بالمتفجرات بوابة قاعدة للجيش في ولاية بورنو يوم السبت، ما أدى إلى مقتل "
            "خمسة جنود.")
    assert sub_types(text) == ["Suicide bomb"]


def test_a_loaded_truck_defused_is_no_blast() -> None:
    text = "فككت فرق الهندسة شاحنة محملة بالمتفجرات قرب سوق مدينة المقدادية يوم الجمعة قبل انفجارها."
    assert sub_types(text) == ["Disrupted weapons use"]


@pytest.mark.xfail(strict=True, reason="«ضبط» is not read as disrupting weapons (check fell when it was): the "
                   "seized car reads as a bomb that went off")
def test_a_loaded_car_seized_is_no_blast() -> None:
    text = "ضبطت قوات الأمن سيارة محملة بالمتفجرات عند مدخل مدينة الرمادي يوم الأحد واعتقلت سائقها."
    assert sub_types(text) == ["Arrests", "Disrupted weapons use"]
