"""Gunfire told with «النيران» and people hit named by a relative clause of protesting (twenty-sixth round,
issue #10).  «أطلق ... النيران على», «فتح ... النيران على» are the frames «أطلق النار على», «فتح النار على»
with the plural of «نار»: at people of no side an attack on civilians, at protesters force against their
protest.  People named by what they did («المواطنين الذين خرجوا للاحتجاج», «السكان الذين تظاهروا») are
protesters: fire at them is excessive force against a protest, not an attack on civilians beside a
peaceful protest.  Sentences written for these tests (Sudan, Mali, Tunisia, DR Congo, Iraq)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

EXCESSIVE = ["Excessive force against protesters"]


@pytest.mark.parametrize("text", [
    "أطلقت قوات الأمن النيران على متظاهرين في مدينة عطبرة يوم الخميس، فقتلت اثنين منهم وأصابت آخرين.",
    ("فتح جنود النيران على محتجين تجمعوا أمام مقر قيادة الجيش في مدينة واد مدني يوم الجمعة، ما أسفر عن مقتل "
    "ثلاثة منهم."),
])
def test_fire_told_with_niran_at_protesters_is_excessive_force(text: str) -> None:
    assert sub_types(text) == EXCESSIVE


@pytest.mark.parametrize("text", [
    "أطلق مسلحون مجهولون النيران على سيارة مدنية على طريق بعقوبة يوم الأحد، ما أدى إلى مقتل سائقها.",
    ("أفاد شهود بأن عناصر الميليشيا فتحوا النيران على حافلة ركاب عند حاجز قرب بلدة الرهد يوم الثلاثاء، ما أدى "
    "إلى مقتل خمسة مدنيين."),
])
def test_fire_told_with_niran_at_people_of_no_side_is_an_attack(text: str) -> None:
    assert sub_types(text) == ["Attack"]


@pytest.mark.parametrize("text", [
    ("أطلق جنود النار على عشرات الشبان الذين خرجوا للاحتجاج على غلاء الأسعار في مدينة سيغو يوم الإثنين، فأصابوا "
    "سبعة منهم."),
    "فتحت قوات الأمن النيران على سكان الحي الذين تظاهروا أمام مقر البلدية في مدينة القصرين يوم الخميس.",
    "قتل شخصان عندما أطلقت الشرطة الرصاص على المواطنين الذين شاركوا في المسيرة وسط مدينة كينشاسا يوم السبت.",
])
def test_fire_at_people_who_went_out_to_protest_is_excessive_force(text: str) -> None:
    assert sub_types(text) == EXCESSIVE


def test_people_who_protested_as_the_shooters_tell_no_force() -> None:
    text = "قال شهود إن الشبان الذين تظاهروا أمام مبنى المحافظة في مدينة الكوت يوم الأحد رشقوا قوات الأمن بالحجارة."
    assert sub_types(text) == ["Violent demonstration"]
