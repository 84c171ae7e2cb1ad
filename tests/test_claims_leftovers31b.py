"""Claims, the leftovers of round 31's sets J and K (#10): families left as strict xfails by those whole
articles, probed here one sentence at a time with sentences of our own.  Each case compares the complete claim
set of its text as (kind, value, side).

* ship-crew: the crew of a ship, a tanker or a boat («أفراد طاقم سفينة الشحن», «أحد أفراد طاقم السفينة»,
  «ثلاثة بحارة») are civilians, as its passengers are (actor_terms.tsv); a warship's crew («طاقم الفرقاطة»,
  «طاقم السفينة الحربية») is the navy's, and a tank's crew stays of no known side (ship-crew-control).
* truce-since: «منذ» after a truce, a curfew or a state of emergency in force («الهدنة المعلنة منذ عام», «وقف إطلاق
  النار الساري منذ أسابيع», «حظر التجول المفروض منذ أيام») dates that state, not the attack its sentence tells,
  which stays the news with its toll (background_cues.tsv type ``ongoing``); «منذ» dating the truce's own
  declaration or a war's start still puts its toll in the past (truce-since-control).
* told-agency (with speakers): «ونفى X الأرقام، وقال في تصريح لوكالة Y إن ...»: a verb with no subject of its own
  after the sentence's speaker, with «في تصريح» and an outlet after «ل», goes on with that speaker; Y was told
  (stages/sources/stage._verb_source).  A speaker named before «في تصريح لـ», «في حديث لـ», an opening «وفي تصريح
  لـX» (X owns the statement) and «نقلت Y عن X» read as before (told-agency-control).

The sentences are our own, one a line in tests/cases/claims_leftovers31b.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers31b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"ship-crew", "ship-crew-control", "truce-since", "truce-since-control"}
    assert {c["family"] for c in SOURCED} >= {"told-agency", "told-agency-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
