"""The lead's probes, fifteenth round (issue #10): remote violence told inside other stories, each tested
with sentences written for these tests."""

from __future__ import annotations

import pytest

import waqia

PUBLISHED = "2024-05-14"


def sub_types(text: str) -> tuple[bool, list[str]]:
    record = waqia.extract(text, published=PUBLISHED)
    return record["relevant"], sorted({e["sub_event_type"] for e in record["events"]})


@pytest.mark.parametrize("text", [
    "أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة دون خسائر.",
    "أسقطت وحدات الدفاع الجوي طائرة مسيرة فوق المنطقة.",
])
def test_a_drone_brought_down_tells_no_strike_when_the_downing_lacks_a_place(text: str) -> None:
    assert "Air/drone strike" not in sub_types(text)[1]


def test_a_drone_brought_down_over_a_named_city_is_disrupted_weapons_use() -> None:
    assert sub_types("أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة حلب مساء الأحد.") \
        == (True, ["Disrupted weapons use"])


def test_a_drone_brought_down_whose_debris_killed_stays_a_strike() -> None:
    types = sub_types("أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة وأدى سقوط حطامها إلى مقتل امرأتين.")[1]
    assert "Air/drone strike" in types


@pytest.mark.parametrize(("text", "sub"), [
    ("قتل طفلان في انفجار ناجم عن قذيفة سقطت على حي سكني في مدينة حمص صباح الثلاثاء.",
     "Shelling/artillery/missile attack"),
    ("سقطت عدة قذائف هاون على حي سكني في دمشق وأصابت أربعة مدنيين يوم الاثنين.",
     "Shelling/artillery/missile attack"),
    ("أطلق مسلحون صواريخ كاتيوشا على قاعدة عسكرية قرب مطار بغداد فجر الأحد دون وقوع إصابات.",
     "Shelling/artillery/missile attack"),
    ("نفذ سلاح الجو الإسرائيلي غارة على موقع في ضواحي دمشق فجر الخميس.", "Air/drone strike"),
    ("قتل جندي بانفجار قذيفة في موقع عسكري على أطراف بلدة كفرنبل يوم الجمعة.",
     "Shelling/artillery/missile attack"),
])
def test_a_shell_rocket_or_drone_is_remote_violence_of_its_kind(text: str, sub: str) -> None:
    assert sub_types(text) == (True, [sub])


@pytest.mark.parametrize("text", [
    "تجدد القصف المتبادل بين القوات الحكومية والفصائل على محاور القتال شمالي المحافظة.",
    "تبادلت القوات الحكومية والفصائل القصف على خطوط القتال في الريف الشمالي.",
])
def test_the_front_where_fighting_goes_on_is_a_place_not_a_battle(text: str) -> None:
    assert "Armed clash" not in sub_types(text)[1]


def test_fighting_told_at_the_front_stays_a_clash() -> None:
    types = sub_types("اندلعت اشتباكات عنيفة بين الجيش والفصائل على جبهات القتال في ريف حماة يوم الأحد.")[1]
    assert types == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "قتل طفل وأصيب اثنان بانفجار قذيفة من مخلفات الحرب في بلدة معرة النعمان يوم الجمعة.",
    "أصيب راع بانفجار قذيفة من مخلفات المعارك في ريف درعا الشرقي يوم الأحد.",
])
def test_a_shell_left_over_from_a_war_is_a_remote_explosive(text: str) -> None:
    assert sub_types(text) == (True, ["Remote explosive/landmine/IED"])
