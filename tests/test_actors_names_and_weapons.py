"""«جيش الاحتلال» alone is Israel's army in the press that calls it so; with «التركي» after it
(the usage of Kurdish and Syrian outlets) it is Turkey's.  A weapon's owner («مسيرة تابعة لـX»,
«مدفعية X») struck; the owner of a post struck («موقعا لـX») was hit."""

from __future__ import annotations

import waqia


def actor_names(text: str) -> set[str]:
    rec = waqia.extract(text, published="2024-05-02")
    return {a["name"] for e in rec["events"] for a in e["actors"]}


def test_the_turkish_occupation_army_is_turkey_s() -> None:
    got = actor_names("قصفت مدفعية جيش الاحتلال التركي قرى ريف عين عيسى، ما أدى إلى إصابة مدنيين اثنين.")
    assert "Military Forces of Turkey" in got
    assert "Military Forces of Israel" not in got


def test_the_occupation_army_alone_is_israel_s() -> None:
    got = actor_names("أصيب ثلاثة شبان برصاص جيش الاحتلال خلال اقتحام مخيم الفارعة.")
    assert "Military Forces of Israel" in got


def actor_roles(text: str) -> dict[str, str]:
    rec = waqia.extract(text, published="2024-05-02")
    return {a["name"]: a["role"] for e in rec["events"] for a in e["actors"]}


def test_the_owner_of_a_drone_struck_and_the_owner_of_the_post_was_hit() -> None:
    got = actor_roles("أفاد سكان بأن مسيرة تابعة للجيش قصفت موقعا لقوات الدعم السريع قرب الجسر، "
                      "ما أدى إلى مقتل أربعة عناصر.")
    assert got == {"Army": "initiator", "Rapid Support Forces": "target"}


def test_the_owner_of_the_artillery_struck() -> None:
    got = actor_roles("قصفت مدفعية الجيش التركي أطراف قرية قرب أبو راسين، ما أدى إلى إصابة طفلين.")
    assert got.get("Military Forces of Turkey") == "initiator"


def test_the_side_accused_of_the_attack_is_its_initiator() -> None:
    got = actor_roles("قتل جنديان من قوات الحزام الأمني بانفجار عبوة ناسفة في مديرية مودية، "
                      "وقال ضابط إن الانفجار استهدف الدورية، متهما عناصر تنظيم القاعدة بالوقوف وراءه.")
    assert got.get("Al Qaeda") == "initiator"


def test_a_ministry_of_national_defence_is_no_syrian_militia() -> None:
    got = actor_names("أعلنت وزارة الدفاع الوطني أن مفارز للجيش الوطني الشعبي قضت على ثلاثة إرهابيين "
                      "خلال عملية تمشيط قرب بلدية تيمياوين.")
    assert "National Defence Forces" not in got
    assert "Military Forces of Algeria" in got
