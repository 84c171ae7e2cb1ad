"""Places, round 31 (#10): a name the gazetteer does not know, told in a sentence that opens on its
city («وفي تعز، أصيب طفل في حي X شرقي المدينة»), lies in that city's province, not in the province the
article named in an earlier sentence (stages/places/placing.region_before).  Sentences of our own."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    (("قتل جنديان في هجوم على موقع للجيش في محافظة مأرب أمس. وفي تعز، أصيب طفل برصاص قناص في حي الكرموشي "
     "شرقي المدينة."), "الكرموشي", "YE", "Ta`izz"),
    (("قصفت طائرات مسيرة مواقع في محافظة الحديدة. وفي مدينة عدن، قتل شخصان بانفجار عبوة ناسفة في حي البرقوني "
     "صباح الأحد."), "البرقوني", "YE", "`Adan"),
    (("قتل ثلاثة عناصر من الجيش في ريف دمشق الغربي. وفي حلب، سقطت قذيفة على حي الزعفرانية الشرقي ما أدى إلى "
     "إصابة أربعة مدنيين."), "الزعفرانية", "SY", "Aleppo"),
    (("أعلنت الشرطة مقتل مسلحين في محافظة الأنبار. أما في الموصل فقد أصيب مدنيان بانفجار عبوة في حي الطرقجية "
     "الجديد."), "الطرقجية الجديد", "IQ", "Ninawa"),
    (("قتل خمسة مدنيين بقصف على ولاية النيل الأزرق. وفي مدينة نيالا، اندلعت اشتباكات في حي الشقلاوي أسفرت عن "
     "مقتل ثلاثة أشخاص."), "الشقلاوي", "SD", "Southern Darfur"),
    ("قتل جندي في اشتباك بمحافظة ديالى. وفي كركوك، اعتقلت القوات الأمنية مطلوبين في حي القنطرجية وسط المدينة.",
     "القنطرجية", "IQ", "Kirkuk"),
    (("قتل اثنان من عناصر الأمن بهجوم في ولاية الجزيرة. وفي الفاشر، قتل مدني بقذيفة سقطت على حي الكرنكوي جنوبي "
     "المدينة."), "الكرنكوي", "SD", "North Darfur"),
    ("أصيب ثلاثة جنود في انفجار لغم بمحافظة درعا. وفي حمص، قتل رجل برصاص مجهولين في حي البغطاسية مساء الجمعة.",
     "البغطاسية", "SY", "Homs (Hims)"),
]


@pytest.mark.parametrize(("text", "name", "country", "admin1"), CASES, ids=[c[1] for c in CASES])
def test_an_unknown_name_lies_in_the_province_of_its_sentences_city(text: str, name: str, country: str,
                                                                     admin1: str) -> None:
    record = waqia.extract(text, published="2024-05-05")
    places = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert places.get(name) == (country, admin1)
