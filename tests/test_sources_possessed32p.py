"""Who said each figure: a title with a pronoun and then the speaker's own name (#10, set P).

«وقال المتحدث باسمها محمد خراساني» after «حركة طالبان باكستان»: the title and its pronoun stand for the body
named before, as in tests/test_sources_possessed19.py, and the person's name of two words or more that
follows the title is kept after the body (stages/sources/possessed.py). After a person, or with no body
named, the name stays as written. The cases are our own sentences, one a line in
tests/cases/sources_possessed32p.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_possessed32p")


def test_the_cases_cover_bodies_persons_and_no_one() -> None:
    assert {c["family"] for c in CASES} == {"title-and-name-of-body", "title-and-name-of-person",
                                            "title-and-name-of-no-one"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_speakers_name_is_written_in_full(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}
