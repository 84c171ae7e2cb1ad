"""Who said each figure: a headline's label before its colon (#10).

«شاهد: مقتل 3 ...» (watch), «صور: ...» (pictures), «فيديو: ...»: a source head alone that is also a
headline's label (speaker_words.tsv role ``rubric``) is no speaker before the colon
(stages/sources/opening.py); «شاهد عيان:», «مصادر:», «صور الأقمار الصناعية:» and «وقال شاهد:» still
speak. The cases are our own sentences, one a line in tests/cases/sources_rubric19.jsonl (as in
tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, family_params, load

CASES = load("sources_rubric19")


def test_the_cases_cover_labels_and_speakers() -> None:
    assert {c["family"] for c in CASES} == {"rubric", "headline-speaker", "body-speaker"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)
