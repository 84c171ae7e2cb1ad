"""Claims, round 30 set C (#10): families found by reading whole articles of our own (the Arabic services
of international outlets on Turkey and the PKK, the Sahel, the DR Congo, Mozambique, Ethiopia, Iran,
Kashmir and Myanmar; tests/cases/articles30c.jsonl) and probed here one sentence at a time.  Each case
compares the complete claim set of its text as (kind, value, side).

* wounded-again: a figure with «من» and the wounded with the article after it («خطورة إصابة ثلاثة من
  الجرحى», «نقل أربعة من المصابين», «ستة من الجرحى أطفال»), after a larger figure of the wounded of its
  side, counts some of them again, whatever is said of them (claims/restated._grave_part); people of
  another kind («ثلاثة من عناصر الشرطة», «ثلاثة من المارة») are no such part (wounded-not-again).
* leader-aides: a leader and «N من مساعديه / معاونيه / أتباعه / مرافقيه» add up to one side's figure,
  past the leader's name when a family name with the article closes it («أبو محمد الجبوري») or a word of
  alias opens it («المعروف باسم "أبو عمر"», «الملقب»: claims/titled.a_name, claim_words role ``alias``).
* vdp: «عناصر الدفاع عن الوطن» are Burkina Faso's volunteers, of the state's side (actor_terms.tsv).
* response-subject: a word of response that is the subject of a verb of result («الرد الجوي أسفر عن
  تحييد 400», «أسفر الرد العسكري عن مقتل 8») tells what the response did; «ردا على هجوم أسفر عن مقتل 4»
  and «انتقاما لمقتل 3» still tell the event answered (response-answered; claims/background._subject).
* one-named-by-noun: singular accusatives before or after their verb («أن سائقا قتل», «قتلت زعيما»), and
  «في» before a word for an organisation and a quoted name («عنصرا في جماعة "جند الخلافة"»): the group
  he belongs to (claims/party._affiliation).
* met-list: a list of victims before their verb that opens with one person («لقي ضابط وأربعة جنود مصرعهم»,
  «إن ضابطا وثلاثة جنود قتلوا», past a name and the group he is of: «القيادي في الجماعة سالم العدني
  وأربعة من مرافقيه») is read from its first item: one side's items add up, another side's make a claim
  of their own (claims/titled.one_heading_list).
* category-apart: a toll of people of no kind with a counted subset that names the category of civilians
  («عشرة أشخاص بينهم مدنيان», «16 شخصا بينهم 6 مدنيين») sets the rest apart: the toll is of mixed sides and
  the civilians a claim of their own, as «16 قتيلا منهم 6 مدنيين» (claims/mixed_totals.category_set_apart);
  a subset of another kind of civilians («بينهم ثلاثة أطفال», «بينهم امرأتان») keeps them civilians
  (category-not-apart).
* cell: after a word of capture, a cell told by its size («خلية إرهابية مكونة من أربعة عناصر», «خلية من خمسة
  أشخاص», «خلية تضم ستة أشخاص», «خلية قوامها ثلاثة مسلحين») counts the men taken, an armed group's whatever
  noun counts them (claims/cells.py); a cell with no size counts nobody (cell-no-size).
* force-size: the size of a force told after it («المهاجمين، الذين قدر عددهم بنحو 3 آلاف مسلح», «يقدر عددهم بعشرين
  مهاجما», «تقدر أعدادهم بنحو 50 مسلحا»: casualty_terms.tsv, kind participants, role toll, detail men) is the
  attacking force's; the size of a crowd of people is no force (force-size-crowd).  The force so counted is
  the initiator of its event unless a side of its kind already is («عناصر من حركة الشباب، قدر عددهم بنحو 200
  مقاتل»: the group, not «مقاتل» beside it; events/sides.py).
* fate-unknown: people whose fate is unknown are missing («ما زالوا مجهولي المصير», «لا يعرف مصير سبعة أشخاص»,
  «لا يزال مصير آخرين مجهولا»: casualty_terms.tsv); the fate of things counts nobody (fate-of-things).

The sentences are our own, one a line in tests/cases/claims_articles30c.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load
from claim_sets import sides_of

CASES = load("claims_articles30c")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"wounded-again", "wounded-not-again", "leader-aides", "vdp",
                                            "response-subject", "response-answered", "one-named-by-noun",
                                            "met-list", "category-apart", "category-not-apart",
                                            "cell", "cell-no-size", "force-size", "force-size-crowd",
                                            "fate-unknown", "fate-of-things"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    assert sides_of(case["text"], "2024-03-10") == {tuple(c) for c in case["claims"]}


#: a force counted by its size is the initiator unless a side of its kind already is (events/sides.py)
INITIATORS = [
    ("هاجم عناصر من حركة الشباب، قدر عددهم بنحو 200 مقاتل، قاعدة للجيش الصومالي فجر اليوم.", 1),
    ("هاجم نحو 300 مسلح القاعدة العسكرية فجر اليوم.", 1),
]


@pytest.mark.parametrize(("text", "count"), INITIATORS)
def test_a_counted_force_is_no_second_initiator(text: str, count: int) -> None:
    doc = waqia.extract(text, published="2024-03-10")
    initiators = [a for e in doc["events"] for a in e["actors"] if a["role"] == "initiator"]
    assert len(initiators) == count and {a["category"] for a in initiators} == {"armed_group"}
