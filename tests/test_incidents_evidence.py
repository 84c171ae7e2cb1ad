"""Linking evidence beyond place, day and type: shared text, repeated figures, compatible tolls."""

from __future__ import annotations

from typing import Any

import pytest

from test_store_fixtures import actor, claim, event, loc
from waqia.incidents import Member, choose_incident, link_score, text_score, text_shingles, tolls_compatible

# Invented reports, written for these tests.
STATEMENT = ("وقال مصدر عسكري في بيان إن وحدات الدفاع الجوي تصدت صباح اليوم لعدد من الصواريخ "
             "التي أطلقت من جهة الجنوب باتجاه مواقع قرب المطار وأسقطت معظمها قبل أن تصل إلى أهدافها "
             "وأسفر الهجوم عن مقتل خمسة عسكريين وإصابة ستة آخرين بجروح متفاوتة ووقوع أضرار مادية")
REPORT_A = "دوت انفجارات عنيفة في أرجاء المدينة فجر اليوم. " + STATEMENT
REPORT_B = "نقلت وكالة محلية عن مصادر رسمية تفاصيل الغارة. " + STATEMENT + " ولم تعلق الجهة المهاجمة."
UNRELATED = ("خرج مئات المحتجين في مسيرة سلمية وسط السوق الكبير للمطالبة بتحسين الخدمات "
             "ورفعوا لافتات تدعو إلى توفير الكهرباء والماء وفرص العمل للشباب العاطلين")
PARTLY = ("أفاد شهود بأن وحدات الدفاع الجوي تصدت صباح اليوم لعدد من الصواريخ التي أطلقت فوق الضواحي "
          "ثم عاد الهدوء إلى الأحياء الشرقية بعد ساعات من التوتر وانتشار الدوريات في الشوارع الرئيسية "
          "وأغلقت المحال التجارية أبوابها طوال النهار وسط مخاوف السكان من تجدد القصف في الأيام المقبلة "
          "وطالب الأهالي السلطات المحلية بفتح الملاجئ القديمة وتجهيزها وتوزيع المياه على العائلات النازحة "
          "وقالت منظمة إغاثية إنها أرسلت فرقا طبية إلى المستشفى الوحيد في البلدة لمساندة الكوادر المنهكة")

PROVINCE = loc("Hama", "SY", "Hama", 35.13, 36.75, precision=3)
TOWN = loc("Kafr Nabudah", "SY", "Hama", 35.43, 36.50)


def _m(doc: str, text: str | None = None, published: str | None = None, **kw: Any) -> Member:
    kw.setdefault("locations", [PROVINCE])
    return Member(doc, event("e1", **kw), published, None, text_shingles(text))


def test_incidents_evidence_shingles_ignore_spelling_variants() -> None:
    assert text_shingles("قُتِلَ ٥ جنود في القصف") == text_shingles("قتل 5 جنود  في القصف")
    assert text_shingles("") == text_shingles(None) == frozenset()
    assert len(text_shingles(REPORT_A)) > 30


@pytest.mark.parametrize("a, b, expected", [
    (REPORT_A, REPORT_B, 3.0),        # the same statement quoted at length
    (REPORT_A, PARTLY, 2.0),          # one sentence in common, the rest differs
    (REPORT_A, UNRELATED, 0.0),
    (REPORT_A, None, 0.0),            # a text the store does not know is no evidence
    ("قال مصدر عسكري في بيان", "قال مصدر عسكري في بيان", 0.0),   # too few shingles to mean anything
])
def test_incidents_evidence_text_score(a: str, b: str | None, expected: float) -> None:
    assert text_score(_m("a", a), _m("b", b)) == expected


@pytest.mark.parametrize("a, b, linked", [
    # undated reports that share only a province link when they share a passage
    (_m("a", REPORT_A), _m("b", REPORT_B), True),
    (_m("a", REPORT_A), _m("b", PARTLY), True),
    (_m("a", REPORT_A), _m("b", UNRELATED), False),
    (_m("a"), _m("b"), False),
    # shared text never overrides a veto: another country, or days far apart
    (_m("a", REPORT_A), _m("b", REPORT_B, locations=[loc("Mosul", "IQ", "Ninawa", precision=3)]), False),
    (_m("a", REPORT_A, date="2021-03-01"), _m("b", REPORT_B, date="2021-03-09"), False),
])
def test_incidents_evidence_text_links(a: Member, b: Member, linked: bool) -> None:
    assert (choose_incident(b, {1: [a]}) == 1) is linked


SOLDIERS = [claim("killed", 5, "state_forces"), claim("injured", 6, "state_forces")]


@pytest.mark.parametrize("a, b, linked", [
    # two equal figures stand in for a precise place when the reports share a province
    (_m("a", claims=SOLDIERS), _m("b", claims=SOLDIERS), True),
    (_m("a", claims=SOLDIERS[:1]), _m("b", claims=SOLDIERS[:1]), False),
    (_m("a", claims=SOLDIERS), _m("b", claims=[claim("killed", 5, "state_forces"),
                                             claim("injured", 9, "state_forces")]), False),
    # ... but not when they share no place at all
    (_m("a", claims=SOLDIERS),
     _m("b", claims=SOLDIERS, locations=[loc("Homs", "SY", "Homs", 34.73, 36.71, precision=3)]), False),
])
def test_incidents_evidence_repeated_figures(a: Member, b: Member, linked: bool) -> None:
    assert (choose_incident(b, {1: [a]}) == 1) is linked


GROUP = actor("Valley Brigade")


@pytest.mark.parametrize("a_claims, b_claims, linked", [
    ([], [], True),                                                   # neither gives a toll
    ([claim("killed", 12)], [claim("killed", 21), claim("injured", 40)], True),   # rival tolls
    ([claim("killed", None)], [claim("killed", 4)], True),            # «عدد من القتلى» is a toll too
    ([], [claim("killed", 21)], False),                               # only one side reports casualties
    ([claim("killed", 7, "state_forces")], [claim("killed", 9, "civilians")], False),
])
def test_incidents_evidence_undated_actor_needs_a_compatible_toll(
        a_claims: list[dict[str, Any]], b_claims: list[dict[str, Any]], linked: bool) -> None:
    a = _m("a", locations=[TOWN], actors=[GROUP], claims=a_claims)
    b = _m("b", locations=[TOWN], actors=[GROUP], claims=b_claims)
    assert (choose_incident(b, {1: [a]}) == 1) is linked
    assert tolls_compatible(a.event, b.event) is linked


def test_incidents_evidence_dated_reports_need_no_toll_agreement() -> None:
    a = _m("a", locations=[TOWN], actors=[GROUP], date="2021-03-01")
    b = _m("b", locations=[TOWN], actors=[GROUP], date="2021-03-01", claims=[claim("killed", 21)])
    assert choose_incident(b, {1: [a]}) == 1


def test_incidents_evidence_text_also_corroborates_a_dated_partner() -> None:
    dated = _m("a", REPORT_A, locations=[TOWN], date="2021-03-01", claims=[claim("killed", 5, "state_forces")])
    undated = _m("b", REPORT_B, locations=[TOWN])
    score = link_score(undated, dated)
    assert score is not None and score[0] >= 3.5
    assert link_score(_m("b", locations=[TOWN]), dated) is None
