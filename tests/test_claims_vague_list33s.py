"""A vague toll before «و» and an act against things (round 33, set S, issue #10): «مقتل العشرات ونهب الأسواق
وحرق المنازل», «مقتل المئات وتدمير القرى»: the word of looting or destruction joined by «و» is the next item of
the list, not the noun the figure counts («عشرات الغارات», «العشرات من القذائف» still count strikes and shells,
no victims).  Sentences written for these tests (Sudan, Nigeria, Somalia, Yemen)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, N, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    ("أدان المجلس الهجوم على قرية أم سيالة أمس، مشيرا إلى مقتل العشرات ونهب الأسواق وحرق المنازل.",
     {("killed", N, C)}),
    ("هاجمت المليشيا قرية قرب مدينة بارا أمس ما أدى إلى مقتل العشرات ونهب المحلات.", {("killed", N, C)}),
    ("قالت مصادر محلية إن هجوم المسلحين على القرية ليل الجمعة أسفر عن مقتل العشرات وتدمير المنازل.",
     {("killed", N, C)}),
    ("اقتحم مسلحون سوق القرية أمس وأحرقوا المحال، ما أسفر عن إصابة العشرات وسلب المواشي.", {("injured", N, C)}),
    ("شنت الطائرات عشرات الغارات على مدينة نيالا أمس.", set()),
    ("أطلقت الميليشيا العشرات من القذائف على مدينة الفاشر أمس.", set()),
])
def test_a_vague_toll_before_an_act_against_things(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-06-28") == expected
