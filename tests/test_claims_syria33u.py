"""Sides and speakers of set U's families (#10, session 30, round 33): Syria and Iraq after 2024.

* new-names: «فلول النظام البائد/السابق», «فلول الأسد», «الفلول» told back (an armed group: the former regime's men
  who fight the new state), the Sinjar Resistance Units («اليبشة»), the PKK by its short name and in the
  Kurdish spelling («العمال الكوردستاني»; actor_terms.tsv);
* pair-told-back: the victims told back in the dual by a later speaker («إن الشهيدين من أبناء المحافظة»,
  «انتشلت جثتي القتيلين»): the lead's toll of two is that speaker's (sources/tollback.py, claims/later.py);
* later-told: a definite victim word alone later in that sentence («فيما نقل الجريح»): its toll too;
* people-pair: two people told back by the definite dual of their noun («إن الجنديين كانا في دورية»): the lead's toll
  of two of their side is that speaker's (sources/tollback.pairs_told); so a noun plural and dual alike whose verb
  of death or wounds right after it is dual («إن المقاتلين قضيا», round 33's leftovers);
* among-told: a figure after «بين» and the victims told before («أن بين الجرحى ثلاثة مسعفين») counts some of
  them, but a part that names a side no whole has is a claim of its own («بين القتلى أربعة جنود»;
  claims/restated.py);
* quoted-speaker: the quotes around a first speaker's name open no quotation, so a second speaker of the
  sentence («فيما قالت "قسد" إنها») speaks for itself (sources/embedded.py);
* short-name: a force named by the start of a fuller name given before («الجيش الوطني» after «الجيش الوطني
  السوري») is that force, its side too (stages/actors.py);
* was-doing: a counted noun after a complementiser, then «كان» and what he was doing, then the verb of casualty
  («إن مدنيا كان يمر بدراجته في المكان أصيب»): one hurt, of the noun's side (claims/doing.py);
* stray-in-clashes: a stray bullet «خلال الاشتباكات» in a sentence opened by a new-item phrase («وفي سياق متصل،»)
  is the clashes' fire, no accident: the phrase is no clause of its own (events/scope._armed_sentences); a stray
  bullet at a wedding stays an accident.

The sentences are our own, one a line in tests/cases/claims_syria33u.jsonl; each compares the text's full set
of claims (kind, value, side, and the speaker's name or none).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_claims, family_params, load

CASES = load("claims_syria33u")


def test_the_cases_cover_the_families() -> None:
    assert {c["family"] for c in CASES} == {
        "new-names", "pair-told-back", "later-told", "among-told", "quoted-speaker", "short-name", "was-doing", "stray-in-clashes", "people-pair"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_text(case: dict[str, Any]) -> None:
    assert_claims(case)
