"""Speakers carried across sentences (#10, session 29, articles32q).  The lines of a list without marks: a statement that
ends in a colon and gives its figures as short lines of their own, one sentence a line, with no dash or bullet
(«أسفر الهجوم عن:\\nمقتل 4 ...\\nإصابة 6 ...»), is the speaker's on every line, not on the first alone
(sources/lookup._first_line); a list in the outlet's voice stays the outlet's, and a long sentence after the list
is no line of it.  A statement told back by a verb that goes on («وتابع البيان») gives the verb's gender to its
issuer from there on, so a bare «وأضاف» after it still speaks for a body named in the feminine («قالت الهيئة ...
وتابع البيان ... وأضاف أن»; sources/agreement.gives_gender).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import assert_speakers

CASES = [
    ("figures by place", ("قال مدير الصحة في المحافظة إن حصيلة القصف توزعت كما يلي:\n5 قتلى في حي الصناعة.\n"
     "3 قتلى في السوق المركزي.\n4 قتلى قرب المدرسة."),
     [[5, "مدير الصحة في المحافظة"], [3, "مدير الصحة في المحافظة"], [4, "مدير الصحة في المحافظة"]]),
    ("nouns of action", "وأوضح مصدر في الشرطة أن الانفجار أسفر عن:\nمقتل 6 من المارة.\nإصابة 14 آخرين بجروح.",
     [[6, "مصدر في الشرطة"], [14, "مصدر في الشرطة"]]),
    ("an army's tally", ("وذكر الجيش في بيان أن حصيلة العملية جاءت على النحو الآتي:\n12 مسلحا قتلوا في الاشتباكات.\n"
     "8 مسلحين اعتقلوا.\nجنديان أصيبا بجروح طفيفة."),
     [[12, "الجيش"], [8, "الجيش"], [2, "الجيش"]]),
    ("number words", ("وأعلنت وزارة الصحة أن الغارات أوقعت:\nسبعة قتلى في مخيم النصيرات.\nأربعة قتلى في دير البلح.\n"
     "تسعة جرحى في رفح."),
     [[7, "وزارة الصحة"], [4, "وزارة الصحة"], [9, "وزارة الصحة"]]),
    ("told to an agency", ("وقال مصدر أمني عراقي لوكالة الأنباء إن نتائج الهجوم كانت:\nمقتل 3 من عناصر الحشد.\n"
     "إصابة 5 من عناصر الحشد."),
     [[3, "مصدر أمني عراقي"], [5, "مصدر أمني عراقي"]]),
    ("a spokesman's lines", ("وصرح المتحدث باسم الشرطة بأن حملة المداهمات أسفرت عن:\nاعتقال 11 مطلوبا.\n"
     "ضبط 40 قطعة سلاح.\nمقتل مطلوبين اثنين رفضا الاستسلام."),
     [[11, "المتحدث باسم الشرطة"], [2, "المتحدث باسم الشرطة"]]),
    ("a list in the outlet's voice", ("وقال المتحدث باسم الجيش إن الوضع هادئ.\n\nوهذه أبرز الأحداث:\n"
     "مقتل 5 جنود في كمين قرب الحدود.\nإصابة 3 مدنيين في قصف على السوق."),
     [[5, None], [3, None]]),
    ("a long sentence after the list", ("قال مسؤول محلي إن حصيلة الهجوم بلغت:\n5 قتلى من القرويين.\n"
     "وفي منطقة أخرى من الولاية، قتل مسلحون 4 رعاة كانوا يرعون مواشيهم قرب الحدود في وقت متأخر من الليل الماضي."),
     [[5, "مسؤول محلي"], [4, None]]),
    ("a line with its own speaker", ("قالت المنظمة إن حصيلة الأسبوع كانت:\n9 قتلى في ولاية الجزيرة.\n"
     "وقال الجيش إن 6 جنود قتلوا."),
     [[9, "المنظمة"], [6, "الجيش"]]),
]


@pytest.mark.parametrize(("text", "sources"), [pytest.param(t, s, id=f) for f, t, s in CASES])
def test_every_line_of_a_list_after_a_colon_is_the_speakers(text: str, sources: list[list[object]]) -> None:
    assert_speakers({"text": text, "sources": sources})


GOES_ON = [
    ("a board", ("قالت الهيئة في بيان إن القصف استهدف حيا سكنيا. وتابع البيان أن المدفعية قصفت السوق أيضا. "
     "وأضاف أن 4 مدنيين أصيبوا."), [[4, "الهيئة"]]),
    ("a quote after the colon", ("أعلنت قيادة الشرطة أن دورية تعرضت لكمين قرب الحدود. وتابع البيان أن المهاجمين فروا. "
     "وأضاف: \"أصيب 3 عناصر بجروح طفيفة\"."), [[3, "قيادة الشرطة"]]),
    ("a ministry", ("ذكرت وزارة الداخلية أن مسلحين هاجموا مركزا أمنيا ليلا. وتابع البيان أن القوات طاردتهم. "
     "وأضاف أن 5 من المهاجمين اعتقلوا."), [[5, "وزارة الداخلية"]]),
    ("a movement", ("قالت الحركة في بيان إن مقاتليها هاجموا رتلا عسكريا. وتابع البيان أن الرتل تراجع. "
     "وأضاف أن 8 جنود قتلوا."), [[8, "الحركة"]]),
    ("an army, masculine all along", ("قال الجيش في بيان إن طائراته قصفت مواقع للمسلحين. وتابع البيان أن الغارات "
     "دمرت مخازن أسلحة. وأضاف أن 6 مسلحين قتلوا."), [[6, "الجيش"]]),
    ("a new speaker named", ("قالت الوزارة في بيان إن الوضع هادئ. وتابع البيان أن الطرق مفتوحة. "
     "وأضاف مدير المستشفى أن 3 جرحى وصلوا."), [[3, "مدير المستشفى"]]),
]


@pytest.mark.parametrize(("text", "sources"), [pytest.param(t, s, id=f) for f, t, s in GOES_ON])
def test_a_statement_told_back_by_a_verb_that_goes_on_keeps_its_issuer(text: str, sources: list[list[object]]) -> None:
    assert_speakers({"text": text, "sources": sources})
