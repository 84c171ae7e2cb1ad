"""`waqia evaluate`: our scorer from the shell, and its agreement with shared/eval/score.py on dev."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import shared_path
from waqia.cli import main

GOLD = [
    {"id": "n1", "relevant": True, "event_types": ["Explosions/Remote violence"], "dates": ["2022-05-04"],
     "locations": [{"text": "الموصل", "country": "IQ", "admin1": "Nineveh"}],
     "claims": [{"kind": "killed", "value": 2, "party_category": "civilians", "source": "مصدر في الشرطة"}],
     "cluster": "c1"},
    {"id": "n2", "relevant": False, "cluster": "c1"},
    {"id": "n3", "relevant": True, "event_types": ["Protests"], "cluster": None},
]
RECORDS = [
    {"doc_id": "n1", "relevant": True, "events": [{
        "event_type": "Explosions/Remote violence", "date": "2022-05-04",
        "locations": [{"text": "بالموصل", "country": "IQ", "admin1": "Ninawa"}],
        "claims": [{"kind": "killed", "value": 2, "party": {"category": "civilians"},
                    "source": {"text": "مصدر في شرطة نينوى", "name": "مصدر في شرطة نينوى"}}]}]},
    {"doc_id": "n2", "relevant": True, "events": [{"event_type": "Battles"}]},
]


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _invoke(*args: str) -> Any:
    return CliRunner().invoke(main, ["evaluate", *args])


@pytest.fixture()
def files(tmp_path: Path) -> tuple[str, str]:
    return str(_jsonl(tmp_path / "gold.jsonl", GOLD)), str(_jsonl(tmp_path / "pred.jsonl", RECORDS))


def test_cli_evaluate_prints_a_table(files: tuple[str, str]) -> None:
    res = _invoke(*files)
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split()[:4] == ["measure", "P", "R", "F1"]
    assert "relevance                 0.500  0.500  0.500   1/1/1" in lines
    assert "documents                3" in lines


def test_cli_evaluate_json_and_misses(files: tuple[str, str]) -> None:
    res = _invoke(*files, "--json", "--misses")
    assert res.exit_code == 0, res.output
    figures, *per_doc = [json.loads(line) for line in res.stdout.splitlines()]
    assert figures["claims+party+source"]["f1"] == 1.0 and figures["documents"] == 3
    assert [d["id"] for d in per_doc] == ["n1", "n2", "n3"]
    assert per_doc[1]["relevance"] == {"gold": False, "pred": True}
    assert per_doc[2]["event_types"] == {"missed": ["Protests"], "extra": []}


def test_cli_evaluate_admin1_aliases_file(files: tuple[str, str], tmp_path: Path) -> None:
    plain = json.loads(_invoke(*files, "--json").stdout)
    assert plain["admin1_accuracy"] == 0.0          # «Nineveh» and «Ninawa» are not close spellings
    aliases = _jsonl(tmp_path / "aliases.json", [{"nineveh": ["IQ:7"], "ninawa": ["IQ:7"]}])
    known = json.loads(_invoke(*files, "--json", "--admin1-aliases", str(aliases)).stdout)
    assert known["admin1_accuracy"] == 1.0


def test_cli_evaluate_links(files: tuple[str, str], tmp_path: Path) -> None:
    incidents = _jsonl(tmp_path / "inc.jsonl", [{"doc_ids": ["n1", "n2"]}, {"doc_ids": ["n3"]}])
    res = _invoke("--links", files[0], str(incidents))
    assert res.exit_code == 0 and res.stdout == "links  P 1.000  R 1.000  F1 1.000   1/0/0\n"
    as_json = json.loads(_invoke("--links", "--json", files[0], str(incidents)).stdout)
    assert as_json == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}


@pytest.mark.parametrize("case", ["bad_line", "no_id", "links_misses", "missing_file"])
def test_cli_evaluate_errors_are_one_line(files: tuple[str, str], tmp_path: Path, case: str) -> None:
    gold, pred = files
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "n1"}\n{not json\n', encoding="utf-8")
    args = {"bad_line": [gold, str(bad)], "no_id": [str(_jsonl(tmp_path / "g.jsonl", [{"relevant": True}])), pred],
            "links_misses": ["--links", "--misses", gold, pred],
            "missing_file": [gold, str(tmp_path / "nowhere.jsonl")]}[case]
    res = _invoke(*args)
    assert res.exit_code != 0 and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1, res.stderr
    if case == "bad_line":
        assert "bad.jsonl:2" in res.stderr


# --- agreement with the yardstick on the development set ----------------------------------------

@pytest.fixture(scope="module")
def dev_outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Dev predictions as extracted now, a degraded copy of them, and their incidents."""
    import waqia
    from waqia.store import Store

    folder = tmp_path_factory.mktemp("dev")
    articles = [json.loads(line) for line in shared_path("eval", "dev-input.jsonl").read_text("utf-8").splitlines()
                if line.strip()]
    records = [waqia.extract(a["text"], published=a.get("published"), id=a["id"], url=a.get("url"),
                             title=a.get("title"), outlet=a.get("outlet")) for a in articles]
    degraded = [_degrade(r, n) for n, r in enumerate(records) if n % 7]
    gold = [json.loads(line) for line in shared_path("eval", "dev.jsonl").read_text("utf-8").splitlines()
            if line.strip()]
    near = [_near_gold(g, n) for n, g in enumerate(gold)]
    with Store.open(str(folder / "dev.db")) as store:
        for r in records:
            store.ingest(json.loads(json.dumps(r)))
        incidents = store.incidents()
    return {"pred": _jsonl(folder / "pred.jsonl", records), "degraded": _jsonl(folder / "degraded.jsonl", degraded),
            "near_gold": _jsonl(folder / "near_gold.jsonl", near),
            "incidents": _jsonl(folder / "incidents.jsonl", incidents)}


