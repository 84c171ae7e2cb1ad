"""Who said each figure: a speaker named by a title and a pronoun (#10).

«وقال المتحدث باسمها» after «حركة الشباب», «وقال رئيسها» after «لجنة الصليب الأحمر»: the name is written
in full, the title and the body the pronoun stands for (stages/sources/possessed.py), the one named
first in the nearest sentence that agrees with the pronoun; after a person («الرئيس») or with no body
named, the name stays as written. Names are compared exactly here (the scorer would take the short
form for the long one). The cases are our own sentences, one a line in
tests/cases/sources_possessed19.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_possessed19")


def test_the_cases_cover_bodies_persons_and_no_one() -> None:
    assert {c["family"] for c in CASES} == {"title-of-body", "title-of-person", "title-of-no-one"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_speakers_name_is_written_in_full(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}
