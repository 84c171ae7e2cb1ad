"""Claims, families found by set R's whole articles (the war in Gaza, Lebanon and Israel, #10), probed one
sentence at a time with sentences of our own (tests/cases/claims_articles33r.jsonl).

* definite-duration: «خلال الساعات الـ24 الماضية», «الأيام الـ3»: a figure that takes the article right after a
  definite unit of time is its adjective, a span of hours or days that counts nobody (claims/things.aged); the
  health ministry's daily count after it is the claim («راح ضحيتها 30 شهيدا»).
* spent-time: «قضى ملايين السكان ليلتهم في الملاجئ», «قضوا ساعات تحت المطر»: «قضى» whose object in its clause is
  a span of time (claim_words.tsv role ``spent``) tells time spent, no death (claims/phrases.spent);
  spent-time-control: «قضى 3 أشخاص خلال الساعات الماضية» (a time after a preposition), «قضت القوات على 12
  مسلحا», «قضى نحبه» stay deaths.
* dual-injuries: «إضافة إلى إصابتين إحداهما خطيرة», «وسجلت إصابتان بالرصاص الحي»: the dual of «إصابة» counts two
  hurt (casualty_terms.tsv); dual-hits: followed by a word of hitting («إصابتين مباشرتين», «محققتين») it counts
  hits on a target, no one hurt (claims/things.no_one_hurt), and after «ب» the wounds one man had.
* victim-number-after: «يبحث عن مفقودين اثنين على الأقل», «استقبل مصابين اثنين»: a plural victim noun with no figure
  before it counts the number right after it (claims/conjuncts.victim_count); a dual after «بينهم» stays a subset.
* army-vehicle-crew: «استهدفوا دبابتين من طراز ميركافا ... وأوقعوا أفراد طاقميهما بين قتيل وجريح»: the crew of a
  military vehicle (claim_words role ``armour``) followed by a word of the occupying army or a military adjective
  (role ``occupier``: «ميركافا», «إسرائيلية», «للاحتلال») are the state's soldiers (claims/crews.py); a tank of no one
  named leaves them of no side, a merchant ship's crew stays civilians.
* victims-taken-to: «بوصول شهيد وجريحين إلى المستشفى», «نقل جرحى إلى مستشفى الأقصى»: «إلى» after a victim noun is
  where they were taken, no genitive chain (claims/context.construct); «3 شهداء وجريحان»: a dual joined to a counted
  noun has its own count (claims/totals.joint_kinds), while «35 قتيلا وجريحا» counts both together.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_articles33r")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"definite-duration", "spent-time", "spent-time-control",
                                                 "dual-injuries", "dual-hits",
                                                 "victim-number-after", "army-vehicle-crew",
                                                 "victims-taken-to"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
