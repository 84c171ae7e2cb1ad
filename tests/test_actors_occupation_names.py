"""«جيش الاحتلال» alone is Israel's army in the press that calls it so; with «التركي» after it
(the usage of Kurdish and Syrian outlets) it is Turkey's."""

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
