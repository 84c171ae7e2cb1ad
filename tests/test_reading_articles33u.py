"""Whole articles of our own, set U (#10, session 30, round 33): Syria and Iraq after 2024, Turkey's strikes,
Libya's armed formations (tests/cases/articles33u.jsonl, written for these tests and coded by hand by
``shared/eval/GUIDELINES.md`` in the shape of the dev gold before waqia read them).

The sides by their new names: the Syrian transitional government's General Security and army (the state's
forces), «فلول النظام البائد/السابق» and «الفلول» (an armed group), «قسد» and the «الجيش الوطني السوري» told back
as «"الجيش الوطني"» (armed groups), Druze factions and Bedouin tribesmen in Sweida, the Iraqi security media cell,
the PMF (the state's), ISIS remnants, the Kurdistan counter-terrorism service, the PKK in the Kurdish spelling
(«حزب العمال الكوردستاني»), the Sinjar Resistance Units, Tripoli's Stability Support Apparatus and the 444th
Brigade (the state's, as the dev gold codes Libya's armed formations), the emergency service of the health
ministry.  State agencies (SANA, INA), a local network, Gulf TV sites, a Kurdish outlet in Arabic; victims told
back in the dual («جثتي القتيلين», «الشهيدين والجرحى الثلاثة»), a part of the wounded after «بين الجرحى», a
second speaker after a quoted first one; one article of no event (a parliament's debate with old tolls).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles33u")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "u06": "«اثنين من القتلى يحملان الجنسية السورية»: some of the dead told by «من القتلى» read as a claim of their own",
    "u10": "«إن 23 عنصرا ... قتلوا منذ بدء المواجهات» (two days of clashes) read as a running total, no claim",
}

#: article id -> the family its event types still fail on
TYPES_FAIL: dict[str, str] = {}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=45)
