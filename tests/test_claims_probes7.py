"""The victims named before their verb in a reported clause (#10, seventh round): a figure or a
counted noun, its owner «من X», a subset «بينهم Y», then the verb that tells what befell them.

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import sides_of


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-03-07")


@pytest.mark.parametrize("text, expected", [
    ("قال مصدر طبي إن 9 مدنيين بينهم 3 أطفال قتلوا في القصف على الحي.",
     {("killed", 9, "civilians")}),
    ("أعلن المسؤول أن 19 شخصا بينهم 17 سائحا أجنبيا قتلوا في الهجوم على الفندق.",
     {("killed", 19, "civilians")}),
    ("وقالت الشرطة إن 12 شخصا بينهم 4 جنود قتلوا في التفجير.",
     {("killed", 12, "unknown"), ("killed", 4, "state_forces")}),
    ("قال ناشطون إن 7 مدنيين بينهم امرأتان أصيبوا بجروح في الغارة.",
     {("injured", 7, "civilians")}),
    ("قالت مصادر محلية إن عنصرين من الفرقة الرابعة قتلا بانفجار لغم قرب القرية.",
     {("killed", 2, "state_forces")}),
    ("قالت الوزارة إن عنصرا من جهاز الأمن العام قتل في الاشتباكات.",
     {("killed", 1, "state_forces")}),
    ("قال المصدر إن جنديين من الجيش أصيبا في الهجوم على الحاجز.",
     {("injured", 2, "state_forces")}),
    ("ذكر الناطق أن ثلاثة عناصر من الشرطة قتلوا في الكمين.",
     {("killed", 3, "state_forces")}),
    ("أفاد المرصد بأن مقاتلا من الفصائل قتل في القصف على البلدة.",
     {("killed", 1, "armed_group")}),
    ("قال مسؤول إن شرطيا قتل وأصيب اثنان آخران في الهجوم.",
     {("killed", 1, "state_forces"), ("injured", 2, "state_forces")}),
    ("قالت المصادر إن طفلا وامرأة قتلا في القصف المدفعي.",
     {("killed", 2, "civilians")}),
    ("أوضح المصدر أن عنصرين من قوات الأمن الداخلي أصيبا بجروح طفيفة.",
     {("injured", 2, "state_forces")}),
    ("قال شهود إن 4 أشخاص بينهم طفل قتلوا وأصيب 10 آخرون في الانفجار.",
     {("killed", 4, "civilians"), ("injured", 10, "civilians")}),
    ("وأكد البيان أن 6 مسلحين من التنظيم قتلوا خلال المداهمة.",
     {("killed", 6, "armed_group")}),
    ("قال الدفاع المدني إن 15 شخصا بينهم نساء وأطفال قتلوا في الغارات.",
     {("killed", 15, "civilians")}),
    ("أعلن الجيش أن ضابطا وجنديين من اللواء الخامس قتلوا في الاشتباك.",
     {("killed", 3, "state_forces")}),
    ("وقالت الحركة إن اثنين من مقاتليها قتلا في الغارة.",
     {("killed", 2, "armed_group")}),
    ("قالت الشرطة إن 3 عناصر من قوات الأمن بينهم ضابط قتلوا في الهجوم.",
     {("killed", 3, "state_forces")}),
    ("قال الضابط إن مسلحا قتل جنديا في الهجوم على الحاجز.",
     {("killed", 1, "state_forces")}),
    ("أكد المصدر أن عنصرا من الشرطة قتل مسلحا خلال المداهمة.",
     {("killed", 1, "armed_group")}),
    ("قال الطبيب إن طفلا أصيب بجروح في القصف.",
     {("injured", 1, "civilians")}),
    ("قال المصدر إن ضابطا من الجيش قتل وأصيب اثنان آخران في الكمين.",
     {("killed", 1, "state_forces"), ("injured", 2, "state_forces")}),
    ("ذكرت الوزارة أن عنصرا من الشرطة أصيب وقتل مسلحان في تبادل إطلاق النار.",
     {("injured", 1, "state_forces"), ("killed", 2, "armed_group")}),
    ("قالت المصادر إن جنديين من الجيش قتلا وأصيب ثلاثة مدنيين في القصف.",
     {("killed", 2, "state_forces"), ("injured", 3, "civilians")}),
    ("أعلنت الشرطة أن مسلحين اثنين من العصابة قتلا في الاشتباك.",
     {("killed", 2, "armed_group")}),
    ("قال المرصد إن عنصرين من قوات النظام والمسلحين الموالين لها قتلا في كمين.",
     {("killed", 2, "state_forces")}),
    ("قالت الوزارة إن عنصرا من جهاز الأمن العام قتل وأصيب اثنان آخران في اشتباكات.",
     {("killed", 1, "state_forces"), ("injured", 2, "state_forces")}),
    ("قال مصدر طبي إن 9 مدنيين، بينهم 3 أطفال، قتلوا في القصف على الحي.",
     {("killed", 9, "civilians")}),
    ("أكدت مصادر طبية أن شخصا قتل وأصيب 5 جنود في الانفجار.",
     {("killed", 1, "civilians"), ("injured", 5, "state_forces")}),
    ("قال الجيش إن جنديا قتل في الاشتباك، فيما قتل 10 مسلحين.",
     {("killed", 1, "state_forces"), ("killed", 10, "armed_group")}),
    ("قال المرصد إن عنصرا قتل في القصف.",
     {("killed", 1, "unknown")}),
    ("أفادت الوكالة بأن ضابطا قتل وجرح جنديان في الهجوم.",
     {("killed", 1, "state_forces"), ("injured", 2, "state_forces")}),
    ("وأوضح المصدر أن الشاب قتل برصاص قناص.",
     {("killed", 1, "civilians")}),
    ("وأضاف أن الجندي الذي أصيب نقل إلى المستشفى.",
     {("injured", 1, "state_forces")}),
    ("قال الجيش إن 5 مسلحين قتلوا، وأضاف أن جنديا أصيب بجروح.",
     {("killed", 5, "armed_group"), ("injured", 1, "state_forces")}),
    ("قالت الشرطة إن مسلحين اقتحموا القرية وإن رجلا قتل وأصيب طفلان.",
     {("killed", 1, "civilians"), ("injured", 2, "civilians")}),
    ("قال مسؤول محلي إن عنصرا من الشرطة المحلية قتل بعد أن هاجم مسلحون الحاجز.",
     {("killed", 1, "state_forces")}),
    ("أكد الجيش أن عنصرا من المسلحين قتل واعتقل ثلاثة آخرون.",
     {("killed", 1, "armed_group"), ("captured", 3, "armed_group")}),
    ("قال المرصد إن مقاتلا قتل من الفصائل في الاشتباك.",
     {("killed", 1, "armed_group")}),
    ("ذكرت مصادر أن عنصرا في الحشد الشعبي قتل بانفجار عبوة.",
     {("killed", 1, "state_forces")}),
    ("قالت الوزارة إن مواطنا قتل وأصيب آخر بنيران مجهولين.",
     {("killed", 1, "civilians"), ("injured", 1, "civilians")}),
])
def test_victims_before_their_verb(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «جثث N X وM Y»: the second figure of the list shares the head noun
    ("قال مصدر طبي إن المستشفى استقبل جثث 22 مسلحا حوثيا و9 جنود من القوات الحكومية.",
     {("killed", 22, "armed_group"), ("killed", 9, "state_forces")}),
    ("وصلت إلى المستشفى جثامين 5 جنود و2 من المدنيين.", {("killed", 5, "state_forces"), ("killed", 2, "civilians")}),
    ("تسلمت العائلات جثث 12 مقاتلا من الفصائل و3 من عناصر الدفاع المدني.",
     {("killed", 12, "armed_group"), ("killed", 3, "civilians")}),
    ("عثر الأهالي على جثث 4 مدنيين قرب الطريق.", {("killed", 4, "civilians")}),
])
def test_list_after_bodies_shares_the_head(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective of a side after a noun of none: its feminine after a plural, or agreeing in number
    ("أعلن المتحدث العسكري مقتل 7 عناصر تكفيرية خلال مداهمة في العريش.", {("killed", 7, "armed_group")}),
    ("أعلن الجيش مقتل عنصرين إرهابيين في اشتباك.", {("killed", 2, "armed_group")}),
    ("أعلن الجيش مقتل 5 عناصر حوثية في جبهة مأرب.", {("killed", 5, "armed_group")}),
    ("قالت الشرطة إنها قتلت 3 عناصر متطرفة في المداهمة.", {("killed", 3, "armed_group")}),
    ("أعلنت القوات مقتل 4 عناصر داعشية في قصف جوي.", {("killed", 4, "armed_group")}),
    ("قتل 6 عناصر مسلحة في اشتباك مع الشرطة.", {("killed", 6, "armed_group")}),
    ("أعلن الجيش مقتل عنصر تكفيري في العريش.", {("killed", 1, "armed_group")}),
    # an adjective of no side leaves the noun of none as it was
    ("قتل 3 عناصر جديدة في هجوم على حاجز.", {("killed", 3, "unknown")}),
])
def test_adjective_of_a_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # captives freed («تحرير», «حرر») are no capture
    ("وقال الجيش إنه نفذ عملية لتحرير أسيرين في المدينة.", set()),
    ("قالت الشرطة إنها حررت 5 مختطفين في عملية أمنية.", set()),
    ("وأكدت الحركة أن قواتها تمكنت من تحرير أسير في الاشتباك.", set()),
    ("أسر المسلحون 4 جنود في الهجوم على الموقع.", {("captured", 4, "state_forces")}),
    ("اختطف مسلحون 3 مدنيين بعد تحرير القرية من التنظيم.", {("captured", 3, "civilians")}),
])
def test_freed_captives_are_no_capture(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attack or strike after a preposition ends the victims' side: the force after it attacked
    ("قتل ثلاثة من عناصر الحشد الشعبي وأصيب اثنان آخران بهجوم لتنظيم داعش على نقطة تفتيش.",
     {("killed", 3, "state_forces"), ("injured", 2, "state_forces")}),
    ("قتل 3 جنود وأصيب اثنان آخران بهجوم لداعش على الحاجز.",
     {("killed", 3, "state_forces"), ("injured", 2, "state_forces")}),
    ("قتل شرطي وأصيب آخران في هجوم لحركة الشباب على المركز.",
     {("killed", 1, "state_forces"), ("injured", 2, "state_forces")}),
    ("قتل 4 مدنيين وأصيب 6 آخرون بقصف لقوات النظام على البلدة.",
     {("killed", 4, "civilians"), ("injured", 6, "civilians")}),
    ("قتل جنديان وأصيب ثلاثة آخرون بهجوم للمسلحين على القاعدة.",
     {("killed", 2, "state_forces"), ("injured", 3, "state_forces")}),
    ("قتل مسلحان وأصيب آخر بغارة للجيش على مواقعهم.",
     {("killed", 2, "armed_group"), ("injured", 1, "armed_group")}),
])
def test_attacker_after_the_means_is_no_side_of_the_victims(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # civilians among a toll, uncounted: the rest are of another side, the toll of mixed sides
    ("ارتفعت حصيلة الاشتباكات في العاصمة إلى 32 قتيلا و159 جريحا، بينهم مدنيون.",
     {("killed", 32, "unknown"), ("injured", 159, "unknown")}),
    ("قتل 12 شخصا بينهم مدنيون في الاشتباكات بين الفصيلين.", {("killed", 12, "unknown")}),
    ("أسفرت المعارك عن مقتل 20 شخصا، بينهم مدنيون.", {("killed", 20, "unknown")}),
    # people of no category among them leave the toll to civilians
    ("قتل 9 أشخاص بينهم أطفال في القصف على الحي.", {("killed", 9, "civilians")}),
    ("قتل 15 شخصا بينهم نساء في الغارة.", {("killed", 15, "civilians")}),
    ("سقط 5 قتلى و10 جرحى بينهم أطفال في القصف.", {("killed", 5, "civilians"), ("injured", 10, "civilians")}),
])
def test_uncounted_civilians_among_a_toll(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «من قواته»: the speaker's forces, the side its name tells (a force, or a word for the
    # government); none named (a word that refers back), no side rather than civilians
    ("أعلن المركز الإعلامي لعملية بركان الغضب التابعة لحكومة الوفاق مقتل 4 من قواته في اشتباكات.",
     {("killed", 4, "state_forces")}),
    ("أعلن الجيش الليبي مقتل 5 من قواته في اشتباكات جنوب العاصمة.",
     {("killed", 5, "state_forces")}),
    ("أعلنت هيئة تحرير الشام مقتل 3 من عناصرها في قصف.",
     {("killed", 3, "armed_group")}),
    ("قالت الحركة إن 6 من قواتها قتلوا في الغارات.",  # «الحركة»: a movement told back, armed (session 29)
     {("killed", 6, "armed_group")}),
    ("أعلنت الحكومة مقتل 7 من قواتها في هجوم.",
     {("killed", 7, "state_forces")}),
    ("أعلن المتحدث مقتل 5 من قواته في اشتباكات.", {("killed", 5, "unknown")}),
])
def test_own_forces_are_the_speakers_side(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


@pytest.mark.parametrize("text, expected", [
    # «قوات الدعم», short for the Rapid Support Forces
    ("قالت قوات الدعم السريع إنها سيطرت على المدينة، وقتل 5 من عناصر قوات الدعم في اشتباكات مع الجيش.",
     {("killed", 5, "armed_group")}),
    ("قتل 5 من عناصر قوات الدعم في اشتباكات مع الجيش السوداني.", {("killed", 5, "armed_group")}),
    ("قالت حركة الشباب إن 3 من الشباب قتلوا في الغارة الأمريكية.", {("killed", 3, "armed_group")}),
])
def test_short_names_of_groups(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected
