"""Whole articles of our own, set Q (#10, session 29, round 32): speakers carried across sentences
(tests/cases/articles32q.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in the
shape of the dev gold before waqia read them).

A statement whose figures run over several sentences with no new verb of report: lines of a list after a colon,
with and without marks, of figures by place or by side; a quote that opens in one sentence and closes three later;
«وتابع البيان» then a bare «وأضاف:»; a figure the outlet states itself after a quote («وفي مستشفى X، توفي أحد
المصابين، ما يرفع عدد القتلى»); a place or a hospital that opens a sentence and is no speaker; a second speaker who
takes over («من جهته», «في المقابل»); a pronoun continuation two sentences after its speaker («وأوضح أن», «كما
أكدت»); a speaker told back by a short name («المصدر», «الوزارة», «البيان»); a new story item («وفي سياق متصل»,
«وفي حادث منفصل») where the speaker does not carry over; an anniversary of old tolls (no event).  Idlib, Taiz, the
Baghdad belt and Kirkuk, El Fasher, Gaza and the West Bank, south Lebanon, Tripoli and Zawiya, Mogadishu, central
Mali, Khyber Pakhtunkhwa and Quetta, north-east Syria, Marib, Upper Egypt, Borno.

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles32q")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "q01": "lines of a dash list after «حصيلة القتلى ... على النحو التالي:» that name a side and a figure but no "
           "casualty word («- 9 عناصر من قوات النظام») take no kind from the head and are no claims",
    "q07": "a toll of clashes told by a medical centre («ثمانية قتلى و19 جريحا») read as civilians, not unknown; "
           "«خطف مسلحون مجهولون موظفا»: a singular noun after the kidnappers read as a vague figure of the armed group",
    "q08": "«انتحاريا فجر نفسه» read as an attacking force of one (as o09)",
    "q11": "«إن الضربة الأولى قتلت أيضا مدنيا»: an indefinite singular object after «أيضا» is no claim",
    "q12": "«المرتزقة» in a Houthi spokesman's words (the government's forces) read as of no side",
}

#: article id -> the family its event types still fail on
TYPES_FAIL: dict[str, str] = {}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=60)
