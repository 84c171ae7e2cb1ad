"""Tyres set alight (nineteenth round, issue #10): «الإطارات المحترقة», «إطارات محترقة» and the verb «أشعل»
with tyres as its object («أشعل شبان الإطارات», «أشعلت مجموعات من المحتجين إطارات السيارات») tell a riot,
like «الإطارات المشتعلة» and «أحرق الإطارات»; «أشعل» with anything else (a war, candles) tells none.
Sentences written for these tests (Lebanon, Yemen, Morocco)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "قطع محتجون الطريق الدولي بالإطارات المحترقة قرب مدينة صيدا يوم الجمعة.",
    "أشعل شبان غاضبون الإطارات في شوارع حي باب التبانة بمدينة طرابلس مساء السبت احتجاجا على انقطاع الكهرباء.",
    "أشعلت مجموعات من المحتجين إطارات السيارات وأغلقت الطرق في مدينة عدن يوم الأحد.",
])
def test_tyres_set_alight_are_a_riot(text: str) -> None:
    assert sub_types(text) == ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "قال المتحدث إن الهجمات الأخيرة أشعلت الحرب من جديد في المنطقة.",
    "أشعل المشاركون الشموع في ساحة عامة بمدينة الرباط يوم الإثنين تضامنا مع ضحايا الزلزال.",
])
def test_other_things_set_alight_tell_no_riot(text: str) -> None:
    assert sub_types(text) == []
