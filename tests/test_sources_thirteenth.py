"""Who said each figure: the thirteenth round's probes (#10), speakers that were not found at all.

tests/cases/sources_thirteenth.jsonl holds sentences and short paragraphs written for these tests,
one case a line (``{"family", "text", "sources": [[value, name or null], ...]}``, as in
tests/test_sources_twelfth.py): a speaker named after the figure («بحسب ما أفادت به X», «وفق حصيلة
أوردتها X», «على ما ذكرت X»), a statement or count that opens its sentence with its owner after «ل»
(«وفي بيان للجيش، قتل», «وفي حصيلة أولية للوزارة،»), verbs of recording («رصد», «سجل», «يوثق»,
«يحصي»), a later sentence that names who told the one before («هذا ما أكده X», «وذكرت X ذلك في
بيان»), and an account that goes on over sentences, with where it stops.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_thirteenth")


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 90
    assert len({c["family"] for c in CASES}) >= 60
    assert any(name is None for c in CASES for _, name in c["sources"])  # the outlet's own voice


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)
