"""Who said each figure: a speaker told of in a relative clause on it (#10).

«وطالبت منظمة العفو الدولية، التي قالت إن 20 مدنيا قتلوا، بتحقيق»: the reporting verb after the relative
pronoun has the name before the pronoun as its subject, however long (stages/sources/antecedent.py);
«الذي وثق مقتل 20» reports what it counted; «الذي تحدث شريطة عدم الكشف عن هويته» tells about the
speaker and reports nothing. The cases are our own sentences, one a line in
tests/cases/sources_antecedent19.jsonl (as in tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_antecedent19")


def test_the_cases_cover_the_clause_that_reports_and_the_one_that_does_not() -> None:
    assert {c["family"] for c in CASES} == {"relative-on-speaker", "relative-counted", "relative-about-speaker"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)
