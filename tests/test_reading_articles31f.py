"""Whole articles of our own, set F (#10, session 28, round 31): state news agencies and official military
communiqués as their own sites print them (tests/cases/articles31f.jsonl, written for these tests and coded by
hand by ``shared/eval/GUIDELINES.md`` in the shape of the dev gold).

SANA twice (a foiled infiltration and a rocket attack; an Israeli strike on Damascus in Eastern Arabic digits),
INA (a security cell's air strike and two arrests), Saba of Sanaa («مرتزقة العدوان» repelled, Saudi shelling of
Saada) and Saba of Aden (a Houthi drone on army posts, a funeral, a minister at the wounded's bedside), SPA (the
coalition spokesman on drones brought down over Khamis Mushait, a soldier of the southern border), MENA (the army
spokesman's raid near Arish), WAM and QNA (condemnations that tell the toll), Petra (a smuggling attempt on the
border; an anniversary of an old battle, not relevant), KUNA (an attack in Diyala, a bombing two days before), LANA
(a toll of clashes near Tripoli, arrests), SUNA (an attack repelled at El Obeid, shelling of the town), APS
(Algeria's «(03) إرهابيين» and a surrender) and TAP (a Kasserine mountain operation, a landmine).  House style:
long titles before names, «الإرهابيين», «الميليشيا المتمردة», «تحييد», «القضاء على», «ارتقوا شهداء», «خسائر
فادحة في الأرواح», weapons and vehicles seized or destroyed (numbers that are no casualty).

Each article's complete claim set is compared as the scorer compares it (a figure the outlet tells and a source
repeats is the source's; extra claims fail), and its relevance and event types.  An article still read wrong is
a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles31f")

_LOSSES = ("«خسائر فادحة في الأرواح» with an adjective between the noun and «في الأرواح» is no claim (tried: the "
           "phrase with «فادحة», «كبيرة», «جسيمة», «باهظة»; dev claims+party 0.905 -> 0.903, a dev story's side of "
           "«المعتدين» read as civilians)")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "f01": "the lead's «وتمكنت من تحييد عدد من أفرادها»: the pronoun of «أفرادها» is the infiltrating groups named "
           "before, but the vague toll takes the side of the army units, the subject of the sentence",
    "f03": _LOSSES,
    "f04": _LOSSES,
    "f05": "a soldier named with his rank and his force («الجندي أول ... من منسوبي القوات البرية الملكية السعودية») "
           "killed by a projectile the Houthis fired takes the side of the Houthis named after him",
    "f10": "an agency's lead («قتل ثلاثة من أفراد الجيش») that a security cell's statement tells again of «المقاتلين» "
           "(an Iraqi official's word for soldiers) with «استشهاد»: the restatement is read as the armed group's, "
           "so the twins do not fold; and the bombing two days before, told with its place, is left as background",
    "f12": _LOSSES,
    "f13": "«أوقفت مفارز للجيش (04) عناصر دعم»: «أوقف» (arrested in Maghreb usage) is no casualty word (tried: «أوقف» "
           "with detail men; check claims 0.856 -> 0.854)",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "f06": "a raid whose statement lists seized rifles, ammunition and bombs reads as a shelling beside the clash",
    "f10": "a bombing two days before, told with its place and toll after «ويأتي الهجوم بعد», is left as background",
    "f11": "arrests by the interior ministry after clashes, in a paragraph of their own, fold into the clashes",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(16, 15), claims_at_least=50)
