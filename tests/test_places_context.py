"""Places said only for context are left out of events; places where the event happened are
not (sentences written for these tests; issue 11)."""

from __future__ import annotations

import pytest

from waqia.pipeline import default_pipeline
from waqia.settings import Settings


@pytest.fixture(scope="module")
def analyse():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings()).analyse


def _context(analyse, text: str) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    return {p.location.span.text: p.context for p in analyse(text).layer("places")}


def test_places_a_headquarters_attacked_is_where_it_happened(analyse) -> None:  # type: ignore[no-untyped-def]
    # «مقر» is the building that was hit; «ومقرها» is where a body sits
    assert _context(analyse, "انفجرت سيارة ملغومة أمام مقر للشرطة في مدينة الحسكة.")["الحسكة"] is False
    found = _context(analyse, "تبنت جماعة ومقرها مدينة إدلب الهجوم الذي استهدف أمس بلدة كفرنبل.")
    assert found["إدلب"] is True and found["كفرنبل"] is False


@pytest.mark.parametrize(("text", "context", "event"), [
    # where the victim comes from or lives, who backs the force: context
    ("ينحدر الشاب المخطوف من محافظة حمص، وقد خطف قرب بلدة الصنمين.", "حمص", "الصنمين"),
    ("خطف مسلحون سائقا يقيم مع أسرته في مدينة جرمانا قرب بلدة المسمية.", "جرمانا", "المسمية"),
    ("سيطرت الفصائل المدعومة من أنقرة على قرية كفرجنة صباح اليوم.", "أنقرة", "كفرجنة"),
    # where a force is stationed, where a statement was issued, where people fled from,
    # where attacks set out from (issue 11, third round)
    ("قتل رجل برصاص قناص متمركز في بلدة كفرنبل خلال عمله في قرية حاس.", "كفرنبل", "حاس"),
    ("قالت الوزارة في بيان أصدرته في عمان إن قذيفة سقطت على بلدة الرمثا.", "عمان", "الرمثا"),
    ("تسبب قصف قرية حاس بنزوح مئات العائلات من مدينة سراقب نحو الشمال.", "سراقب", "حاس"),
    ("شن التنظيم هجوما انطلاقا من بلدة الصنمين على حاجز قرب قرية المسمية.", "الصنمين", "المسمية"),
    # where a traveller set out from or was coming back from
    ("خطف مسلحون تاجرا بعد توجهه من مدينة جرمانا بسيارته قرب بلدة المسمية.", "جرمانا", "المسمية"),
    ("قتل سائق كان عائدا من مدينة حمص بانفجار عبوة قرب بلدة الرستن.", "حمص", "الرستن"),
    # the bare masculine participle too («المقيم», «قادم»), not only its inflections
    ("قتل الشاب المقيم في مدينة جرمانا بانفجار عبوة قرب بلدة المسمية.", "جرمانا", "المسمية"),
    ("أصيب مسلح قادم من بلدة الصنمين بانفجار عبوة قرب قرية المسمية.", "الصنمين", "المسمية"),
    # the two ends of a trip on whose way it happened (issue 11, fourth round)
    ("هاجم مسلحون حافلة كانت في طريقها من مدينة حمص إلى مدينة تدمر قرب قرية الفرقلس.", "تدمر", "الفرقلس"),
    ("هاجم مسلحون حافلة كانت في طريقها من مدينة حمص إلى مدينة تدمر قرب قرية الفرقلس.", "حمص", "الفرقلس"),
    ("استهدفت طائرة مسيرة شاحنة متجهة إلى مدينة الرقة عند بلدة مسكنة.", "الرقة", "مسكنة"),
    # and the province said to hold only such an end
    ("تعرضت القافلة لكمين في بلدة مسكنة وهي في طريقها من قرية الفرقلس في محافظة حمص إلى حلب.",
     "حمص", "مسكنة"),
])
def test_places_origins_and_homes_are_context(analyse, text: str, context: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _context(analyse, text)
    assert found[context] is True and found[event] is False


@pytest.mark.parametrize(("text", "context", "event"), [
    # the two ends of a stretch named bare after «بين»: the event lies between them
    ("نصب مسلحون كمينا لقافلة على الطريق الدولي بين حمص وتدمر قرب قرية الفرقلس.", "حمص", "الفرقلس"),
    ("قتل سائق بانفجار عبوة على الطريق الواصل بين حلب والرقة قرب بلدة مسكنة.", "الرقة", "مسكنة"),
])
def test_places_ends_of_a_stretch_are_context(analyse, text: str, context: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _context(analyse, text)
    assert found[context] is True and found[event] is False


def test_places_between_two_named_towns_is_where_it_happened(analyse) -> None:  # type: ignore[no-untyped-def]
    # with a place word the two towns are the event's places
    found = _context(analyse, "اغتال مجهولون شابا بين بلدتي نوى والشيخ مسكين في ريف درعا.")
    assert found["نوى"] is False


def test_places_the_province_of_a_stretch_is_where_it_happened(analyse) -> None:  # type: ignore[no-untyped-def]
    # the ends of a stretch are context, the province that holds them is not
    doc = analyse("انفجرت عبوة على الطريق بين حمص وتدمر في محافظة حمص الشرقية أمس.")
    found = [(doc.text[p.start:p.end], p.context) for p in doc.layer("places")]
    assert found == [("حمص", True), ("تدمر", True), ("حمص", False)]


def test_places_heading_to_a_town_by_verb_is_where_it_happened(analyse) -> None:  # type: ignore[no-untyped-def]
    # «توجه المسلحون إلى X» and then attacked: X is the event's place
    found = _context(analyse, "توجه المسلحون إلى قرية الفرقلس وأطلقوا النار على سكانها.")
    assert found["الفرقلس"] is False


def test_places_a_bare_country_is_a_party_not_a_place(analyse) -> None:  # type: ignore[no-untyped-def]
    # «قالت إسرائيل»: the country stands for its state; «في لبنان» places the event
    found = _context(analyse, "قالت إسرائيل إنها قصفت مواقع في بلدة الخيام أمس.")
    assert found["إسرائيل"] is True and found["الخيام"] is False
    assert _context(analyse, "قتل ثلاثة أشخاص بغارة في لبنان أمس.")["لبنان"] is False


@pytest.mark.parametrize(("text", "context", "event"), [
    # an office holder's or an administration's title names its jurisdiction, place words and
    # all, not where the event happened (issue 11, third round)
    ("قال حاكم ولاية شمال دارفور إن مسلحين هاجموا مدينة كتم أمس.", "شمال دارفور", "كتم"),
    ("انفجرت سيارة قرب مبنى إدارة محافظة درعا وسط مدينة إنخل.", "درعا", "إنخل"),
    ("قال محافظ حمص إن قذائف سقطت على مدينة الرستن.", "حمص", "الرستن"),
])
def test_places_titles_of_office_name_no_event_place(analyse, text: str, context: str, event: str) -> None:  # type: ignore[no-untyped-def]
    found = _context(analyse, text)
    assert found[context] is True and found[event] is False
