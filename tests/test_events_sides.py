"""Which named forces are sides of an event (sentences written for these tests)."""

from __future__ import annotations

import pytest

import waqia


def sides(text: str) -> list[tuple[str, str]]:
    doc = waqia.extract(text, published="2024-03-07")
    return [(a["text"], a["role"]) for e in doc["events"] for a in e["actors"]]


def test_sides_a_speakers_body_is_no_side() -> None:
    got = sides("قال مصدر في الشرطة الصومالية إن مسلحين من حركة الشباب هاجموا فندقا في مقديشو "
                "اليوم، ما أدى إلى مقتل سبعة أشخاص.")
    texts = {t for t, _ in got}
    assert not any("الشرطة" in t for t in texts)
    assert any("الشباب" in t for t in texts)


def test_sides_a_force_in_a_place_name_is_no_side() -> None:
    got = sides("قتل 12 شخصا في تفجير انتحاري استهدف سوقا شعبية في ساحة الطيران وسط بغداد اليوم.")
    assert not any("الطيران" in t for t, _ in got)


def test_sides_a_force_holding_the_ground_is_no_side() -> None:
    got = sides("قتل أربعة مدنيين في قصف مدفعي استهدف قرية تحت سيطرة قوات سوريا الديمقراطية اليوم.")
    assert not any("سوريا الديمقراطية" in t for t, _ in got)


def test_sides_armed_men_in_two_forms_are_one_side() -> None:
    doc = waqia.extract("قتل خمسة جنود في هجوم شنه مسلحون على حاجز للجيش اليوم. "
                        "وأكد المصدر أن الجنود قتلوا على يد مسلحين مجهولين قدموا من الصحراء.", published="2024-03-07")
    named = [a for e in doc["events"] for a in e["actors"] if a["category"] == "armed_group"]
    assert len(named) == 1 and named[0]["name"] == "مسلح"


def test_sides_armed_men_before_their_verb_are_the_attackers() -> None:
    got = sides("قال مصدر أمني إن مسلحين فجروا عبوة ناسفة قرب سوق المدينة صباح اليوم.")
    assert ("مسلحين", "initiator") in got


def test_sides_armed_men_named_by_a_noun_are_no_second_side() -> None:
    doc = waqia.extract("قتل أربعة مدنيين في هجوم نفذه مسلحون قرب البلدة أمس، وقال الجيش إنه يلاحق الفاعلين.",
                        published="2024-03-07")
    assert {e["sub_event_type"] for e in doc["events"]} == {"Attack"}


def test_sides_terrorist_elements_and_al_qaeda_are_armed_groups() -> None:
    doc = waqia.extract("أعلنت وزارة الداخلية أن عناصر إرهابية هاجمت نقطة أمنية في المدينة فجر اليوم، "
                        "وتبنى تنظيم القاعدة الهجوم.", published="2024-03-07")
    got = {(a["text"], a["category"]) for e in doc["events"] for a in e["actors"]}
    assert ("عناصر إرهابية", "armed_group") in got
    assert ("تنظيم القاعدة", "armed_group") in got


def test_sides_militants_in_the_nominative_are_the_attackers() -> None:
    got = sides("قتل ستة جنود في هجوم نفذه متشددون على نقطة تفتيش شمال البلاد اليوم.")
    assert ("متشددون", "initiator") in got


def test_sides_worshippers_shot_at_are_the_target() -> None:
    got = sides("أسفر هجوم مسلح على المصلين في مسجد القرية أثناء صلاة الجمعة اليوم عن مقتل خمسة أشخاص.")
    assert ("المصلين", "target") in got


def test_sides_civilians_counted_are_the_target_when_no_force_is() -> None:
    got = sides("قتل ثلاثة مدنيين وأصيب خمسة آخرون في قصف جوي استهدف سوقا شعبية في البلدة اليوم.")
    assert ("مدنيين", "target") in got
    assert not any(t.startswith("آخر") for t, _ in got)


def test_sides_people_counted_name_no_side() -> None:
    got = sides("قتل ثلاثة أشخاص في انفجار عبوة ناسفة قرب سوق المدينة اليوم.")
    assert not any("أشخاص" in t for t, _ in got)


