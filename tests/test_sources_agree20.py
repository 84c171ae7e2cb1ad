"""Who said each figure: a verb with no subject that goes on with a force named by a plural head (#10).

«أعلنت قوات X ... . وقالت في بيان إن», «قالت كتائب X ... . وأضافت أن»: a plural of things or of a
force («قوات», «فصائل», «كتائب», «وحدات», «ألوية», «سرايا», «ميليشيات») takes a feminine verb, as «مصادر»
does (speaker_words.tsv role ``plural``; stages/sources/agreement.py), though its name has no feminine
ending. A masculine verb still goes on with a masculine speaker named before. The cases are our own
sentences, one a line in tests/cases/sources_agree20.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_agree20")


def test_the_cases_cover_forces_and_other_speakers_going_on() -> None:
    assert {c["family"] for c in CASES} == {"force-goes-on", "other-goes-on"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_a_subjectless_verb_goes_on_with_the_speaker_it_agrees_with(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}
