"""Follow-up reports, differently typed reports and places apart in the list (incident_evidence.py)."""

from __future__ import annotations

from typing import Any

import pytest

from test_store_fixtures import event, loc
from waqia.incidents.evidence import (
    lead_weekdays,
    place_weight,
    text_shingles,
    text_words,
    type_weight,
    weigh,
)
from waqia.incidents.members import Member

# Invented leads, written for these tests.
FIRST = "هاجم مسلحون قرية الوادي الاخضر فجر السبت واحرقوا عشرات المنازل والمخازن"
FOLLOW_UP = "ارتفعت اليوم الثلاثاء حصيلة الهجوم على قرية الوادي الاخضر وفق مسؤولين محليين"
OTHER_DAY = "هاجم مسلحون قرية الوادي الاخضر فجر الخميس واحرقوا منازل ومخازن للحبوب"

TOWN = loc("Wadi Akhdar", "SD", "West Darfur", 13.45, 22.44)


def _m(doc: str, text: str, published: str | None = None, **kw: Any) -> Member:
    kw.setdefault("locations", [TOWN])
    return Member(doc, event("e1", **kw), published, None, text_shingles(text), text_words(text),
                  lead_weekdays(text))


def test_incidents_followups_lead_weekday_of_the_report_day_is_no_conflict() -> None:
    # Saturday 2021-03-06, reported on Tuesday 2021-03-09; the follow-up's lead names that Tuesday
    first = _m("a", FIRST, "2021-03-09", date="2021-03-06")
    ev = weigh(first, _m("b", FOLLOW_UP))
    assert ev is not None and ev.features.get("weekday") == 0.0


def test_incidents_followups_a_lead_naming_another_day_still_conflicts() -> None:
    first = _m("a", FIRST, "2021-03-09", date="2021-03-06")
    ev = weigh(first, _m("b", OTHER_DAY))
    assert ev is not None and ev.features["weekday"] < 0


@pytest.mark.parametrize("a, b, weight", [
    (("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"), 1.0),
    (("Protests", "Peaceful protest"), ("Violence against civilians", "Attack"), 1.0),
    (("Battles", "Armed clash"), ("Battles", "Armed clash"), 1.5),
    (("Protests", "Peaceful protest"), ("Explosions/Remote violence", "Air/drone strike"), -2.0),
])
def test_incidents_followups_compatible_types_weigh_as_one_type(a: tuple[str, str], b: tuple[str, str],
                                                                weight: float) -> None:
    ea = {"event_type": a[0], "sub_event_type": a[1]}
    eb = {"event_type": b[0], "sub_event_type": b[1]}
    assert type_weight(ea, eb) == weight


def test_incidents_followups_a_near_place_anywhere_in_the_list_counts() -> None:
    # one report names the district first, the other a town 70 km away first and the village next
    district = {"locations": [loc("Hay Nasr", "SD", "West Darfur", 13.45, 22.44)]}
    listed = {"locations": [loc("Far Town", "SD", "West Darfur", 13.95, 22.90),
                            loc("Near Village", "SD", "West Darfur", 13.48, 22.47)]}
    assert place_weight(district, listed) == 2.5
    apart = {"locations": [loc("Far Town", "SD", "West Darfur", 13.95, 22.90)]}
    assert place_weight(district, apart) is None