def test_sides_civilians_are_no_second_target_beside_a_force() -> None:
    got = sides("قتل جنديان ومدني في هجوم شنه مسلحون على مواقع الجيش في المدينة اليوم.")
    assert not any(t.startswith("مدني") for t, _ in got)


def test_sides_one_side_is_shown_as_first_named_in_every_event() -> None:
    doc = waqia.extract("قتل جنديان في هجوم شنه الحوثيون على موقع عسكري في المحافظة صباح اليوم. "
                        "وفي حادث آخر، قتل طفل في قصف مدفعي للحوثيين على قرية مجاورة مساء اليوم.",
                        published="2024-03-07")
    texts = {a["text"] for e in doc["events"] for a in e["actors"] if a["category"] == "armed_group"}
    assert texts == {"الحوثيون"}


def test_sides_gunmen_of_a_named_group_are_that_group() -> None:
    got = sides("تبنت حركة الشباب هجوما نفذه مسلحون على مركز للشرطة في البلدة فجر اليوم، ما أدى إلى مقتل ثلاثة جنود.")
    assert any("الشباب" in t for t, _ in got)
    assert not any("مسلح" in t for t, _ in got)


def test_sides_gunmen_beside_a_kind_of_group_stay_a_side() -> None:
    got = sides("هاجم مسلحون مجهولون حاجزا تابعا لإحدى الميليشيات في البلدة فجر اليوم، ما أدى إلى مقتل ثلاثة عناصر.")
    assert any(t.startswith("مسلحون") for t, _ in got)


def test_sides_police_and_security_forces_in_one_story_are_one_side() -> None:
    got = sides("قتل ثلاثة من قوات الأمن في هجوم نفذه مسلحون على دورية قرب المدينة اليوم، "
                "وقالت الشرطة إنها طوقت المكان.")
    state = [t for t, _ in got if "الأمن" in t or "الشرطة" in t]
    assert len(state) == 1


def test_sides_a_force_attacking_another_states_forces_stays_a_side() -> None:
    got = sides("قتل خمسة جنود في غارات شنها الطيران الحربي على مواقع للجيش في ريف المدينة اليوم.")
    assert len([t for t, _ in got if "الطيران" in t or "جيش" in t]) == 2


def test_sides_the_group_a_side_is_linked_to_is_no_side() -> None:
    got = sides("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة قاعدة للجيش "
                "في شمال البلاد اليوم، ما أدى إلى مقتل عشرة جنود.")
    assert any("نصرة" in t for t, _ in got)
    assert not any("القاعدة" in t for t, _ in got)


def test_sides_an_army_that_militias_are_loyal_to_stays_a_side() -> None:
    got = sides("قتل خمسة عناصر من الميليشيات الموالية للجيش في اشتباكات مع فصائل المعارضة في ريف المدينة اليوم.")
    assert any("جيش" in t for t, _ in got)
    assert {r for _, r in got} <= {"initiator", "target", "other"}


def test_sides_civilians_counted_beside_a_group_read_as_target_are_a_side() -> None:
    got = sides("قتل خمسة مدنيين في هجوم نفذه عناصر من تنظيم داعش على سوق شعبية في القرية فجر اليوم.")
    assert ("مدنيين", "target") in got


@pytest.mark.parametrize("text, side, role", [
    ("قتل ثلاثة جنود في هجوم شنه عناصر من داعش على حاجز للجيش اليوم.", "داعش", "initiator"),
    ("استهدفت غارة جوية عناصر من تنظيم داعش في ريف المدينة اليوم ما أدى إلى مقتل خمسة منهم.", "داعش", "target"),
])
def test_sides_a_groups_men_take_the_role_of_the_words_before_them(text: str, side: str, role: str) -> None:
    assert (side, role) in sides(text)


@pytest.mark.parametrize("text, side", [
    # the speaker of «إنه استهدف» in a sentence no trigger tells an event in
    ("قتل خمسة أشخاص في غارة على بلدة حدودية صباح اليوم. وقال الجيش الإسرائيلي إنه استهدف مخزنا للأسلحة هناك.",
     "الجيش الإسرائيلي"),
    # the subject before the verb
    ("قتل ثلاثة مدنيين في قصف على قرية شرقي المدينة أمس. وأفاد ناشطون أن قوات الدعم السريع استهدفت القرى المجاورة.",
     "قوات الدعم السريع"),
])
def test_sides_the_subject_of_a_verb_of_violence_is_the_initiator(text: str, side: str) -> None:
    assert (side, "initiator") in sides(text)


