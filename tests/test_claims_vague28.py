"""Figure-less (vague) claims, twenty-eighth round (#10): the dead and wounded told as being there, or
told only through what is done to them.  Each case compares the complete claim set of its text as
(kind, value, side): an extra claim fails as a missing one does.

* «هناك», «ثمة» right before an uncounted noun of injury tell of people hurt, as a word of occurrence
  does («وهناك إصابات بين المدنيين», «إن ثمة إصابات في صفوف الجنود»; claim_words.tsv role ``there``,
  claims/things.py).  Existence hoped for, feared, possible, asked or denied is none: «أن تكون هناك»,
  «قد يكون هناك», «لم تكن ثمة», «ليس هناك», «لا يوجد (أي)», «لا معلومات عن» (claim_blockers.tsv).
* News of injuries: «أنباء», «تقارير», «أخبار» then «عن» before an uncounted noun of injury («وردت أنباء عن
  إصابات», claim_words.tsv role ``news``), as «أنباء عن سقوط قتلى» was read; «لا أنباء عن», «لم ترد
  أنباء عن» deny, hits («إصابات مباشرة») stay none.
* An uncounted victim noun before «إلى» is read («نقل جرحى إلى المستشفى»): the matching form of «إلى»
  opens as the article does, and the noun was taken for a construct (claims/context.construct).
* A definite noun of the wounded or the dead right after a word of care, transport, rescue or burial,
  or after it and its definite subject («وتم إسعاف المصابين», «ونقلت الطواقم الجرحى», «ينقلون
  الجثث», «انتشال الجثث»; claim_words.tsv role ``care``) is a figure-less claim of that kind when no
  claim of the kind was read in the article (claims/cared.py); when one was, they are the same people
  and nothing is added; a subject of two words in construct may stand between («ونقلت سيارات الإسعاف
  الجرحى»), and the noun may be indefinite in construct with an event («جرحى القصف», not «جرحى الحرب»,
  «قتلى الجيش»); the bodies in construct may stand between («انتشال جثث الضحايا», «وشيع
  الأهالي جثامين الشهداء»).  An article that reads no claim needs an event named in the sentence or the one
  before: care alone («تكفلت الوزارة بعلاج الجرحى») tells of no event, nor does a relative clause that
  says what a body does («الهلال الأحمر، الذي يتولى إسعاف الجرحى»).  Such a claim places no event
  (its role ``care``: tests/test_places_round10.py).
* «أصاب», a verb that hits people or things, with no figure, hits people when wounds follow its object
  («وأصابت الشظايا العشرات بجروح») or when its object is «آخرين» («وأصابوا آخرين»): claims/things.py.
  Damage («بأضرار»), buildings and targets stay none.

The sentences are our own, one a line in tests/cases/claims_vague28.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_vague28")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"existence", "existence-none", "to-hospital", "care", "care-counted",
                                                 "care-none", "care-bodies", "hit-people",
                                                 "hit-things", "news", "news-none",
                                                 "care-construct"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_vague_toll_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}
