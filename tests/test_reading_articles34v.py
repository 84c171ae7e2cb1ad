"""Whole articles of our own, set V (#10, session 31, round 34): Yemen and the Red Sea, 2015-2025
(tests/cases/articles34v.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in
the shape of the dev gold before waqia read them).

The sides by the names each camp's press gives them: the Houthis («جماعة أنصار الله», «الميليشيا الحوثية», «الجيش
واللجان الشعبية» in their own outlets, their military spokesman with his name), the government's army («الجيش
الوطني», and «مرتزقة العدوان» / «المرتزقة» in the Houthi outlets: the state's forces), the Saudi-led coalition and
its spokesman, the Southern Transitional Council's forces («قوات الحزام الأمني», «قوات دفاع شبوة», «ألوية العمالقة»:
the state's, as the dev gold codes them), AQAP in Abyan and Shabwa, US strikes and attacks on ships.  Saba in both
camps' versions, TV sites, local and pan-Arab papers, a relay through an agency («نقلت وكالة أسوشيتد برس عن
الشركة»), the Houthi health ministry's tolls that rise, a total split by side, duals, «رابع» for one more, a
range; a prisoner exchange (no claim) and one article of no event (a leader's speech with the war's old tolls).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles34v")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "v06": "a leader's speech with the war's tolls over nine years («48 ألف مواطن سقطوا بين شهيد وجريح») read as an event",
    "v07": "residents who name the dead girls («أثناء لعب الطفلتين، وهما ...») without telling their death given the lead's toll",
    "v13": "a blast and a fire told first as an accident (no weapon in the lead's first clause), their cause (drones) told "
           "in the next sentence: the lead is set aside with its toll",
    "v14": "bare «المرتزقة» in quotes in a Houthi spokesman's claim (the speaker's enemies: the government's forces) "
           "read as of no side, and «وإصابة العشرات» after it as civilians",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "v02": "a drone («طائرة دون طيار مفخخة») intercepted, whose debris wounded people, read as the drone strike alone: "
           "rules.fold_struck_interceptions folds the interception into the strike of the weapon it brought down",
    "v06": "a leader's speech with the war's tolls over nine years read as an event",
    "v09": "a prisoner exchange told as «إطلاق سراح ونقل نحو 900 محتجز» (no «تبادل»): no agreement read",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(16, 15), claims_at_least=49)
