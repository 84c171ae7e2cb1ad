"""Counted «others» past a sentence of no figure (round 33, set S, issue #10): «راح ضحيتها 23 شخصا. وقالت اللجان
إن المسلحين اقتحموا القرية ... . وأوضح البيان أن أكثر من 30 آخرين أصيبوا»: a statement's toll, then a sentence
telling the attack with no figure, then «N آخرين»: the others are more of those counted, of their side, as
when they follow in the next sentence; three sentences on too (round 33's leftovers).  Texts written for these tests
(Sudan, Somalia, Yemen, Syria)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, S, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    (("اتهمت لجان المقاومة المليشيا بقتل 23 شخصا في قرية قرب الحصاحيصا أمس.\nوقالت اللجان إن المسلحين اقتحموا "
     "القرية على دراجات نارية وأطلقوا النار على المواطنين.\nوأوضح البيان أن أكثر من 30 آخرين أصيبوا بجروح."),
     {("killed", 23, C), ("injured", 30, C)}),
    (("قتل سبعة جنود في هجوم على قاعدة عسكرية قرب مدينة بلدوين أمس.\nوقال ضابط إن المهاجمين استخدموا سيارة "
     "مفخخة لاقتحام البوابة.\nوأضاف أن 12 آخرين أصيبوا في الهجوم."), {("killed", 7, S), ("injured", 12, S)}),
    (("قتل أربعة مدنيين بقصف على حي سكني في مدينة تعز أمس.\nوأفاد شهود بأن القذائف سقطت قرب سوق شعبي.\n"
     "وأصيب تسعة آخرون بجروح متفاوتة."), {("killed", 4, C), ("injured", 9, C)}),
    (("قتل خمسة عناصر من الشرطة في هجوم على حاجز شرق مدينة دير الزور أمس.\nوقالت مصادر إن المهاجمين فروا "
     "نحو البادية.\nوذكرت المصادر أن الهجوم وقع بعد منتصف الليل.\nوأضافت أن ثلاثة آخرين أصيبوا."),
     {("killed", 5, S), ("injured", 3, S)}),
])
def test_counted_others_take_the_side_of_the_toll_before(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-02-18") == expected
