"""Places, round 33 (#10): after a plural place word, a known name that carries the preposition «ب» is where the
places lie, not an item of their list («عدة بلدات بالجليل الأعلى», «أحياء بحلب الشرقية», «قرى بسنجار»): the name
is read without its «ب» (stages/places/stage._worded).  Sentences of our own; the last ones are controls (a place
word after the «ب», and a dual's list)."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    ("سقطت صواريخ على عدة بلدات بالجليل الأعلى وأصيب ثلاثة أشخاص.", {"الجليل الأعلى": ("IL", "Northern")}),
    ("سقطت قذائف على أحياء بحلب الشرقية وقتل طفل.", {"حلب": ("SY", "Aleppo")}),
    ("داهمت القوات قرى بسنجار واعتقلت مطلوبين.", {"سنجار": ("IQ", "Ninawa")}),
    ("قتل جنديان في هجوم على قرية بحيس جنوبي الحديدة.",
     {"حيس": ("YE", "Al Hudaydah"), "الحديدة": ("YE", "Al Hudaydah")}),
    ("قصفت المدفعية قرى بريف إدلب الجنوبي ما أدى إلى مقتل طفلين.", {"إدلب": ("SY", "Idlib")}),
    ("اقتحمت القوات بلدات بمحافظة جنين واعتقلت 12 شابا.", {"جنين": ("PS", "West Bank")}),
    ("شنت الطائرات غارات على قرى بولاية الجزيرة وقتلت ستة مدنيين.", {"الجزيرة": ("SD", "Gezira")}),
    ("قصفت الطائرات الإسرائيلية بلدات بقضاء صور وأصيب أربعة مدنيين.", {"صور": ("LB", "South Lebanon")}),
    ("قتل ثلاثة في قصف على بلدتي كفرنبل وحاس بريف إدلب.",
     {"كفرنبل": ("SY", "Idlib"), "حاس": ("SY", "Idlib"), "إدلب": ("SY", "Idlib")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_name_after_a_plural_with_its_preposition_is_where_they_lie(text: str,
                                                                    places: dict[str, tuple[str, str]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places
