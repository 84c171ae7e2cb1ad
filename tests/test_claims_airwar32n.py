"""Claims, families of the air and missile war found by set N's whole articles (#10, round 32), probed one
sentence at a time with sentences of our own.  Each case compares the complete claim set of its text as (kind,
value, side).

* shock: people treated for fright after sirens or a strike («أصيبوا بحالات هلع», «إصابة 12 آخرين بالهلع», «بحالة
  من الذعر», «أصيبت بصدمة نفسية») were not wounded: a verb or noun of injury whose clause names cases of shock
  before any other casualty word counts no one (claims/things.shocked, claim_words roles shock, fright, cases);
  the wounded beside them, a toll whose part was in shock («أصيب 20 شخصا بينهم خمسة بحالات هلع»: past a word of
  subset the shock is the part's) and panic that is no one's injury («وسط حالة من الهلع») stay (shock-control).
* fired: a figure of weapons before a verb that hits people or things («ثلاثة صواريخ أصابت المدينة», «أربع مسيرات
  أصابت منشأة») counts what hit, no victims (claims/things.fired; «مسيرة», «مسيرات» are things too); people hit
  by fragments or shelling stay (fired-control).
* debris: a thing right after a casualty word («سقوط حطام إحدى المسيرات», «سقوط شظايا أحد الصواريخ») is what fell,
  so «إحدى», «أحد» after it count no dead (claims/stage._forward; «حطام» is a thing); a fallen soldier and the
  dead of the debris stay (debris-control).
* one-of-owned: «أحد» before a construct whose last noun carries a pronoun («أحد أفراد طاقمها», «أحد أبناء
  عمومته») is one, as before a definite construct (numbers/words.py); «أحد» as «anyone» in a denial stays no
  figure (one-of-owned-control).
* resident: «مقيم», «مقيمة», «مقيمين», «مقيمتين» (foreign residents in the Gulf) are civilians (actor_terms.tsv).
* dual-feminine: «أصيبتا», the verb of two women wounded, counts its two as «أصيبا» does (casualty_terms.tsv).
* said-that: a body's adjective before «بأن», «أن» («الدفاع المدني بأن سقوط ...») is no victim of the verb
  after the complementiser (claims/stage._backward); a fallen soldier stays (said-that-control).
* aside: an age told by «في ... من عمره», a nationality by «من الجنسية ...» or «على الأقل» between a subject and its verb («رجلا في الستين من عمره قتل»,
  «مدنيا واحدا على الأقل قتل») stands aside: the subject counts, the years are no figure (claims/things.asides);
  a figure with «على الأقل» and an age of «يبلغ من العمر» read as before (aside-control).
* faction: «فصيل مسلح», an armed faction named by its kind, is an armed group (actor_terms.tsv), so the pronoun of
  «من عناصره», «من مقاتليه» after it and its own members take its side; named groups and armies as before
  (faction-control).
* sailors: two sailors («بحاران», «بحارين») are civilians as «بحارة» are (actor_terms.tsv); «البحارين» (the two
  seas) is no one (sailors-control).

The sentences are our own, one a line in tests/cases/claims_airwar32n.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_airwar32n")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"shock", "shock-control", "fired", "fired-control", "resident",
                                            "said-that", "said-that-control", "aside", "aside-control",
                                            "faction", "faction-control", "sailors",
                                            "sailors-control", "dual-feminine",
                                            "debris", "debris-control",
                                            "one-of-owned", "one-of-owned-control"}
    assert {c["family"] for c in SOURCED} >= {"shock-sourced", "said-that-sourced"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
