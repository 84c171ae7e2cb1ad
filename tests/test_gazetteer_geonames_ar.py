"""waqia's own Arabic names for GeoNames records that have none (``geo/data/geonames_ar.tsv``):
the build joins them by admin1 code or geonameid, the shipped gazetteer reads the provinces
of Saudi Arabia, Algeria, Tunisia, Niger ... and gives their towns an Arabic province
(sentences written for these tests; issue 11)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from waqia.geo.build import build, readers
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import default_pipeline
from waqia.settings import Settings


def test_geonames_ar_table_rows_are_well_formed() -> None:
    rows = readers.project_names()
    refs = [r for r, _ in rows]
    assert len(refs) == len(set(refs)) and len(rows) > 200
    for ref, names in rows:
        assert names, ref
        country, _, code = ref.partition(".")
        assert ref.isdigit() or (len(country) == 2 and country.isupper() and code), ref


def test_geonames_ar_build_joins_admin1_code_and_geonameid(tmp_path: Path) -> None:
    (tmp_path / "admin1CodesASCII.txt").write_text("TN.02\tAl Qasrayn\tAl Qasrayn\t2473460\n", encoding="utf-8")
    # a town of that governorate with no Arabic name, and one the table names by geonameid
    rows = ["9001\tTestbourg\tTestbourg\t\t35.1\t8.8\tP\tPPL\tTN\t\t02\t\t\t\t900\t\t\t\t",
            "2472431\tBen Gardane\tBen Gardane\t\t33.1\t11.2\tP\tPPL\tTN\t\t28\t\t\t\t87404\t\t\t\t"]
    (tmp_path / "cities.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "g.sqlite"
    report = build(str(out), [str(tmp_path)], compact=True)
    assert report.read[readers.PROJECT_NAMES] == 2
    conn = sqlite3.connect(out)
    got = dict(conn.execute("SELECT name, kind || ' ' || names_ar FROM places").fetchall())
    assert got["Al Qasrayn"] == "admin1 القصرين"
    assert "بنقردان" in got["Ben Gardane"]
    assert "Testbourg" not in got  # still no Arabic name of its own: not shipped
    assert readers.PROJECT_NAMES in conn.execute("SELECT v FROM meta WHERE k = 'sources'").fetchone()[0]


def test_geonames_ar_shipped_provinces_and_towns_read_arabic() -> None:
    g = open_gazetteer(None)
    asir = [c for c in g.candidates("عسير") if c.kind == "admin1"]
    assert asir and asir[0].country == "SA" and asir[0].lat is None  # no invented coordinates
    abha = [c for c in g.candidates("أبها") if c.country == "SA"]
    assert abha and abha[0].admin1_ar == "عسير"
    assert [c.country for c in g.candidates("بنقردان")] == ["TN"]
    assert any(c.kind == "admin1" and c.country == "NE" for c in g.candidates("تيلابيري"))
    # a capital stays a city only: the press names it for its government
    assert not any(c.kind == "admin1" for c in g.candidates("طهران") + g.candidates("الرياض"))


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _places(analyse, text: str) -> dict[str, tuple[str | None, str | None]]:  # type: ignore[no-untyped-def]
    doc = analyse(text)
    return {p.location.span.text: (p.location.country, p.location.admin1)
            for p in doc.layer("places") if not p.context}


def test_geonames_ar_province_named_in_text(analyse) -> None:  # type: ignore[no-untyped-def]
    got = _places(analyse, "قتل جنديان في انفجار لغم بولاية القصرين غرب تونس يوم الاثنين.")
    assert got.get("القصرين") == ("TN", "Al Qaşrayn")


def test_geonames_ar_village_takes_the_province_around_it(analyse) -> None:  # type: ignore[no-untyped-def]
    got = _places(analyse, "قتل ستة مدنيين في هجوم على قرية دوغالا بمنطقة تيلابيري في النيجر مساء السبت.")
    assert got.get("دوغالا", (None, None))[1] == "Tillabéri"


def test_geonames_ar_tear_gas_is_no_province(analyse) -> None:  # type: ignore[no-untyped-def]
    for text in ("أطلقت الشرطة القنابل المسيلة للدموع على المحتجين وسط المدينة الجمعة.",
                 "وتطلق قوات الأمن الرصاص الحي والقنابل المسيلة للدموع على المعتصمين في الساحة."):
        assert not [p for p in analyse(text).layer("places") if p.location.span.text == "المسيلة"]


def test_geonames_ar_capital_for_its_government_is_no_place(analyse) -> None:  # type: ignore[no-untyped-def]
    got = _places(analyse, "وقالت الرياض إن الصاروخ اعترض فوق مدينة جازان مساء الثلاثاء.")
    assert "الرياض" not in got and got.get("جازان", (None, None))[0] == "SA"
