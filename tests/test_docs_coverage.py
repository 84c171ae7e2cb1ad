"""Every setting, stage and command is documented; every doctest passes."""

from __future__ import annotations

import dataclasses
import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import waqia
from waqia.cli import COMMANDS
from waqia.pipeline import DEFAULT_STAGES
from waqia.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(Settings)])
def test_docs_every_setting_has_help(name: str) -> None:
    assert Settings.help()[name].strip()


@pytest.mark.parametrize("name", DEFAULT_STAGES)
def test_docs_every_stage_is_documented(name: str) -> None:
    assert f"`{name}`" in DOCS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_docs_every_command_is_documented(name: str) -> None:
    assert f"waqia {name}" in DOCS


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(waqia.__path__, "waqia.")
                   if not m.name.endswith("__main__"))


@pytest.mark.parametrize("module", _modules())
def test_docs_doctests_pass(module: str) -> None:
    mod = importlib.import_module(module)
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{module}: {result.failed} doctest(s) failed"
