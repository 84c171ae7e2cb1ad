"""The gold dates of the shared dev set are found among the event-date candidates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_dates_fixtures import run

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def load() -> list[dict]:
    if not DEV.exists():
        pytest.skip(f"{DEV} is absent: the dev-set check needs ../shared/eval")
    return [json.loads(line) for line in DEV.open(encoding="utf-8") if line.strip()]


def test_dates_dev_recall_and_precision_of_candidates() -> None:
    found = wanted = extra = 0
    for art in load():
        if not art["relevant"]:
            continue
        doc = run(art["text"], art.get("published"))
        days = set()
        for m in doc.layer("dates"):
            if m.is_event_date:
                days.update(d for d in (m.date, m.end_date) if d)
        gold = set(art["dates"])
        found += len(gold & days)
        wanted += len(gold)
        extra += len(days - gold)
    assert wanted and found / wanted >= 0.9
    assert extra <= wanted // 2


def test_dates_dev_no_publication_means_no_resolved_relative_days() -> None:
    for art in load():
        if art.get("published"):
            continue
        doc = run(art["text"], None)
        if doc.layer("published")[0].source == "dateline":
            continue
        assert not [m for m in doc.layer("dates") if m.kind in ("relative", "weekday", "ago") and m.date]
