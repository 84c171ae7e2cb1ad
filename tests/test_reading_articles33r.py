"""Whole articles of our own, set R (#10, session 30, round 33): the war in Gaza, the West Bank, south Lebanon
and the strikes between Israel, Iran and Yemen's Houthis, 2023–2025 (tests/cases/articles33r.jsonl, written for
these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in the shape of the dev gold before waqia read
them).

An agency's, a TV site's, a party outlet's and an international Arabic service's styles: «استشهد» and «ارتقى
شهداء» with no figure, a strike on a family's house or a camp of tents, a cumulative toll «منذ بدء العدوان» beside
the day's («ليرتفع عدد الشهداء إلى», background), the health ministry's daily count («خلال الساعات الـ24
الماضية», a claim), the civil defence pulling bodies from rubble and searching for the missing, «مصادر طبية»,
Wafa's and «مراسلنا», an army's claim relayed in Arabic («قضى على», «زعم»), Al-Qassam's and Hezbollah's statements
(«بين قتيل وجريح», strikes with no figure), the Lebanese ministry's «حصيلة أولية», sirens and interceptions, two
speakers' figures for one strike, settlers' attack and arrests, an article of talks and tolls with no event.

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles33r")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "r01": "«وأوضحت الوزارة أن عددا من الضحايا ما زالوا تحت الركام» after the war's cumulative toll read as a claim "
           "of uncounted dead",
    "r03": "«قضى على قائد وحدة الصواريخ في قطاع ... التابع لحزب الله»: «قائد» before a unit's name is no noun for "
           "people, so the army's claim of one commander killed is lost",
    "r05": "«أن 19 مسلحا على الأقل من حماس ... كانوا بين القتلى»: a figure said to be among the dead is no claim",
    "r11": "«بعد انتشال جثة امرأة وطفلها»: bodies recovered, a part of the ministry's toll, read as a claim of their own",
    "r14": "«نحو 40 مستوطنا، بعضهم مسلحون، اقتحموا»: a force counted before an aside and its verb is not read",
}

#: article id -> the family its event types still fail on
TYPES_FAIL: dict[str, str] = {}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=55)
