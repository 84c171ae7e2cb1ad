"""Sides, speakers and tallies of set W's families (#10, session 31, round 34): the Sahel, Lake Chad and West Africa.

* vdp-told-back: Burkina Faso's VDP named in the construct state («بمتطوعي الدفاع عن الوطن», «متطوعو الدفاع عن
  الوطن») and told back by «المتطوعين»: the state's side (claims/forces._stem reads the plural in construct); other
  volunteers stay civilians;
* preliminary-count: «في وقت سابق» right after a verb of report before a preliminary toll («تحدثت في وقت سابق عن
  حصيلة أولية بلغت 12 قتيلا») dates the saying: an earlier count of the same event, no running total
  (claims/context.dates_report; claim_words.tsv role ``preliminary``); and «حصيلة» in a later clause of the sentence
  («أعلنت في وقت سابق مقتل تسعة ...، قبل أن تتضح حصيلة الهجمات الأخرى») makes no running total of a figure that
  only «في وقت سابق» dates (claims/context.cumulative; a count a rise supersedes before it stays none:
  claims_precision25's report-after);
* attackers-relative: the attackers in a toll's relative clause («حصيلة الهجمات التي شنها مسلحون إلى مقتل 45 شخصا»)
  count no figure past another casualty word (claims/relative.py); a count of attackers stays one;
* pupils: «تلميذ», «تلميذة» are civilians, and their parts add up (actor_terms.tsv);
* long-ago: what is still so a decade after («ما زلن في عداد المفقودين بعد عقد كامل») and a phenomenon («ظاهرة
  يومية») tell no event (background_cues.tsv); a recent abduction stays one.

The sentences are our own, one a line in tests/cases/claims_sahel34w.jsonl; each compares the text's full set
of claims (kind, value, side, and the speaker's name or none), and its relevance where the line gives it.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import assert_claims, family_params, load

CASES = load("claims_sahel34w")


def test_the_cases_cover_the_families() -> None:
    assert {c["family"] for c in CASES} == {
        "vdp-told-back", "preliminary-count", "attackers-relative", "pupils", "long-ago"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_text(case: dict[str, Any]) -> None:
    assert_claims(case)


@pytest.mark.parametrize("case", [c for c in CASES if "relevant" in c], ids=lambda c: c["text"][:30])
def test_relevance_of_the_text(case: dict[str, Any]) -> None:
    assert waqia.extract(case["text"], published="2024-04-14")["relevant"] is case["relevant"]
