"""The lead's whole-article probes, fourteenth round (issue #10): families of constructions read wrong,
each tested with sentences written for these tests.  A probe still wrong is a strict xfail naming its family."""

from __future__ import annotations

import pytest

import waqia

PUBLISHED = "2024-05-14"


def sub_types(text: str) -> tuple[bool, list[str]]:
    record = waqia.extract(text, published=PUBLISHED)
    return record["relevant"], sorted({e["sub_event_type"] for e in record["events"]})


def actors(text: str) -> list[tuple[str, str]]:
    record = waqia.extract(text, published=PUBLISHED)
    return sorted((a["name"], a["role"]) for e in record["events"] for a in e.get("actors", []))


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات بين محتجين وقوات الأمن أمام مبنى المحافظة في البصرة يوم الأحد، أسفرت عن إصابة تسعة أشخاص.",
    "وقعت اشتباكات بين المتظاهرين والشرطة وسط مدينة الخرطوم مساء الخميس وأصيب فيها عشرة.",
    "دارت مواجهات عنيفة بين قوات الأمن والمعتصمين قرب الجسر في العاصمة يوم السبت.",
])
def test_a_clash_between_protesters_and_police_is_a_riot(text: str) -> None:
    assert sub_types(text) == (True, ["Violent demonstration"])


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين الجيش ومسلحين في ريف إدلب يوم الخميس أسفرت عن مقتل خمسة.",
    "اندلعت مواجهات بين مسلحين من العشائر ومحتجين في بلدة الحويجة يوم الأحد قتل فيها ثلاثة.",
])
def test_a_clash_between_armed_sides_stays_a_clash(text: str) -> None:
    assert sub_types(text)[1] != ["Violent demonstration"]


@pytest.mark.parametrize("text", [
    "أطلق مسلحون ثلاثة مقذوفات سقطت قرب مطار المدينة الشمالية يوم الأحد.",
    "سقطت أربعة مقذوفات أطلقتها جماعة مسلحة في محيط بلدة المحبس يوم الثلاثاء.",
])
def test_projectiles_fired_are_a_shelling(text: str) -> None:
    assert sub_types(text) == (True, ["Shelling/artillery/missile attack"])


def test_a_projectile_brought_down_is_no_shelling() -> None:
    assert sub_types("اعترضت الدفاعات الجوية مقذوفا أطلق نحو المدينة مساء الأحد.") == (True, ["Disrupted weapons use"])


@pytest.mark.parametrize("text", [
    "نظم معلمون وقفة أمام مبنى الوزارة في عمان يوم الثلاثاء تنديدا باعتقال نقيبهم.",
    "تظاهر مئات الطلاب في ساحة الجامعة بالموصل يوم الأحد احتجاجا على مقتل زميل لهم برصاص مجهولين.",
    "خرج آلاف في مسيرات بمدينة نابلس يوم الجمعة رفضا لاعتقال النساء.",
])
def test_what_a_protest_protests_is_no_event_of_its_own(text: str) -> None:
    assert sub_types(text) == (True, ["Peaceful protest"])


def test_an_arrest_told_in_a_sentence_of_its_own_stays_beside_the_protest() -> None:
    text = ("نظم الأهالي وقفة في ساحة البلدة يوم الأحد تنديدا باعتقال أبنائهم. "
            "واعتقلت قوات الأمن يوم الإثنين خمسة شبان آخرين من البلدة.")
    assert sub_types(text) == (True, ["Arrests", "Peaceful protest"])


@pytest.mark.parametrize("text", [
    "نسفت قوات الاحتلال منزل عائلة أسير في قرية كوبر شمال رام الله فجر الثلاثاء.",
    "دمرت جرافات الجيش منزلين لعائلة معتقل في بلدة يعبد يوم الأربعاء.",
    "فجر الجيش بيتا لعائلة أسير محرر في مخيم نور شمس يوم الخميس.",
])
def test_a_house_blown_up_or_destroyed_is_property_destruction(text: str) -> None:
    assert sub_types(text) == (True, ["Looting/property destruction"])


@pytest.mark.parametrize("text, subs", [
    ("دمرت غارة جوية سيارة قرب منزل مختار القرية في ريف إدلب يوم الأحد.", ["Air/drone strike"]),
    ("دمرت الغارة منزلا من طابقين في بلدة الخيام يوم الأحد.", ["Air/drone strike"]),
])
def test_a_house_destroyed_by_a_strike_is_the_strike(text: str, subs: list[str]) -> None:
    assert sub_types(text) == (True, subs)


@pytest.mark.parametrize("text", [
    "هاجمت مجموعة من الأهالي مخفرا للشرطة في بلدة الحصن يوم الأحد بعد وفاة شاب محتجز لديه.",
    "هاجم السكان مقر البلدية في مدينة الكرك يوم الإثنين غضبا من انقطاع المياه.",
    "اقتحم أهالي غاضبون مبنى المستشفى في بلدة الحصن يوم الأحد بعد وفاة طفل.",
])
def test_civilians_storming_a_building_are_a_mob(text: str) -> None:
    assert sub_types(text) == (True, ["Mob violence"])


