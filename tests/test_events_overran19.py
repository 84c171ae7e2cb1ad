"""«اجتاح» (overran; nineteenth round, issue #10): ground taken only when an armed group of no state stands
as its subject right after it («اجتاح مسلحو الحركة البلدة», «اجتاحت قوات الدعم السريع بلدة»).  A state's
incursion is a raid, settlers sweeping over land attack civilians, a village overrun where only civilians
fell is the attack on them, and floods, locusts or protests that sweep towns take nothing.
Sentences written for these tests (Mali, Sudan, Syria, Somalia, Palestine, Yemen, Iran)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

OVERTAKES = "Non-state actor overtakes territory"
TAKEN = ["Armed clash", OVERTAKES]


@pytest.mark.parametrize(("text", "expected"), [
    ("اجتاح مسلحون قاعدة عسكرية في منطقة ميناكا شمال شرقي مالي يوم الإثنين بعد معارك مع الجيش.", TAKEN),
    ("اجتاحت قوات الدعم السريع بلدة في ولاية الجزيرة يوم الثلاثاء بعد اشتباكات مع الجيش السوداني.", TAKEN),
    (("اجتاح مقاتلو التنظيم عددا من القرى في ريف دير الزور الشرقي بعد معارك عنيفة مع قوات سوريا الديمقراطية "
     "يوم الأربعاء."), TAKEN),
    ("اجتاح مسلحو حركة الشباب بلدة في إقليم هيران فجر الأحد بعد انسحاب القوات الحكومية منها.", [OVERTAKES]),
])
def test_an_armed_group_overrunning_takes_ground(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected


@pytest.mark.parametrize("text", [
    "اجتاحت قوات الاحتلال مخيم جنين فجر الخميس واندلعت اشتباكات مع مقاومين، ما أدى إلى استشهاد شابين.",
    "اجتاح الجيش المالي قرية في منطقة موبتي يوم الجمعة بعد اشتباكات مع مسلحين.",
    "اجتاحت السيول عددا من القرى في محافظة حجة يوم السبت، ما أدى إلى مقتل خمسة أشخاص.",
    "اجتاحت الاحتجاجات مدنا عدة في إيران يوم الأحد رفضا لارتفاع الأسعار.",
    "اجتاح الجراد مزارع في ولاية كسلا يوم الإثنين.",
    "اجتاح مستوطنون أراضي قرية في محافظة نابلس يوم الثلاثاء وأحرقوا أشجار الزيتون.",
])
def test_no_ground_taken_by_states_settlers_or_nature(text: str) -> None:
    assert OVERTAKES not in sub_types(text)
    assert "Government regains territory" not in sub_types(text)
