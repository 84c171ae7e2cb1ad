"""``waqia serve``: options, and the app it builds on a fresh database."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from waqia.cli import main
from waqia.cli.serve import build


def test_api_serve_help_lists_options() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--api-key", "--max-body"):
        assert option in result.output


def test_api_serve_builds_on_fresh_database(tmp_path: Path) -> None:
    app = build(str(tmp_path / "fresh.db"), "key", 10_000)
    assert app.state.api_key == "key"  # type: ignore[attr-defined]
    assert app.state.store.get().counts()["documents"] == 0  # type: ignore[attr-defined]
    assert (tmp_path / "fresh.db").exists()


@pytest.mark.parametrize("db", ["/no/such/folder/x.db", "mysql+nodriver://x/y"])
def test_api_serve_bad_db_fails_clearly(db: str) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", db])
    assert result.exit_code != 0
    assert "Error:" in result.output
