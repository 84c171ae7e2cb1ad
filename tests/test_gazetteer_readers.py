"""Each gazetteer reader on the real files in ../shared/data/gazetteer (skipped without them)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from conftest import shared_path
from waqia.geo.build import build, readers
from waqia.geo.build.records import Collection
from waqia.geo.gazetteer import open_gazetteer


def _read(fmt: str, path: Path) -> Collection:
    coll = Collection()
    with open(path, encoding="utf-8", newline="") as f:
        assert readers.READERS[fmt](f, coll) > 0
    coll.finish()
    return coll


@pytest.mark.parametrize(("fmt", "name", "source_id", "expect"), [
    ("geonames", "geonames_cities500_mena.txt", "geonames:164816", ("locality", "SY")),
    ("admin_codes", "geonames_admin1CodesASCII_mena.txt", "geonames:169387", ("admin1", "SY")),
    ("admin_codes", "geonames_admin2Codes_mena.txt", None, ("admin2", "SY")),
    ("wof_tsv", "wof_admin_sy.tsv", "geonames:172354", ("locality", "SY")),
    ("opensyria", "opensyria_governorates.json", "ocha:SY07", ("admin1", "SY")),
    ("opensyria", "opensyria_subdistricts.json", None, ("admin3", "SY")),
])
def test_gazetteer_reader_real_file(fmt: str, name: str, source_id: str | None,
                                    expect: tuple[str, str]) -> None:
    path = shared_path("data", "gazetteer", name)
    with open(path, encoding="utf-8") as f:
        assert readers.sniff(name, f.readline()) == fmt
    coll = _read(fmt, path)
    recs = list(coll.records())
    if source_id is not None:
        rec = coll.get(source_id)
        assert rec is not None and (rec.kind, rec.country) == expect
    else:
        assert any((r.kind, r.country) == expect for r in recs)


def test_gazetteer_reader_wof_tsv_keeps_arabic_and_admin_names() -> None:
    coll = _read("wof_tsv", shared_path("data", "gazetteer", "wof_admin_sy.tsv"))
    tah = coll.get("geonames:172354")
    assert tah is not None and "التح" in tah.names_ar
    assert (tah.admin1, tah.admin1_ar) == ("Idlib", "إدلب")


def test_gazetteer_reader_wof_geojson_samples() -> None:
    folder = shared_path("data", "gazetteer", "wof_samples_sy")
    coll = Collection()
    for p in sorted(folder.glob("*.geojson")):
        with open(p, encoding="utf-8") as f:
            assert readers.read_wof_geojson(f, coll) == 1
    coll.finish()
    saraqib = coll.get("wof:890449833")
    assert saraqib is not None and "سراقب" in saraqib.names_ar
    assert saraqib.kind == "locality" and saraqib.admin1 == "Idlib"  # resolved from the region record


def test_gazetteer_reader_alternate_names_arabic_only(tmp_path: Path) -> None:
    geo = tmp_path / "places.txt"
    geo.write_text("9001\tKafr Test\tKafr Test\t\t35.5\t36.5\tP\tPPL\tSY\t\t09\t\t\t\t1200\t\t\t\t\n",
                   encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t9001\tar\tكفر تجربة\t\t\t\t\t\t\n"
                   "2\t9001\ten\tKafr Testing\t\t\t\t\t\t\n"
                   "3\t9001\tar\tتجربة القديمة\t\t\t\t1\t\t\n", encoding="utf-8")
    report = build(str(tmp_path / "g.sqlite"), [str(geo), str(alt)])
    g = open_gazetteer(report.path)
    assert [c.gazetteer_id for c in g.candidates("كفر تجربة")] == ["geonames:9001"]
    assert g.candidates("تجربة القديمة") == []  # historic names are left out
    assert g.candidates("كفرتجربة")[0].loose  # the key without spaces


def test_gazetteer_build_is_reproducible(tmp_path: Path) -> None:
    src = [str(shared_path("data", "gazetteer", n)) for n in
           ("wof_admin_ps.tsv", "geonames_admin1CodesASCII_mena.txt", "opensyria_governorates.json")]
    digests = []
    for name in ("a.sqlite", "b.sqlite"):
        report = build(str(tmp_path / name), src)
        assert report.places > 1000 and report.size_bytes > 0
        digests.append(hashlib.sha256((tmp_path / name).read_bytes()).hexdigest())
    assert digests[0] == digests[1]


@pytest.mark.parametrize(("name", "first", "fmt"), [
    ("x.tsv", "wof_id\tgeonameid\tplacetype", "wof_tsv"),
    ("x.geojson", "{", "wof_geojson"),
    ("gov.json", "[", "opensyria"),
    ("admin2Codes.txt", "SY.09.123\tIdleb\tIdleb\t169388", "admin_codes"),
    ("notes.txt", "hello", None),
])
def test_gazetteer_sniff_formats(name: str, first: str, fmt: str | None) -> None:
    assert readers.sniff(name, first) == fmt
