"""Event types, negatives and relevance (sentences written for these tests)."""

from __future__ import annotations

import pytest

import waqia


def types(text: str) -> set[tuple[str, str]]:
    doc = waqia.extract(text, published="2024-03-07")
    return {(e["event_type"], e["sub_event_type"]) for e in doc["events"]}


@pytest.mark.parametrize("text, expected", [
    ("اندلعت اشتباكات عنيفة بين الجيش ومسلحين في ريف درعا أمس.", ("Battles", "Armed clash")),
    ("شنت طائرات حربية غارات جوية على مواقع في ريف إدلب اليوم.", ("Explosions/Remote violence", "Air/drone strike")),
    ("قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما قرب الرقة.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("فجر انتحاري حزاما ناسفا في سوق مزدحم وسط بغداد.", ("Explosions/Remote violence", "Suicide bomb")),
    ("سقطت قذائف هاون على حي سكني في مدينة حلب.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("خرجت مظاهرات سلمية في مدينة السويداء للمطالبة بتحسين الأوضاع.", ("Protests", "Peaceful protest")),
    ("أطلقت الشرطة الغاز المسيل للدموع لتفريق مظاهرة في الخرطوم.", ("Protests", "Protest with intervention")),
    ("اختطف مسلحون مجهولون طبيبا من منزله في درعا.", ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_events_type_of_report(text: str, expected: tuple[str, str]) -> None:
    assert expected in types(text)


@pytest.mark.parametrize("text", [
    "فاز المنتخب على منافسه بهدف نظيف في المباراة التي أقيمت على ملعب المدينة في ختام البطولة.",
    "تدور أحداث الرواية الجديدة للكاتب حول جريمة قتل غامضة، وقد لاقت إقبال القراء.",
    "لقي 9 أشخاص مصرعهم في حادث تصادم بين حافلة وشاحنة على الطريق الصحراوي.",
    "انطلقت مناورات عسكرية مشتركة بالذخيرة الحية بمشاركة قوات من عدة دول ضمن تدريبات سنوية.",
    "تراجعت الليرة أمام الدولار مع ارتفاع أسعار النفط في الأسواق.",
    "أحيا السكان الذكرى السنوية للمعركة بإصدار طابع تذكاري.",
    "أصدرت المحكمة الجنائية حكما بالإعدام على ثلاثة متهمين بتفجير وقع قبل أعوام.",
    "",
    "hello world, nothing Arabic here",
])
def test_events_negatives_yield_nothing(text: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    assert doc["events"] == []
    assert doc["relevant"] is False


def test_events_date_resolved_against_publication() -> None:
    doc = waqia.extract("قتل 3 جنود في هجوم على حاجز للجيش مساء أمس الأربعاء.", published="2020-01-23")
    assert {e["date"] for e in doc["events"]} == {"2020-01-22"}


def test_events_ids_are_stable() -> None:
    text = "قتل 3 جنود في هجوم على حاجز للجيش مساء أمس."
    a = waqia.extract(text, published="2020-01-23")
    b = waqia.extract(text, published="2020-01-23")
    assert [e["event_id"] for e in a["events"]] == [e["event_id"] for e in b["events"]]
    assert a["doc_id"] == b["doc_id"]


def test_events_fatalities_span_the_sources() -> None:
    text = ("أعلن الجيش مقتل 12 جنديا في الهجوم. "
            "وقال المرصد السوري لحقوق الإنسان إن نحو 30 جنديا قتلوا في الهجوم.")
    doc = waqia.extract(text, published="2024-03-07")
    fat = doc["events"][0]["fatalities"]
    assert fat["low"] == 12 and fat["high"] == 30 and fat["best"] == 12


@pytest.mark.parametrize("text", [
    "ورغم التوصل إلى هدنة لوقف إطلاق النار في الجنوب، تواصلت المفاوضات بين الطرفين.",
    "تقع البلدة تحت سيطرة الفصائل منذ سنوات، وفق سكان المنطقة.",
    "وناشدت العائلة المجتمع المحلي للمساعدة في تحرير ابنها من خاطفيه.",
])
def test_events_standing_situations_are_no_event(text: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    assert not any(e["event_type"] == "Battles" for e in doc["events"])


def test_events_tear_gas_at_a_raid_is_no_protest() -> None:
    doc = waqia.extract("أطلق الجيش الغاز المسيل للدموع خلال اقتحام مخيم جنين فجر اليوم.", published="2024-03-07")
    assert not any(e["event_type"] == "Protests" for e in doc["events"])


def test_events_shelling_on_another_day_is_its_own_event() -> None:
    text = ("استهدفت طائرة مسيرة سيارة في ريف القامشلي اليوم الأحد. "
            "وقصفت المدفعية قرى في ريف الرقة الشمالي ليل الجمعة.")
    doc = waqia.extract(text, published="2023-09-17")
    subs = {(e["sub_event_type"], e["date"]) for e in doc["events"]}
    assert ("Air/drone strike", "2023-09-17") in subs
    assert ("Shelling/artillery/missile attack", "2023-09-15") in subs


def test_events_dual_triggers() -> None:
    doc = waqia.extract("استهدفت عبوتين ناسفتين سيارتين للأمن على الطريق بين مدينتين أمس.", published="2024-03-07")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in {
        (e["event_type"], e["sub_event_type"]) for e in doc["events"]}


def test_events_a_weak_strike_with_its_own_places_is_kept() -> None:
    text = ("استهدفت طائرة مسيرة سيارة عسكرية قرب القامشلي اليوم. "
            "وردت القوات بقصف على قاعدة في قرية كورماز بريف تل أبيض.")
    doc = waqia.extract(text, published="2023-09-17")
    places = {loc["text"] for e in doc["events"] for loc in e["locations"]}
    assert {"كورماز", "تل أبيض"} <= places


def test_events_the_attack_refers_back() -> None:
    text = ("قتل 3 جنود بانفجار عبوة ناسفة استهدفت دوريتهم اليوم. "
            "ورجح مصدر أن يكون تنظيم داعش وراء الهجوم.")
    doc = waqia.extract(text, published="2022-06-14")
    assert len(doc["events"]) == 1


def test_events_a_later_sentence_gives_the_day_of_the_told_event() -> None:
    text = ("أقدم مجهولون على اختطاف شاب في السويداء وطالبوا بفدية. "
            "وجرى اختطاف الشاب المختطف يوم الأربعاء الماضي قرب المدينة.")
    doc = waqia.extract(text, published="2023-03-17")
    assert "2023-03-15" in {e["date"] for e in doc["events"]}


@pytest.mark.parametrize("text", [
    "هدد قائد الفصيل بشن هجمات واسعة على مواقع الجيش إذا استمر القصف على المدن.",
    "لقي خمسة أشخاص حتفهم في حريق اندلع داخل مصنع للبلاستيك بسبب ماس كهربائي.",
    "أعلنت وزارة الصحة تسجيل 12 حالة وفاة جديدة بفيروس كورونا خلال اليوم الماضي.",
])
def test_events_threats_and_disasters_are_no_events(text: str) -> None:
    assert waqia.extract(text, published="2024-03-07")["events"] == []


def test_events_a_past_time_in_the_first_clause_covers_the_sentence() -> None:
    text = ("قتل جنديان في هجوم على حاجز قرب الموصل اليوم. "
            "كما قتل الشهر الماضي 11 عنصرا، إثر هجوم مماثل شرق مدينة تكريت.")
    doc = waqia.extract(text, published="2022-06-14")
    places = {loc["text"] for e in doc["events"] for loc in e["locations"]}
    assert "تكريت" not in places


@pytest.mark.parametrize("text, expected", [
    ("أعلن الجيش أن قواته سيطرت على مدينة ترهونة بعد معارك عنيفة.", "Government regains territory"),
    ("قالت مصادر إن فصائل المعارضة سيطرت على قرية الزيارة بعد هجوم واسع.", "Non-state actor overtakes territory"),
])
def test_events_who_took_the_ground(text: str, expected: str) -> None:
    doc = waqia.extract(text, published="2020-06-05")
    assert expected in {e["sub_event_type"] for e in doc["events"]}


def test_events_riot_police_is_no_riot() -> None:
    doc = waqia.extract("استخدمت قوات مكافحة الشغب القنابل الدخانية لتفريق مظاهرة في بغداد اليوم.",
                        published="2019-12-30")
    assert "Riots" not in {e["event_type"] for e in doc["events"]}


def test_events_a_definite_word_in_the_lead_tells_the_event() -> None:
    text = ("ارتفع عدد قتلى الهجوم على فندق في العاصمة إلى 21 قتيلا. "
            "وأطلق المسلحون قذائف هاون على المبنى قبل اقتحامه.")
    doc = waqia.extract(text, published="2022-08-21")
    lead = next(e for e in doc["events"] if e["trigger"]["text"] == "هجوم")
    assert any(c["value"] == 21 for c in lead["claims"])


def test_events_a_road_accident_beside_an_attack_does_not_cancel_it() -> None:
    doc = waqia.extract("قتل ستة جنود في كمين نصبه مسلحون على طريق عام. وفي حادث سير منفصل توفي شخصان.",
                        published="2024-03-07")
    assert doc["relevant"] is True
    assert ("killed", 6) in {(c["kind"], c["value"]) for e in doc["events"] for c in e["claims"]}



def test_events_weapons_inside_a_ground_attack_are_part_of_the_battle() -> None:
    text = ("هاجم مسلحون نقطة للجيش قرب البلدة فجر اليوم واندلعت اشتباكات عنيفة استمرت ساعات، "
            "وقال مصدر عسكري إن ستة جنود قتلوا. واستخدم المهاجمون سيارة مفخخة وقذائف هاون في الهجوم.")
    doc = waqia.extract(text, published="2024-03-07")
    assert {e["event_type"] for e in doc["events"]} == {"Battles"}


def test_events_an_air_strike_beside_the_fighting_stays_its_own_event() -> None:
    text = ("اندلعت اشتباكات بين الجيش ومسلحين في ريف البلدة قتل فيها أربعة مسلحين. "
            "وشنت طائرات حربية غارة جوية على مواقع المسلحين في المنطقة نفسها.")
    doc = waqia.extract(text, published="2024-03-07")
    assert {"Battles", "Explosions/Remote violence"} <= {e["event_type"] for e in doc["events"]}


def test_events_a_collision_told_with_a_masculine_verb_is_no_event() -> None:
    text = ("قالت شرطة المرور إن شاحنة محملة بالوقود فقدت توازنها فاصطدم بها باص ركاب "
            "على الطريق الصحراوي ونتج عن ذلك وفاة ستة أشخاص وإصابة ثلاثة.")
    doc = waqia.extract(text, published="2024-03-07")
    assert not doc["relevant"] and not doc["events"]


@pytest.mark.parametrize("text, initiator", [
    ("اغتال مسلحون مجهولون موظفا في البلدية أمام منزله.", "مسلحون مجهولون"),  # the subject of the verb
    ("قتل ثلاثة رعاة في هجوم نفذه مسلحون على أطراف القرية.", "مسلحون"),  # after «نفذه»
])
def test_events_armed_men_who_did_it_are_the_initiator(text: str, initiator: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    actors = [(a["text"], a["role"]) for e in doc["events"] for a in e["actors"]]
    assert (initiator, "initiator") in actors, actors


def test_events_armed_men_who_were_killed_are_no_initiator() -> None:
    doc = waqia.extract("قتلت قوات الأمن ثلاثة مسلحين في اشتباك قرب الحدود.", published="2024-03-07")
    assert not any(a["role"] == "initiator" and "مسلحين" in a["text"] for e in doc["events"] for a in e["actors"])


@pytest.mark.parametrize("text, initiator", [
    ("استشهد شاب برصاص قوات الاحتلال عند مدخل البلدة.", "قوات الاحتلال"),  # «برصاص X»: X fired
    ("وقال الجيش إن انتحاريين اثنين فجرا نفسيهما عند بوابة المعسكر.", "انتحاريين"),  # the force counted
])
def test_events_who_fired_or_attacked_is_the_initiator(text: str, initiator: str) -> None:
    doc = waqia.extract(text, published="2024-03-07")
    actors = [(a["text"], a["role"]) for e in doc["events"] for a in e["actors"]]
    assert (initiator, "initiator") in actors, actors


def test_events_a_massacre_is_the_strike_it_judges() -> None:
    text = ("قتل تسعة مدنيين في غارة جوية استهدفت سوقا شعبيا في البلدة ظهر اليوم. "
            "ووصف ناشطون ما جرى بأنه مجزرة جديدة بحق المدنيين.")
    doc = waqia.extract(text, published="2024-03-07")
    assert [e["sub_event_type"] for e in doc["events"]] == ["Air/drone strike"]


def test_events_an_epidemic_toll_is_no_event() -> None:
    doc = waqia.extract("سجلت السلطات الصحية 640 إصابة جديدة بالكوليرا بينها 9 وفيات خلال الأسبوع الماضي.",
                        published="2024-03-07")
    assert not doc["relevant"] and not doc["events"]


def test_events_a_march_to_remember_a_massacre_is_no_event() -> None:
    text = ("شارك المئات اليوم في مسيرة لإحياء الذكرى العشرين لمجزرة القرية التي راح ضحيتها "
            "عشرات السكان عام 2004. ورفع المشاركون لافتات تطالب بمحاسبة المسؤولين عن المجزرة.")
    assert not waqia.extract(text, published="2024-03-07")["relevant"]


def test_events_the_right_to_protest_is_no_protest() -> None:
    doc = waqia.extract("أكد وزير الداخلية اليوم في العاصمة أن الدستور يكفل حق التظاهر السلمي لكل المواطنين.",
                        published="2024-03-07")
    assert doc["relevant"] is False
    doc = waqia.extract("تظاهر مئات الطلاب اليوم في العاصمة للمطالبة بإصلاح الجامعات.", published="2024-03-07")
    assert [e["sub_event_type"] for e in doc["events"]] == ["Peaceful protest"]


def test_events_continuing_to_fire_names_no_event() -> None:
    text = "انتقد الوزير اليوم الثلاثاء عجز العالم عن ردع الاحتلال عن مواصلة إطلاق النار على القرى."
    assert waqia.extract(text, published="2024-03-07")["relevant"] is False


def test_events_civilians_named_beside_a_weak_word_give_it_no_support() -> None:
    text = "وقال ناشطون إن المدنيين في المنطقة يعيشون في خوف دائم من القصف."
    assert waqia.extract(text, published="2024-03-07")["relevant"] is False


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق المدينة اليوم. وسبق أن شهدت المدينة اشتباكات بين الجيش ومسلحين.",
    "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في سوق المدينة اليوم. وشهدت المنطقة في الآونة الأخيرة اشتباكات بين الجيش ومسلحين.",
])
def test_events_clashes_told_as_the_recent_past_are_background(text: str) -> None:
    assert ("Battles", "Armed clash") not in types(text)
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in types(text)


def test_events_a_car_bomb_in_a_suicide_attack_is_that_attack() -> None:
    got = types("قتل سبعة جنود في هجوم انتحاري استهدف ثكنة عسكرية شرق المدينة فجر اليوم. "
                "وقال مسؤول أمني إن المهاجم فجر سيارة مفخخة عند بوابة الثكنة.")
    assert ("Explosions/Remote violence", "Suicide bomb") in got
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") not in got


def test_events_a_bomb_of_another_day_beside_a_suicide_attack_stays_its_own() -> None:
    doc = waqia.extract("قتل سبعة جنود في هجوم انتحاري استهدف ثكنة عسكرية شرق المدينة اليوم الخميس. "
                        "وكان خمسة مدنيين قد قتلوا بانفجار عبوة ناسفة في سوق المدينة يوم الاثنين.",
                        published="2024-03-07")
    got = {(e["sub_event_type"], e["date"]) for e in doc["events"]}
    assert ("Remote explosive/landmine/IED", "2024-03-04") in got
    assert ("Suicide bomb", "2024-03-07") in got


def test_events_an_arrest_beside_the_clashes_it_set_off_is_its_own_event() -> None:
    got = types("اندلعت اشتباكات عنيفة في العاصمة الليلة الماضية بعد اعتقال جهاز الأمن قائد إحدى الكتائب.")
    assert ("Strategic developments", "Arrests") in got
    assert ("Battles", "Armed clash") in got


def test_events_a_same_day_facet_of_another_kind_shares_the_place_of_its_event() -> None:
    text = ("انفجرت سيارة مفخخة قرب فندق في مدينة كسمايو اليوم، ما أدى إلى مقتل خمسة أشخاص. "
            "وبعد ساعة اندلعت اشتباكات بين مسلحين وقوات الأمن أسفرت عن مقتل ثلاثة جنود.")
    doc = waqia.extract(text, published="2024-03-07")
    kinds = {e["event_type"]: {loc["name"] for loc in e["locations"]} for e in doc["events"]}
    assert set(kinds) == {"Explosions/Remote violence", "Battles"}, kinds
    assert all(places == {"Kismaayo"} for places in kinds.values()), kinds


def test_events_bringing_down_the_regime_disrupts_no_weapon() -> None:
    got = types("خرج آلاف المتظاهرين في شوارع العاصمة أمس مطالبين بإسقاط النظام ورحيل الحكومة.")
    assert ("Strategic developments", "Disrupted weapons use") not in got
    got = types("أسقطت الدفاعات الجوية طائرة مسيرة فوق قاعدة عسكرية شمالي البلاد مساء أمس.")
    assert ("Strategic developments", "Disrupted weapons use") in got



@pytest.mark.parametrize("text", [
    "أسفرت ثلاثة انفجارات عنيفة هزت ميناء الحديدة عن مقتل 7 عمال.",
    "أصيب 12 شخصا جراء تفجيرات متزامنة في أحياء مدينة كركوك مساء أمس.",
    "قتل 6 مدنيين في الهجوم الذي استهدف سوقا في مدينة جلال آباد، بعد انفجار هز مدخل السوق.",
])
def test_events_blasts_in_the_plural_and_the_attack_they_name_are_one_bombing(text: str) -> None:
    assert types(text) == {("Explosions/Remote violence", "Remote explosive/landmine/IED")}


@pytest.mark.parametrize("text, sub", [
    ("سقطت أربعة صواريخ على مطار أربيل مساء أمس، وأسفرت الانفجارات عن إصابة 3 متعاقدين.",
     "Shelling/artillery/missile attack"),
    (("شنت طائرات حربية غارة على مستودع للذخيرة في ريف حمص اليوم. "
      "وسمع دوي انفجارات عنيفة في المنطقة، ما أدى إلى مقتل 3 عناصر."), "Air/drone strike"),
])
def test_events_a_blast_beside_a_strike_is_the_weapon_going_off(text: str, sub: str) -> None:
    assert types(text) == {("Explosions/Remote violence", sub)}


def test_events_a_roadside_bomb_beside_a_strike_stays_its_own() -> None:
    got = types("قتل 4 جنود بانفجار عبوة ناسفة بدوريتهم قرب بلدة الصنمين أمس. "
                "وفي سياق آخر شنت طائرة مسيرة غارة على سيارة في ريف إدلب اليوم.")
    assert ("Explosions/Remote violence", "Remote explosive/landmine/IED") in got
    assert ("Explosions/Remote violence", "Air/drone strike") in got


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون فندقا في مقديشو اليوم. وقال مسؤول إن الانفجار الأول نجم عن شاب فجر نفسه عند البوابة.",
    "أسفر هجوم نفذه انتحاريان فجرا نفسيهما في سوق مزدحم عن مقتل 20 شخصا في مدينة مايدوغوري.",
    "قتل 14 شخصا في انفجار داخل مسجد في مدينة بيشاور اليوم. وقالت الشرطة إن مهاجما كان يرتدي سترة ناسفة.",
])
def test_events_blowing_oneself_up_tells_a_suicide_bomb(text: str) -> None:
    assert ("Explosions/Remote violence", "Suicide bomb") in types(text)


def test_events_rockets_an_aircraft_fired_tell_the_strike_they_refer_to() -> None:
    got = types("أفادت مصادر بمقتل جنديين في ريف حمص مساء أمس بصواريخ استهدفت مطارا عسكريا. "
                "وأكد المصدر أن طائرات إسرائيلية أطلقت الصواريخ من سماء الجولان.")
    assert ("Explosions/Remote violence", "Air/drone strike") in got
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in got


@pytest.mark.parametrize("text, expected", [
    ("نجا ضابط في الشرطة من محاولة اغتيال صباح اليوم في مدينة درنة، بعد انفجار عبوة ناسفة زرعت في سيارته.",
     {("Explosions/Remote violence", "Remote explosive/landmine/IED")}),
    (("اندلعت اشتباكات بين قوات الأمن والمحتجين في بغداد أمس، فيما أعلن ناشطون اغتيال الناشط علي حسين "
      "في مدينة العمارة اليوم."), {("Riots", "Violent demonstration"), ("Violence against civilians", "Attack")}),
])
def test_events_an_assassination_is_the_bombing_that_carried_it_out_not_a_battle(
        text: str, expected: set[tuple[str, str]]) -> None:
    assert types(text) == expected


def test_events_a_weak_battle_word_in_a_story_of_battles_is_that_battle() -> None:
    got = types("دارت معارك عنيفة في مدينة سرت أمس بين مقاتلين محليين وتنظيم داعش. "
                "وأكد مصدر طبي أن معركة استعادة الحي الثالث أسفرت عن مقتل 7 أشخاص اليوم.")
    assert got == {("Battles", "Armed clash")}
    assert ("Violence against civilians", "Attack") in types("قتل 12 شخصا في هجوم على قرية في ولاية بلاتو اليوم.")


@pytest.mark.parametrize("text", [
    "نهبت عصابة مسلحة محتويات مستودع للأدوية في مدينة سبها ليل الأحد.",
    "أفاد سكان بأن مسلحين نهبوا مواشي القرية قرب بلدة قريضة في جنوب دارفور يوم الثلاثاء.",
    "تعرض السوق الرئيسي في مدينة الجنينة للنهب على يد عناصر من قوات الدعم السريع أمس.",
])
def test_events_looting_told_by_its_verb_or_noun(text: str) -> None:
    assert types(text) == {("Strategic developments", "Looting/property destruction")}


def test_events_looting_in_recent_months_is_background() -> None:
    # «في الأشهر الأخيرة»: a habit over months, no event of a day
    assert types("ونهب مسلحو الجماعة أسواق بلدات ولاية بورنو في الأشهر الأخيرة.") == set()


@pytest.mark.parametrize("text", [
    "أوقفت السلطات الليبية شخصين في مدينة مصراتة الخميس بتهمة تهريب الأسلحة.",
    "أوقفت الشرطة التونسية ثلاثة مشتبه بهم في مدينة سوسة مساء الاثنين.",
])
def test_events_an_arrest_told_by_the_verb_of_holding(text: str) -> None:
    assert types(text) == {("Strategic developments", "Arrests")}


def test_events_holding_no_one_is_no_arrest() -> None:
    # «أوقف» with no people after it stops a thing, it holds no one
    assert types("أوقفت شركة الطيران رحلاتها إلى مطار بغداد يوم الجمعة بسبب الأوضاع.") == set()


@pytest.mark.parametrize("text, expected", [
    ("الجيش الصومالي يشتبك مع مسلحي الشباب في إقليم جوبا السفلى اليوم ومقتل أربعة.", ("Battles", "Armed clash")),
    ("طائرات روسية تقصف بلدات في ريف إدلب الجنوبي فجر الأحد وتقتل ثلاثة مدنيين.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("مسلحون يختطفون ثلاثة مهندسين أتراك في ولاية النيل الأزرق يوم الخميس.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("قوات الدعم السريع تهاجم مواقع للجيش في مدينة الأبيض صباح الاثنين.", ("Battles", "Armed clash")),
    ("آلاف التونسيين يتظاهرون في العاصمة ضد الحكومة يوم السبت.", ("Protests", "Peaceful protest")),
])
def test_events_told_in_the_present_as_headlines_do(text: str, expected: tuple[str, str]) -> None:
    assert types(text) == {expected}


@pytest.mark.parametrize("text", [
    "اقتحمت قوات الاحتلال بلدة بيت أمر شمال الخليل فجر اليوم واعتقلت خمسة شبان.",
    "داهمت قوات الأمن منازل في حي العامرية ببغداد واعتقلت ثلاثة مطلوبين الليلة الماضية.",
])
def test_events_a_raid_beside_an_arrest_is_the_arrest(text: str) -> None:
    assert types(text) == {("Strategic developments", "Arrests")}


def test_events_a_storming_with_no_arrest_stays_an_assault() -> None:
    assert ("Battles", "Armed clash") in types(
        "اقتحم مسلحون مخفرا للشرطة في ولاية زمفارا النيجيرية وقتلوا أربعة من عناصره.")


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة يقودها انتحاري عند حاجز أمني في مقديشو صباح السبت.",
    "فجر انتحاري دراجة نارية مفخخة قرب مركز للشرطة في مدينة مايدوغوري يوم الأحد.",
])
def test_events_a_bomber_beside_a_bomb_is_a_suicide_attack(text: str) -> None:
    assert types(text) == {("Explosions/Remote violence", "Suicide bomb")}


def test_events_force_to_disperse_named_protesters_is_a_protest_met_by_force() -> None:
    assert types("أطلقت قوات الأمن الرصاص الحي لتفريق متظاهرين في بغداد فقتلت اثنين منهم يوم الأحد.") == {
        ("Protests", "Excessive force against protesters")}


def test_events_tear_gas_with_no_protesters_is_no_protest() -> None:
    got = types("أطلقت القوات الإسرائيلية قنابل الغاز المسيل للدموع خلال اقتحام مخيم بلاطة فجر اليوم.")
    assert not any(t == "Protests" for t, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("اغتصب مسلحون فتاتين في قرية قرب مدينة نيالا مساء الأحد بحسب ذويهما.",
     ("Violence against civilians", "Sexual violence")),
    ("اتهم ناشطون عناصر من قوات الدعم السريع باغتصاب نساء في مدينة الجنينة يوم الخميس.",
     ("Violence against civilians", "Sexual violence")),
    ("اتهمت المعارضة قوات النظام بشن هجوم كيميائي على بلدة اللطامنة بريف حماة صباح اليوم.",
     ("Explosions/Remote violence", "Chemical weapon")),
    ("أصيب عشرات المدنيين بحالات اختناق بعد قصف بلدة سراقب بغاز الكلور مساء الأحد.",
     ("Explosions/Remote violence", "Chemical weapon")),
])
def test_events_sexual_violence_and_chemical_weapons(text: str, expected: tuple[str, str]) -> None:
    assert types(text) == {expected}


@pytest.mark.parametrize("text", [
    "وصف المتحدث القرار بأنه اغتصاب للسلطة وتعد على الدستور.",
    "طالبت المنظمة بمحاسبة المسؤولين عن استخدام الأسلحة الكيميائية في سوريا.",
])
def test_events_figures_of_speech_and_demands_tell_no_such_event(text: str) -> None:
    assert types(text) == set()


def test_events_a_missile_in_the_accusative() -> None:
    assert types("أطلق الحوثيون صاروخا باليستيا على مدينة مأرب مساء الأحد.") == {
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")}


@pytest.mark.parametrize("text", [
    "أبقى المسلحون ركاب الحافلة كرهائن على الطريق الصحراوي شرق البلاد مساء اليوم.",
    "انتهت عملية احتجاز الرهائن في فندق بالعاصمة بعد ساعات من المفاوضات اليوم.",
])
def test_events_hostages_taken_are_an_abduction(text: str) -> None:
    assert ("Violence against civilians", "Abduction/forced disappearance") in types(text)


def test_events_hostages_named_in_general_tell_no_taking() -> None:
    # with the article «الرهائن» names the people held, not a taking told here
    assert ("Violence against civilians", "Abduction/forced disappearance") not in types(
        "طالبت عائلات الرهائن الحكومة بالتحرك العاجل خلال مؤتمر صحفي في العاصمة اليوم.")
