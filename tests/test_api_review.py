"""The review loop's data: machine reading -> review -> gold annotations for score.py."""

from __future__ import annotations

import importlib.util
import sys
import typing
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_api_endpoints import ARTICLE, sample_record
from waqia.api.review import (
    Review,
    ReviewActor,
    ReviewClaim,
    ReviewEvent,
    gold_from_review,
    review_from_record,
)
from waqia.output import CATEGORIES, CLAIM_KINDS, EVENT_TYPES

SCORE = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def document() -> dict[str, Any]:
    return sample_record(doc_id="r1") | {"text": ARTICLE}


@pytest.mark.parametrize("model, field, expected", [
    (ReviewClaim, "kind", CLAIM_KINDS), (ReviewClaim, "party_category", CATEGORIES),
    (ReviewActor, "category", CATEGORIES), (ReviewEvent, "event_type", EVENT_TYPES),
])
def test_api_review_vocabularies_are_the_contracts(model: Any, field: str, expected: tuple[str, ...]) -> None:
    assert typing.get_args(model.model_fields[field].annotation) == expected


def test_api_review_from_record_is_valid_and_machine() -> None:
    review = review_from_record(document())
    Review.model_validate(review)
    ev = review["events"][0]
    statuses = {x["status"] for x in [ev, *ev["claims"], *ev["locations"], *ev["actors"]]}
    assert statuses == {"machine"}
    back_ref = ev["claims"][2]
    assert back_ref["source"] == "المرصد السوري لحقوق الإنسان"
    assert ARTICLE[back_ref["start"]:back_ref["end"]] == "20 مسلحا أصيبوا"


@pytest.mark.parametrize("change, kinds", [
    (lambda ev: None, [("injured", 20), ("killed", 7), ("killed", 12)]),
    (lambda ev: ev["claims"][1].update(status="deleted"), [("injured", 20), ("killed", 12)]),
    (lambda ev: ev["claims"][0].update(value=13, status="edited"), [("injured", 20), ("killed", 7), ("killed", 13)]),
    (lambda ev: ev.update(status="deleted"), []),
    (lambda ev: ev["claims"].append(dict(ev["claims"][0])), [("injured", 20), ("killed", 7), ("killed", 12)]),
])
def test_api_review_gold_claims(change: Any, kinds: list[tuple[str, int]]) -> None:
    review = review_from_record(document())
    change(review["events"][0])
    gold = gold_from_review(document(), review)
    assert sorted((c["kind"], c["value"]) for c in gold["claims"]) == kinds
    assert gold["relevant"] is bool(kinds)


def test_api_review_not_relevant_empties_gold() -> None:
    review = review_from_record(document()) | {"relevant": False}
    gold = gold_from_review(document(), review)
    assert gold["relevant"] is False
    assert not any(gold[k] for k in ("claims", "locations", "event_types", "dates", "actors"))


def test_api_review_gold_keys_follow_guidelines() -> None:
    gold = gold_from_review(document(), review_from_record(document()))
    assert set(gold) == {"id", "url", "outlet", "published", "text", "relevant", "event_types",
                         "sub_event_types", "dates", "locations", "claims", "actors"}
    assert set(gold["claims"][0]) == {"kind", "value", "approx", "party_category", "source", "source_alt"}


def test_api_review_gold_scores_machine_reading_perfectly() -> None:
    if not SCORE.exists():
        pytest.skip(f"{SCORE} is absent: score.py lives in ../shared/eval")
    spec = importlib.util.spec_from_file_location("waqia_score", SCORE)
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    doc = document()
    gold = gold_from_review(doc, review_from_record(doc))
    out, _ = score.score([gold], {"r1": doc})
    for measure in ("claims+party+source", "locations", "event_types", "dates", "actors"):
        assert out[measure]["f1"] == 1.0, (measure, out[measure])
    edited = review_from_record(doc)
    edited["events"][0]["claims"][0].update(value=13, status="edited")
    out, _ = score.score([gold_from_review(doc, edited)], {"r1": doc})
    assert out["claims"]["f1"] < 1.0
