"""Scores on the shared evaluation sets must stay above their floors (skip without ../shared).

Every measure ``score.py`` prints has a floor on dev (the articles we tune on) and on
check (measured only, never read).  The floors are what the code measured when they
were last raised: raise them as the reading improves, never lower them to let a
regression through.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from functools import lru_cache
from typing import Any

import pytest

import waqia
from conftest import shared_path

#: F1 floors (accuracy for the ``*_accuracy`` measures), per evaluation set.
FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "relevance": 0.997, "claims": 0.923, "claims+party": 0.908, "claims+party+source": 0.899,
        "locations": 0.886, "event_types": 0.882, "sub_event_types": 0.854, "dates": 0.938,
        "actors": 0.686, "attribution_accuracy": 0.981, "country_accuracy": 0.997,
        "admin1_accuracy": 0.957,
    },
    "check": {
        "relevance": 0.971, "claims": 0.856, "claims+party": 0.758, "claims+party+source": 0.69,
        "locations": 0.83, "event_types": 0.857, "sub_event_types": 0.786, "dates": 0.9,
        "actors": 0.734, "attribution_accuracy": 0.881, "country_accuracy": 0.994,
        "admin1_accuracy": 0.946,
    },
}
#: pair F1 of cross-article links (``score_links.py``), per evaluation set.
LINK_FLOORS = {"dev": 0.942, "check": 0.884}


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    score = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    return score


def _read(name: str) -> list[dict[str, Any]]:
    path = shared_path("eval", name)
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


@lru_cache(maxsize=4)
def _records(split: str, gazetteer: str | None = None) -> tuple[tuple[dict, dict], ...]:
    """(input, record) for every article of a split."""
    from waqia.settings import Settings

    settings = Settings(gazetteer=gazetteer) if gazetteer else None
    out = []
    for d in _read(f"{split}-input.jsonl"):
        rec = waqia.extract(d["text"], published=d.get("published"), settings=settings, id=d["id"],
                            url=d.get("url"), title=d.get("title"), outlet=d.get("outlet"))
        out.append((d, rec))
    return tuple(out)


def _measures(split: str, gazetteer: str | None = None) -> dict[str, Any]:
    preds = {rec["doc_id"]: rec for _, rec in _records(split, gazetteer)}
    out, _ = _scorer().score(_read(f"{split}.jsonl"), preds)
    return out


@pytest.mark.parametrize("split", ["dev", "check"])
def test_score_floors(split: str) -> None:
    out = _measures(split)
    below = {}
    for name, floor in FLOORS[split].items():
        got = out[name] if name.endswith("_accuracy") else out[name]["f1"]
        if got is None or got < floor:
            below[name] = (got, floor)
    assert not below, f"{split}: measure below its floor (got, floor): {below}"


def test_spans_point_into_the_original() -> None:
    for d, rec in _records("dev"):
        for ev in rec["events"]:
            for c in ev["claims"]:
                for part in (c["party"], c["source"] or {}):
                    if part.get("start") is not None:
                        assert d["text"][part["start"]:part["end"]] == part["text"]


def _link_f1(split: str, tmp_path) -> tuple[float, tuple[int, int, int]]:
    from waqia.store import Store

    gold = {g["id"]: g.get("cluster") for g in _read(f"{split}.jsonl")}
    store = Store.open(f"sqlite:///{tmp_path}/links-{split}.db")
    for d, rec in _records(split):
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
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), (tp, fp, fn)


@pytest.mark.parametrize("split", ["dev", "check"])
def test_score_links_floor(split: str, tmp_path) -> None:
    """Reports of one real event end up in one incident (score_links.py's pair F1)."""
    f1, counts = _link_f1(split, tmp_path)
    assert f1 >= LINK_FLOORS[split], (split, f1, counts)


def test_score_dev_full_gazetteer_floor(tmp_path) -> None:
    """A gazetteer a user builds from ../shared with `waqia gazetteer build` (every place,
    Latin-only ones too) reads places and their provinces as well as the shipped one."""
    from click.testing import CliRunner

    from waqia.cli import main

    sources = shared_path("data", "gazetteer")
    gaz = tmp_path / "mena.sqlite"
    res = CliRunner().invoke(main, ["gazetteer", "build", str(gaz), str(sources)])
    assert res.exit_code == 0, res.output
    out = _measures("dev", str(gaz))
    assert out["locations"]["f1"] >= 0.71, out["locations"]
    assert out["admin1_accuracy"] >= 0.89, out["admin1_accuracy"]
