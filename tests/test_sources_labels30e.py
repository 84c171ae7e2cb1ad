"""A colon headline's speaker after a breaking-news page's labels («عاجل:», «عاجل |», «الشرق |»): the labels
are no words of the sentence, the speaker still opens it (#10, set E; sources/opening._labels)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    ("عاجل: مصادر محلية: قوات الدعم السريع تقتحم قرية في ولاية الجزيرة وتختطف العشرات", "مصادر محلية"),
    ("عاجل | مصادر محلية: قوات الدعم السريع تقتحم قرية في ولاية الجزيرة وتختطف العشرات", "مصادر محلية"),
    ("عاجل: مصادر طبية: مقتل 5 مدنيين بقصف على مدينة الفاشر", "مصادر طبية"),
    ("الحدث | عاجل: الجيش اليمني: مقتل 4 جنود بهجوم حوثي بطائرة مسيرة في مأرب", "الجيش اليمني"),
    ("عاجل | الصحة في غزة: 27 شهيدا و80 مصابا في غارات إسرائيلية على القطاع", "الصحة في غزة"),
    ("الشرق | عاجل: الصحة الفلسطينية: استشهاد 3 شبان برصاص الاحتلال في جنين", "الصحة الفلسطينية"),
    ("تحديث: الدفاع المدني: انتشال 6 جثث من تحت الأنقاض في مدينة حلب", "الدفاع المدني"),
    ("- وزارة الصحة: 12 قتيلا و30 جريحا في الغارة على بلدة النبطية", "وزارة الصحة"),
    ("تحديث 19:20 | مصادر محلية: ارتفاع عدد القتلى في هجوم الكاملين إلى 9", "مصادر محلية"),
    ("سكاي نيوز عربية | مصدر أمني: اعتقال 6 مشتبه بهم في تفجير كركوك", "مصدر أمني"),
    ("• الدفاع المدني: انتشال 4 جثامين من تحت أنقاض منزل في خان يونس", "الدفاع المدني"),
    ("تحديث 19:20 | الصحة في غزة: 30 شهيدا في غارات إسرائيلية على القطاع", "الصحة في غزة"),
]

#: a clause before «|» is no label: the figure there stays the outlet's own
NOT_LABELS = ["قتل 3 أشخاص | مصادر: الهجوم وقع فجرا في مدينة درنة"]


@pytest.mark.parametrize("text,speaker", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_the_speaker_after_the_labels(text: str, speaker: str) -> None:
    claims = predicted_claims(waqia.extract(text, "2024-05-05"))
    assert claims and {(c.get("source") or {}).get("name") for c in claims} == {speaker}


@pytest.mark.parametrize("text", NOT_LABELS, ids=[str(i) for i in range(len(NOT_LABELS))])
def test_a_clause_is_no_label(text: str) -> None:
    assert {(c.get("source") or {}).get("name") for c in predicted_claims(waqia.extract(text, "2024-05-05"))} == {None}
