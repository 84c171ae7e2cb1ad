"""Claims and the time of their clause: background, habits, earlier reports (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import waqia


def brief(text: str, published: str = "2024-03-07") -> set[tuple[Any, ...]]:
    doc = waqia.extract(text, published=published)
    return {(c["kind"], c["value"]) for e in doc["events"] for c in e["claims"]}


def test_claims_an_earlier_report_of_a_toll_is_the_toll() -> None:
    text = "انفجرت سيارة مفخخة في سوق المدينة. وكانت مصادر طبية أفادت في وقت سابق بأن حصيلة الانفجار 6 قتلى و9 جرحى."
    assert {("killed", 6), ("injured", 9)} <= brief(text)


def test_claims_a_toll_since_an_earlier_time_is_a_running_total() -> None:
    text = "انفجرت سيارة مفخخة في سوق المدينة. وبلغت في وقت سابق حصيلة الحرب 600 قتيل."
    assert ("killed", 600) not in brief(text)


def test_claims_a_result_of_a_habit_is_background() -> None:
    text = ("شنت طائرات حربية غارة جوية على سوق البلدة أمس، ما أسفر عن مقتل 7 مدنيين. وتشهد المنطقة غارات "
            "متكررة بشكل شبه يومي على الأحياء السكنية والأسواق الشعبية، ما أسفر عن سقوط العديد من الضحايا.")
    assert brief(text) == {("killed", 7)}


def test_claims_a_result_of_the_event_told_is_counted() -> None:
    text = "شنت طائرات حربية غارة جوية على الأحياء السكنية والأسواق الشعبية في البلدة أمس، ما أسفر عن مقتل 7 مدنيين."
    assert ("killed", 7) in brief(text)


def test_claims_those_still_in_hospital_are_part_of_a_toll() -> None:
    text = ("أسفر انفجار سيارة مفخخة في سوق المدينة أمس عن مقتل 9 أشخاص وإصابة 40 آخرين. "
            "وقال مدير الصحة إن 12 مصابا ما زالوا يتلقون العلاج في مستشفى المدينة.")
    assert ("injured", 40) in brief(text) and ("injured", 12) not in brief(text)


def test_claims_a_date_set_off_by_commas_after_the_subject_keeps_the_clause() -> None:
    text = "اختطفت جماعة مسلحة، صباح الأحد، أكثر من 12 مزارعا في ريف المحافظة الشمالي."
    assert ("captured", 12) in brief(text)


def test_claims_the_object_after_an_aside_on_the_subject_is_the_victim() -> None:
    text = ("قتل مسلحون يستقلون دراجات نارية، يعتقد أنهم من عصابة محلية، ثلاثة جنود في هجوم على حاجز "
            "للجيش شرق المدينة.")
    assert ("killed", 3) in brief(text)



def test_claims_a_habit_set_off_at_the_head_of_the_sentence_reaches_its_result() -> None:
    text = ("شنت طائرات حربية غارة جوية على سوق البلدة أمس، ما أسفر عن مقتل 7 مدنيين. ومن حين لآخر، تقصف "
            "الطائرات قرى الريف الجنوبي، ما يتسبب بسقوط ضحايا بين قتيل وجريح.")
    assert brief(text) == {("killed", 7)}


def test_claims_a_toll_of_this_year_is_background() -> None:
    text = ("قتل مسلحون 6 مزارعين في هجوم على قرية شمالي البلاد أمس. وقتل مئات الأشخاص في المنطقة "
            "هذا العام في هجمات مماثلة.")
    assert brief(text) == {("killed", 6)}


def test_claims_an_age_before_the_verb_counts_nobody() -> None:
    assert ("killed", 14) not in brief("وذكرت العائلة أن الفتى (سامي، 14 عاما) قتل برصاص قناص قرب المدرسة.")
    assert brief("وقالت الشرطة إن 9 أشخاص قتلوا خلال 48 ساعة من المواجهات.") == {("killed", 9)}
