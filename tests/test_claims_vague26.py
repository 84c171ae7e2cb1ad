"""Figure-less (vague) claims, twenty-sixth round (#10): wordings of an uncounted toll the reading
did not read at all.  Each case compares the complete claim set of its sentence as (kind, value,
side): an extra claim fails as a missing one does.

* The subject of «لقي» counted by no figure: «ولقي مدنيون حتفهم», «لقي عناصر من الشرطة مصرعهم»,
  «ولقي آخرون حتفهم» (a plural noun for people with no article right after «لقي», up to its object
  «حتفهم»/«مصرعهم»; claims/uncounted.py) is a vague toll of the dead, of the side its words name; «آخرون»
  with no figure before it to take a side from are civilians, as after a casualty verb
  (claims/mixed._lone_others).  A definite subject («ولقي الجنود حتفهم») refers back: none.
* An uncounted noun of injury after the «إلى», «في» of a verb of result, as after its «عن»: «أدى
  القصف إلى إصابات», «تسبب إطلاق الغاز المسيل للدموع في حالات اختناق» (claims/things._occurred; the
  subject between the verb and the preposition up to two words, as for «عن»; a longer one is a strict
  xfail).  Hits («إصابات مباشرة»),
  damage («أضرار», «خسائر مادية») and denied losses stay none.
* «عدد كبير», «عدد غير محدد/معروف» with no «من» after them are vague amounts (number_words.tsv), as
  «عدد آخر» is: «وأصيب عدد كبير بجروح»; an amount of things stays none.
* «فقد»/«فقدت» with a vague amount after its subject and a noun for people: «فقد الجيش عددا من جنوده»
  is a vague toll of the dead (claims/subject._lost read only figures); homes or vehicles lost, none.
* «آخرون» right after «أن», «إن» and before a verb that follows its victims: «وإن آخرين أصيبوا»
  (claims/uncounted._fronted), civilians unless a figure before it gives them a side; a plural noun
  for people there («أن مدنيين قتلوا») is a strict xfail (tried and dropped, see the case's reason).
* A broken plural for people in the indefinite accusative («أطفالا», «شبانا», «جنودا», «أشخاصا»)
  is the noun it inflects (actor_terms.tsv inflect ``broken``): «خطف المسلحون أطفالا», «حملة
  اعتقالات طالت شبانا» are vague captures of civilians (the object went unread).
* «وجود» is a noun of occurrence (claim_words.tsv, as «وقوع», «حدوث»): «أكد مسعفون وجود إصابات»;
  «عدم وجود إصابات», «نفى وجود إصابات» deny them.

The sentences are our own, one a line in tests/cases/claims_vague26.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_vague26")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"met-subject", "met-counted", "result-object", "result-none",
                                                 "amount-alone", "lost-vague", "existence", "others-fronted", "broken-accusative"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_vague_toll_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}
