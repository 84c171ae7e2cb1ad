"""A strike of its own beside a battle: after a clause break, with a place of its own, a weak word of
remote violence is a second event; inside the battle's clause it is the battle's fire."""

from __future__ import annotations

import waqia


def types(text: str) -> list[tuple[str, str]]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(e["event_type"], e["sub_event_type"]) for e in rec["events"]]


def test_a_strike_with_its_own_clause_and_place_is_an_event_of_its_own() -> None:
    got = types("اندلعت معارك عنيفة بين الطرفين في حي الشجرة، وقصف الطيران الحربي مواقع المسلحين في بلدة الكدرو.")
    assert ("Battles", "Armed clash") in got
    assert ("Explosions/Remote violence", "Air/drone strike") in got


def test_shelling_inside_the_battle_s_clause_is_its_fire() -> None:
    assert types("اندلعت معارك عنيفة بين الطرفين في حي الشجرة وسط قصف مدفعي متبادل.") == [("Battles", "Armed clash")]
