"""The output records (waqia.output): each part made into a dict once (#14)."""

from __future__ import annotations

from unittest import mock

from waqia.output import Claim, Event, Party, Source


def test_output_event_dict_reads_its_claims_once() -> None:
    army, group = Party(None, None, "state_forces"), Party(None, None, "armed_group")
    claims = (Claim("killed", 4, 4, 4, False, army, Source(None, "A"), (0, 1)),  # type: ignore[arg-type]
              Claim("killed", 2, 2, 2, False, group, Source(None, "A"), (0, 1)),  # type: ignore[arg-type]
              Claim("killed", 9, 9, 9, True, group, Source(None, "B"), (0, 1)))  # type: ignore[arg-type]
    event = Event("ev:1", "Battles", "Armed clash", None, "unknown", None, claims=claims)
    with mock.patch.object(Claim, "as_dict", autospec=True, side_effect=Claim.as_dict) as made:
        d = event.as_dict()
    assert made.call_count == len(claims)  # the fatalities read the claims' dicts of the record
    assert d["fatalities"] == event.fatalities == {"low": 6, "best": 6, "high": 9}
    assert [c["value"] for c in d["claims"]] == [4, 2, 9] and d["sources"] == ["A", "B"]
