"""Who said each figure: a verb of saying inside another speaker's quotation (#10).

«وأضاف المتحدث: "أكدت لنا فرق الإسعاف أن 7 أشخاص قتلوا"»: the verb stands inside the quotation opened
after the speaker in the same sentence, and the figure is the quoted speaker's account, as a verb of
saying after «أن» is (stages/sources/embedded.py); a quotation closed before the verb, and an outlet
telling what a body said, leave the verb its own subject. The cases are our own sentences, one a line
in tests/cases/sources_quoted19.jsonl (as in tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_quoted19")


def test_the_cases_cover_open_and_closed_quotations() -> None:
    assert {c["family"] for c in CASES} == {"quoted-teller", "quote-closed", "outlet-tells"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)
