from __future__ import annotations

import pytest

import waqia
from waqia.errors import PipelineError
from waqia.pipeline import DEFAULT_STAGES, Context, Pipeline, registry
from waqia.settings import Settings


@pytest.mark.parametrize("value, warning", [
    ("", "empty"),
    ("   \n ", "empty"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    ("The army said three soldiers died.", "not Arabic"),
    (None, "empty"),
    (12345, "not text"),
])
def test_pipeline_bad_input_warns_and_never_raises(value: object, warning: str) -> None:
    doc = waqia.extract(value)  # type: ignore[arg-type]
    assert doc["events"] == []
    assert any(warning in w for w in doc["warnings"]), doc["warnings"]


def test_pipeline_huge_input_is_cut_with_a_warning() -> None:
    text = "قتل 3 جنود في هجوم. " * 1000
    doc = waqia.extract(text, settings=Settings(max_chars=5000))
    assert any("cut" in w for w in doc["warnings"])


def test_pipeline_html_with_scripts_is_text() -> None:
    doc = waqia.extract("<script>alert(1)</script> قتل 3 جنود في هجوم على حاجز للجيش أمس")
    assert isinstance(doc["events"], list)


def test_pipeline_registry_names_are_versioned() -> None:
    assert sorted(registry()) == sorted(DEFAULT_STAGES)
    assert all(name.endswith(".v1") for name in registry())


def test_pipeline_rejects_wrong_order() -> None:
    from waqia.core.lexicon import default_lexicon

    with pytest.raises(PipelineError):
        Pipeline(("claims.v1", "sentences.v1"), Context(Settings(), default_lexicon(), None))


def test_pipeline_no_publication_date_warns() -> None:
    doc = waqia.extract("قتل 3 جنود في هجوم على حاجز للجيش أمس الأربعاء.")
    assert doc["published"] is None
    assert any("أمس" in w or "publication" in w for w in doc["warnings"])
