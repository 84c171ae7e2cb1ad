"""Places, round 33 (#10): a common word that some far-away village is called names no place when every reading of
it lies far from the article («تجمع للخيام», «في عشرات الخيام» in a Gaza or Darfur story: tents, not Khiam of south
Lebanon), read without a place word or a cue (stages/places/geocode.resolve): "not found" rather than a place with
no country.  Sentences of our own; the last one is a control (Khiam in a south Lebanon story)."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    ("أطلقت طائرات الاحتلال صاروخين على تجمع للخيام قرب شاطئ البحر في منطقة المواصي غرب خان يونس.",
     {"المواصي": ("PS", "Gaza Strip"), "خان يونس": ("PS", "Gaza Strip")}),
    ("قصفت الطائرات خياما للنازحين في منطقة المواصي، فيما اشتعلت النيران في عشرات الخيام.",
     {"المواصي": ("PS", "Gaza Strip")}),
    ("أحرقت قوات الدعم السريع الخيام في معسكر زمزم للنازحين جنوبي مدينة الفاشر وقتلت خمسة مدنيين.",
     {"زمزم": ("SD", "North Darfur"), "الفاشر": ("SD", "North Darfur")}),
    ("قتل طفلان بقصف مدفعي طال الخيام في مخيم للنازحين شمالي مدينة إدلب.", {"إدلب": ("SY", "Idlib")}),
    ("قتل مدنيان بغارة إسرائيلية على منزل في الخيام، وقصفت المدفعية أطراف بلدة كفركلا.",
     {"الخيام": ("LB", "Nabatieh"), "كفركلا": ("LB", "Nabatieh")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_common_word_read_far_away_names_no_place(text: str, places: dict[str, tuple[str, str]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places
