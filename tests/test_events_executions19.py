"""Executions by armed men in the field (nineteenth round, issue #10): «أعدم» in every person of the past
tells a killing of people held or seized, an attack on civilians by ACLED (captured soldiers included),
not a battle; a death sentence carried out by a state's courts is court news and tells no event.
Sentences written for these tests, in the styles of outlets from Syria, the Sahel, Sudan and Somalia."""

from __future__ import annotations

import pytest

from event_sets import relevant_sub_types


@pytest.mark.parametrize("text", [
    "أعدم مسلحو التنظيم ثلاثة رعاة رميا بالرصاص في بادية السخنة شرقي حمص يوم الأحد.",
    "أعدمت جماعة مسلحة سبعة أسرى من الجيش قرب بلدة جيبو شمالي بوركينا فاسو يوم الإثنين، وفق مصادر محلية.",
    "قال شهود إن عناصر من قوات الدعم السريع أعدموا عشرة من سكان قرية في ولاية الجزيرة يوم الثلاثاء.",
    "أعدمت حركة الشباب رجلين علنا في بلدة جلب بإقليم جوبا الوسطى يوم الأربعاء بتهمة التجسس.",
])
def test_an_execution_in_the_field_is_an_attack(text: str) -> None:
    assert relevant_sub_types(text) == (True, ["Attack"])


@pytest.mark.parametrize("text", [
    "أعدمت السلطات الإيرانية رجلا أدين بتهريب المخدرات في سجن بمدينة شيراز يوم الخميس.",
    "وكان التنظيم قد أعدم مئات الأسرى خلال سيطرته على المدينة بين عامي 2014 و2017.",
])
def test_a_sentence_of_a_court_or_of_past_years_tells_no_event(text: str) -> None:
    assert relevant_sub_types(text) == (False, [])
