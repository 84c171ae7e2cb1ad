"""Whose dead and wounded a figure counts, read from the noun phrase and the sentences about
the victims (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import waqia
from claim_sets import sides_of


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-03-07")


def test_sides_victims_said_to_include_soldiers_make_a_toll_of_people_mixed() -> None:
    got = brief("قتل 12 شخصا وأصيب 20 آخرون في هجوم على سوق القرية. وبين الضحايا مدنيون وجنود.")
    assert ("killed", 12, "unknown") in got and ("injured", 20, "unknown") in got


def test_sides_victims_said_to_be_children_stay_civilians() -> None:
    got = brief("قتل 12 شخصا في هجوم على سوق القرية. وبين الضحايا أطفال ونساء.")
    assert ("killed", 12, "civilians") in got


def test_sides_most_of_the_dead_soldiers_leave_the_wounded_people_of_no_side() -> None:
    got = brief("قال المسؤول إن أغلبية القتلى جنود، وإن سبعة أشخاص أصيبوا في الانفجار.")
    assert ("injured", 7, "unknown") in got


def test_sides_the_civilian_dead_is_an_adjective_not_a_list_of_victims() -> None:
    got = brief("قتل 5 أشخاص في القصف على البلدة. ومن بين القتلى المدنيين سائق سيارة إسعاف.")
    assert ("killed", 5, "civilians") in got


def test_sides_a_subset_after_the_verb_of_death_splits_the_toll() -> None:
    got = brief("لقي 31 شخصا حتفهم، بينهم 18 جنديا، في كمين على طريق القرية.")
    assert ("killed", 31, "unknown") in got and ("killed", 18, "state_forces") in got


def test_sides_a_subset_of_children_after_the_verb_is_no_claim() -> None:
    got = brief("لقي 24 شخصا مصرعهم، بينهم 6 أطفال، في هجوم على قرية نائية.")
    assert got == {("killed", 24, "civilians")}


def test_sides_a_vague_count_of_the_dead_and_the_wounded_is_one_of_each_with_the_side_after() -> None:
    got = brief("خلف الكمين عشرات القتلى والجرحى في صفوف الجيش قرب الحدود.")
    assert got == {("killed", None, "state_forces"), ("injured", None, "state_forces")}


def test_sides_others_after_a_list_of_two_sides_are_of_neither() -> None:
    got = brief("لقي 4 جنود ومقاتلان مصرعهم وأصيب آخرون في غارة على المطار العسكري.")
    assert ("injured", None, "unknown") in got
    assert ("injured", None, "state_forces") in brief("لقي 4 جنود مصرعهم وأصيب آخرون في غارة على المطار العسكري.")


def test_sides_others_are_the_victims_not_the_subject_of_the_verb() -> None:
    got = brief("قتل ثلاثة مدنيين وأصيب آخرون في غارة على المطار العسكري شرق المدينة.")
    assert got == {("killed", 3, "civilians"), ("injured", None, "civilians")}


def test_sides_a_victim_noun_in_a_force_is_one_of_its_members() -> None:
    got = brief("خلفت المواجهة قتيلين من الجيش وقتيلا في الجماعة المسلحة التي هاجمت الثكنة.")
    assert ("killed", 1, "armed_group") in got
    assert ("killed", 3, "civilians") in brief("سقط 3 قتلى في قصف لقوات النظام على البلدة الجبلية.")


def test_sides_members_in_a_list_take_the_force_named_after_them() -> None:
    got = brief("خلف التفجير جرحى في صفوف المسعفين وعناصر القوات الخاصة عند مدخل الفندق.")
    assert got == {("injured", None, "unknown")}


def test_sides_an_ordinal_after_a_toll_is_one_more_of_the_same_side() -> None:
    got = brief("قتل شرطيان وأصيب ثالث بجروح في هجوم على مخفر عند مدخل البلدة.")
    assert got == {("killed", 2, "state_forces"), ("injured", 1, "state_forces")}
    got = brief("قتل ثلاثة متمردين وأسر رابع في عملية للجيش قرب الحدود الشمالية.")
    assert got == {("killed", 3, "armed_group"), ("captured", 1, "armed_group")}
    assert brief("قتل جندي في اليوم الثالث من المعارك حول المطار.") == {("killed", 1, "state_forces")}


def test_sides_settlers_counted_as_victims_are_civilians() -> None:
    assert brief("أصيب ثلاثة مستوطنين بجروح في عملية إطلاق نار قرب المفترق.") == {("injured", 3, "civilians")}
    assert brief("قتل اثنان من المستوطنين في عملية طعن عند مدخل المستوطنة.") == {("killed", 2, "civilians")}


def test_sides_a_nominative_dual_of_women_counts_two() -> None:
    assert brief("قتلت امرأتان وأصيبت ثالثة في القصف على الحي الشرقي.") == {
        ("killed", 2, "civilians"), ("injured", 1, "civilians")}


def test_sides_members_of_an_organisation_named_in_quotes_are_of_an_armed_group() -> None:
    assert brief('قتل عنصر من تنظيم "كتيبة الفجر" في غارة لطائرة مسيرة على الطريق.') == {("killed", 1, "armed_group")}
    doc = waqia.extract('قتل عنصر من تنظيم "كتيبة الفجر" في غارة لطائرة مسيرة على الطريق.', published="2024-03-07")
    assert [c["party"]["text"] for e in doc["events"] for c in e["claims"]] == ['عنصر من تنظيم "كتيبة الفجر"']
    assert brief("قتل عنصران من جماعة «رجال الوادي» في اشتباك مع الشرطة.") == {("killed", 2, "armed_group")}
    assert brief("قتل عنصر من تنظيم الحفلات في حادث على الطريق.") == {("killed", 1, "unknown")}


def test_sides_nouns_of_members_of_a_side_in_all_their_forms() -> None:
    assert brief("قتل ثلاثة حوثيين في غارة على مخزن للسلاح قرب الجبل.") == {("killed", 3, "armed_group")}
    assert brief("قتل خمسة دواعش في كمين عند أطراف البادية.") == {("killed", 5, "armed_group")}
    assert brief("قتل ضابطان في انفجار عبوة عند مدخل المعسكر.") == {("killed", 2, "state_forces")}
    assert brief("أصيب أمين شرطة في تبادل لإطلاق النار عند مدخل السوق.") == {("injured", 1, "state_forces")}
    assert brief("قتل عشرة من متطوعي الدفاع عن الوطن في كمين شمال البلاد.") == {("killed", 10, "state_forces")}


def test_sides_a_toll_split_between_sides_named_without_figures_is_of_none() -> None:
    got = brief("سقط 20 قتيلا موزعين بين جنود من الجيش، وعناصر من الشرطة المحلية، ومقاتلين من الحركة المتمردة.")
    assert got == {("killed", 20, "unknown")}
    got = brief("سقط 12 قتيلا موزعين بين جنود وضباط في الهجوم على المعسكر.")
    assert got == {("killed", 12, "state_forces")}


def test_sides_a_toll_split_with_figures_after_a_word_of_sharing() -> None:
    got = brief("قتل 14 شخصا موزعين بين 8 من المتمردين و6 من الجيش في المعارك حول التلة.")
    assert got == {("killed", 14, "unknown"), ("killed", 8, "armed_group"), ("killed", 6, "state_forces")}
    got = brief("سقط 11 قتيلا بواقع 7 من الجيش و4 من المسلحين عند أطراف البلدة.")
    assert got == {("killed", 11, "unknown"), ("killed", 7, "state_forces"), ("killed", 4, "armed_group")}


def test_sides_losses_inflicted_on_a_force_named_before_them() -> None:
    assert brief("كبدت الفصائل قوات النظام خسائر بشرية بلغت تسعة قتلى عند أطراف البلدة.") == {("killed", 9, "state_forces")}
    assert brief("تصدى الجيش للهجوم وكبد المسلحين خسائر في الأرواح قرب الجسر.") == {("killed", None, "armed_group")}
    assert brief("تكبد الجيش خسائر في الأرواح خلال المعارك حول الجسر.") == {("killed", None, "state_forces")}


def test_sides_losses_inflicted_on_them_are_of_the_force_named_just_before() -> None:
    got = brief("هاجمت الفصائل مواقع قوات النظام قرب الجسر وكبدتها خسائر في الأرواح والعتاد.")
    assert got == {("killed", None, "state_forces")}


def test_sides_another_one_joined_to_a_figure_adds_to_it_or_names_its_own_side() -> None:
    got = brief("قتل عنصر من قوات الحكومة وآخر من المتمردين في اشتباك عند الجسر.")
    assert got == {("killed", 1, "state_forces"), ("killed", 1, "armed_group")}
    assert brief("قتل جندي وآخر في الهجوم على الحاجز الغربي.") == {("killed", 2, "state_forces")}


def test_sides_who_the_dead_were_after_they_were() -> None:
    got = brief("قتل 9 أشخاص، هم 5 جنود و4 مدنيين، في الهجوم على الحافلة.")
    assert got == {("killed", 9, "unknown"), ("killed", 5, "state_forces"), ("killed", 4, "civilians")}
    assert brief("قتل 3 أشخاص هم من عناصر الشرطة في كمين قرب المعبر.") == {("killed", 3, "state_forces")}


def test_sides_the_unmarked_dead_taken_to_a_military_hospital_are_soldiers() -> None:
    got = brief("قال مسعف إن 6 جثث وثلاثة جرحى نقلوا بعد الكمين إلى المستشفى العسكري في المدينة.")
    assert got == {("killed", 6, "state_forces"), ("injured", 3, "state_forces")}
    got = brief("قال مسعف إن 6 جثث وثلاثة جرحى نقلوا بعد الكمين إلى المستشفى الحكومي في المدينة.")
    assert got == {("killed", 6, "civilians"), ("injured", 3, "civilians")}


def test_sides_an_ordinal_with_no_figure_before_it_is_no_claim() -> None:
    assert brief("وقتل خامس في الهجوم على الحاجز الغربي.") == set()