def test_civilians_after_a_verb_of_they_are_its_object() -> None:
    assert "Mob violence" not in sub_types("ثم هاجموا الأهالي في بلدة الحصن يوم الأحد وقتلوا ثلاثة منهم.")[1]


@pytest.mark.xfail(strict=True, reason="mob violence: tribesmen («أفراد من قبيلة») storming a market and looting are no side read")
def test_tribesmen_looting_a_market_are_a_mob() -> None:
    assert "Mob violence" in sub_types("هاجم أفراد من إحدى القبائل سوقا شعبيا ونهبوا عددا من المحال التجارية.")[1]


@pytest.mark.parametrize("text", [
    "أقامت القوات التركية قاعدة عسكرية جديدة على تلة قرب بلدة دارة عزة يوم الجمعة.",
    "أنشأ الجيش الأمريكي نقطة عسكرية في محيط بلدة الهول شرق الحسكة.",
])
def test_a_base_set_up_is_a_base_established(text: str) -> None:
    assert sub_types(text) == (True, ["Headquarters or base established"])


@pytest.mark.parametrize("text", [
    "تعتزم القوات التركية إقامة قاعدة عسكرية جديدة قرب بلدة دارة عزة.",
    "أقام الجيش عرضا عسكريا ضخما في ساحة العاصمة يوم الجمعة.",
])
def test_a_base_planned_or_a_parade_held_is_no_base(text: str) -> None:
    assert sub_types(text) == (False, [])


@pytest.mark.parametrize("text, subs", [
    ("انسحبت القوات الروسية من مطار القامشلي وسلمته لقوات الحكومة بموجب اتفاق يوم الخميس.",
     ["Non-violent transfer of territory"]),
    ("انسحب مسلحو الفصائل من بلدة طفس تنفيذا لاتفاق التسوية يوم الأحد.", ["Non-violent transfer of territory"]),
    ("انسحبت القوات من بلدة طفس بعد معارك عنيفة يوم الأحد.", ["Armed clash"]),
])
def test_a_withdrawal_under_an_agreement_hands_the_place_over(text: str, subs: list[str]) -> None:
    assert sub_types(text) == (True, subs)


@pytest.mark.parametrize("text", [
    "قصفت المدفعية التركية أطراف بلدة عين عيسى شمال الرقة يوم الأحد.",
    "قصفت الطائرات المسيرة التركية سيارة على طريق بلدة عامودا يوم الأحد.",
    "استهدفت الطائرة المسيرة التابعة للجيش التركي دراجة نارية قرب بلدة عامودا يوم الأحد.",
])
def test_a_weapon_with_the_article_names_its_owner_as_the_initiator(text: str) -> None:
    got = actors(text)
    assert got and all(role == "initiator" for _, role in got)
    assert sub_types(text)[0] is True


def test_the_polisario_firing_projectiles_is_the_initiator_of_a_shelling() -> None:
    text = "أطلقت عناصر من جبهة البوليساريو ثلاثة مقذوفات سقطت قرب بلدة المحبس يوم السبت."
    assert sub_types(text) == (True, ["Shelling/artillery/missile attack"])
    assert actors(text) == [("Polisario Front", "initiator")]


@pytest.mark.parametrize("text", [
    ("نظم ذوو ضحايا مجزرة القاعدة الجوية وقفة في ساحة التحرير يوم الأحد بمناسبة مرور عشر سنوات على "
     "المجزرة التي قتل فيها مسلحو التنظيم مئات المجندين."),
    "نظم أهالي المفقودين وقفة أمام مبنى المحافظة في الموصل يوم الأحد مع مرور خمس سنوات على التفجير الذي أودى بحياة 80 شخصا.",
])
def test_a_vigil_on_the_anniversary_of_a_massacre_is_the_vigil(text: str) -> None:
    assert sub_types(text) == (True, ["Peaceful protest"])


def test_the_battles_of_a_past_year_told_back_are_no_event() -> None:
    text = ("بدأت البلدية ترميم الجامع الكبير في المدينة القديمة بالرقة. وكانت قوات سوريا الديمقراطية قد خاضت "
            "معارك ضد التنظيم في المدينة عام 2017. وخلفت المعارك مئات القتلى ودمارا واسعا في الأسواق.")
    assert sub_types(text) == (False, [])


def test_battles_told_again_with_a_day_of_their_own_are_an_event() -> None:
    text = ("وكانت القوات قد خاضت معارك ضد التنظيم في المدينة عام 2017. "
            "وتجددت المعارك يوم الأحد في الأحياء الشرقية من الرقة وقتل فيها خمسة مسلحين.")
    assert sub_types(text) == (True, ["Armed clash"])


@pytest.mark.xfail(strict=True, reason="weapons with the article: «المسيرة التابعة لـX» is also the channel "
                   "«قناة المسيرة التابعة لجماعة الحوثي», so the bare drone word with the article is left unread")
def test_the_drone_with_the_article_names_its_owner() -> None:
    text = "استهدفت المسيرة التابعة للجيش التركي دراجة نارية قرب بلدة عامودا يوم الأحد."
    assert actors(text) and sub_types(text) == (True, ["Air/drone strike"])
