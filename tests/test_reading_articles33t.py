"""Whole articles of our own, set T (#10, session 30, round 33): tolls revised, contested and denied
(tests/cases/articles33t.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in
the shape of the dev gold before waqia read them).

A first toll and the figure it rises to («ارتفعت الحصيلة إلى», «في حصيلة جديدة», «حصيلة غير نهائية»), the
earlier figure told back («وكانت الشرطة قد أعلنت في وقت سابق ... قبل أن»), wounded who die later and bodies
found the next day (a step of the new toll, no claim of its own: GUIDELINES' subset), two or three sources with
rival figures for one attack («بينما أفاد المرصد», «غير أن طبيبا قال», «في المقابل»), an armed group's claim
that the army denies («نفى الجيش الرقم»), a range («بين 30 و40», «بين 100 و150»), «أكثر من», «على الأقل», a
figure stated by the outlet in its own voice, and a commission's report that revises the toll of a battle
three years old (no event).  A car bomb at a checkpoint (Mogadishu), shelling of a neighbourhood (Taiz), an
attack on farmers (Borno), an attack on an army post (Anbar), clashes and a truce (Zawiya), a bomb on a bus
(Daraa), a suicide bombing of a mosque (Herat), an attack on a garrison (Djibo), a police station stormed
(Dera Ismail Khan), an attack on a checkpoint (North Sinai), an attack on a village (Cabo Delgado), an ambush
(Tillabéri), a drone strike (Sinjar).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles33t")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "t05": "«بين القتلى مدنيين اثنين أصيبا برصاص عشوائي»: two of the dead, hit by stray fire, read as two wounded; "
           "«المستشفيات استقبلت 41 مصابا»: the wounded hospitals received are no claim",
    "t06": "«بينهم ضابط برتبة نقيب»: a subset read as a claim of one; «لوجود جرحى في حالات خطرة»: the reason of a "
           "toll that may rise read as wounded; «عشرة عناصر» of the regime's forces told before left of no side; "
           "«وأصيب آخرون» after the lead's dead not read",
    "t08": "«عدد القتلى من الجنود والمتطوعين»: a list of soldiers and volunteers (the army's auxiliaries named "
           "before under another name) read as civilians by its last noun",
    "t09": "«إن خمسة من الجرحى توفوا في المستشفى»: wounded who died, a step of a toll raised in the lead by another "
           "speaker, read as a claim of their own",
    "t11": "«ما يرفع الحصيلة إلى عشرة»: the bare «الحصيلة» a find of bodies raises is not read, and the bodies "
           "are read as a claim of their own",
    "t12": "«وأن 18 جنديا آخرين ما زالوا يتلقون العلاج»: the only figure of the wounded, told as still treated, read "
           "as a part of a figure given",
    "t14": "a fact-finding commission's report that revises the toll of clashes three years old read as an event",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "t14": "a fact-finding commission's report that revises the toll of clashes three years old read as an event",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=60)
