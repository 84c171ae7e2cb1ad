"""A speaker named short in a breaking-news headline, a bullet or a «X:» line and in full in the body
is one source (#10, set E; waqia.stages.sources.headlined): the same figure told by both is one claim."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    (("عاجل | جيش الاحتلال يعلن إصابة ثلاثة جنود في جنين\nوأعلن جيش الاحتلال الإسرائيلي صباح اليوم إصابة ثلاثة جنود "
     "بجروح خلال اشتباكات مع مسلحين في مخيم جنين."), "جيش الاحتلال الإسرائيلي", 3),
    (("مركز طب الطوارئ: 5 قتلى في اشتباكات بالزاوية\nاندلعت اشتباكات مسلحة فجر الأحد في مدينة الزاوية غربي ليبيا، "
     "وقال مركز طب الطوارئ والدعم إن 5 أشخاص قتلوا."), "مركز طب الطوارئ والدعم", 5),
    (("- وزارة الصحة تعلن مقتل 4 أشخاص بغارة على بلدة الخيام\nوقالت وزارة الصحة اللبنانية في بيان إن غارة "
     "إسرائيلية على بلدة الخيام الجنوبية أدت إلى مقتل 4 أشخاص."), "وزارة الصحة اللبنانية", 4),
    (("عاجل: الدفاع المدني ينتشل 6 قتلى من تحت الأنقاض في إدلب\nوأعلن الدفاع المدني السوري انتشال 6 قتلى من "
     "تحت أنقاض مبنى استهدفه قصف مدفعي في مدينة إدلب مساء الأحد."), "الدفاع المدني السوري", 6),
    (("عاجل | الصحة في غزة: 27 شهيدا في غارات إسرائيلية على القطاع\nوقالت وزارة الصحة في غزة إن 27 فلسطينيا "
      "استشهدوا في الغارات منذ الفجر."), "وزارة الصحة", 27),
    (("الداخلية العراقية: مقتل شرطيين بهجوم في كركوك\nوأعلنت وزارة الداخلية العراقية مقتل شرطيين اثنين في هجوم "
      "مسلح على نقطة تفتيش في كركوك."), "وزارة الداخلية العراقية", 2),
    (("الجيش: مقتل 7 مسلحين في كمين بولاية كسلا\nوقال الجيش السوداني في بيان إن قواته قتلت 7 مسلحين في كمين "
     "نصبته قرب مدينة كسلا شرقي البلاد الثلاثاء."), "الجيش السوداني", 7),
]


@pytest.mark.parametrize("text,full,value", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_one_speaker_one_claim(text: str, full: str, value: int) -> None:
    claims = [c for c in predicted_claims(waqia.extract(text, "2024-05-05")) if c["value"] == value]
    assert claims and {(c.get("source") or {}).get("name") for c in claims} == {full}, claims


def test_two_fuller_names_leave_the_short_one() -> None:
    text = ("عاجل | الجيش يعلن مقتل جنديين في هجوم على موقع حدودي\nوقال الجيش اللبناني إن جنديين قتلا في الهجوم، "
            "فيما قال الجيش الإسرائيلي إن جنديين من قواته أصيبا.")
    names = {(c.get("source") or {}).get("name") for c in predicted_claims(waqia.extract(text, "2024-05-05"))}
    assert "الجيش" in names and "الجيش الإسرائيلي" in names
