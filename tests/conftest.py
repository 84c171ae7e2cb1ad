"""Shared fixtures.  Tests that need ../shared skip with a clear message when it is absent."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from test_store_fixtures import db_url, store  # noqa: F401  (the store fixtures, shared by every store test)

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("WAQIA_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path inside ../shared, or skip the test saying why."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is not here: these tests need the shared evaluation data (../shared)")
    return p


@pytest.fixture(scope="session")
def dev_inputs() -> list[dict[str, Any]]:
    path = shared_path("eval", "dev-input.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def extract():
    import waqia

    return waqia.extract


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    """The default pipeline with default settings (a test module may define its own)."""
    from waqia.pipeline import default_pipeline
    from waqia.settings import Settings

    return default_pipeline(Settings())


def read_before(stage_name: str, text: str, **meta: Any) -> Any:
    """The document ``text`` makes as the default pipeline's stage ``stage_name`` receives it (every
    stage before it run), for tests that compare a stage's fast path with the plain reading."""
    from waqia.core.document import Document
    from waqia.pipeline import default_pipeline
    from waqia.settings import Settings

    pipe = default_pipeline(Settings())
    doc = Document.from_text(text, **meta)
    for stage in pipe.stages:
        if stage.name == stage_name:
            return doc
        doc = stage.fn(doc, pipe.ctx)
    raise AssertionError(f"no stage {stage_name} in the default pipeline")
