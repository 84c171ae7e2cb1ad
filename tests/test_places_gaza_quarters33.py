"""Places, round 33 (#10): the quarters of Gaza City (Shuja'iyya, Zeitoun, Tuffah, Rimal, Sheikh Radwan, Tel al-Hawa,
Daraj, Sabra, Sheikh Ijlin) are rows of the bundled gazetteer read only after a cue (places.tsv ``cue``): their names are
common words (olives, apples, sands, stairs), so «حي X» finds them, with their point in Gaza, and a bare word is no
place; Cairo's Zeitoun stays Cairo's when the text names Cairo.  Sentences of our own."""

from __future__ import annotations

import pytest

import waqia

GAZA = ("PS", "Gaza Strip")

CASES = [
    ("ارتقى خمسة شهداء جراء قصف إسرائيلي استهدف حي الشجاعية شرقي مدينة غزة.", {"الشجاعية": GAZA, "غزة": GAZA}),
    ("قتل ثلاثة أطفال بغارة على منزل لعائلة في حي الزيتون جنوب شرق مدينة غزة.", {"الزيتون": GAZA, "غزة": GAZA}),
    ("انتشلت طواقم الدفاع المدني جثامين أربعة شهداء من تحت أنقاض منزل في حي التفاح بغزة.",
     {"التفاح": GAZA, "غزة": GAZA}),
    ("قتل صحفي في قصف طال شقة سكنية بحي الرمال وسط مدينة غزة.", {"الرمال": GAZA, "غزة": GAZA}),
    ("قتل سبعة نازحين بقصف على مدرسة في حي الشيخ رضوان شمال غزة.", {"الشيخ رضوان": GAZA, "غزة": GAZA}),
    ("توغلت آليات الاحتلال في حي تل الهوى جنوب غربي مدينة غزة وقتلت عشرة مدنيين.", {"تل الهوى": GAZA, "غزة": GAZA}),
    ("أصيب ستة وقتل اثنان في غارة على حي الدرج بمدينة غزة.", {"الدرج": GAZA, "غزة": GAZA}),
    ("استشهد أربعة بقصف مدفعي طال حي الصبرة في غزة.", {"الصبرة": GAZA, "غزة": GAZA}),
    ("قتل مواطنان برصاص القناصة في حي الشيخ عجلين جنوب غرب غزة.", {"الشيخ عجلين": GAZA, "غزة": GAZA}),
    # controls: the common word is no place, and Cairo's Zeitoun stays in Cairo
    ("قتل مزارع برصاص مستوطنين أثناء قطف الزيتون في أرضه قرب نابلس.", {"نابلس": ("PS", "West Bank")}),
    ("قتل متظاهر في اشتباكات بحي الزيتون في القاهرة.",
     {"القاهرة": ("EG", "Al Qahirah"), "الزيتون": ("EG", "Al Qahirah")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_quarter_of_gaza_city_after_its_cue(text: str, places: dict[str, tuple[str, str | None]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places


@pytest.mark.parametrize("case", range(9))
def test_a_quarter_has_its_point_in_gaza_city(case: int) -> None:
    text, places = CASES[case]
    record = waqia.extract(text, published="2024-05-05")
    points = {p["text"]: (p["lat"], p["lon"]) for e in record["events"] for p in e["locations"]}
    quarter = next(name for name in places if name != "غزة")
    lat, lon = points[quarter]
    assert lat is not None and lon is not None
    assert 31.45 < lat < 31.56 and 34.40 < lon < 34.50
