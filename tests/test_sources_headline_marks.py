"""A colon after marks and no word («; X:») is no headline speaker and no crash (found by the fuzz
profile: the sources stage asked for a token before the colon that was not there)."""

from __future__ import annotations

import pytest

import waqia


@pytest.mark.parametrize("text", ["; \U00018cd6:", "؛ ، :", "- . :", "«» :قتل"])
def test_marks_before_a_colon_read_without_error(text: str) -> None:
    rec = waqia.extract(text, published="2024-05-02")
    assert all(c["source"] is None for e in rec["events"] for c in e["claims"])


def test_a_headline_speaker_before_a_colon_still_speaks() -> None:
    rec = waqia.extract("الصحة في خانيونس: مقتل 4 في غارة على مخيم للنازحين.", published="2024-05-02")
    assert [(c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]] == ["الصحة في خانيونس"]
