"""Claims, families found by set K's whole articles (relayed reporting, #10), probed one sentence at a time with
sentences of our own (tests/cases/claims_articles31k.jsonl).

* allowed-publication: «سمح الجيش الإسرائيلي بالنشر عن مقتل جنديين», «سمحت الرقابة العسكرية بنشر نبأ مقتل»: the
  army (or the censor) that allows publication announces the toll; «سمح» reports only with «بالنشر» or «بنشر»
  after its subject (attribution.tsv flag ``publish``, speaker_words.tsv role ``allowed``); «سمح بإدخال» or
  «سمحت للسكان بالعودة» tells nothing (allowed-publication-control).
* ranks-before-victims: «وأوقعوا في صفوفها قتلى وجرحى»: «في صفوف» with a pronoun right before an uncounted victim
  noun names the force the pronoun stands for (claims/voice.ranks_just_before); «قوة» with a country's adjective
  («قوة إسرائيلية», «قوة تركية») is that state's force (actor_heads.tsv).
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_articles31k")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"ranks-before-victims"}
    assert {c["family"] for c in SOURCED} >= {"allowed-publication", "allowed-publication-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
