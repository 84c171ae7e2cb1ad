"""The dev-set score must stay above a floor (skips without ../shared)."""

from __future__ import annotations

import importlib.util
import json

import waqia
from conftest import shared_path

FLOORS = {"relevance": 0.95, "claims+party+source": 0.75, "event_types": 0.85, "dates": 0.85,
          "locations": 0.70}


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
    assert out["attribution_accuracy"] >= 0.90, out["attribution_accuracy"]


def test_score_dev_links_floor(tmp_path) -> None:
    """Reports of one real event end up in one incident (score_links.py's pair F1)."""
    import itertools

    from waqia.store import Store

    inputs = shared_path("eval", "dev-input.jsonl")
    gold = {json.loads(x)["id"]: json.loads(x).get("cluster")
            for x in shared_path("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()}
    store = Store.open(f"sqlite:///{tmp_path}/links.db")
    for line in inputs.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rec = waqia.extract(d["text"], published=d.get("published"), id=d["id"], url=d.get("url"),
                            title=d.get("title"), outlet=d.get("outlet"))
        store.ingest(rec, text=d["text"])
    linked = {pair for inc in store.incidents() for pair in
              itertools.combinations(sorted(set(inc["doc_ids"]) & set(gold)), 2)}
    store.close()
    tp = fp = fn = 0
    for x, y in itertools.combinations(sorted(gold), 2):
        same = gold[x] is not None and gold[x] == gold[y]
        tp += same and (x, y) in linked
        fp += (x, y) in linked and not same
        fn += same and (x, y) not in linked
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.78, (tp, fp, fn)


def test_score_dev_full_gazetteer_floor(tmp_path) -> None:
    """With the gazetteer built from ../shared, places and their provinces stay right."""
    from click.testing import CliRunner

    from waqia.cli import main
    from waqia.settings import Settings

    sources = shared_path("data", "gazetteer")
    gaz = tmp_path / "mena.sqlite"
    res = CliRunner().invoke(main, ["gazetteer", "build", str(gaz), str(sources)])
    assert res.exit_code == 0, res.output
    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    settings = Settings(gazetteer=str(gaz))
    preds = {}
    for line in shared_path("eval", "dev-input.jsonl").read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        rec = waqia.extract(d["text"], published=d.get("published"), settings=settings, id=d["id"],
                            url=d.get("url"), title=d.get("title"), outlet=d.get("outlet"))
        preds[rec["doc_id"]] = rec
    gold = [json.loads(x) for x in shared_path("eval", "dev.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()]
    out, _ = score.score(gold, preds)
    assert out["locations"]["f1"] >= 0.77, out["locations"]
    assert out["admin1_accuracy"] >= 0.87, out["admin1_accuracy"]
