"""Sources, round 30 set B (#10): speakers found missing or too long in whole articles of our own
(tests/cases/articles30b.jsonl), probed one sentence at a time.  Each case gives every figure of its
text with its speaker, names compared as the scorer compares them.

* denial-then-speech: a body denies, then speaks on in a verb joined by «و» or a participle with no
  subject of its own («لكن المكتب الإعلامي للجيش نفى ذلك، وقال إن ...»).  The masculine «نفى» ends a
  name (source_stops.tsv): read as an adjective of origin, it took the name on to the verb and its
  object («المتحدث العسكري نفى الرواية»).
* branch: «شعبة» opens a body's name (source_names.tsv head: «شعبة الإعلام الحربي», «شعبة المعلومات»,
  «شعبة الاستخبارات العسكرية»), as «مديرية» and «دائرة» do.

The sentences are our own, one a line in tests/cases/sources_articles30b.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_articles30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"denial-then-speech", "branch"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize("case", family_params([c for c in CASES if "exact" in c]))
def test_the_name_stops_before_the_verb(case: dict[str, Any]) -> None:
    """The speaker's name is the body's, no more: not the verb of denial and its object after it."""
    assert {(c["source"] or {}).get("name") for c in claims(case["text"])} == {case["exact"]}
