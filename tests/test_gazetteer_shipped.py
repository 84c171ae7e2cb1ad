"""The compact gazetteer shipped with the package, and the build command that makes it."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from waqia.cli import main
from waqia.geo.gazetteer import SHIPPED, open_gazetteer, open_shipped


def test_gazetteer_shipped_is_the_default_and_knows_villages() -> None:
    g = open_gazetteer(None)
    assert SHIPPED in g.label and len(g) > 50_000
    village = [c for c in g.candidates("التح") if c.country == "SY"]
    assert village and village[0].admin1 == "Idlib" and village[0].lat is not None
    assert village[0].gazetteer_id.startswith("geonames:")
    # countries the hand-written list lacks come from the GeoNames files
    assert any(c.country == "NE" for c in g.candidates("نيامي"))


def test_gazetteer_shipped_opens_as_its_own_database() -> None:
    g = open_shipped()
    assert g is not None and g.meta.get("compact") and not g.major_only


def test_gazetteer_compact_build_keeps_only_arabic_named_places(tmp_path: Path) -> None:
    src = tmp_path / "cities.txt"
    rows = ["7001\tTestville\tTestville\tتست فيل\t33.1\t44.2\tP\tPPL\tIQ\t\t07\t\t\t\t900\t\t\t\t",
            "7002\tLatinonly\tLatinonly\t\t33.2\t44.3\tP\tPPL\tIQ\t\t07\t\t\t\t900\t\t\t\t"]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "g.sqlite.xz"
    res = CliRunner().invoke(main, ["gazetteer", "build", "--compact", str(out), str(src)])
    assert res.exit_code == 0, res.output
    assert "1 places" in res.output
    assert out.read_bytes()[:6] == b"\xfd7zXZ\x00"  # xz, as shipped
