"""A protest named as the object of support (twenty-sixth round, issue #10): «أعلن رئيس الحكومة دعمه
للاحتجاجات», «أكد الحزب تأييده للتظاهرات» allude to the protests a story tells, they tell none of their own
(`background_cues.tsv` type cause: «دعمه», «دعمها», «دعمهم», «تأييده», «تأييدها», «تأييدهم»).  Beside a riot
the protest word of a statement of support is no peaceful protest.  Sentences written for these tests (Libya,
Lebanon, Jordan)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    ("اقتحم متظاهرون مقر البلدية في مدينة الزاوية يوم السبت وأحرقوا جزءا منه. وأعلن رئيس الحكومة دعمه "
    "للاحتجاجات السلمية."),
    "أحرق محتجون إطارات في شوارع مدينة صور يوم الإثنين، فيما أكد حزب معارض تأييده للتظاهرات.",
])
def test_support_for_the_protests_tells_no_protest_beside_the_riot(text: str) -> None:
    assert sub_types(text) == ["Violent demonstration"]


def test_the_protest_supported_is_still_told_where_it_happened() -> None:
    text = "نظم مئات المعلمين وقفة احتجاجية أمام البرلمان في عمان يوم الأحد، وأعلنت النقابة دعمها للوقفة."
    assert sub_types(text) == ["Peaceful protest"]
