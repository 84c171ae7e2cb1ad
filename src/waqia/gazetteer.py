"""Gazetteer access (PLACEHOLDER: the bundled one is empty for now)."""

from __future__ import annotations

from typing import Any


def open_gazetteer(path: str | None) -> Any:
    return None