def test_sides_the_object_of_a_verb_of_violence_is_no_initiator() -> None:
    got = sides("قتل ثلاثة مدنيين في قصف على قرية شرقي المدينة أمس. وأفاد ناشطون أن مسيرة استهدفت مواقع الجيش السوداني.")
    assert not any("الجيش" in t and r == "initiator" for t, r in got)


def test_sides_the_radaa_apparatus_is_a_side() -> None:
    got = sides("اندلعت اشتباكات عنيفة بين مجموعة مسلحة وقوات جهاز الردع في العاصمة الليبية مساء أمس.")
    assert any("جهاز الردع" in t for t, _ in got)


def test_sides_youth_are_no_armed_group_unless_set_apart_as_a_name() -> None:
    doc = waqia.extract("أطلق مسلحون النار على عدد من الشباب في قرية شرق مدينة ود مدني، "
                        "ما أسفر عن مقتل شاب وإصابة ثلاثة.", published="2024-03-07")
    assert not any(a["category"] == "armed_group" and "الشباب" in a["text"]
                   for e in doc["events"] for a in e["actors"])
    assert any("الشباب" in t for t, _ in sides("اقتحم مقاتلو \"الشباب\" قرية في جنوب الصومال اليوم وقتلوا 3 أشخاص."))
    assert any(t.startswith("حركة الشباب") for t, _ in sides(
        "قتل 5 جنود في هجوم شنته حركة الشباب على قاعدة عسكرية في إقليم شبيلي السفلى اليوم."))


@pytest.mark.parametrize("text", [
    "قتل 9 أشخاص في تفجير انتحاري نفذه مسلحون عند بوابة فندق في مقديشو اليوم، ثم فجر انتحاري آخر نفسه داخل الفندق.",
    "قتل 11 شخصا في هجوم نفذه متطرفون على سوق في مدينة جوس اليوم، وقال شهود إن مسلحين أطلقوا النار على المتسوقين.",
])
def test_sides_armed_men_of_one_event_are_one_side(text: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    armed = [a["text"] for e in doc["events"] for a in e["actors"] if a["category"] == "armed_group"]
    assert len(armed) == 1, armed


@pytest.mark.parametrize("text, side", [
    ("تعرضت دورية للجيش لهجوم من طرف مئات الإرهابيين في منطقة تيلابيري، ما أسفر عن مقتل 9 جنود.", "إرهابيين"),
    ("فجر إرهابيون سيارة مفخخة قرب مركز تجاري في مقديشو، ما أدى إلى مقتل 5 أشخاص.", "إرهابيون"),
    ("قتل 4 مدنيين على أيدي مسلحين في قرية بولاية جنوب كردفان.", "مسلحين"),
])
def test_sides_armed_men_named_by_a_cue_of_the_doer(text: str, side: str) -> None:
    assert (side, "initiator") in sides(text)


@pytest.mark.parametrize("text, side", [
    ("اندلعت اشتباكات بين الجيش ومسلحين في ريف درعا الغربي، ما أسفر عن مقتل جنديين.", "مسلحين"),
    ("قتل 5 إرهابيين في اشتباكات بين قوات الصاعقة والمتطرفين في شمال سيناء اليوم.", "متطرفين"),
])
def test_sides_armed_men_named_between_the_sides_of_a_fight(text: str, side: str) -> None:
    assert any(side in t and role == "other" for t, role in sides(text)), sides(text)


def test_sides_a_cue_of_the_doer_does_not_reach_into_the_next_clause() -> None:
    got = sides("قتل 12 شخصا في هجوم على سوق شعبي في مدينة جوس اليوم نفذه مسلحون، وفق الشرطة.")
    assert ("مسلحون", "initiator") in got
    assert ("الشرطة", "initiator") not in got
    got = sides("قتل 12 شخصا في هجوم على سوق شعبي في مدينة جوس اليوم بواسطة مسلحين.")
    assert ("مسلحين", "initiator") in got


@pytest.mark.parametrize("text, side", [
    ("قتل 6 مدنيين في هجوم نفذته مجموعة فاغنر على قرية في وسط مالي اليوم.", "مجموعة فاغنر"),
    ("اندلعت اشتباكات بين قوات الحزام الأمني ومسلحين في محافظة أبين اليوم، ما أدى إلى مقتل 3 جنود.", "قوات الحزام الأمني"),
    ("قتل 4 مقاتلين في اشتباكات بين حركة العدل والمساواة والجيش في شمال دارفور أمس.", "حركة العدل والمساواة"),
])
def test_sides_named_groups_across_countries(text: str, side: str) -> None:
    assert any(t.startswith(side) for t, _ in sides(text)), sides(text)


@pytest.mark.parametrize(("text", "side"), [
    ("أعلنت القوات العراقية مقتل أربعة إرهابيين في اشتباك بمنطقة مطيبيجة شرق صلاح الدين اليوم.",
     "القوات العراقية"),
    ("اشتبكت قوات نيجيرية مع مسلحين من بوكو حرام قرب مدينة مايدوغوري يوم السبت.", "قوات نيجيرية"),
])
def test_sides_a_force_named_by_its_countrys_adjective(text: str, side: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    named = [a for e in doc["events"] for a in e["actors"] if a["category"] == "state_forces"]
    assert [a["text"] for a in named] == [side]
    assert named[0]["name"].startswith("State forces (")


def test_sides_a_countrys_adjective_agrees_with_its_force() -> None:
    # «القوات عراقية»: an indefinite adjective after the definite noun says what the forces are
    got = sides("وأكد المتحدث أن القوات عراقية بالكامل وأنها اشتبكت مع المسلحين قرب الموصل اليوم.")
    assert not any("عراقية" in t for t, _ in got)


@pytest.mark.parametrize(("text", "side"), [
    ("أعلن الجيش المالي مقتل عشرة من جنوده في كمين نصبه مسلحون قرب الحدود مع النيجر.", "مسلحون"),
    ("أصيب ثلاثة مدنيين بقنبلة يدوية ألقاها مسلحون على منزل في حي الجمهورية بالموصل.", "مسلحون"),
])
def test_sides_the_men_who_laid_the_ambush_or_threw_the_bomb(text: str, side: str) -> None:
    assert (side, "initiator") in sides(text)


def test_sides_a_countrys_adjective_on_the_event_word_names_its_forces() -> None:
    got = sides("قتل أربعة مدنيين في قصف إسرائيلي على بلدة بنت جبيل جنوب لبنان مساء الاثنين.")
    assert ("إسرائيلي", "initiator") in got


def test_sides_a_feminine_adjective_names_its_forces_where_no_side_of_that_state_is_named() -> None:
    got = sides("قتل خمسة أشخاص في غارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان اليوم.")
    assert ("إسرائيلية", "initiator") in got


@pytest.mark.parametrize("text", [
    # a definite word refers back to an event told with its sides; a feminine adjective where the story
    # names a side of that state in full
    "وأسفر القصف الإسرائيلي على بنت جبيل عن دمار واسع في المنازل مساء الاثنين.",
    "قال الجيش الإسرائيلي إن قتل خمسة أشخاص في غارة إسرائيلية على بلدة عيتا الشعب في جنوب لبنان اليوم.",
])
def test_sides_no_force_from_a_definite_word_or_a_feminine_adjective(text: str) -> None:
    assert not any(t in ("الإسرائيلي", "إسرائيلية") for t, _ in sides(text))


@pytest.mark.parametrize(("text", "name"), [
    ("قصفت كتائب حزب الله قاعدة عين الأسد في محافظة الأنبار بطائرتين مسيرتين فجر اليوم.", "Kataib Hezbollah"),
    ("اشتبكت عناصر من سرايا السلام مع مسلحين في قضاء سامراء شمال بغداد مساء الأحد.", "Saraya al-Salam"),
    ("قتل ثلاثة جنود في كمين نصبه مسلحو القوات الديمقراطية المتحالفة قرب مدينة بيني اليوم.", "ADF"),
    ("هاجم مسلحو جماعة أنصار الإسلام نقطة للجيش في شمال بوركينا فاسو يوم الأحد.", "Ansaroul Islam"),
])
def test_sides_armed_groups_of_many_countries(text: str, name: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    assert name in {a["name"] for e in doc["events"] for a in e["actors"] if a["category"] == "armed_group"}


@pytest.mark.parametrize("history", [
    "والنزاع في الإقليم يعود إلى عدة عقود، حيث تهاجم الفصائل المتمردة قوات الشرطة والجيش في الجبال.",
    "والتمرد في الإقليم قائم منذ عدة سنوات، حيث تهاجم الفصائل المتمردة قوات الشرطة والجيش في الجبال.",
])
def test_sides_none_from_a_sentence_of_background_history(history: str) -> None:
    # a present-tense statement of a habit of years tells no event: its forces are no side of the story's
    got = sides("خطف مسلحون مجهولون خمسة تجار على طريق جبلي في الإقليم اليوم. " + history)
    assert not any("الشرطة" in t or "الفصائل" in t for t, _ in got)


def test_sides_the_same_forces_in_a_sentence_of_the_news_are_sides() -> None:
    got = sides("خطف مسلحون مجهولون خمسة تجار على طريق جبلي في الإقليم اليوم. "
                "وهاجمت الفصائل المتمردة قوات الشرطة في الجبال مساء اليوم.")
    assert any("الشرطة" in t for t, _ in got)


def test_sides_the_police_that_investigate_are_no_side() -> None:
    got = sides("انفجرت عبوة ناسفة قرب سوق الخضار في مدينة بعقوبة صباح اليوم فقتلت ثلاثة مدنيين، "
                "وقد فتحت الشرطة تحقيقا لمعرفة ملابسات الحادث.")
    assert got and not any("الشرطة" in t for t, _ in got)


def test_sides_the_police_that_fire_stay_a_side() -> None:
    got = sides("أطلقت الشرطة الرصاص الحي على محتجين في وسط مدينة كانو صباح اليوم، فقتلت اثنين منهم.")
    assert ("الشرطة", "initiator") in got


def test_sides_the_security_service_that_cordons_off_is_no_side() -> None:
    got = sides("سقطت قذيفة هاون على حي سكني في مدينة درعا ظهر اليوم فأصابت أربعة مدنيين، "
                "وطوق الأمن مكان سقوطها.")
    assert got and not any("الأمن" in t for t, _ in got)


def test_sides_the_security_services_that_investigate_are_no_side() -> None:
    got = sides("قتل رجل وزوجته بعبوة ناسفة زرعت تحت سيارتهما في بلدة الصنمين مساء اليوم، "
                "وباشرت الأجهزة الأمنية التحقيق في الحادث.")
    assert got and not any("الأجهزة" in t for t, _ in got)


def test_sides_the_police_named_with_their_country_stay_a_side() -> None:
    got = sides("انفجرت قنبلة يدوية قرب سوق في مدينة غاريسا اليوم فأصيب أربعة أشخاص، "
                "وانتشرت الشرطة الكينية في المكان.")
    assert any("الشرطة الكينية" in t for t, _ in got)


def test_sides_unknown_men_after_their_verb_are_the_attackers() -> None:
    """«مجهولون» alone names the men who did it (#10, eighteenth events round)."""
    got = sides("اختطف مجهولون مهندسا زراعيا على طريق ريفي قرب البلدة مساء الخميس.")
    assert ("مجهولون", "initiator") in got


def test_sides_unknown_men_before_their_verb_are_the_attackers() -> None:
    got = sides("قال شهود إن مجهولين أطلقوا النار على سيارة تاجر عند مدخل السوق ليلة الجمعة.")
    assert ("مجهولين", "initiator") in got


def test_sides_unknown_men_with_no_act_are_no_side() -> None:
    """With no verb of the act beside them and no cue, «مجهولين» names nobody's side."""
    got = sides("قتل ثلاثة جنود في قصف مدفعي على حاجز للجيش، وقال المصدر إن دوافع مجهولين لا تزال غامضة.")
    assert not any("مجهول" in t for t, _ in got)


def test_sides_unknown_after_armed_men_describes_them() -> None:
    """«مسلحين مجهولين أطلقوا»: «مجهولين» is the armed men's adjective, no side of its own."""
    got = sides("قال شهود إن مسلحين مجهولين أطلقوا النار على حافلة ركاب قرب الحاجز مساء الأحد.")
    assert not any(t == "مجهولين" for t, _ in got)
