"""Sides and figures of set X's families (#10, session 31, round 34): Afghanistan, Pakistan, Iran's south-east,
Sinai and the Maghreb.

* quantity: «كمية» (quantity) is spelt in the matching form as «ك» + «مئة» (ة and ئ folded): a number_words row
  of kind ``word``, which wins the tie over the proclitic reading (stages/numbers/index.py), so «كمية من الأسلحة
  كانت بحوزة المسلحين» counts no force of a hundred;
* one-of-two-words: «إن أحد عناصر الأمن قتل وأصيب اثنان آخران»: a noun for people of two words before «قتل
  وأصيب» is the first verb's subject, so the second verb's figure is its own (claims/subject.joined_acts), as it
  was for one word («أحد الجنود»); a force named after the members' noun («أحد عناصر حرس الحدود») since the
  leftovers of round 34 (claims/acts._member_of, one_of_members);
* relative-clause: «تسعة ركاب أنزلهم مسلحون»: right after an indefinite noun for people, a verb with the pronoun
  of «them» and a noun for people as its subject opens a relative clause; the subject is no more of the victims'
  side (claims/conjuncts.new_clause);
* generic-of-side: «شخصين من المسلحين»: a noun for people of no kind with «من» and a side's noun after it takes that
  side (claims/party.read_party); «ثلاثة أشخاص أحدهم من عناصر الشرطة» stays of no one side;
* new-names: Iran's Basij («قوات التعبئة», «الباسيج»), «عناصر النظام» in an armed group's statement (the state's;
  «عناصر النظام البائد» the former regime's men), the support elements of armed groups in the Maghreb's and
  Egypt's communiqués («عنصري دعم», «العناصر الداعمة»; actor_terms.tsv);
* split-told-back: «إن 19 من القتلى سقطوا في X و8 في Y، مضيفا أن ثلاثة جنود قتلوا»: figures of no side that split
  the toll told in the sentence before («من» and the victims' noun with the article, and the items after it) take
  its side even when another side is told after them in their sentence (claims/rules.default_civilians); a bare
  figure («إن ثلاثة قتلوا في هجوم آخر، فيما أصيب جنديان») stays of no side;
* bracket-gloss: a name said again in brackets, one to three words of letters, between a counted subject and its
  verb («أن عنصرين من قوات التعبئة (الباسيج) أصيبا») is no clause break (claims/subject._glossed);
* time-aside: a time told back between a verb and its object («اعتقلت، في نفس الليلة، ثلاثة أشخاص») is an aside
  of time, as a date is (claims/index.same_time; fixed by the leftovers of round 34).

The sentences are our own, one a line in tests/cases/claims_maghreb34x.jsonl; each compares the text's full set
of claims (kind, value, side, and the speaker's name or none).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_claims, family_params, load

CASES = load("claims_maghreb34x")


def test_the_cases_cover_the_families() -> None:
    assert {c["family"] for c in CASES} == {
        "quantity", "one-of-two-words", "relative-clause", "generic-of-side", "new-names", "split-told-back", "bracket-gloss",
        "time-aside"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_every_claim_of_the_text(case: dict[str, Any]) -> None:
    assert_claims(case)
