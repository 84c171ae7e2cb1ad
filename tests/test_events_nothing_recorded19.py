"""What was not recorded (nineteenth round, issue #10): «دون أن يسجل», «دون أن تسجل», «دون تسجيل»
(``background_cues.tsv`` type ``without``) deny the event word a few words after them («دون أن يسجل أي
قصف», «دون تسجيل أي اشتباكات») as «دون» does right before it; a strike or a rocket told before them stays.
Sentences written for these tests (Sudan, Yemen, Libya, Israel, Syria)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "حلق الطيران المسير فوق أحياء المدينة طوال ليلة السبت دون أن يسجل أي قصف.",
    "شهدت جبهات القتال في محافظة تعز هدوءا حذرا يوم الأحد دون تسجيل أي اشتباكات.",
    "مرت ليلة الإثنين بهدوء في أحياء جنوب طرابلس دون أن تسجل أي اشتباكات بين الطرفين.",
    "عاد الهدوء إلى مدينة الفاشر يوم الثلاثاء دون أن يسجل أي قصف مدفعي على الأحياء.",
])
def test_a_quiet_day_with_nothing_recorded_tells_no_event(text: str) -> None:
    assert sub_types(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("سقط صاروخان على مدينة سديروت مساء الإثنين دون أن تسجل إصابات.", ["Shelling/artillery/missile attack"]),
    ("قصفت طائرات حربية مواقع في ريف إدلب يوم الثلاثاء، دون تسجيل إصابات بين المدنيين.", ["Air/drone strike"]),
])
def test_an_event_told_before_stays(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected
