"""Probes of our own for the families set M showed (#10, round 32; tests/test_reading_articles32m.py):
communal violence, crime and kidnapping told in Arabic news.

- a dual after a verb of killing spelled unlike its passive («اغتال», claim_words role ``active``) is its
  subject, the victims follow; after «قتل» (the passive written the same) a dual stays the victims;
- the verbal nouns «ضبط», «خطف» after a preposition («بضبط», «بخطف») count the people they take;
- «خطفه», «خطفها»: the one taken, told by the pronoun of the verbal noun;
- «كل» right before a victim noun counts no one (blood money, compensation);
- a victim word with the pronoun of one («مقتله») takes the side of the force's man fire was aimed at;
  a former fighter or a retired officer is a civilian;
- «إن القتلى من X» in a later sentence: who the dead of a generic toll were;
- «عدد المفقودين» with its verb is a toll of the missing;
- «تدافع عن» (defends) covers «تدافع» (a stampede), so a body «التي تدافع عن» its people leaves the story in scope.
"""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import sides_of, strict_xfail

PROBES: list[Any] = [
    # the dual subject of «اغتال»
    ("اغتال مسلحان ملثمان، مساء أمس، ضابطا في الشرطة قرب منزله في الديوانية.", {("killed", 1, "state_forces")}),
    pytest.param("واغتال مجهولان يستقلان دراجة نارية جنديا في الجيش أمام متجره بمدينة درنة أمس.",
                 {("killed", 1, "state_forces")},
                 marks=strict_xfail("«مجهولان» alone (no noun of armed men) names no subject, so the victim after it is not reached")),
    ("اغتال مسلحان مجهولان طبيبا معروفا في حي سكني بمدينة تعز صباح اليوم.", {("killed", 1, "civilians")}),
    # the dual after «قتل», «خطف»: the victims (the passive)
    ("قتل شرطيان في هجوم على دورية أمنية قرب كركوك فجر اليوم.", {("killed", 2, "state_forces")}),
    ("قتل جنديان في الكمين، وجندي ثالث ما زال مفقودا منذ مساء أمس.",
                 {("killed", 2, "state_forces"), ("missing", 1, "state_forces")}),
    # after «قتل» (its passive spelled the same) a dual before a figure of people is its subject (claims/subject.py)
    ("قتل مسلحان ثلاثة رعاة في مرعى قرب قرية نائية في ولاية كاتسينا أمس.", {("killed", 3, "civilians")}),
    # the verbal nouns after a preposition
    ("وأفادت مديرية الأمن بضبط خمسة من المتهمين بإطلاق النار على المارة في السوق أمس.",
                 {("captured", 5, "armed_group")}),
    ("وقامت عصابة مسلحة بخطف أربعة تجار على الطريق بين المدينتين مساء الخميس.", {("captured", 4, "civilians")}),
    ("وأعلنت الشرطة عن ضبط ثلاثة متهمين بالخطف في حي شعبي بالعاصمة صباح اليوم.", {("captured", 3, "armed_group")}),
    # the one taken, by the pronoun
    pytest.param("أطلق خاطفون سراح طبيب بعد أربعة أيام على خطفه من عيادته في بلدة قرب الحدود.", {("captured", 1, "civilians")},
                 marks=strict_xfail("«أطلق ... سراح» before the verbal noun of the taking: the release blocks the one taken")),
    pytest.param("وعادت الطالبة إلى أهلها مساء أمس بعد يومين من خطفها على يد مسلحين مجهولين في حي الزهور.",
                 {("captured", 1, "civilians")},
                 marks=strict_xfail("a return home before «من خطفها على يد مسلحين» tells no event word the one taken belongs to")),
    # «كل» before a victim noun
    ("واتفق وجهاء العشيرتين على دية قدرها مئة ألف دولار عن كل قتيل سقط في الخصومة.", set()),
    # «كل» before a construct whose genitive is a victim noun (claims/context.blocker_before)
    ("وقررت الحكومة صرف تعويض مالي لكل جريح ولكل أسرة شهيد من ضحايا الاشتباكات.", set()),
    # the side of the one fire was aimed at
    ("وقال مصدر أمني إن مجهولين أطلقوا النار على ضابط في الجيش أمام منزله، ما أدى إلى مقتله على الفور.",
                 {("killed", 1, "state_forces")}),
    ("وأطلق مسلح النار على عنصر في الشرطة عند نقطة تفتيش قرب المدينة أمس، ما أسفر عن إصابته بجروح.",
                 {("injured", 1, "state_forces")}),
    ("وأطلق مجهولون النار على مقاتل سابق في الفصائل قرب السوق مساء أمس، ما تسبب بمقتله.",
                 {("killed", 1, "civilians")}),
    ("وأطلق جندي النار على سائق شاحنة رفض التوقف عند الحاجز أمس، ما أدى إلى مقتله.", {("killed", 1, "civilians")}),
    ("واغتال مجهولون ضابطا متقاعدا أمام منزله في حي شعبي بمدينة الموصل أمس.", {("killed", 1, "civilians")}),
    # «تدافع عن» (defends) in a speaker's relative clause is no stampede; a stampede stays out of scope
    ("قالت رابطة محلية، التي تدافع عن المزارعين، إن مسلحين قتلوا ستة مزارعين في حقولهم قرب البلدة أمس.",
     {("killed", 6, "civilians")}),
    ("وقال ناشط يدافع عن حقوق الرعاة إن مسلحين خطفوا ثلاثة رعاة مع قطعانهم قرب الوادي مساء أمس.",
     {("captured", 3, "civilians")}),
    ("لقي 14 شخصا مصرعهم في تدافع عند بوابة ملعب المدينة مساء أمس.", set()),
    # who the dead were, said in a later sentence after «إن», «أن»: «إن القتلى من X»
    ("قتل ثمانية أشخاص في اشتباكات بين عائلتين قرب القرية مساء الجمعة. وقال العمدة إن القتلى من المسلحين.",
     {("killed", 8, "armed_group")}),
    ("قتل خمسة أشخاص في هجوم قرب نقطة تفتيش أمس. وأكد مصدر طبي أن القتلى من عناصر الشرطة.",
     {("killed", 5, "state_forces")}),
    ("قتل ستة أشخاص في هجوم على سوق الماشية أمس. وقال مسؤول محلي إن القتلى من المدنيين.",
     {("killed", 6, "civilians")}),
    pytest.param("قتل عشرة أشخاص في اشتباكات بين قبيلتين أمس. وقال شيخ إن القتلى من مقاتلي الطرفين.",
                 {("killed", 10, "armed_group")},
                 marks=strict_xfail("«مقاتلي الطرفين»: fighters owned by «الطرفين» (both sides) name no side")),
    # the missing counted by their number
    ("هاجم مسلحون قرية في الإقليم أمس، وقال مسؤول محلي إن عدد المفقودين بلغ تسعة.", {("missing", 9, "civilians")}),
]


@pytest.mark.parametrize("text, expected", PROBES)
def test_the_probe_reads(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text) == expected
