"""Who said each figure: a force that opens its sentence as the subject, then a verb of saying joined by
«و» with no subject of its own (#10).

«الحوثيون قصفوا ...، وقالوا إن», «الجيش السوداني شن غارات على مواقع X وأعلن مقتل»: the verb's subject is
the name that opens the sentence (after an adjunct and its comma at most), as it is for a sentence that
opens with a verb and its subject (stages/sources/opening.py). A verb with its own subject keeps it; a
sentence that no name opens keeps the earlier speaker or none. The cases are our own sentences, one a
line in tests/cases/sources_fronted20.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_fronted20")


def test_the_cases_cover_fronted_forces_and_verbs_with_subjects() -> None:
    assert {c["family"] for c in CASES} == {"fronted-force", "own-subject", "no-name-opens"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_fronted_force_says_what_its_joined_verb_says(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}
