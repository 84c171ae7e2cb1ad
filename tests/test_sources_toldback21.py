"""Who said each figure: a speaker told back by another form of its name (#10).

A short form the article gave in brackets after the full name («مكتب ... (أوتشا)», «وكالة الأنباء
العراقية (واع)», «الدفاع المدني السوري (الخوذ البيضاء)») names that full name when it speaks later
(stages/sources/glossed.py); in «مصدر في الجيش X (Y)» Y is the army, not the source. A bracket that is
no name of the speaker («(ومقره لندن)», «(جنوب X)», «(معارضة)») changes nothing. The body a speaker
speaks for, told back short («المتحدث باسم الوزارة», «مسؤول في الهيئة», «المتحدث باسم الجيش»), is
written in full as the article named it before (stages/sources/bodies.py); with no fuller name before,
the name stays as written. An acronym source_names.tsv knows («واس», «أوتشا», «الأونروا») is named by
its canonical full name when it is the whole speaker, not inside a longer one («مسؤول في الأونروا»).
The span keeps the words the sentence wrote. Names are compared exactly
here. The cases are our own sentences, one a line in tests/cases/sources_toldback21.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_toldback21")


def test_the_cases_cover_brackets_and_bodies_told_back() -> None:
    assert {c["family"] for c in CASES} == {"bracketed", "bracketed-inner", "not-glossed", "body-told-back",
                                            "body-as-written", "known-acronym", "acronym-in-longer-name"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_speaker_is_named_as_the_article_named_it_in_full(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}


def test_the_span_keeps_the_short_form_the_sentence_wrote() -> None:
    for text, short in ((CASES[0]["text"], "أوتشا"), (_first("body-told-back")["text"], "المتحدث باسم الوزارة")):
        (claim,) = claims(text)
        source = claim["source"]
        assert source["text"] == short and text[source["start"]:source["end"]] == short


def _first(family: str) -> dict[str, Any]:
    return next(c for c in CASES if c["family"] == family)
