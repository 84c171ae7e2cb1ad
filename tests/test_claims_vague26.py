"""Figure-less (vague) claims, twenty-sixth round (#10): wordings of an uncounted toll the reading
did not read at all.  Each case compares the complete claim set of its sentence as (kind, value,
side): an extra claim fails as a missing one does.

* The subject of «لقي» counted by no figure: «ولقي مدنيون حتفهم», «لقي عناصر من الشرطة مصرعهم»,
  «ولقي آخرون حتفهم» (a plural noun for people with no article right after «لقي», up to its object
  «حتفهم»/«مصرعهم»; claims/met.py) is a vague toll of the dead, of the side its words name; «آخرون»
  with no figure before it to take a side from are civilians, as after a casualty verb
  (claims/mixed._lone_others).  A definite subject («ولقي الجنود حتفهم») refers back: none.
* An uncounted noun of injury after the «إلى», «في» of a verb of result, as after its «عن»: «أدى
  القصف إلى إصابات», «تسبب إطلاق الغاز المسيل للدموع في حالات اختناق» (claims/things._occurred; the
  subject between the verb and the preposition may run to five words).  Hits («إصابات مباشرة»),
  damage («أضرار», «خسائر مادية») and denied losses stay none.

The sentences are our own, one a line in tests/cases/claims_vague26.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_vague26")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"met-subject", "met-counted", "result-object", "result-none"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_vague_toll_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}
