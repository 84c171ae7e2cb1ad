"""Sides and kinds of figures in phrasings from many countries' news (#10, fifth round).

Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import sides_of


def brief(text: str) -> set[tuple[Any, ...]]:
    return sides_of(text, "2024-03-07")


@pytest.mark.parametrize("text, expected", [
    # people named by their trade are civilians, in every number
    ("قتلت ممرضة فلسطينية برصاص قوات الاحتلال.", {("killed", 1, "civilians")}),
    ("قتل صيادان يمنيان في قصف على قارب.", {("killed", 2, "civilians")}),
    ("أصيب مسن بجروح خطيرة في الغارة.", {("injured", 1, "civilians")}),
    ("قتل تاجر في هجوم مسلح على متجره.", {("killed", 1, "civilians")}),
    # guards of a prison are the state's; guards of no kind are of no side
    ("أصيب ثلاثة من حراس السجن خلال محاولة فرار.", {("injured", 3, "state_forces")}),
    ("قتل حارسان في هجوم على مخزن بالولاية.", {("killed", 2, "unknown")}),
    # the Awakening councils and the tribal mobilisation fight for the state
    ("قتل ثلاثة من عناصر الصحوات في هجوم بكركوك.", {("killed", 3, "state_forces")}),
    ("قتل شخصان من مقاتلي الحشد العشائري في الأنبار.", {("killed", 2, "state_forces")}),
    # an «army» that names a cause, not a state, is an armed group
    ("قتل خمسة من عناصر جيش تحرير بلوشستان في عملية أمنية.", {("killed", 5, "armed_group")}),
    ("قتل ثلاثة من عناصر جيش العدل في اشتباك على الحدود.", {("killed", 3, "armed_group")}),
    # «ارتقى» is «fell» of a martyr; a lost trace is missing
    ("ارتقى شاب برصاص الاحتلال قرب جنين.", {("killed", 1, "civilians")}),
    ("فقد أثر خمسة جنود بعد الكمين.", {("missing", 5, "state_forces")}),
    # gendarmes, national guards, coast guards and peacekeepers are state forces
    ("قتل ثلاثة من رجال الدرك في هجوم.", {("killed", 3, "state_forces")}),
    ("قتل 9 من عناصر الحرس الوطني في هجوم.", {("killed", 9, "state_forces")}),
    ("قتل اثنان من أفراد خفر السواحل في اشتباك مع مهربين.", {("killed", 2, "state_forces")}),
    ("أصيب 5 من قوات حفظ السلام الدولية في انفجار لغم.", {("injured", 5, "state_forces")}),
    ("قتل ستة من قوات أميصوم في هجوم لحركة الشباب.", {("killed", 6, "state_forces")}),
    ("قتل 7 من عناصر ولاية غرب أفريقيا في غارات جوية.", {("killed", 7, "armed_group")}),
    # a passive «اغتيل»; an official named for security is the state's
    ("اغتيل ضابط في الاستخبارات برصاص مجهولين.", {("killed", 1, "state_forces")}),
    ("قتل مسؤول أمني في هجوم بعبوة ناسفة.", {("killed", 1, "state_forces")}),
])
def test_probes_sides_and_kinds(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_probes_a_figure_of_them_counts_the_people_named_before() -> None:
    got = brief("شن الجيش هجوما على مواقع المسلحين أسفر عن مقتل 12 منهم.")
    assert got == {("killed", 12, "armed_group")}
    got = brief("استهدفت غارة سيارة تقل عناصر من الحوثيين ما أدى إلى مقتل أربعة منهم.")
    assert got == {("killed", 4, "armed_group")}
    got = brief("اعتقلت الشرطة 20 متظاهرا وأصيب 3 منهم بجروح.")
    assert got == {("captured", 20, "civilians"), ("injured", 3, "civilians")}


def test_probes_a_figure_before_of_them_opens_a_subset_still() -> None:
    got = brief("قتل 16 شخصا منهم 6 جنود في الهجوم.")
    assert got == {("killed", 16, "unknown"), ("killed", 6, "state_forces")}


def test_probes_a_mother_joined_to_her_children_adds_to_them() -> None:
    assert brief("قتل ثلاثة أطفال وأمهم في غارة.") == {("killed", 4, "civilians")}


def test_probes_a_toll_a_war_caused_sums_the_war() -> None:
    assert brief("أسفرت الحرب عن مقتل أكثر من 15 ألف شخص ونزوح الملايين.") == set()
    assert brief("خلف النزاع أكثر من 300 قتيل.") == set()
    got = brief("قتل 4 مدنيين في غارة على غزة، في الحرب التي أودت بحياة 40 ألف فلسطيني.")
    assert got == {("killed", 4, "civilians")}
    # a war named before the subject of the verb is only when the strike was
    got = brief("في اليوم المئة من الحرب أسفرت الغارات عن مقتل 20 شخصا.")
    assert got == {("killed", 20, "civilians")}


def test_probes_a_toll_some_time_before_the_event_told_is_of_an_earlier_event() -> None:
    got = brief("قتل ثلاثة جنود في هجوم على حاجز. ويأتي الهجوم بعد أسبوع من مقتل خمسة جنود في كمين مماثل.")
    assert got == {("killed", 3, "state_forces")}
    got = brief("ويأتي الهجوم بعد التأكد من مقتل خمسة جنود في الكمين.")
    assert got == {("killed", 5, "state_forces")}


def test_probes_a_kind_of_force_named_at_once_takes_the_name_s_side() -> None:
    got = brief("قتل 5 من عناصر ميليشيا الحشد الشعبي في هجوم لداعش.")
    assert got == {("killed", 5, "state_forces")}
    # joined by «و», the name is another side of a toll of both
    assert brief("قتل 5 من قوات الأمن والحوثيين في اشتباكات.") == {("killed", 5, "unknown")}
    assert brief("قتل 2 من عناصر الفرقة الرابعة في هجوم.") == {("killed", 2, "state_forces")}


def test_probes_a_subset_after_the_circumstance_still_splits_the_toll() -> None:
    got = brief("قتل 12 شخصا في الهجوم على السوق، بينهم 8 جنود.")
    assert got == {("killed", 12, "unknown"), ("killed", 8, "state_forces")}
    assert brief("قتل 12 شخصا في هجوم على سوق بينهم 4 أطفال.") == {("killed", 12, "civilians")}
    got = brief("قتل 20 شخصا في الهجوم على الحاجز، معظمهم من الجنود.")
    assert got == {("killed", 20, "unknown")}
    # another figure between: «بينهم» is of that one
    got = brief("قتل 6 أشخاص في القصف وأصيب 10 بجروح بينهم طفلان.")
    assert got == {("killed", 6, "civilians"), ("injured", 10, "civilians")}


def test_probes_a_counted_noun_after_bayn_is_a_subset_not_more_victims() -> None:
    assert brief("أصيب 10 أشخاص بجروح بينهم طفلان.") == {("injured", 10, "civilians")}
    got = brief("أصيب 10 أشخاص بجروح بينهم جنديان.")
    assert got == {("injured", 10, "unknown"), ("injured", 2, "state_forces")}


def test_probes_a_figure_among_the_dead_of_another_side_is_its_own_claim() -> None:
    got = brief("قتل 11 شخصا في هجوم. وكان بين القتلى 4 من رجال الشرطة.")
    assert got == {("killed", 11, "unknown"), ("killed", 4, "state_forces")}
    assert brief("قتل 11 شخصا في هجوم. وبين القتلى 3 أطفال.") == {("killed", 11, "civilians")}


def test_probes_others_with_a_subset_of_another_side_take_no_side_from_before() -> None:
    got = brief("قتل 6 أشخاص وأصيب 10 آخرون بينهم 3 من عناصر الأمن.")
    assert got == {("killed", 6, "civilians"), ("injured", 10, "unknown"), ("injured", 3, "state_forces")}


def test_probes_a_figure_among_the_dead_of_the_speaker_s_own() -> None:
    got = brief("قتل 11 شخصا في هجوم. وقالت الشرطة إن بين القتلى 4 من عناصرها.")
    assert ("killed", 4, "state_forces") in got


def test_probes_including_opens_a_subset_as_among_does() -> None:
    got = brief("قتل 7 أشخاص بمن فيهم 3 جنود.")
    assert got == {("killed", 7, "unknown"), ("killed", 3, "state_forces")}
    assert brief("قتل 7 أشخاص بمن فيهم طفلان.") == {("killed", 7, "civilians")}
    got = brief("أسفر الهجوم عن مقتل 7 أشخاص بمن فيهم منفذ الهجوم.")
    assert ("killed", 7, "unknown") in got


def test_probes_the_dead_were_soldiers_and_civilians_makes_the_toll_mixed() -> None:
    assert ("killed", 12, "unknown") in brief("قتل 12 شخصا في الهجوم. والقتلى هم 8 جنود و4 مدنيين.")
    assert brief("قتل 12 شخصا في الهجوم. والقتلى هم أطفال ونساء.") == {("killed", 12, "civilians")}



def test_probes_a_noun_of_origin_after_members_is_their_adjective() -> None:
    got = brief("قتل 3 من عناصر الأمن الفلسطيني برصاص الاحتلال.")
    assert got == {("killed", 3, "state_forces")}
    assert brief("قتل 4 من عناصر هيئة تحرير الشام في قصف روسي.") == {("killed", 4, "armed_group")}


def test_probes_named_forces_of_yemen_sudan_syria_and_the_philippines() -> None:
    assert brief("قتل 6 من عناصر قوات العمالقة في هجوم حوثي.") == {("killed", 6, "state_forces")}
    assert brief("قتل 5 من عناصر حركة العدل والمساواة في اشتباكات.") == {("killed", 5, "armed_group")}
    assert brief("قتل 6 من عناصر جماعة أبو سياف في الجزيرة.") == {("killed", 6, "armed_group")}


def test_probes_besides_the_attacker_ends_the_side_of_the_toll() -> None:
    assert brief("قتل 6 أشخاص بالإضافة إلى منفذ الهجوم.") == {("killed", 6, "civilians")}


def test_probes_a_settler_counted_alone_is_a_civilian() -> None:
    assert brief("قتل مستوطن إسرائيلي في عملية إطلاق نار قرب المفترق.") == {("killed", 1, "civilians")}
    assert brief("أصيب مستوطنان في عملية طعن.") == {("injured", 2, "civilians")}


def test_probes_a_toll_between_sides_is_split_between_them() -> None:
    assert brief("أسفرت الاشتباكات عن سقوط 12 قتيلا بين الطرفين.") == {("killed", 12, "unknown")}
    assert brief("قتل 7 أشخاص بين عسكري ومدني.") == {("killed", 7, "unknown")}
    assert brief("سقط 5 قتلى بين صفوف الجيش.") == {("killed", 5, "state_forces")}


def test_probes_ranks_are_state_forces() -> None:
    assert brief("قتل نقيب في الجيش بانفجار عبوة.") == {("killed", 1, "state_forces")}
    assert brief("قتل عميد في قوات الأمن برصاص مجهولين.") == {("killed", 1, "state_forces")}
    assert brief("قتلت شرطية في هجوم بالسكين.") == {("killed", 1, "state_forces")}


def test_probes_a_week_s_sum_is_background() -> None:
    assert brief("أعلن الجيش القضاء على 50 إرهابيا خلال الأسبوع الماضي في عمليات متفرقة.") == set()


def test_probes_an_arrest_campaign_that_reached_a_figure() -> None:
    got = brief("شنت قوات الاحتلال حملة اعتقالات طالت 15 فلسطينيا في الضفة.")
    assert got == {("captured", 15, "civilians")}


def test_probes_the_charge_after_arrested_people_is_no_side_of_theirs() -> None:
    got = brief("اعتقلت الشرطة امرأتين بتهمة التعاون مع المسلحين.")
    assert got == {("captured", 2, "civilians")}
