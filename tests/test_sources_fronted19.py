"""Who said each figure: a speaker of a fronted clause of time or contrast (#10).

«وفي حين تقول الحكومة إنها تسيطر على المدينة، قتل 12 مدنيا»: the clause opened by «في حين», «فيما»,
«بينما», «عندما», «بعد أن», «منذ أن» ends at its comma, and the main clause after it is the outlet's
own account (stages/sources/fronted.py). A fronted clause that tells a figure itself keeps what follows
its comma; a verb of saying in the main clause, with its subject or going on with the fronted
clause's speaker, speaks. The cases are our own sentences, one a line in
tests/cases/sources_fronted19.jsonl (as in tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_fronted19")


def test_the_cases_cover_the_clause_and_what_keeps_its_speaker() -> None:
    assert len(CASES) >= 12
    assert {c["family"] for c in CASES} >= {"fronted-main-clause", "fronted-other-speaker",
                                              "fronted-figure-inside", "fronted-speaker-goes-on"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


def test_a_coordinated_clause_after_a_speaker_is_not_fronted() -> None:
    """«قال X إن ...، فيما قتل 5» is the twelfth round's open family (1g): the speaker is kept."""
    assert_speakers({"text": "قال الجيش إن قواته تقدمت في المنطقة، فيما قتل 5 مدنيين في القصف.",
                     "sources": [[5, "الجيش"]]})
