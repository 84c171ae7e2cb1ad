"""Places, round 33 (#10): after a dual or plural place word («قريتي», «بلدتي», «قرى») a known first word goes on
with a rare second word when the list goes on with «و» («قريتي خراب عشك وقره قوزاق», «قريتي دار زنكي وتونغا»),
so the name is read whole and the list's next name is found (names._goes_on); and a name of such a list that the
text puts in a place («... في ريف كوباني») lies there, not in its first word's province (placing.from_name).
Sentences of our own; the last four are controls (lists of names the gazetteer knows)."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    ("قصفت المدفعية التركية قريتي خراب عشك وقره قوزاق في ريف كوباني الجنوبي ما أدى إلى إصابة مدنيين.",
     {"خراب عشك": ("SY", "Aleppo"), "قره قوزاق": ("SY", "Aleppo"), "كوباني": ("SY", "Aleppo")}),
    ("قتل خمسة مزارعين بهجوم على قريتي دار زنكي وتونغا في ولاية بورنو.",
     {"دار زنكي": ("NG", "Borno"), "تونغا": ("NG", "Borno"), "بورنو": ("NG", "Borno")}),
    ("شنت الطائرات غارات على بلدتي حزرما كرتا والحمرا في ريف دمشق.",
     {"حزرما كرتا": ("SY", "Rif Dimashq"), "الحمرا": ("SY", "Rif Dimashq"), "ريف دمشق": ("SY", "Rif Dimashq")}),
    ("قتل ثلاثة بقصف على قريتي تل بلقيس والعزيزية في ريف حلب الشمالي.",
     {"تل بلقيس": ("SY", "Aleppo"), "العزيزية": ("SY", "Aleppo"), "حلب": ("SY", "Aleppo")}),
    ("قصف الجيش بلدتي كفر نبودة والهبيط في ريف حماة الشمالي ما أدى إلى مقتل طفلين.",
     {"كفر نبودة": ("SY", "Hamah"), "الهبيط": ("SY", "Hamah"), "حماة": ("SY", "Hamah")}),
    ("اندلعت اشتباكات عنيفة في قريتي أم بركة وود الحليو بولاية الجزيرة أسفرت عن مقتل ستة مدنيين.",
     {"أم بركة": ("SD", "Gezira"), "ود الحليو": ("SD", "Gezira"), "الجزيرة": ("SD", "Gezira")}),
    ("قتل ثلاثة في قصف على بلدتي كفرنبل وحاس بريف إدلب.",
     {"كفرنبل": ("SY", "Idlib"), "حاس": ("SY", "Idlib"), "إدلب": ("SY", "Idlib")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_dual_reads_names_of_two_words(text: str, places: dict[str, tuple[str, str]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places
