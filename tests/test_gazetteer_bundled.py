"""The bundled gazetteer, opening files, and the `waqia gazetteer` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from waqia.cli import main
from waqia.errors import GazetteerError
from waqia.geo.gazetteer import open_bundled, open_gazetteer, query_keys


@pytest.mark.parametrize(("name", "country", "admin1", "kind"), [
    ("إدلب", "SY", "Idlib", "locality"),
    ("الموصل", "IQ", "Ninawa", "locality"),
    ("مقديشو", "SO", "Banaadir", "locality"),
    ("جنين", "PS", "West Bank", "locality"),
    ("كفر نبودة", "SY", "Hamah", "locality"),
    ("كفرنبودة", "SY", "Hamah", "locality"),  # spaces removed
    ("سوريا", "SY", None, "country"),
    # Pakistan is in no shared source: its provinces and big cities are written by hand
    ("بيشاور", "PK", "Khyber Pakhtunkhwa", "locality"),
    ("خيبر بختون خوا", "PK", "Khyber Pakhtunkhwa", "admin1"),
    ("كويتا", "PK", "Balochistan", "locality"),
])
def test_gazetteer_bundled_candidates(name: str, country: str, admin1: str | None, kind: str) -> None:
    cands = [c for c in open_bundled().candidates(name) if c.kind == kind]
    assert cands and cands[0].country == country and (cands[0].admin1 or None) == admin1
    assert cands[0].lat is not None and cands[0].gazetteer_id.startswith("waqia:")


def test_gazetteer_bundled_known_is_a_subset() -> None:
    g = open_bundled()
    assert g.known(["حلب", "الرقه", "رقه", "كتاب"]) == {"حلب", "الرقه", "رقه"}


def test_gazetteer_query_keys_fold_and_strip() -> None:
    assert query_keys("دير الزُّور") == ["دير الزور", "ديرالزور"]


def test_gazetteer_open_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="waqia gazetteer build"):
        open_gazetteer(str(tmp_path / "nope.sqlite"))
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(GazetteerError, match="rebuild"):
        open_gazetteer(str(bad))


def test_gazetteer_cli_build_and_lookup(tmp_path: Path) -> None:
    src = tmp_path / "cities.txt"
    src.write_text("7001\tTestville\tTestville\tتست فيل\t33.1\t44.2\tP\tPPL\tIQ\t\t07\t\t\t\t900\t\t\t\t\n",
                   encoding="utf-8")
    out = tmp_path / "g.sqlite"
    runner = CliRunner()
    res = runner.invoke(main, ["gazetteer", "build", str(out), str(src)])
    assert res.exit_code == 0, res.output
    assert "1 places" in res.output and " s" in res.output
    res = runner.invoke(main, ["gazetteer", "lookup", "تست فيل", "--gazetteer", str(out)])
    assert res.exit_code == 0
    assert json.loads(res.output.splitlines()[0])["gazetteer_id"] == "geonames:7001"
    res = runner.invoke(main, ["gazetteer", "build", str(out), str(tmp_path / "missing.txt")])
    assert res.exit_code != 0


def test_gazetteer_built_file_has_the_bundled_one_behind_it(tmp_path: Path) -> None:
    """A built gazetteer answers first; names it lacks fall back to the hand-written one."""
    src = tmp_path / "cities.txt"
    src.write_text("7001\tTestville\tTestville\tتست فيل,إدلب\t33.1\t44.2\tP\tPPL\tIQ\t\t07\t\t\t\t900\t\t\t\t\n",
                   encoding="utf-8")
    out = tmp_path / "g.sqlite"
    assert CliRunner().invoke(main, ["gazetteer", "build", str(out), str(src)]).exit_code == 0
    g = open_gazetteer(str(out))
    ids = [c.gazetteer_id for c in g.candidates("إدلب")]
    assert ids[0] == "geonames:7001"  # the built file answers first
    assert "waqia:sy-admin1-idlib" in ids  # a bundled place it lacks (far from its own) stays a candidate
    assert any(c.admin1 == "Helmand" for c in g.candidates("هلمند"))  # only the bundled one knows it
    assert {"تست", "هلمند"} <= g.first_words.keys()
    assert g.known(["هلمند", "تست فيل", "كلمه"]) == {"هلمند", "تست فيل"}