def _degrade(record: dict[str, Any], n: int) -> dict[str, Any]:
    """Take sources from some claims and provinces from some places, to exercise more of the rules."""
    record = json.loads(json.dumps(record))
    for i, event in enumerate(record.get("events") or []):
        for claim in (event.get("claims") or [])[(n + i) % 2::2]:
            claim["source"] = None
        for loc in (event.get("locations") or [])[n % 3::3]:
            loc["admin1"] = loc.get("name_ar") or loc.get("text")
    return record


def _near_gold(gold: dict[str, Any], n: int) -> dict[str, Any]:
    """A record made from a gold document with its names a little changed, to reach the matching thresholds."""
    def reword(text: str | None, k: int) -> str | None:
        words = (text or "").split()
        if not words or k % 3 == 0:
            return text
        return " ".join(words[:-1] + ["كلمة"]) if k % 3 == 1 else " ".join(["و" + words[0], *words[1:], "أخرى"])

    def respell(name: Any, k: int) -> Any:
        name = name[k % len(name)] if isinstance(name, list) and name else name
        if not isinstance(name, str) or k % 4 == 0:
            return name
        return {1: name[:-1] + "x", 2: name + " Governorate", 3: "Al-" + name[1:]}[k % 4]

    claims = [{"kind": c["kind"], "value": c.get("value"), "approx": c.get("approx"),
               "party": {"category": c.get("party_category") if (n + k) % 5 else "unknown"},
               "source": {"text": reword(c.get("source"), n + k), "name": c.get("source")} if (n + k) % 4
               else {"text": reword(c.get("source"), n + k + 1), "name": None}}
              for k, c in enumerate(gold.get("claims") or [])]
    places = [{"text": reword(loc.get("text"), n + k), "country": loc.get("country"),
               "admin1": respell(loc.get("admin1"), n + k)} for k, loc in enumerate(gold.get("locations") or [])]
    actors = [{"text": reword(a.get("text"), n + k)} for k, a in enumerate(gold.get("actors") or [])]
    event = {"event_type": (gold.get("event_types") or [None])[0], "date": (gold.get("dates") or [None])[-1],
             "sub_event_type": (gold.get("sub_event_types") or [None])[n % 2 - 1],
             "claims": claims, "locations": places, "actors": actors}
    return {"doc_id": gold["id"], "relevant": bool(gold.get("relevant")) == bool(n % 9), "events": [event]}


def _yardstick(script: str, *args: str) -> str:
    path = shared_path("eval", script)
    done = subprocess.run([sys.executable, str(path), *args], capture_output=True, text=True, check=True,
                          encoding="utf-8")
    return done.stdout


@pytest.mark.parametrize("which", ["pred", "degraded", "near_gold"])
@pytest.mark.parametrize("flags", [["--json"], ["--misses"]])
def test_cli_evaluate_agrees_with_score_py_on_dev(dev_outputs: dict[str, Path], which: str,
                                                  flags: list[str]) -> None:
    gold, aliases = str(shared_path("eval", "dev.jsonl")), str(shared_path("eval", "admin1_aliases.json"))
    want = _yardstick("score.py", gold, str(dev_outputs[which]), *flags)
    res = _invoke(gold, str(dev_outputs[which]), *flags, "--admin1-aliases", aliases)
    assert res.exit_code == 0, res.output
    assert res.stdout == want
    if flags == ["--json"]:
        figures = json.loads(res.stdout)
        assert figures["documents"] == 195 and figures["claims"]["tp"] > 0


def test_cli_evaluate_links_agrees_with_score_links_py_on_dev(dev_outputs: dict[str, Path]) -> None:
    gold = str(shared_path("eval", "dev.jsonl"))
    for flags in ([], ["--json"]):
        want = _yardstick("score_links.py", gold, str(dev_outputs["incidents"]), *flags)
        res = _invoke("--links", *flags, gold, str(dev_outputs["incidents"]))
        assert res.exit_code == 0 and res.stdout == want
    assert json.loads(res.stdout)["tp"] > 0
