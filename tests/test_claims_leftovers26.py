"""Claims, twenty-sixth round of leftovers (#10): misreadings the helpers of the round found.  Each
case compares the complete claim set of its sentence as (kind, value, side): an extra claim fails
as a missing one does.

* The first person plural of a verb of capture (casualty_terms.tsv: «اعتقلنا», «احتجزنا», «أسرنا»)
  holds the people counted after it, of the side their noun names («اعتقلنا 3 مطلوبين»); the
  speaker's own men («من رفاقنا», «من عناصرنا») are of the speaker's side, as for «فقدنا», «أصيب».
  «أسرنا» is also «our families»: detail ``counted`` keeps a claim only with a figure after it
  (claims/things.kept_by_detail), so «معاناة أسرنا وأطفالنا» gives none.
* A dual body with no figure («جثتين», «جثتان») is a figure of two, as «قتيلان», «جريحان» are.
* «سقطوا» after a noun of the wounded, right before it or before its relative («12 جريحا سقطوا»,
  «عدد الجرحى الذين سقطوا ... إلى 30», «الجرحى الذين سقطوا ... بلغ عددهم 14»), tells the kind of
  that noun, not a death (claims/steps.wounded_who_fell): injured; after the dead or a noun of no
  kind («المدنيين الذين سقطوا») it stays killed.
* Travellers, passengers, visitors, pilgrims, tourists and mourners counted after a figure of
  another side («مسافر», «راكب», «زائر», «زوار», «حجاج», «حاجا», «سائح», «سياح», «مشيع»; actor_terms.tsv) name their own side, civilians: they no longer take the side of
  the figure before them («قتل 4 جنود ... واحتجز 300 مسافر»); «آخرين» still does.
* «أوقفوا» after its figure stays unread (a strict xfail): read as a capture it also took the men
  who stopped a bus.

The sentences are our own, one a line in tests/cases/claims_leftovers26.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_leftovers26")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"first-person", "own-men", "first-person-noun", "dual-no-figure",
                                                 "participle-after", "fell-wounded", "fell-dead",
                                                 "people-own-side"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_leftover_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}
