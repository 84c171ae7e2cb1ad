"""Claims, round 30 set B (#10): families found by reading whole articles of our own (Syria, Iraq,
Palestine, Libya, Egypt, Algeria, Tunisia; tests/cases/articles30b.jsonl) and probed here one
sentence at a time.  Each case compares the complete claim set of its text as (kind, value, side).

* one-of: «أحد» or «إحدى» before a definite plural («أحد المصابين», «إصابة أحد العسكريين متوسطة»,
  «توفي أحد الجرحى»), after a larger figure of its kind and side in its sentence or the one before, is
  one of those counted, no claim of its own (claims/restated._one_of); with no such figure before it,
  or after another side's, it counts one (not-one-of).
* unit-tail: a counted subject before its verb may carry «من» and a definite noun of the unit it is
  of («جنديين من الكتيبة أصيبا», «ثلاثة جنود من السرية الثانية أصيبوا»), as it carries «في» and where
  they were (claims/subject._whole_phrase).

* residents: «سكان» and «أهالي» in construct («ثلاثة من سكان القرية», «خمسة من أهالي البلدة») name
  civilians, as «السكان» and «الأهالي» do (actor_terms.tsv, flag backref: a side for the figure, no
  actor of its own); read as no side, the figure took the side of the claim before it.

* joint-force: «مشتركة» after an indefinite subject right after the act word («اعتقلت مفارز مشتركة
  للجيش ثلاثة», «قوة أمنية مشتركة») describes it, as a definite adjective of origin does: the victims
  stand a word further (claims/subject.subject_adjectives; claim_words.tsv role ``adjective``).
* maghreb-arrest: «أوقف» of people is left a strict xfail (tried: it lowered check).

The sentences are our own, one a line in tests/cases/claims_articles30b.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_articles30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"one-of", "not-one-of", "unit-tail", "residents", "joint-force"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-03-10") == {tuple(c) for c in case["claims"]}
