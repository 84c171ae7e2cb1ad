"""A bare «مسيرة» before a verb of striking (round 33, set S, issue #10): «إن مسيرة استهدفت أمس الثلاثاء محيط
المطار», «بأن مسيرات قصفت مواقع للجيش», «إن المسيرة ضربت مخزنا»: «مسيرة» alone is a drone or a march; as the
subject of «استهدف», «قصف», «ضرب» it is a drone, an air/drone strike with its own day (a strike that hurt no one
too).  A march («مسيرة حاشدة») stays a protest; a march that was fired on («مسيرة أنصاره استهدفت بالرصاص») is no
drone.  Sentences written for these tests (Sudan, Yemen)."""

from __future__ import annotations

import pytest

import waqia
from event_sets import sub_types

AIR = ["Air/drone strike"]


@pytest.mark.parametrize(("text", "expected"), [
    ("قالت لجنة أمن الولاية إن مسيرة استهدفت أمس الثلاثاء محيط المطار في مدينة كسلا.", AIR),
    ("قالت لجنة أمن الولاية إن مسيرة استهدفت محيط مطار كسلا أمس الثلاثاء دون أن تسفر عن خسائر.", AIR),
    ("وأفاد شهود بأن مسيرات قصفت مواقع للجيش في مدينة الأبيض فجر اليوم.", AIR),
    ("وقال مصدر إن المسيرة ضربت مخزنا للوقود في ميناء الحديدة مساء أمس.", AIR),
    ("خرجت مسيرة حاشدة في مدينة عطبرة أمس تندد بالهجمات.", ["Peaceful protest"]),
    ("وقال الحزب إن مسيرة أنصاره استهدفت بالرصاص قرب مقر الحزب في الخرطوم أمس.", []),
])
def test_a_bare_drone_before_a_verb_of_striking(text: str, expected: list[str]) -> None:
    assert sub_types(text, "2025-05-07") == expected


def test_a_second_town_struck_the_day_before_is_an_event_of_its_own() -> None:
    text = ("استهدفت طائرات مسيرة، فجر اليوم الأربعاء، مستودعات للوقود في مدينة بورتسودان.\nوفي كسلا شرقي البلاد، "
            "قالت لجنة أمن الولاية إن مسيرة استهدفت أمس الثلاثاء محيط المطار.")
    days = {e["date"] for e in waqia.extract(text, published="2025-05-07")["events"]}
    assert days == {"2025-05-07", "2025-05-06"}
