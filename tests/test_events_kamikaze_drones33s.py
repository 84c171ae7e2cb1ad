"""Kamikaze drones with the article (round 33, set S, issue #10): «المسيرات الانتحارية», «الطائرة المسيرة
الانتحارية», «بالمسيرتين الانتحاريتين» name drones that fly into their target, an air/drone strike, as the
indefinite phrases of round 19 do (tests/test_events_kamikaze_drones19.py); the article on the adjective kept
the phrase from matching, and «الانتحارية» alone made a suicide bombing of the strike.  A suicide bomber with
the article («فجرت الانتحارية حزامها», «التفجير الانتحاري») still is one.  Sudan's long-range drones
(«المسيرات الاستراتيجية», «مسيرة استراتيجية») are drones too, whatever a bare «مسيرة» may be.  Sentences written
for these tests (Sudan, Ukraine, Yemen, Nigeria, Somalia)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت المسيرات الانتحارية مطار مدينة كسلا فجر الثلاثاء.", ["Air/drone strike"]),
    ("قصفت الميليشيا بالطائرات المسيرة الانتحارية محطة كهرباء في مدينة عطبرة يوم الإثنين.", ["Air/drone strike"]),
    ("ضربت المسيّرة الانتحارية الروسية مبنى سكنيا في مدينة أوديسا ليل الثلاثاء.", ["Air/drone strike"]),
    ("وأصابت الطائرة المسيرة الانتحارية خزانا للوقود في ميناء الحديدة مساء الأحد.", ["Air/drone strike"]),
    ("وتبنى الحوثيون الهجوم بالمسيرتين الانتحاريتين على السفينة قبالة الحديدة يوم الخميس.", ["Air/drone strike"]),
    ("وقال مصدر إن المسيرات الانتحارية أشعلت حرائق في مستودعات الوقود بمدينة بورتسودان صباح الأربعاء.",
     ["Air/drone strike"]),
    ("فجرت الانتحارية حزامها الناسف عند مدخل السوق في مدينة مايدوغوري يوم السبت.", ["Suicide bomb"]),
    ("واستهدف التفجير الانتحاري حاجزا للشرطة في مدينة مقديشو يوم الجمعة.", ["Suicide bomb"]),
    ("شنت المسيرات الاستراتيجية التابعة للمليشيا هجوما على محطة كهرباء في ولاية النيل الأبيض فجر اليوم.",
     ["Air/drone strike"]),
    ("استهدفت مسيرة استراتيجية مطار مدينة مروي فجر اليوم.", ["Air/drone strike"]),
    ("وقال مصدر إن المسيرتين الاستراتيجيتين ضربتا خزانات الوقود في ميناء بورتسودان أمس.", ["Air/drone strike"]),
    ("أسقطت الدفاعات الأرضية مسيرة استراتيجية فوق مدينة عطبرة فجر اليوم.", ["Disrupted weapons use"]),
])
def test_a_kamikaze_drone_with_the_article_is_no_suicide_bomber(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected
