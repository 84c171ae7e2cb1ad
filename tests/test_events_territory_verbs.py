"""Ground taken, told by the verbs of seizing in every person with their subject between
(«استولى ... على», «أحكم ... قبضته على», «بسط ... سيطرته على», «فرض ... سيطرته على», «سيطروا
عليها»); the side that takes it decides the sub-type, also after «استعاد ... السيطرة»."""

from __future__ import annotations

import pytest

import waqia


def sub_types(text: str) -> list[str]:
    rec = waqia.extract(text, published="2024-05-02")
    return [e["sub_event_type"] for e in rec["events"]]


@pytest.mark.parametrize("text", [
    "استولى مقاتلو الحركة على بلدة عيل عدي بعد انسحاب الوحدات الحكومية منها فجرا.",
    "أحكمت جماعة الحوثي قبضتها على مديرية رحبة بعد حصار دام أسابيع.",
    "بسطت حركة إم 23 سيطرتها على بلدة روبايا الغنية بالمعادن.",
    "فرض مسلحو بوكو حرام سيطرتهم على بلدة دامبوا بعد فرار الشرطة.",
    "دخل عناصر التنظيم قرية الجرذي وسيطروا عليها لساعات قبل أن ينسحبوا.",
    "استعادت قوات الدعم السريع السيطرة على منطقة أبو زبد بعد يومين من خسارتها.",
])
def test_a_non_state_side_seizing_ground_overtakes_territory(text: str) -> None:
    assert "Non-state actor overtakes territory" in sub_types(text)


def test_the_state_regaining_ground_regains_territory() -> None:
    got = sub_types("أحكمت القوات الحكومية سيطرتها على حي الأشرفية بعد اشتباكات مع المسلحين.")
    assert "Government regains territory" in got
    assert "Non-state actor overtakes territory" not in got
