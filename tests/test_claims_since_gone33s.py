"""A toll «since» a time gone (round 33, set S, issue #10): «إن المئات قتلوا في المنطقة منذ انشقاق قائد المليشيا
وانضمامه إلى الجيش في أكتوبر الماضي», «منذ سيطرة الحركة عليها في أغسطس من العام الماضي»: a «منذ» whose phrase
names a time gone counts from then, a running total left out, even when that time stands far from the figure.
«منذ صباح أمس» names the event's own day, and «الأعنف منذ ديسمبر الماضي» compares: the toll stays.  Sentences
written for these tests (Sudan, Somalia, Nigeria, Yemen)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, S, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    (("اقتحم مسلحون القرية أمس وقتلوا ثلاثة مزارعين، وتقول منظمات محلية إن المئات قتلوا في المنطقة منذ انشقاق "
     "قائد المليشيا وانضمامه إلى الجيش في أكتوبر الماضي."), {("killed", 3, C)}),
    (("وهاجم مسلحون القرية أمس، وقالت مصادر إن أكثر من 200 شخص قتلوا في القرى المجاورة منذ سيطرة الحركة عليها "
     "في أغسطس من العام الماضي."), set()),
    (("قتل جنديان في كمين قرب بلدة بيدوا يوم الأحد، فيما قتل أكثر من 40 جنديا في المنطقة منذ انسحاب القوات "
     "الأفريقية منها في يونيو الماضي."), {("killed", 2, S)}),
    ("وقتل خمسة مدنيين في قصف على القرية أمس، وهو الهجوم الأعنف منذ ديسمبر الماضي.", {("killed", 5, C)}),
    ("وقتل خمسة مدنيين وأصيب عشرة في قصف على القرية منذ صباح أمس.", {("killed", 5, C), ("injured", 10, C)}),
    (("قتل مزارعان في هجوم لمسلحين على قرية قرب مدينة مايدوغوري أمس، ويقول سكان إن عشرات قتلوا في القرى منذ "
     "عودة المسلحين إلى الغابة في مطلع العام الماضي."), {("killed", 2, C)}),
])
def test_a_toll_since_a_time_gone_is_a_running_total(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-02-18") == expected
