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


# Invented: the first report of a raid, and the ministry's toll a week later «today».
RAID = "هاجم مسلحون سوق المواشي في قرية الوادي الاخضر فجر السبت واحرقوا الحظائر ونهبوا عشرات الرؤوس"
PROTEST_AT_TOWN = "تجمع اهالي القرية امام مبنى البلدية للمطالبة باصلاح الطريق وتوفير المياه"
TOLL_ROSE = ("اعلنت وزارة الصحة اليوم ارتفاع حصيلة الهجوم على سوق المواشي في قرية الوادي الاخضر "
             "الى خمسة عشر قتيلا بعد احراق الحظائر ونهب الرؤوس")


def test_incidents_followups_a_toll_announced_a_week_later_links() -> None:
    # the raid on Saturday 2021-03-06; the toll dated «today», the day its report is published
    first = _m("a", RAID, "2021-03-06", date="2021-03-06")
    later = _m("b", TOLL_ROSE, "2021-03-12", date="2021-03-12")
    ev = weigh(later, first)
    assert ev is not None and ev.linked and ev.features["day"] == 0.0, ev
    assert ev.threshold > 5.0  # weighed as if one side had no day


def test_incidents_followups_two_days_a_week_apart_need_more_than_place() -> None:
    first = _m("a", RAID, "2021-03-06", date="2021-03-06")
    other = _m("b", PROTEST_AT_TOWN, "2021-03-12", date="2021-03-12")
    ev = weigh(first, other)
    assert ev is not None and not ev.linked and ev.blocked
    # a date the article gives for an earlier day is no report of «today»: days apart veto
    assert weigh(first, _m("c", TOLL_ROSE, "2021-03-13", date="2021-03-12")) is None


def test_incidents_followups_rules_are_the_same_whichever_report_comes_first() -> None:
    first = _m("a", RAID, "2021-03-06", date="2021-03-06")
    pairs = [(first, _m("b", TOLL_ROSE, "2021-03-12", date="2021-03-12")),
             (first, _m("c", RAID + " ", locations=[])),
             (_m("d", "الخرطوم - " + RAID, locations=[loc("الخرطوم", "SD", "Khartoum", 15.5, 32.5), TOWN]),
              _m("e", RAID))]
    for a, b in pairs:
        assert weigh(a, b) == weigh(b, a)
