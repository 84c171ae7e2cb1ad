"""The scorer's measures on our own small gold and predicted documents."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.evaluation.match import Admin1Matcher, same_place, same_source
from waqia.evaluation.score import score, score_links


def _gold(**fields: Any) -> dict[str, Any]:
    return {"id": "g1", "relevant": True, **fields}


def _record(*events: dict[str, Any], doc_id: str = "g1") -> dict[str, Any]:
    return {"doc_id": doc_id, "relevant": bool(events), "events": list(events)}


def _claim(kind: str, value: int | None, side: str, source: dict[str, str] | None) -> dict[str, Any]:
    return {"kind": kind, "value": value, "party": {"category": side}, "source": source}


def test_evaluate_claims_side_and_source_are_scored_apart() -> None:
    gold = _gold(claims=[
        {"kind": "killed", "value": 4, "party_category": "state_forces", "source": "وزارة الداخلية"},
        {"kind": "injured", "value": 7, "party_category": "civilians", "source": "مصدر طبي"}])
    rec = _record({"claims": [
        _claim("killed", 4, "state_forces", {"text": "الوزارة", "name": "وزارة الداخلية العراقية"}),
        _claim("injured", 7, "unknown", {"text": "مصدر طبي", "name": "مصدر طبي"})]})
    figures, _ = score([gold], {"g1": rec})
    assert figures["claims"]["tp"] == 2
    assert (figures["claims+party"]["tp"], figures["claims+party"]["fp"]) == (1, 1)
    assert figures["claims+party+source"]["tp"] == 1
    assert figures["attribution_accuracy"] == 1.0


def test_evaluate_an_unattributed_twin_of_a_sourced_figure_is_folded() -> None:
    gold = _gold(claims=[{"kind": "killed", "value": 5, "party_category": "civilians", "source": "الدفاع المدني"}])
    rec = _record({"claims": [_claim("killed", 5, "civilians", None),
                              _claim("killed", 5, "civilians", {"text": "الدفاع المدني", "name": "الدفاع المدني"})]})
    figures, misses = score([gold], {"g1": rec})
    assert figures["claims+party+source"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert misses[0]["claims_extra"] == []


def test_evaluate_a_gold_document_without_record_is_predicted_empty() -> None:
    gold = [_gold(event_types=["Battles"]), {"id": "g2", "relevant": False}]
    figures, misses = score(gold, {})
    assert figures["relevance"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert figures["event_types"]["fn"] == 1 and figures["documents"] == 2
    assert misses[0]["relevance"] == {"gold": True, "pred": False} and "relevance" not in misses[1]


def test_evaluate_places_and_their_province() -> None:
    gold = _gold(locations=[{"text": "خان شيخون", "country": "SY", "admin1": "Idlib"},
                            {"text": "كفرنبل", "country": "SY", "admin1": "Idlib"}])
    rec = _record({"locations": [{"text": "بخان شيخون", "country": "SY", "admin1": "Idleb"},
                                 {"text": "مدينة معرة النعمان", "country": "SY", "admin1": "Idlib"}]})
    figures, misses = score([gold], {"g1": rec})
    assert (figures["locations"]["tp"], figures["locations"]["fp"], figures["locations"]["fn"]) == (1, 1, 1)
    assert misses[0]["locations_missed"] == ["كفرنبل"]
    assert figures["country_accuracy"] == 1.0 and figures["admin1_accuracy"] == 1.0
    # an aliases table that knows both spellings decides, here against the names
    figures, _ = score([gold], {"g1": rec}, aliases={"idlib": ["X:1"], "idleb": ["X:2"]})
    assert figures["admin1_accuracy"] == 0.0


def test_evaluate_sets_and_actors() -> None:
    gold = _gold(dates=["2021-03-02"], event_types=["Battles"], sub_event_types=["Armed clash"],
                 actors=[{"text": "قوات الأمن"}, {"text": "مسلحون مجهولون"}])
    rec = _record({"date": "2021-03-02", "event_type": "Battles", "sub_event_type": "Armed clash",
                   "actors": [{"text": "قوات الامن"}, {"text": "مسلحين"}]},
                  {"date": "2021-03-01", "event_type": "Battles", "actors": [{"text": "قوات الأمن"}]})
    figures, misses = score([gold], {"g1": rec})
    assert (figures["dates"]["tp"], figures["dates"]["fp"]) == (1, 1)
    assert misses[0]["dates"] == {"missed": [], "extra": ["2021-03-01"]}
    # the security forces named again in the second event are no false positive
    assert (figures["actors"]["tp"], figures["actors"]["fp"], figures["actors"]["fn"]) == (1, 1, 1)


@pytest.mark.parametrize("gold, alts, pred, same", [
    ("وزارة الصحة", [], {"text": "وأضافت الوزارة", "name": "وزارة الصحة"}, True),
    ("مراسلنا", ["وكالة الأنباء"], {"text": "وكالة الأنباء", "name": "وكالة الأنباء"}, True),
    ("مصدر عسكري", [], {"text": "شهود عيان", "name": "شهود عيان"}, False),
    (None, [], None, True),
    (None, [], {"text": "مصدر أمني", "name": "مصدر أمني"}, False),
])
def test_evaluate_same_source(gold: str | None, alts: list[str], pred: dict[str, str] | None, same: bool) -> None:
    assert same_source(gold, alts, pred) is same


@pytest.mark.parametrize("gold, pred, same", [
    ("درعا", "بدرعا", True), ("ريف حماة الشمالي", "حماه", True), ("الرقة", "رقة", True),
    ("حمص", "حماة", False), ("ريف", "ريف", False),
])
def test_evaluate_same_place(gold: str, pred: str, same: bool) -> None:
    assert same_place(gold, pred) is same


def test_evaluate_admin1_by_arabic_name_or_list() -> None:
    m = Admin1Matcher()
    assert m.same("محافظة حلب", "حلب") is True
    assert m.same(["Aleppo", "Idlib"], "Idlib Governorate") is True
    assert m.same("Aleppo", "Hama") is False and m.same(None, "Hama") is None


def test_evaluate_links_pairs() -> None:
    gold = [{"id": "a", "cluster": "x"}, {"id": "b", "cluster": "x"}, {"id": "c", "cluster": "x"},
            {"id": "d", "cluster": None}, {"id": "e", "cluster": None}]
    incidents = [{"doc_ids": ["a", "b", "zz"]}, {"doc_ids": ["d", "e"]}, {"doc_ids": ["c"]}]
    assert score_links(gold, incidents) == {"precision": 0.5, "recall": 0.333, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}
