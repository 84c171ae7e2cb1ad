"""Claims, the families of set J's whole articles (#10, session 28, round 31): the wars of 2003-2015 as the
Arabic press told them then (Iraq's car bombs and found bodies, the Awakening, Syria's Free Army, Libya's
revolutionaries, Yemen's squares).  Sentences of our own, one a line in tests/cases/claims_articles31j.jsonl,
each compared as its complete set of (kind, value, side).

* taken-after-fighting: «سيطروا على حاجز بعد اشتباكات أسفرت عن مقتل تسعة جنود»: a taking of ground (an event
  trigger or frame of sub-type territory) before «بعد» in its clause makes the fighting after it how the ground was
  taken, the event told, not an earlier one (claims/background._taken_before).  A strike after an attack, «بعد
  أسبوع من هجوم» past a comma, and «يأتي الهجوم بعد تفجير» stay earlier events (taken-after-fighting-control).
* patrol-finder: «عثرت دوريات الشرطة على 17 جثة»: a post or patrol of a force next to a verb of finding (claim_words
  role found) is the finder, not a post that was hit, so the bodies stay civilians (claims/targets._finds).  A
  patrol attacked stays the force's (patrol-finder-control).
* awakening: Iraq's Awakening named in the singular by what belongs to it («عناصر الصحوة», «مقاتلي الصحوة», «مجلس
  صحوة الأنبار»: actor_terms.tsv) is a state-allied force, as «الصحوات» is; Darfur's «مجلس الصحوة الثوري» stays an
  armed group (awakening-control).
* protest-crowd: «شارك عشرات الآلاف في مسيرة», «مظاهرة بمشاركة المئات»: a word of taking part (casualty_terms
  detail joined) beside a word of protest counts a crowd, no attacking force (claims/steps.joined_protest); a
  force taking part in an attack is still counted (protest-crowd-control).
* still-missing: «قتل جنديان في الاشتباك، وجندي ثالث في عداد المفقودين», «أن جنديا ثالثا لا يزال في عداد المفقودين»,
  «بينما لا يزال آخرون في عداد المفقودين»: looking back from a verb the victims precede stops at another clause's
  casualty word (claims/stage._backward), the verb of lasting is part of the phrase of the missing
  (casualty_terms.tsv), and «آخرون» right after it is a vague toll (claims/uncounted._lasting).  A counted
  subject and a toll with no one missing stay as they were (still-missing-control).
* split-by-place-words: «عشرين من القتلى سقطوا في حمص، واثني عشر في إدلب»: the place of a share joined by «و» is
  read after every word of its figure, so a compound number word («خمسة عشر», «اثني عشر») splits the toll as a
  digit does (claims/splits.split_by_where); the next share may begin up to eleven words after the first share's
  place («في حي بابا عمرو بحمص جراء القصف المدفعي، واثني عشر في جبل الزاوية»).  Digits, and a figure of another
  kind after its own verb, stay (split-by-place-words-control).
* at-least-after-noun: «قتل سبعة وعشرون من عناصر الصحوة على الأقل», «14 جنديا عراقيا على الأقل»: «على الأقل» after the
  two or three words of the noun a figure counts bounds it (numbers/hedges._hedge_after), up to a word joined by «و»
  or another figure («قتل خمسة أشخاص وأصيب عشرون على الأقل» hedges the twenty only; at-least-after-noun-control).
  These cases also list the values read as approximate.
* hours-gone: «عثرت دورياتها خلال الساعات الماضية على 17 جثة»: hours and minutes gone (claim_words flag short) are the
  news of the day, not a time gone that sets a figure in the background (claims/background._gone_in_clause); last
  week and the past days still do (hours-gone-control).
* same-source-adjective: «وقال المصدر الأمني ذاته», «وأضاف المصدر العسكري نفسه»: a definite head and its adjective
  before «ذاته» name the last speaker of that head with that adjective, else of that head with no other adjective
  of origin («مصدر في الشرطة العراقية»; not «مصدر طبي»): sources/referent._same_speaker.  These cases give the
  speaker of each figure; the bare «المصدر ذاته» stays the last speaker (same-source-adjective-control).
* found-bodies-far: «عثرت الشرطة صباح اليوم في حي الدورة على 12 جثة مجهولة الهوية»: a verb of finding up to eight words
  before a figure of bodies in its clause makes them bodies found, a count of their own, not a part of a larger toll
  told before by the state of the bodies (claims/restated._bodies); the unidentified part of a toll stays a part
  (found-bodies-far-control).
* libya-sides: the sides of Libya's war of 2011 as its press named them (actor_terms.tsv): «كتائب القذافي», «الكتائب
  الأمنية», «قوات القذافي» the state's forces of the day, «الثوار» (and «ثوار») the armed revolutionaries, no
  civilians; civilians killed by the brigades' shelling stay civilians (libya-sides-control).
* nisba-then-number: «وقتلوا مدنيين شيعيين ثلاثة»: a number after an indefinite plural noun for people and its nisba
  adjective counts them (claims/conjuncts.number_after), the object after a verb and its subject too («اختطف مسلحون
  مجهولون صحفيين فرنسيين اثنين»: claims/conjuncts.object_count); with no number the toll stays vague, and «مدنيين
  اثنين» as before (nisba-then-number-control).  «قيادي في الصحوة», «عنصرا في الصحوة» are the Awakening's men too
  (awakening).
* of-them-then-wounded: «ما أدى إلى استشهاد خمسة منهم وجرح العشرات», «فقتلوا جنديين منهم وجرحوا ثلاثة»: a figure two
  words after «منهم» with a casualty word of its own between is counted by that word, no subset (claims/context
  .blocked); a figure right after «بينهم», «منهم» stays a part (of-them-then-wounded-control).
"""

from __future__ import annotations

from typing import Any

import pytest

import test_claims_leftovers30 as first_round
from case_files import assert_speakers, claims, family_params, load

CASES = load("claims_articles31j")
FAMILIES = ("taken-after-fighting", "patrol-finder", "awakening", "protest-crowd", "still-missing",
            "split-by-place-words", "at-least-after-noun", "hours-gone",
            "same-source-adjective", "found-bodies-far",
            "libya-sides", "nisba-then-number", "of-them-then-wounded")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} == {f + s for f in FAMILIES for s in ("", "-control")}
    assert len(CASES) >= 25


@pytest.mark.parametrize("case", family_params([c for c in CASES if "claims" in c]))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    first_round.test_the_figure_is_read(case)


@pytest.mark.parametrize("case", family_params([c for c in CASES if "approx" in c]))
def test_the_figure_is_bounded(case: dict[str, Any]) -> None:
    found = [c for c in claims(case["text"], "2024-03-10") if c["approx"] and c["value"] is not None]
    assert sorted(c["value"] for c in found) == sorted(case["approx"])


@pytest.mark.parametrize("case", family_params([c for c in CASES if "sources" in c]))
def test_the_speaker_is_named(case: dict[str, Any]) -> None:
    assert_speakers(case)
