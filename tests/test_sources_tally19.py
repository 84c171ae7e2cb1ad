"""Who said each figure: a count with an adjective that is no nisba (#10).

«بحسب حصيلة جديدة», «حصيلة محدثة», «حصيلة مؤقتة»: the adjective agrees with the count and names no
one (stages/sources/tally.py), as «حصيلة أولية» did; «حصيلة مرشحة للارتفاع» takes a complement after
«ل», no owner; a body after the adjective («حصيلة جديدة لوزارة الصحة», «أعلنتها الوزارة») or a head in
construct («حصيلة منظمة الصحة العالمية») still owns the count. The cases are our own sentences, one a
line in tests/cases/sources_tally19.jsonl (as in tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_tally19")


def test_the_cases_cover_counts_with_and_without_an_owner() -> None:
    assert len(CASES) >= 10
    assert {c["family"] for c in CASES} == {"tally-adjective", "tally-owner"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)
