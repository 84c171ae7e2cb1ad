"""Kamikaze drones (nineteenth round, issue #10): «مسيرة انتحارية», «طائرة مسيرة انتحارية», «مسيرات
انتحارية» name a drone that flies into its target, an air/drone strike; «انتحارية» there is no suicide
bomber (a woman who blew herself up, «فجرت انتحارية نفسها», still is).  Sentences written for these tests
(Sudan, Ukraine, Yemen, Nigeria)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجمت مسيرات انتحارية محطة كهرباء في مدينة كوستي فجر الإثنين، ما أدى إلى انقطاع التيار.",
     ["Air/drone strike"]),
    ("أصيب جنديان أوكرانيان عندما ضربت مسيرة انتحارية روسية موقعهما قرب مدينة خاركيف يوم الثلاثاء.",
     ["Air/drone strike"]),
    ("أعلن الحوثيون أنهم استهدفوا سفينة في البحر الأحمر بطائرة مسيرة انتحارية يوم الأربعاء.",
     ["Air/drone strike"]),
    ("أسقطت الدفاعات الجوية طائرة مسيرة انتحارية فوق مطار مروي يوم الخميس.", ["Disrupted weapons use"]),
    ("فجرت انتحارية نفسها في سوق مزدحم بمدينة مايدوغوري يوم الجمعة، ما أدى إلى مقتل خمسة أشخاص.",
     ["Suicide bomb"]),
])
def test_a_kamikaze_drone_is_no_suicide_bomber(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدف الطيران المسير التابع للجيش تجمعا لعناصر الدعم السريع في مدينة الأبيض يوم الأحد.", ["Air/drone strike"]),
    ("استهدف الطيران المسير سيارة تقل قياديين في الحركة على طريق جنوب مدينة جوهر مساء الإثنين.", ["Air/drone strike"]),
    ("حلق الطيران المسير فوق أحياء المدينة طوال ليلة السبت دون أن يسجل أي قصف.", []),
])
def test_drone_aviation_as_the_subject_of_targeting_strikes(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected
