"""The dev-set score must stay above a floor (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json

import waqia
from conftest import shared_path

FLOORS = {"relevance": 0.85, "claims+party+source": 0.40, "event_types": 0.70, "dates": 0.60}


def test_score_dev_floor(tmp_path) -> None:
    gold_path = shared_path("eval", "dev.jsonl")
    inputs = shared_path("eval", "dev-input.jsonl")
    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    preds = {}
    for line in inputs.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rec = waqia.extract(d["text"], published=d.get("published"), id=d["id"], url=d.get("url"),
                            title=d.get("title"), outlet=d.get("outlet"))
        for ev in rec["events"]:
            for c in ev["claims"]:
                for part in (c["party"], c["source"] or {}):
                    if part.get("start") is not None:
                        assert d["text"][part["start"]:part["end"]] == part["text"]
        preds[rec["doc_id"]] = rec
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    out, _ = score.score(gold, preds)
    for name, floor in FLOORS.items():
        assert out[name]["f1"] >= floor, (name, out[name])
