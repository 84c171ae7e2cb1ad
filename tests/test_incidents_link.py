"""Linking events of different articles into incidents, and what an incident carries."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from test_store_fixtures import actor, claim, event, hotel_attack_reports, loc, record
from waqia.incidents.evidence import weigh
from waqia.incidents.members import Member, incident_id
from waqia.incidents.records import build_incident, disagreements, incident_fatalities
from waqia.store import Store

IDLIB = loc("Saraqib", "SY", "Idlib", 35.86, 36.80)
VILLAGE = loc("Kafr Ruma", "SY", "Idlib", 35.60, 36.63)
# Invented report texts, written for these tests.
RAID = ("استهدفت طائرة حربية فجر الخميس مزرعة دواجن على طريق كفرومة الغربي ودمرت مستودع الاعلاف "
        "وخزان المياه وقال مزارعون إن النيران اشتعلت في الحظائر وامتدت إلى بساتين الزيتون المجاورة")
RAID_2 = ("غارة جوية فجر الخميس دمرت مزرعة الدواجن قرب كفرومة واحرقت مستودع الاعلاف وخزان المياه "
          "وبساتين الزيتون القريبة من الحظائر بحسب مزارعين من البلدة")


def _m(doc: str, published: str | None = None, **kw: Any) -> Member:
    kw.setdefault("locations", [IDLIB])
    return Member(doc, event("e1", **kw), published)


def _strike(doc: str, published: str | None, locations: list[dict[str, Any]], killed: int,
            date: str | None = None) -> dict[str, Any]:
    return record(doc, [event("e1", "Explosions/Remote violence", "Air/drone strike", date, locations,
                              [claim("killed", killed, "civilians", "civil defence")])], published)


def test_incidents_link_rising_toll_over_a_week(store: Store) -> None:
    store.ingest(_strike("day1", "2021-05-06", [VILLAGE], 4, "2021-05-06"), text=RAID)
    store.ingest(_strike("day3", "2021-05-08", [VILLAGE], 9), text=RAID_2)
    store.ingest(_strike("day7", "2021-05-12", [VILLAGE], 15), text=RAID_2 + " وارتفعت الحصيلة")
    [inc] = store.incidents()
    assert inc["doc_ids"] == ["day1", "day3", "day7"]
    assert inc["fatalities"]["high"] == 15


def _at(place: dict[str, Any], start: int) -> dict[str, Any]:
    return dict(place, start=start, end=start + len(place["text"]))


def test_incidents_link_two_datelines_for_one_strike(store: Store) -> None:
    # one strike on a farm in the south of Lebanon, written up in Beirut and in Damascus: the
    # dateline is where the report was written, and the Damascus one is in another country
    beirut, damascus = loc("بيروت", "LB", "Beirut", 33.89, 35.50), loc("دمشق", "SY", "Damascus", 33.51, 36.29)
    farm = loc("Wadi Farm", "LB", "South", 33.27, 35.20)
    store.ingest(_strike("a", "2024-09-02", [_at(beirut, 0), _at(farm, 40)], 3, "2024-09-02"),
                 text="بيروت - " + RAID)
    store.ingest(_strike("b", "2024-09-02", [_at(damascus, 0), _at(farm, 50)], 3, "2024-09-02"),
                 text="دمشق (وكالات) - " + RAID_2)
    [inc] = store.incidents()
    assert inc["doc_ids"] == ["a", "b"]
    assert inc["links"][0]["features"]["place"] == 3.0  # the farm comes first once the datelines go last


def test_incidents_link_undated_reports_do_not_link_on_place_alone(store: Store) -> None:
    for doc in ("x", "y"):
        store.ingest(record(doc, [event("e1", locations=[IDLIB], actors=[actor("Hill Brigade")])]))
    assert sorted(i["doc_ids"] for i in store.incidents()) == [["x"], ["y"]]


def test_incidents_link_merge_and_split(store: Store) -> None:
    far = loc("Taftanaz north", "SY", "Idlib", 36.05, 36.80)
    store.ingest(record("a", [event("e1", date="2020-01-22", locations=[IDLIB])]))
    store.ingest(record("c", [event("e1", date="2020-01-23", locations=[far])]))
    assert len(store.incidents()) == 2
    bridge = record("b", [event("e1", date="2020-01-22", locations=[IDLIB, far])])
    store.ingest(bridge)                         # names both places: the two incidents are one
    [inc] = store.incidents()
    assert inc["doc_ids"] == ["a", "b", "c"] and len(inc["links"]) == 2
    moved = [event("e1", date="2020-01-22", locations=[loc("Elsewhere", "SY", "Hama")])]
    store.ingest(dict(bridge, events=moved))     # corrected: it leaves, and the incident splits
    assert sorted(i["doc_ids"] for i in store.incidents()) == [["a"], ["b"], ["c"]]
    store.ingest(bridge)
    assert len(store.incidents()) == 1
    store.remove("b")
    assert sorted(i["doc_ids"] for i in store.incidents()) == [["a"], ["c"]]


def test_incidents_link_explains_each_link(store: Store) -> None:
    store.ingest(record("a", [event("e1", date="2020-01-22", locations=[IDLIB])], "2020-01-22"))
    store.ingest(record("b", [event("e1", date="2020-01-22", locations=[IDLIB])], "2020-01-23"))
    [link] = store.incidents()[0]["links"]
    assert (link["doc_id"], link["linked_to"]["doc_id"]) == ("b", "a")
    assert link["features"]["place"] == 3.0 and link["features"]["day"] == 2.0
    assert link["score"] == sum(link["features"].values())


@pytest.mark.parametrize("a, b, linked", [
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-22"), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-23"), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-27"), False),
    (_m("a", date="2020-01-22"), _m("b", "2020-01-24"), True),
    (_m("a", "2020-01-10"), _m("b", "2020-02-10"), False),
    (_m("a"), _m("b"), False),
    (_m("a", actors=[actor("Hill Brigade")]), _m("b", actors=[actor("Hill Brigade")]), False),
    (_m("a", claims=[claim("killed", 9)]), _m("b", claims=[claim("killed", 9)]), False),
    (_m("a", claims=[claim("killed", 9), claim("injured", 5)]),
     _m("b", claims=[claim("killed", 9), claim("injured", 5)]), True),
    (_m("a", claims=[claim("killed", 1)]), _m("b", claims=[claim("killed", 1)]), False),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-22", locations=[loc("Mosul", "IQ", "Ninawa")]), False),
    (_m("a", date="2020-01-22"),
     _m("b", date="2020-01-22", locations=[loc("Ariha", "SY", "Idlib", 35.81, 36.61)]), False),
    (_m("a", date="2020-01-22"),
     _m("b", date="2020-01-22", locations=[loc("Saraqib east", "SY", "Idlib", 35.87, 36.82)]), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-22", locations=[loc("Idlib", precision=3)]), False),
    (_m("a", date="2020-01-22"),
     _m("b", date="2020-01-22", event_type="Protests", sub="Peaceful protest"), False),
    (_m("a", date="2020-01-22"),
     _m("b", date="2020-01-22", event_type="Explosions/Remote violence", sub="Suicide bomb"), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-22", locations=[]), False),
])
def test_incidents_link_pairs(a: Member, b: Member, linked: bool) -> None:
    ev = weigh(b, a)
    assert (ev is not None and ev.linked) is linked
    assert (weigh(a, b) or ev) == ev          # the same evidence whichever comes first


def test_incidents_link_id_is_stable_for_the_same_events() -> None:
    a, b, c = _m("a"), _m("b"), _m("c")
    assert incident_id([a, b, c]) == incident_id([c, a, b])
    assert incident_id([a, b]) != incident_id([a, b, c])


def test_incidents_link_fatalities_and_disagreements() -> None:
    army = _m("a", date="2020-01-22", claims=[claim("killed", 15, "state_forces", "the army")])
    group = _m("b", date="2020-01-22", claims=[claim("killed", 32, "state_forces", "the armed group"),
                                              claim("killed", 3, "armed_group", "the armed group")])
    inc = build_incident([army, group])
    assert inc["fatalities"] == {"low": 15, "best": 15, "high": 35}
    [d] = inc["disagreements"]
    assert (d["kind"], d["party_category"]) == ("killed", "state_forces")
    assert [(v["value"], v["source"], v["doc_id"]) for v in d["values"]] == [
        (15, "the army", "a"), (32, "the armed group", "b")]
    assert [c["doc_id"] for c in inc["claims"]] == ["a", "b", "b"]
    assert inc["sources"] == ["the army", "the armed group"]


@pytest.mark.parametrize("claims, expected", [
    ([], {"low": None, "best": None, "high": None}),
    ([claim("killed", None)], {"low": None, "best": None, "high": None}),
    ([claim("killed", 10, source="s", approx=True), claim("killed", 12, source="t")],
     {"low": 10, "best": 12, "high": 12}),
    ([claim("killed", 45, "unknown", "s"), claim("killed", 31, "armed_group", "s"),
      claim("killed", 14, "state_forces", "s")], {"low": 45, "best": 45, "high": 45}),
])
def test_incidents_link_fatalities_per_report(claims: list[dict[str, Any]], expected: dict[str, Any]) -> None:
    assert incident_fatalities([dict(c, doc_id="d") for c in claims]) == expected


def test_incidents_link_same_figure_twice_is_no_disagreement() -> None:
    same = [dict(claim("killed", 4, source="s"), doc_id="a"), dict(claim("killed", 4, source="t"), doc_id="b")]
    one_report = [dict(claim("killed", 4, source="s"), doc_id="a"), dict(claim("killed", 6, source="s"), doc_id="a")]
    assert disagreements(same) == [] and disagreements(one_report) == []


def test_incidents_link_hotel_cluster_is_one_incident(store: Store) -> None:
    for rec in hotel_attack_reports():
        store.ingest(rec)
    [inc] = store.incidents()
    assert inc["doc_ids"] == ["h1", "h2", "h3", "h4"]
    killed = next(d for d in inc["disagreements"] if d["kind"] == "killed")
    assert sorted(v["value"] for v in killed["values"]) == [8, 12, 20, 21]
    assert inc["fatalities"] == {"low": 8, "best": 12, "high": 21}
    assert inc["locations"][0]["name"] == "Sea View hotel"


def test_incidents_link_incremental_and_order_free(tmp_path: Any) -> None:
    reports = hotel_attack_reports() + [record("other", [event(
        "e1", "Protests", "Peaceful protest", None, [loc("Harbour City", "SO", "Banaadir", 2.04, 45.34)])])]
    seen = set()
    for n, order in enumerate(itertools.islice(itertools.permutations(reports), 0, 120, 23)):
        with Store.open(str(tmp_path / f"o{n}.db")) as s:
            for rec in order:
                s.ingest(rec)
            seen.add(frozenset(frozenset(i["doc_ids"]) for i in s.incidents()))
    assert seen == {frozenset({frozenset({"h1", "h2", "h3", "h4"}), frozenset({"other"})})}


def test_incidents_link_filters(store: Store) -> None:
    store.ingest(record("s", [event("e1", date="2020-01-22", locations=[IDLIB])], "2020-01-22"))
    store.ingest(record("i", [event("e1", "Explosions/Remote violence", "Air/drone strike", "2021-06-01",
                                    [loc("Mosul", "IQ", "Ninawa")], actors=[actor("Air force", "state_forces")])],
                        "2021-06-01"))
    store.ingest(record("u", [event("e1", locations=[loc("Gao", "ML", "Gao")])]))
    def ids(**kw: Any) -> list[str]:
        return [d for i in store.incidents(**kw) for d in i["doc_ids"]]
    assert ids() == ["s", "i", "u"]
    assert ids(since="2021-01-01") == ["i"]
    assert ids(until="2020-12-31") == ["s"]
    assert ids(country="sy") == ["s"]
    assert ids(admin1="ninawa") == ["i"]
    assert ids(event_type="Battles") == ["s", "u"]
    assert ids(doc_id="u") == ["u"]
    assert ids(limit=1, offset=1) == ["i"]
    inc = store.incidents(doc_id="i")[0]
    assert store.get_incident(inc["incident_id"]) == inc
    assert store.get_incident("inc-nope") is None
