"""Claims, the leftovers of round 30 sets C and D (#10): families left as strict xfails by the whole
articles of sets C and D, probed here one sentence at a time with sentences of our own.  Each case
compares the complete claim set of its text as (kind, value, side).

* vowel-dual: a person noun in «ين» is written alike as a sound plural and as a dual; where the
  original writes a fatha on the letter before the ending («استشهاد مقاومَين», «مدنيَّين») it is a dual
  and counts two (core/morphology.vowelled_dual, claims/index._vowelled_duals); a kasra there
  («مقاومِين»), no mark, or the nominative endings read as before (vowel-dual-control).
* suspects-unrest: people of no kind suspected of violence among people («اعتقلت 14 شخصا يشتبه في تورطهم في
  أعمال العنف», «... في أعمال الشغب», «... بالاشتباكات القبلية»: claim_words.tsv role ``unrest`` within five
  words after the word of suspicion) are civilians, as GUIDELINES codes arrested protesters; suspects of an
  attack, a bombing or membership of an armed group stay the armed group's (claims/owners.suspected;
  suspects-unrest-control).
* charged-kind: a charge of membership right after a noun for people of no trade or role («سبعة شبان بتهمة
  الانتماء لخلايا التنظيم», «خمسة مواطنين», «ثلاثة رجال»: actor_terms.tsv flag ``plain``) makes them suspects of
  the armed group, as it does people of no kind (claims/owners.suspected); journalists charged so, another
  charge («بتهمة رشق الحجارة») or none leave them civilians (charged-kind-control).
* count-relative: «وكانت الحصيلة التي أعلنها X، صباح الأربعاء، قد أشارت إلى سقوط 9 قتلى»: a reporting verb
  with no subject after it, a few words after the speaker of a relative clause on a count, has that
  count as its subject, so the count's speaker tells the figure (sources/tally.count_told_by), not the
  speaker of the sentence before whose gender the verb agrees with; a verb before the count, a subject
  that is no count, and a body's own later verb read as before (count-relative-control).
* launched-act: «أعلن الرئيس إطلاق عملية عسكرية ...، غداة هجوم أودى بحياة 40 جنديا»: the launch or start
  of an operation, a campaign or an inquiry («إطلاق», «بدء»: speaker_words.tsv role ``declared``) is an act
  declared, as «الحداد» is; the toll told in a clause on the event noun of an adjunct after it («غداة»,
  «عقب», «إثر») or on the event inside its object is the outlet's (sources/declared.py); a toll the
  operation's own clause tells, a figure before the adjunct («إطلاق سراح 5 ... بعد عملية أسفرت عن»), or a
  verb of saying after it stay the speaker's (launched-act-control).

The sentences are our own, one a line in tests/cases/claims_leftovers30b.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers30b")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"vowel-dual", "vowel-dual-control", "suspects-unrest",
                                            "suspects-unrest-control", "charged-kind", "charged-kind-control"}
    assert {c["family"] for c in SOURCED} >= {"count-relative", "count-relative-control", "launched-act",
                                               "launched-act-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
