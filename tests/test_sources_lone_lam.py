"""A lone «ل» closing the text after a verb of saying is no one told, and no crash (found by the fuzz
profile in CI: the addressee reader asked for the word after it)."""

from __future__ import annotations

import pytest

import waqia


@pytest.mark.parametrize("text", ["آكد;ل", "قال ل", "وأعلن الجيش ل", "قالت الوزارة لـ"])
def test_a_lone_lam_at_the_end_reads_without_error(text: str) -> None:
    rec = waqia.extract(text, published="2024-05-02")
    assert not rec["relevant"] and rec["events"] == []


def test_a_lam_with_a_name_after_it_is_still_who_was_told() -> None:
    rec = waqia.extract("قال مصدر أمني لوكالة الأناضول إن 3 جنود قتلوا في هجوم على حاجز بمدينة درنة أمس.",
                        published="2024-05-02")
    assert [c["source"]["name"] for e in rec["events"] for c in e["claims"]] == ["مصدر أمني"]
