"""Who said each figure: the families left over after the eighth round (#10, ninth round).

tests/cases/sources_ninth.jsonl holds short items and paragraphs written for these tests in many
outlets' styles: charges of responsibility («حمّلت X Y مسؤولية الهجوم الذي أسفر عن مقتل 7»,
«اتهم X Y بقصف ... ما أدى إلى مقتل»: the one who charges speaks), headline speakers before a colon
with a place in their name («الصحة في غزة:», «الداخلية بعدن:», «مستشفى ناصر:», «شرطة كركوك:») and
headline topics that are no speaker («غزة:», «عاجل:»), unknown subjects the slot reader must bound,
speakers of a figure at the end of its sentence («وفق مصادر ميدانية», «حسبما نقلت X عن Y», «في حصيلة
غير نهائية لوزارة الصحة», «على حد قوله»), «المصدر ذاته», a medium between the speaker and the toll
(«أعلنت X عبر قناتها على تلغرام مقتل»), and the outlet's own voice after a speaker's paragraph
(background figures of earlier events are no claims at all, GUIDELINES «claims»).  A case is
``{"family", "text", "sources": [[value, name or null], ...]}`` as in tests/test_sources_styles.py;
``xfail`` names a known limitation and runs as a strict xfail.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_ninth")


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 100
    assert len({c["family"] for c in CASES}) >= 40
    assert any(name is None for c in CASES for _, name in c["sources"])  # the outlet's own voice


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize("text", [
    "وحمل المقاتلون السلاح في وجه القوات التي قتلت 4 من أبناء القرية.",
    "وحملت الطائرة 90 راكبا حين قصفت قرب المطار، وقتل 3 من ركابها.",
])
def test_carrying_is_no_charge(text: str) -> None:
    for claim in claims(text):
        assert claim["source"] is None


def test_a_charge_names_the_one_who_charges() -> None:
    (claim,) = claims("وحمّلت الرئاسة الفلسطينية الاحتلال مسؤولية الغارة التي أدت إلى استشهاد 6 مواطنين.")
    assert claim["source"]["name"] == "الرئاسة الفلسطينية"


@pytest.mark.parametrize("text, name", [
    ("الداخلية بالمكلا: مقتل 2 من المطلوبين في مداهمة", "الداخلية بالمكلا"),
    ("صحة الخليل: 4 إصابات برصاص المستوطنين", "صحة الخليل"),
])
def test_a_domain_with_its_place_before_a_colon_speaks(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


def test_a_trailing_quoting_source_is_relayed() -> None:
    (claim,) = claims("وقتل 5 من حرس الحدود في الهجوم، حسبما أفادت وكالة الأنباء المحلية نقلا عن مصادر أمنية.")
    assert claim["source"]["name"] == "مصادر أمنية"


def test_a_count_after_in_names_its_owner_only_when_it_is_a_source() -> None:
    (claim,) = claims("وقتل 9 أشخاص في القصف، في حصيلة أولية للهجوم على السوق.")
    assert claim["source"] is None
    (claim,) = claims("وقتل 9 أشخاص في القصف، في حصيلة أولية لوزارة الصحة.")
    assert claim["source"]["name"] == "وزارة الصحة"

