"""Rising and rival figures within an incident (incident_figures.py, via build_incident)."""

from __future__ import annotations

from typing import Any

import pytest

from test_store_fixtures import claim, event, loc
from waqia.core.figures import disagreements, incident_fatalities, series
from waqia.incidents.members import Member
from waqia.incidents.records import build_incident

TOWN = loc("Saraqib", "SY", "Idlib", 35.86, 36.80)
DAYS = {"mon": "2021-05-03", "tue": "2021-05-04", "wed": "2021-05-05"}


def _c(value: int, source: str | None, doc: str, category: str = "civilians", approx: bool = False,
       kind: str = "killed") -> dict[str, Any]:
    return dict(claim(kind, value, category, source, approx), doc_id=doc)


def _member(doc: str, claims: list[dict[str, Any]], outlet: str | None = None) -> Member:
    return Member(doc, event("e1", date="2021-05-03", locations=[TOWN], claims=claims), DAYS.get(doc), outlet)


def test_incidents_figures_one_source_rising_is_a_series_not_a_disagreement() -> None:
    claims = [_c(12, "health ministry", "wed"), _c(5, "health ministry", "mon"), _c(9, "health ministry", "tue")]
    assert incident_fatalities(claims, days=DAYS) == {"low": 12, "best": 12, "high": 12}
    assert disagreements(claims, days=DAYS) == []
    [s] = series(claims, days=DAYS)
    assert [(v["value"], v["doc_id"], v["published"]) for v in s["values"]] == [
        (5, "mon", "2021-05-03"), (9, "tue", "2021-05-04"), (12, "wed", "2021-05-05")]
    assert s["source"] == "health ministry"


def test_incidents_figures_the_latest_report_wins_even_when_lower() -> None:
    claims = [_c(20, "civil defence", "mon"), _c(14, "civil defence", "wed")]
    assert incident_fatalities(claims, days=DAYS) == {"low": 14, "best": 14, "high": 14}


def test_incidents_figures_without_days_the_higher_figure_is_the_latest() -> None:
    claims = [_c(4, "civil defence", "x"), _c(7, "civil defence", "y")]
    assert incident_fatalities(claims) == {"low": 7, "best": 7, "high": 7}


def test_incidents_figures_rival_sources_stand_side_by_side() -> None:
    claims = [_c(5, "health ministry", "mon"), _c(12, "health ministry", "wed"),
              _c(30, "the armed group", "tue", approx=True)]
    assert incident_fatalities(claims, days=DAYS) == {"low": 12, "best": 12, "high": 30}
    [d] = disagreements(claims, days=DAYS)
    assert [(v["value"], v["source"]) for v in d["values"]] == [(12, "health ministry"), (30, "the armed group")]


@pytest.mark.parametrize("outlets, expected", [
    ({"mon": "site-a.example", "wed": "site-a.example"}, {"low": 11, "best": 11, "high": 11}),  # one outlet
    ({"mon": "site-a.example", "wed": "site-b.example"}, {"low": 6, "best": 6, "high": 11}),    # two outlets
])
def test_incidents_figures_unattributed_figures_belong_to_their_outlet(outlets: dict[str, str],
                                                                      expected: dict[str, int]) -> None:
    claims = [_c(6, None, "mon"), _c(11, None, "wed")]
    assert incident_fatalities(claims, days=DAYS, outlets=outlets) == expected


def test_incidents_figures_build_incident_reads_days_and_outlets_from_members() -> None:
    first = _member("mon", [_c(5, "health ministry", "mon")], "site-a.example")
    later = _member("wed", [_c(12, "health ministry", "wed"), _c(3, "health ministry", "wed", "state_forces")],
                    "site-b.example")
    rival = _member("tue", [_c(8, None, "tue")], "site-c.example")
    inc = build_incident([later, rival, first])
    assert inc["fatalities"] == {"low": 8, "best": 8, "high": 15}
    assert [v["value"] for v in inc["disagreements"][0]["values"]] == [8, 12]
    assert [[v["value"] for v in s["values"]] for s in inc["series"]] == [[5, 12]]
