"""Claims read from the phrasings of news reports (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

import waqia


def claims(text: str, published: str = "2024-03-07") -> list[dict[str, Any]]:
    doc = waqia.extract(text, published=published)
    return [c for e in doc["events"] for c in e["claims"]]


def brief(text: str) -> set[tuple[Any, ...]]:
    return {(c["kind"], c["value"], c["party"]["category"], (c["source"] or {}).get("name")) for c in claims(text)}


@pytest.mark.parametrize("text, expected", [
    ("قتل 7 جنود في هجوم على حاجز للجيش قرب حماة.", ("killed", 7, "state_forces", None)),
    ("أسفر القصف عن مقتل 9 مدنيين في بلدة سرمين.", ("killed", 9, "civilians", None)),
    ("أصيب 4 مواطنين بجروح في انفجار عبوة ناسفة وسط المدينة.", ("injured", 4, "civilians", None)),
    ("لقي 6 أشخاص حتفهم في غارة جوية على السوق.", ("killed", 6, "civilians", None)),
    ("وارتفع عدد القتلى إلى 23 شخصا جراء الغارات.", ("killed", 23, "civilians", None)),
    ("سقط 30 قتيلا في الاشتباكات.", ("killed", 30, "civilians", None)),
    ("اعتقلت قوات الأمن 5 مطلوبين في حملة مداهمات.", ("captured", 5, "armed_group", None)),
    ("قتل مسلح في تبادل لإطلاق النار مع الشرطة.", ("killed", 1, "armed_group", None)),
    ("أسفرت الغارة عن مقتل جنديين في القاعدة.", ("killed", 2, "state_forces", None)),
    ("وقال مسؤول محلي إن 12 شخصا قتلوا في الهجوم على القرية.", ("killed", 12, "civilians", "مسؤول محلي")),
    ("قضى ثلاثة مدنيين في قصف مدفعي على البلدة.", ("killed", 3, "civilians", None)),
    ("توفي خمسة أشخاص متأثرين بجراحهم بعد الغارة.", ("killed", 5, "civilians", None)),
    ("اعتقلت قوات الأمن عشرين شخصا في المدينة.", ("captured", 20, "civilians", None)),
])
def test_claims_read_one_figure(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in brief(text)


def test_claims_parts_of_one_side_add_up() -> None:
    got = brief("أعلن الجيش مقتل ضابط و3 جنود في كمين نصبه مسلحون.")
    assert ("killed", 4, "state_forces", "الجيش") in got


def test_claims_subset_is_not_a_claim() -> None:
    got = brief("أصيب 20 شخصا بينهم 5 أطفال في قصف مدفعي على الحي.")
    assert ("injured", 20, "civilians", None) in got
    assert not any(v == 5 for _, v, _, _ in got)


def test_claims_others_take_the_side_before() -> None:
    got = brief("أعلنت وزارة الدفاع مقتل 8 جنود وإصابة 15 آخرين في هجوم للمسلحين.")
    assert ("injured", 15, "state_forces", "وزارة الدفاع") in got


def test_claims_relay_keeps_the_speaker() -> None:
    cs = claims("ونقلت وكالة رويترز عن مصدر أمني أن 11 شخصا قتلوا في التفجير الانتحاري.")
    c = next(c for c in cs if c["value"] == 11)
    assert c["source"]["name"] == "مصدر أمني"
    assert "رويترز" in c["source"]["relay"]


def test_claims_backreference_resolves_to_full_name() -> None:
    text = ("أعلنت وزارة الصحة الفلسطينية مقتل 3 شبان برصاص قوات الاحتلال في جنين. "
            "وأضافت الوزارة أن 9 آخرين أصيبوا بجروح.")
    c = next(c for c in claims(text) if c["kind"] == "injured")
    assert c["source"]["text"] == "الوزارة"
    assert c["source"]["name"] == "وزارة الصحة الفلسطينية"


def test_claims_shortened_name_resolves_to_the_fuller_one() -> None:
    text = ("قال المتحدث باسم الشرطة الكينية إن 4 عناصر قتلوا في كمين قرب الحدود. "
            "وأضاف المتحدث باسم الشرطة أن 6 آخرين أصيبوا بجروح.")
    c = next(c for c in claims(text) if c["kind"] == "injured")
    assert c["source"]["text"] == "المتحدث باسم الشرطة"
    assert c["source"]["name"] == "المتحدث باسم الشرطة الكينية"


def test_claims_different_body_is_not_shortened() -> None:
    text = ("قال المتحدث باسم الشرطة الكينية إن 4 عناصر قتلوا في كمين قرب الحدود. "
            "وأضاف المتحدث باسم الجيش أن 6 جنود أصيبوا بجروح.")
    c = next(c for c in claims(text) if c["kind"] == "injured")
    assert c["source"]["name"] == "المتحدث باسم الجيش"


def test_claims_trailing_preposition_attributes() -> None:
    got = brief("قتل 14 مدنيا في غارة على سوق شعبي، بحسب مصادر طبية.")
    assert ("killed", 14, "civilians", "مصادر طبية") in got


def test_claims_outlet_voice_has_no_source() -> None:
    assert ("killed", 5, "state_forces", None) in brief("قتل 5 جنود في هجوم على دورية للجيش.")


def test_claims_past_clause_is_background() -> None:
    got = brief("قتل 4 جنود اليوم في هجوم على حاجز، وكان قتل الشهر الماضي 11 عنصرا في هجوم مماثل.")
    assert ("killed", 4, "state_forces", None) in got
    assert not any(v == 11 for _, v, _, _ in got)


def test_claims_spans_point_into_original() -> None:
    text = "أعلنتْ وزارةُ الدفاعِ مقتلَ ١٢ جندياً وإصابةَ ٢٥ آخرين في هجومٍ."
    for c in claims(text):
        for part in (c["party"], c["source"] or {}):
            if part.get("start") is not None:
                assert text[part["start"]:part["end"]] == part["text"]
        assert text[c["start"]:c["end"]] == c["text"]
    assert {c["value"] for c in claims(text)} == {12, 25}


def test_claims_parts_of_two_sides_are_two_claims() -> None:
    got = brief("قتل 30 مدنيا و12 جنديا في هجوم شنه مسلحون على قرية.")
    assert ("killed", 30, "civilians", None) in got
    assert ("killed", 12, "state_forces", None) in got


def test_claims_subset_of_another_side_is_its_own_claim() -> None:
    got = brief("أسفرت الغارة عن مقتل 6 أشخاص بينهم 3 جنود.")
    assert ("killed", 6, "unknown", None) in got
    assert ("killed", 3, "state_forces", None) in got


def test_claims_running_total_is_background() -> None:
    text = ("قتل 4 مدنيين في غارة على منزل اليوم. "
            "وارتفعت حصيلة القتلى منذ بدء الهجوم إلى 2300 شخص.")
    got = brief(text)
    assert ("killed", 4, "civilians", None) in got
    assert not any(v == 2300 for _, v, _, _ in got)


def test_claims_backreference_to_a_known_name() -> None:
    text = ("قال المرصد السوري لحقوق الإنسان إن 9 عناصر من قوات النظام قتلوا في الهجوم. "
            "وأضاف المرصد أن 4 مسلحين قتلوا أيضا.")
    c = next(c for c in claims(text) if c["value"] == 4)
    assert c["source"]["name"] == "المرصد السوري لحقوق الإنسان"


def test_claims_perpetrators_are_not_victims() -> None:
    got = brief("قتل مدني في عملية اغتيال نفذها مسلحون مجهولون في درعا.")
    assert ("killed", 1, "civilians", None) in got
    assert not any(c == "armed_group" for _, _, c, _ in got)


def test_claims_number_after_the_noun() -> None:
    assert ("killed", 2, "civilians", None) in brief("أدى الانفجار إلى استشهاد مدنيين اثنين قرب البلدة.")


def test_claims_two_sides_before_a_post_verb() -> None:
    got = brief("لقي 6 جنود ومسلحان مصرعهم في اشتباك قرب الحدود.")
    assert ("killed", 6, "state_forces", None) in got
    assert ("killed", 2, "armed_group", None) in got


@pytest.mark.parametrize("text, expected", [
    ("لقي شخص مصرعه وأصيب ثلاثة آخرون بجروح اليوم في غارة على سيارة، وفق ما أفادت وزارة الصحة.",
     ("injured", 3, "civilians", "وزارة الصحة")),
    ("قال مسؤول أمني إن الهجوم فشل. وقالت الحركة في بيان إنها قتلت 9 جنود. وأضاف المسؤول أن 4 مدنيين قتلوا.",
     ("killed", 4, "civilians", "مسؤول أمني")),
    ("أعلن المتحدث باسم الجيش مقتل 3 جنود. وقالت وزارة الصحة إن 5 مدنيين أصيبوا. وأضاف أن مسلحين اثنين قتلا.",
     ("killed", 2, "armed_group", "المتحدث باسم الجيش")),
    ("وأورد بيان صادر عن وزارة الصحة أن الغارة أدت إلى سقوط قتيل وإصابة ثلاثة أشخاص.",
     ("killed", 1, "civilians", "وزارة الصحة")),
])
def test_claims_attribution_phrasings(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in brief(text)


def test_claims_kinds_named_together_are_no_count() -> None:
    got = brief("أفاد مصدر أمني بأن 7 أشخاص سقطوا بين قتيل وجريح في انفجار عبوة ناسفة.")
    assert not any(v == 1 for _, v, _, _ in got)


def test_claims_a_body_and_its_spokesman_are_one_voice() -> None:
    text = ("أعلن الدفاع المدني أن 6 أشخاص قتلوا في الغارة. "
            "وقال المتحدث باسم الدفاع المدني إن طواقمه انتشلت 6 قتلى من تحت الركام.")
    killed = [c for c in claims(text) if c["kind"] == "killed" and c["value"] == 6]
    assert len(killed) == 1


@pytest.mark.parametrize("text", [
    "وقتلت الغارات 40 مدنيا خلال الأسبوعين الماضيين في المحافظة.",
    "وغالبا ما تتسبب هذه العبوات بوقوع قتلى وجرحى بين السكان.",
])
def test_claims_periods_and_habits_are_background(text: str) -> None:
    assert claims(text) == []


def test_claims_pronoun_victims_count_one() -> None:
    got = brief("أطلق مجهولون النار على شاب في البلدة ما تسبب بمقتله على الفور.")
    assert ("killed", 1, "civilians", None) in got


def test_claims_a_named_force_after_a_reporting_verb_speaks() -> None:
    got = brief("أعلنت القوات المسلحة أنها صدت هجوما أسفر عن مقتل 12 من المهاجمين.")
    assert ("killed", 12, "armed_group", "القوات المسلحة") in got


def test_claims_unnamed_speaker_of_a_body() -> None:
    c = claims("قال مصدر في الشرطة العراقية إن 3 من عناصر الشرطة قتلوا بانفجار عبوة.")[0]
    assert c["source"]["name"] == "مصدر في الشرطة العراقية"


@pytest.mark.parametrize("text, expected, absent", [
    ("اغتال مسلحون مجهولون، اليوم الأربعاء، عنصرا سابقا في فصائل المعارضة غرب درعا.",
     ("killed", 1, "civilians", None), "armed_group"),
    ("قتل مسلحون 4 جنود في كمين على الطريق.", ("killed", 4, "state_forces", None), "armed_group"),
    ("قتل مسلحون في اشتباك مع الجيش قرب الحدود.", ("killed", None, "armed_group", None), None),
])
def test_claims_subject_then_object(text: str, expected: tuple[Any, ...], absent: str | None) -> None:
    got = brief(text)
    assert expected in got
    if absent:
        assert not any(c == absent for _, _, c, _ in got)


def test_claims_the_outlet_told_relays() -> None:
    c = claims("استشهد 13 فلسطينيا في غارات على رفح، بحسب ما أفادت مصادر طبية لوكالة الأناضول.")[0]
    assert c["source"]["name"] == "مصادر طبية" and "الأناضول" in c["source"]["relay"]


def test_claims_a_subset_aside_before_the_verb() -> None:
    assert ("killed", 7, "civilians", None) in brief("إن 7 مدنيين، بينهم طفلان، قتلوا جراء قصف صاروخي على الحي.")
    assert ("killed", 10, "unknown", None) in brief("لقي عشرة أشخاص، من بينهم عسكريون ومدنيون، حتفهم في انفجار عبوة ناسفة.")


def test_claims_a_generic_noun_takes_the_side_of_the_force_it_belongs_to() -> None:
    assert ("killed", 4, "state_forces", None) in brief("قتل أربعة رجال شرطة في هجوم على دورية في المدينة.")


def test_claims_captured_with_no_side_named_are_civilians() -> None:
    assert ("captured", 12, "civilians", None) in brief("اختطف مسلحون مجهولون 12 من ركاب حافلة على الطريق.")


def test_claims_subset_of_an_unmarked_toll() -> None:
    """Another side's share of a toll is a claim of its own and the toll belongs to no one side;
    a share of people in a toll of people is no claim."""
    mixed = brief("خلفت المواجهات 14 قتيلا منهم 5 جنود.")
    assert ("killed", 14, "unknown", None) in mixed and ("killed", 5, "state_forces", None) in mixed
    same = brief("خلفت المواجهات 14 قتيلا منهم 5 أطفال.")
    assert ("killed", 14, "civilians", None) in same and not any(c[1] == 5 for c in same)


def test_claims_a_verb_followed_by_its_object_counts_the_object() -> None:
    """«قتلوا 4 رعاة» is active: the four follow; «أحد السكان» before «إن» is the speaker."""
    got = brief("وقال أحد السكان إن المسلحين قتلوا أربعة رعاة قرب البئر.")
    assert {c[:2] for c in got} == {("killed", 4)}


def test_claims_numbers_in_brackets() -> None:
    got = brief("قتل (11) شخصا وأصيب (23) آخرون في انفجار الشاحنة.")
    assert {c[:2] for c in got} == {("killed", 11), ("injured", 23)}


def test_claims_the_subject_of_an_act_verb_is_not_the_victims_side() -> None:
    assert ("captured", 3, "civilians", None) in brief("اختطف مسلحون ثلاثة موظفين في شركة نفط.")


def test_claims_one_person_named_by_a_definite_noun() -> None:
    assert ("killed", 1, "civilians", None) in brief("استشهد الشاب سامي العلي برصاص قناص في الحي الشرقي.")


def test_claims_members_of_the_speaker_are_its_side() -> None:
    got = brief("وأعلنت الشرطة المحلية في بيان مقتل ثلاثة من منتسبيها في الكمين.")
    assert {c[:3] for c in got} == {("killed", 3, "state_forces")}


def test_claims_members_in_a_force_belong_to_it() -> None:
    assert ("killed", 3, "state_forces", None) in brief("قتل ثلاثة عناصر في الجيش خلال اشتباك مع مهربين.")


def test_claims_one_of_a_construct_is_one() -> None:
    assert ("killed", 1, "state_forces", None) in brief("قتل أحد أفراد الشرطة المحلية في الهجوم على الحاجز.")
    assert brief("ولم يصب أحد بأذى في الحريق.") == set()


def test_claims_a_force_in_the_toll_is_the_side_whatever_the_unit() -> None:
    assert ("killed", 9, "state_forces", None) in brief("وارتفع عدد قتلى الجيش في المعارك إلى 9 أشخاص.")


def test_claims_a_toll_that_passed_a_figure() -> None:
    got = {(c["kind"], c["value"], c["approx"]) for c in claims("وقالت مصادر محلية إن عدد القتلى تجاوز 30 شخصا.")}
    assert got == {("killed", 30, True)}


def test_claims_victims_between_dead_and_wounded_count_neither() -> None:
    got = {(c["kind"], c["value"]) for c in claims("أسفر القصف عن سقوط 9 ضحايا بين قتيل وجريح في السوق.")}
    assert got == {("killed", None), ("injured", None)}


def test_claims_lives_taken_with_the_subject_between() -> None:
    assert ("killed", 20, "civilians", None) in brief("وحصد القصف أرواح 20 مدنيا في السوق الشعبي.")


def test_claims_a_toll_mostly_of_another_side_is_mixed() -> None:
    assert ("killed", 20, "unknown", None) in brief("قتل 20 شخصا، معظمهم من قوات الأمن، في الهجوم على الثكنة.")
    assert ("killed", 20, "civilians", None) in brief("قتل 20 شخصا معظمهم من الأطفال في القصف.")


@pytest.mark.parametrize("text", [
    "وقال مسؤول في البلدية إن ثمانية أشخاص سقطوا بين قتيل وجريح في انفجار العبوة.",
    "أسفر القصف عن سقوط 14 ضحية ما بين قتيل وجريح في البلدة.",
])
def test_claims_dead_and_wounded_together_count_neither(text: str) -> None:
    got = claims(text)
    assert sorted(c["kind"] for c in got) == ["injured", "killed"]
    assert all(c["value"] is None and "بين قتيل وجريح" in c["vague"] for c in got)


def test_claims_a_count_named_by_a_relative_clause() -> None:
    got = claims("وأفادت البلدية بأن عدد السكان الذين أصيبوا في القصف المدفعي وصل إلى 64 شخصا.")
    assert [(c["kind"], c["value"], c["party"]["category"]) for c in got] == [("injured", 64, "civilians")]


def test_claims_a_total_split_by_side_after_a_comma() -> None:
    got = brief("وأحصت الشبكة الحقوقية مقتل 26 شخصا، 19 من عناصر الفصائل و7 من قوات النظام.")
    assert sorted(got) == sorted([("killed", 26, "unknown", "الشبكة الحقوقية"),
                                  ("killed", 19, "armed_group", "الشبكة الحقوقية"),
                                  ("killed", 7, "state_forces", "الشبكة الحقوقية")])


@pytest.mark.parametrize("text, side", [
    ("قتل ضابط وسائقه بعبوة ناسفة على طريق المطار.", "state_forces"),  # his driver: one list, one side
    ("قتل مزارع ونجله بقذيفة سقطت على حقلهما.", "civilians"),
])
def test_claims_a_victim_and_his_kin_add_up(text: str, side: str) -> None:
    assert [(k, v, p) for k, v, p, _ in brief(text)] == [("killed", 2, side)]


def test_claims_bombers_who_blew_themselves_up_are_the_attacking_force() -> None:
    got = brief("وقال المتحدث إن انتحاريين اثنين فجرا نفسيهما قرب السوق ما أسفر عن مقتل تسعة أشخاص.")
    assert ("participants", 2, "armed_group", "المتحدث") in got
    assert ("killed", 9, "civilians", "المتحدث") in got  # the victims do not take the attackers' side


def test_claims_civilians_among_a_toll_set_it_against_the_rest() -> None:
    got = brief("وقال مسؤول في الإسعاف إن حصيلة المعارك بلغت 23 قتيلا منهم 9 مدنيين.")
    assert sorted(got) == sorted([("killed", 23, "unknown", "مسؤول في الإسعاف"),
                                  ("killed", 9, "civilians", "مسؤول في الإسعاف")])


def test_claims_children_among_a_toll_are_no_claim_of_their_own() -> None:
    got = brief("أصيب 20 شخصا بينهم 5 أطفال في القصف على الحي.")
    assert got == {("injured", 20, "civilians", None)}


@pytest.mark.parametrize("text, expected", [
    # a member noun with its force, then more of the same side, then another side after a comma
    ("قتل ضابط في قوات الأمن واثنان آخران، وخمسة من عناصر التنظيم، في هجوم على نقطة.",
     {("killed", 3, "state_forces", None), ("killed", 5, "armed_group", None)}),
    # a list of figures before the verb is read from its first item
    ("وقال مصدر إن 7 رهائن و9 من الخاطفين قتلوا في العملية.",
     {("killed", 7, "civilians", "مصدر"), ("killed", 9, "armed_group", "مصدر")}),
])
def test_claims_lists_of_sides(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_claims_a_day_between_the_verb_and_its_victims_takes_no_reach() -> None:
    got = brief("خطفت عصابة مسلحة الخميس نحو 25 مسافرا على طريق سريع في الولاية.")
    assert ("captured", 25, "civilians", None) in got


@pytest.mark.parametrize("text", [
    "وأعلن الجيش أن قواته قتلت 11 من عناصر الحركة في الإقليم.",
    "قتل 11 من مقاتلي الجماعة خلال المواجهات الليلية.",
])
def test_claims_a_definite_generic_group_names_the_side_but_no_new_actor(text: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    assert {(c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"]} == {(11, "armed_group")}
    assert "Armed group" not in {a.get("name") for e in doc["events"] for a in e.get("actors", [])}


@pytest.mark.parametrize("text, expected", [
    ("أصيبت طفلة بجروح طفيفة جراء سقوط القذيفة.", {("injured", 1, "civilians", None)}),
    ("قتلت شابة برصاص قناص عند الحاجز.", {("killed", 1, "civilians", None)}),
    ("قتل رجل وزوجته حين سقطت القذيفة على بيتهما.", {("killed", 2, "civilians", None)}),
    ("قتلت سيدة وابنتها في الغارة الأخيرة على الحي.", {("killed", 2, "civilians", None)}),
    ("قتل طفلان صغيران وأصيبت والدتهما بحروق في القصف.",
     {("killed", 2, "civilians", None), ("injured", 1, "civilians", None)}),
])
def test_claims_feminine_nouns_and_kin_count(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_claims_a_period_total_is_background() -> None:
    assert brief("وقتل 14 مدنيا خلال الشهر الجاري في قصف متكرر على أحياء المدينة.") == set()


def test_claims_the_toll_of_fighting_still_going_on_is_the_event_s() -> None:
    got = brief("وأعلنت مديرية الصحة أن حصيلة المعارك المتواصلة منذ ثلاثة أيام حول البلدة بلغت 31 قتيلا و70 جريحا.")
    assert got == {("killed", 31, "civilians", "مديرية الصحة"), ("injured", 70, "civilians", "مديرية الصحة")}


def test_claims_a_running_total_since_a_war_began_stays_background() -> None:
    assert brief("وبلغ عدد القتلى منذ اندلاع النزاع قبل عامين 4000 قتيل.") == set()


def test_claims_a_comma_after_a_long_toll_subject_does_not_end_it() -> None:
    got = brief("وقال المسعفون إن حصيلة قتلى القصف على البلدة الجبلية، ارتفعت إلى 19.")
    assert got == {("killed", 19, "civilians", "المسعفون")}


def test_claims_counted_others_in_the_next_sentence_take_the_side_before() -> None:
    got = brief("قتل أربعة جنود في الكمين قرب المعبر. وأصيب سبعة آخرون بجروح متفاوتة.")
    assert got == {("killed", 4, "state_forces", None), ("injured", 7, "state_forces", None)}


def test_claims_bare_others_in_the_next_sentence_stay_a_mention_of_their_own() -> None:
    got = brief("قتل أربعة جنود في الكمين قرب المعبر. وأصيب آخرون بجروح متفاوتة.")
    assert ("injured", None, "state_forces", None) in got  # more of those before: their side (thirtieth vague round)


def test_claims_a_vague_amount_does_not_give_way_to_a_figure_outside_its_bounds() -> None:
    got = brief("وقالت المنظمة إن القصف أدى إلى مقتل 9 مدنيين في السوق، وتحدثت عن مقتل المئات من المدنيين في القرى.")
    assert ("killed", 9, "civilians", "المنظمة") in got
    assert ("killed", None, "civilians", "المنظمة") in got


def test_claims_a_bare_victim_word_still_gives_way_to_the_figure_of_its_sentence() -> None:
    got = brief("سقط قتلى في القصف على الحي، وقال المسعفون إن 6 مدنيين قتلوا.")
    assert ("killed", None, "civilians", None) not in got


def test_claims_met_their_death_runs_past_the_commas_it_opened() -> None:
    assert ("killed", 15, "civilians", None) in brief("لقي 15 شخصا، على الأقل، مصرعهم في انفجار سيارة مفخخة قرب السوق.")


def test_claims_since_after_a_superlative_compares_and_sums_no_toll() -> None:
    got = brief("ووقع أعنف هجوم منذ مطلع العام، إذ أسفر عن مقتل 40 جنديا بحسب حصيلة أولية.")
    assert ("killed", 40, "state_forces", None) in got


def test_claims_a_toll_with_a_long_subject_rises_to_its_figure() -> None:
    got = brief("ارتفعت حصيلة قتلى الاشتباكات، التي اندلعت بين فصيلين مسلحين في ضواحي المدينة، إلى 17 شخصا.")
    assert ("killed", 17, "civilians", None) in got


def test_claims_the_attacker_named_in_a_long_toll_is_not_the_side_of_its_dead() -> None:
    got = brief("وأكد المتحدث ارتفاع عدد قتلى هجوم المسلحين على المخيم الكبير في شرق البلاد إلى 30.")
    assert {c[:3] for c in got} == {("killed", 30, "civilians")}


def test_claims_an_attempt_tells_no_victim() -> None:
    assert brief("وشهدت المدينة محاولة اغتيال قائد عسكري في إدارة الأمن صباح اليوم.") == set()


def test_claims_a_comma_closes_a_subset_aside() -> None:
    got = brief("أعلنت الوزارة سقوط 6 قتلى، بينهم امرأة، ونحو 90 جريحا في الانفجار.")
    assert ("injured", 90, "civilians", "الوزارة") in got


def test_claims_victims_of_a_place_named_in_a_genitive_chain_are_no_count() -> None:
    assert not any(k == "killed" for k, *_ in brief("وأعلن المحافظ الحداد ثلاثة أيام على ضحايا مسجد القرية بعد الهجوم."))


def test_claims_a_list_of_sides_in_the_phrase_after_a_figure_is_of_no_one_side() -> None:
    assert ("killed", 30, "unknown", None) in brief("أسفرت الاشتباكات عن مقتل 30 من الجنود والمدنيين في البلدة.")


@pytest.mark.parametrize("text, expected", [
    ("قال مصدر إن مسلحين قتلوا عقيدا في الشرطة قرب منزله.", ("killed", 1, "state_forces", "مصدر")),
    ("وأعلن المتحدث مقتل 12 رجل أمن في الهجوم على الحاجز.", ("killed", 12, "state_forces", "المتحدث")),
    ("أقدم مسلحون على اختطاف الناشط علي حسن في وسط المدينة.", ("captured", 1, "civilians", None)),
])
def test_claims_ranks_and_trades_are_person_nouns(text: str, expected: tuple[Any, ...]) -> None:
    assert expected in brief(text)


def test_claims_a_name_is_not_a_verb_of_capture() -> None:
    got = brief("وأدت الاشتباكات إلى مقتل قائد الكتيبة ياسر حسن واثنين من الجنود.")
    assert not any(k == "captured" for k, *_ in got)


def test_claims_a_unit_of_a_force_takes_the_force_s_side() -> None:
    got = brief("وأفاد مسؤول محلي بمصرع 9 عناصر في قوة رديفة للجيش خلال الكمين.")
    assert ("killed", 9, "state_forces", "مسؤول محلي") in got


def test_claims_an_age_is_no_count_of_people() -> None:
    got = brief("وقالت الوزارة إن حصيلة الغارة التي شنها الطيران أمس على البلدة ارتفعت إلى قتيلين بعد وفاة الفتى "
                "البالغ من العمر 16 عاما.")
    assert not any(v == 16 for _, v, _, _ in got)


@pytest.mark.parametrize("text, side", [
    ("قتل أربعة من منتسبي وزارة الداخلية في الكمين.", "state_forces"),
    ("قتل أربعة من عناصر الحشد في الهجوم على السيطرة.", "state_forces"),
    ("قتل أربعة من أفراد عائلة واحدة في القصف.", "civilians"),
    ("قتل أربعة من الانفصاليين في الاشتباك.", "armed_group"),
])
def test_claims_the_side_of_members_of_a_named_body(text: str, side: str) -> None:
    assert {c["party"]["category"] for c in claims(text)} == {side}


def test_claims_a_force_named_as_subject_stands_between_the_verb_and_its_victims() -> None:
    assert ("captured", 30, "civilians") in {(c["kind"], c["value"], c["party"]["category"])
                                             for c in claims("خطف تنظيم الدولة الإسلامية 30 مزارعا من الحقول.")}


@pytest.mark.parametrize("text, expected", [
    ("أصابت شظايا القذيفة خمسة أطفال كانوا يلعبون قرب البيت.", {("injured", 5, "civilians", None)}),
    ("وقال الخبير إن الخلل الذي أصاب عددا من الخوادم أوقف الموقع ساعتين.", set()),
])
def test_claims_the_active_verb_of_hitting_counts_people_not_things(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert brief(text) == expected


def test_claims_killed_and_wounded_counted_together_with_no_side_named() -> None:
    assert brief("مقتل وإصابة 17 في انفجار سيارة مفخخة وسط السوق") == {
        ("killed", None, "civilians", None), ("injured", None, "civilians", None)}


def test_claims_killed_and_wounded_of_those_named_before_are_not_guessed() -> None:
    assert brief("وأضافت الوزارة أن الاشتباك مع المهربين أسفر عن مقتل وإصابة 9 منهم.") == set()


def test_claims_remains_in_construct_with_a_count_of_people() -> None:
    assert brief("وانتشل الدفاع المدني جثث 12 شخصا من تحت ركام المبنى.") == {("killed", 12, "civilians", None)}
