"""Claims, lists round (#10): lists of victims the reading cut short.  Each case compares the complete
claim set of its sentence as (kind, value, side): an extra claim fails as a missing one does.

* A victim told by a definite noun for one person and the person's name, then «و» and more victims:
  «مقتل الضابط أحمد علي واثنين من الجنود» is 3 (claims/titled.past_name); it was 1, the list ending at
  the name. A comma, a phrase or a verb between ends the list as before.
* The commander of a unit («قائد الكتيبة/اللواء/الفوج/السرية/الفرقة», actor_terms.tsv, with or
  without the article on the unit) is one of the state's forces unless a force named after him says
  otherwise («قائد لواء في الجيش الحر»); a commander who speaks or meets is no claim.
* The list goes on past the genitive of an item's last noun: «12 من مسلحي القبيلة وأربعة جنود» (the
  four soldiers were lost), «سائق الشاحنة ومساعده» (claims/titled._genitive); a date or a word for
  people or a force there is none.
* Two armed groups each named in one list are the two sides of a clash, a claim each: «10 من عناصر
  داعش و5 من مقاتلي قوات سوريا الديمقراطية» (it was 15 of one side; claims/conjuncts.one_party); one
  force named twice, or a force and men of no force named, stay one party. Men of an armed side named
  by an adjective of relation («المسلحين العشائريين», «المقاتلين القبليين») name their force by it; the
  SDF is also written «قوات سوريا الديموقراطية», «قوات سورية الديمقراطية» (actor_terms.tsv); a text
  with vowel marks reads the same (a span is of the original text, the tokens of the normalised one).
* A noun in «ين» with no article and no figure, joined by «و» right after a counted item, is a dual:
  «5 شرطيين ودركيين وامرأة ومهاجمين» is 7 of the state's, 1 civilian, 2 attackers (it was 8 of one
  side: the plural noun went on with the side's words; claims/conjuncts.dual_item). With no count
  before it («جنود ومدنيين») or a word of amount («وعدد من المدنيين») it is no dual.
* A toll told in a relative clause of its noun («الجرحى البالغ عددهم 150») is told, not denied, by a
  negation of the clause it stands in: «لم يبق من الجرحى البالغ عددهم 150 سوى 12» is 150 injured (it
  was none, and the 12 still in hospital were read; claims/context.in_past).
* A vague amount of victims and then, right after the victim noun, a figure bounded from below: «عدد
  كبير من الضحايا تجاوز 15 عنصرا أمنيا» is 15 killed of the state's (it was a vague killed of
  civilians; claims/described.exceeded).
* «جثة», «جثمان» right before a singular noun for people (claim_words role ``body``) is the body of one
  of them, as an item or a subset: «7 جثث بينها جثة الانتحاري» is 7 of no one side and 1 attacker
  (claims/conjuncts._past_body).
* A number joined by «و» is no label of the unit word before it («الكتيبة واثنين»: two more; «اللواء
  52» stays a label; numbers/hedges.is_noncount).

The sentences are our own, one a line in tests/cases/claims_lists25.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_lists25")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {"title-name-list", "title-name-apart", "unit-commander", "unit-label",
                                                 "genitive-list", "two-forces", "dual-item",
                                                 "relative-toll", "exceeding", "body-item"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_whole_list_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-05-11") == {tuple(c) for c in case["claims"]}


def test_a_civilian_in_a_list_of_more_soldiers_is_no_target_of_the_attack() -> None:
    """The civilian part of a list read whole makes no target of its own: with more of the state's men
    among the dead or wounded, the attack struck the forces (events/sides._mostly_forces)."""
    doc = waqia.extract("أسفرت هجمات متزامنة شنتها عناصر إرهابية في المنطقة الحدودية أمس عن مقتل 4 شرطيين "
                        "ودركيين وامرأة ومهاجمين.", published="2024-05-11")
    claims = {(c["kind"], c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"]}
    assert ("killed", 1, "civilians") in claims
    assert not any(a["category"] == "civilians" for e in doc["events"] for a in e["actors"])
    civilians = waqia.extract("أسفر القصف على السوق أمس عن مقتل 4 مدنيين وشرطي.", published="2024-05-11")
    assert any(a["category"] == "civilians" for e in civilians["events"] for a in e["actors"])
