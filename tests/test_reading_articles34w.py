"""Whole articles of our own, set W (#10, session 31, round 34): jihadist insurgency and counter-insurgency in the
Sahel, Lake Chad and West Africa, 2012–2025 (tests/cases/articles34w.jsonl, written for these tests and coded by hand
by ``shared/eval/GUIDELINES.md`` in the shape of the dev gold before waqia read them).

The sides of the genre: JNIM, the Islamic State in the Greater Sahara and in West Africa, Boko Haram, Mozambique's
insurgents, the Azawad movements' Strategic Framework (armed groups); the Malian, Burkinabe, Nigerien, Nigerian,
Chadian and Cameroonian armies, the VDP told back as «المتطوعين» after «متطوعي الدفاع عن الوطن», Wagner (the state's
side).  Army communiqués with «تحييد» figures, relays through state agencies, tolls of local officials, militia
leaders, residents and «مصادر أمنية», figures contested by the groups, a total split by school grade, an earlier
count of the same attack told back («تحدثت في وقت سابق عن حصيلة أولية»), a fortnight's tally of a ministry; two
articles of no event (the tenth anniversary of a school abduction; a junta's speech with a year's losses).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles34w")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "w09": "«فقدروا عدد القتلى بما بين 300 و400»: a toll of no side named takes the side of the figure before it "
           "(the lead said civilians and soldiers: mixed, unknown)",
    "w14": "«قتلت 115 مسلحا وأوقفت 230 ...، وحررت 87 مختطفا، في عمليات نفذتها خلال الأسبوعين الماضيين»: a cue of the "
           "past after a list of clauses set off by commas does not reach back to the first figure",
}

#: article id -> the family its event types still fail on
TYPES_FAIL: dict[str, str] = {}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(16, 14), claims_at_least=48)
