"""Who said each figure: a force's short name told back as the speaker (#10).

«وقال "داعش"» after «تنظيم الدولة الإسلامية», «أعلنت "قسد"» after «قوات سوريا الديمقراطية»: the speaker
is named in full, as the article gave the force before (stages/sources/forces.py; two names are one force
when actor_terms.tsv gives them the same canonical name), while the span keeps the words the sentence
wrote. With no fuller name before (only after, or only an ambiguous one such as «قوات الدعم»), or when the
force is only part of the speaker («المتحدث باسم داعش»), the name stays as written. Names are compared
exactly here. The cases are our own sentences, one a line in tests/cases/sources_forces20.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load

CASES = load("sources_forces20")


def test_the_cases_cover_short_names_with_and_without_a_fuller_one() -> None:
    assert {c["family"] for c in CASES} == {"short-after-full", "no-fuller-before", "longer-speaker"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_forces_name_is_the_fuller_one_given_before(case: dict[str, Any]) -> None:
    found = {c["value"]: c["source"] and c["source"]["name"] for c in claims(case["text"])}
    assert found == {value: name for value, name in case["sources"]}


def test_the_span_keeps_the_short_name_the_sentence_wrote() -> None:
    text = CASES[0]["text"]
    (claim,) = claims(text)
    source = claim["source"]
    assert source["text"] == "داعش" and text[source["start"]:source["end"]] == source["text"]
