"""Linking events of different articles into incidents, and what an incident carries."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from test_store_fixtures import actor, claim, event, hotel_attack_reports, loc, record
from waqia.incident_records import build_incident, disagreements, incident_fatalities
from waqia.incidents import Member, choose_incident, incident_id, link_score
from waqia.store import Store

IDLIB = loc("Saraqib", "SY", "Idlib", 35.86, 36.80)


def _m(doc: str, published: str | None = None, **kw: Any) -> Member:
    kw.setdefault("locations", [IDLIB])
    return Member(doc, event("e1", **kw), published)


@pytest.mark.parametrize("a, b, linked", [
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-22"), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-23"), True),
    (_m("a", date="2020-01-22"), _m("b", date="2020-01-27"), False),
    (_m("a", date="2020-01-22"), _m("b", "2020-01-24"), True),
    (_m("a", "2020-01-10"), _m("b", "2020-02-10"), False),
    (_m("a"), _m("b"), False),
    (_m("a", actors=[actor("Hill Brigade")]), _m("b", actors=[actor("Hill Brigade")]), True),
    (_m("a", claims=[claim("killed", 9)]), _m("b", claims=[claim("killed", 9)]), True),
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
    assert (choose_incident(b, {1: [a]}) == 1) is linked


def test_incidents_link_never_within_one_document() -> None:
    assert choose_incident(_m("a", date="2020-01-22"), {1: [_m("a", date="2020-01-22")]}) is None


def test_incidents_link_any_veto_keeps_an_event_out() -> None:
    near, far = _m("a", date="2020-01-22"), _m("b", date="2020-01-26")
    assert choose_incident(_m("c", date="2020-01-23"), {1: [near, far]}) is None
    assert link_score(_m("c", date="2020-01-23"), near) is not None


def test_incidents_link_prefers_the_best_incident() -> None:
    weak = [_m("a")]
    strong = [_m("b", date="2020-01-22", claims=[claim("killed", 7, "civilians")])]
    new = _m("c", date="2020-01-22", claims=[claim("killed", 7, "civilians")])
    assert choose_incident(new, {"weak": weak, "strong": strong}) == "strong"


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
