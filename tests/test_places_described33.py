"""Places, round 33 (#10): a word that describes a place or names a part of it is no name.  After a place word a
common indefinite feminine word agrees with it as an adjective («منطقة مكتظة بالنازحين», «منطقة مزدحمة»;
stages/places/stage._common_adjective); a rare word after «في» in construct with a place word that carries the
article («في أزقة المخيم», «في حواري البلدة») is a part of the place named before (patterns.part_of_named).
Sentences of our own; the last ones are controls (names that end like a feminine or stand before «بريف»)."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    ("قتل خمسة أشخاص بقصف مدفعي سقط على منطقة مكتظة بالنازحين في مخيم جباليا.", {"جباليا": ("PS", "Gaza Strip")}),
    ("أصيب ثلاثة مدنيين بقذيفة سقطت في منطقة مزدحمة بالمتسوقين وسط مدينة تعز.", {"تعز": ("YE", "Ta`izz")}),
    ("اندلعت اشتباكات بين مسلحين وقوات الاحتلال في أزقة المخيم بعد اقتحام مخيم نور شمس.",
     {"نور شمس": ("PS", "West Bank")}),
    ("قتل راع بانفجار لغم في منطقة نائية قرب بلدة الصنمين.", {"الصنمين": ("SY", "Dar`a")}),
    ("تبادل المسلحون إطلاق النار مع الشرطة في حواري البلدة عقب مداهمة بلدة السموع.", {"السموع": ("PS", "West Bank")}),
    ("قتل شخصان في اشتباكات اندلعت في أطراف المدينة بعد هجوم على مدينة الجنينة.",
     {"الجنينة": ("SD", "Western Darfur")}),
    ("سقطت قذائف على منطقة مفتوحة شرقي مدينة درعا دون إصابات، وقتل مدني في قصف على بلدة طفس.",
     {"درعا": ("SY", "Dar`a"), "طفس": ("SY", "Dar`a")}),
    ("قتل جنديان في هجوم على بلدة جبلة بريف اللاذقية.", {"جبلة": ("SY", "Lattakia"), "اللاذقية": ("SY", "Lattakia")}),
    ("قتل ثلاثة في قصف على قرية كفرنبودة بريف حماة.", {"كفرنبودة": ("SY", "Hamah"), "حماة": ("SY", "Hamah")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_a_word_that_describes_a_place_names_none(text: str, places: dict[str, tuple[str, str]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places
