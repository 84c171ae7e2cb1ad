"""Claims, the leftovers of round 33 (#10): families left as strict xfails by sets R, S, T and U, probed here one
sentence at a time with sentences of our own (other words, countries and outlets' styles).  Each case compares
the complete claim set of its text as (kind, value, side); those marked ``sourced`` their speakers too.

* force-size: the size of an attacking force told right after it («إن المهاجمين، وعددهم نحو 15 مسلحا، ...»,
  «المسلحين البالغ عددهم», «الذين بلغ/يبلغ عددهم»): a participants claim, only right after a noun for armed men
  of many (casualty_terms detail ``force``, claims/steps.sized_force); a figure that names no side takes the side
  of the men it sizes (claims/steps.force_side).  After victims, soldiers or the displaced the words count no
  force (force-control).
* held-one-died: «أحد» and a noun of the held or the wounded right before a singular verb of death («أن أحد المعتقلين
  توفي تحت التعذيب», «أحد المختطفين قتل على يد الخاطفين»): one dead of that noun's side, no count of the held
  (claims/steps.of_the_held, held_then_died), as the dual «شخصين من المعتقلين توفيا» is; the one of the wounded
  who died beside a toll raised is its step.  Released, held, or a verb with its own object after it
  («أحد المعتقلين قتل اثنين من الحراس») read as before (held-one-control).
* others-three: counted «آخرين» three sentences after their toll, no figure between («قتل ستة جنود ... وقال ضابط إن
  ... وأوضح أن ... وأضاف أن أربعة آخرين أصيبوا»), are more of that toll's side (claims/rules._near: the reach of a
  counted «آخرين» is three sentences); a bare «آخرين» stays a mention of its own (others-three-control).
* topic-speaker: a speaker fronted by the topic particle «أما» and answered by «ف» on the reporting verb or its «قد»
  («أما الجيش فقال إن», «وأما التنظيم فقد زعم أن», a subject with its own relative clause or a comma before «فقد»):
  the words after «أما» are the speaker, however long (sources/fronted.topic_subject), and «أما» is no part of its
  name (speaker_words role ``topic``); «أما» before a place or a verb that reports nothing names no one
  (topic-control).
* pair-by-verb: two people told back by a definite noun in «ين», plural and dual alike, whose verb right after it is
  dual («إن المقاتلين قضيا على الفور», «أن المسلحين قتلا», «إن المدنيين أصيبا»): the two told before, whose toll takes
  the speaker (sources/tollback.pairs_told, morphology role ``verb_dual``); with a plural verb («إن المقاتلين
  قتلوا») they are no pair told back (pair-control).

The sentences are our own, one a line in tests/cases/claims_leftovers33.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers33")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"force-size", "force-control", "held-one-died", "held-one-control",
                                            "others-three", "others-three-control"}
    assert {c["family"] for c in SOURCED} >= {"topic-speaker", "topic-control", "pair-by-verb",
                                                "pair-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
