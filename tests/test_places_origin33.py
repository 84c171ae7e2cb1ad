"""Places, round 33 (#10): where the dead or the hurt came from («أن القتيلين من أبناء محافظة X», «الجرحى الأربعة
من أهالي مدينة X») is no event place, even when it stands alone in its sentence: a noun naming the victims within
three words before «من أبناء/أهالي» says so (stages/places/relations._victims_kin).  Sentences of our own."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    (("قتل جنديان بهجوم على موقع في صحراء الأنبار. وذكرت هيئة الحشد في بيان أن القتيلين من أبناء محافظة البصرة، "
     "وأن مقاتليها اشتبكوا مع المهاجمين."), {"الأنبار": ("IQ", "Al-Anbar")}),
    (("قتل ثلاثة عناصر من قوات الأمن في كمين بريف حمص الشرقي. وقالت وزارة الداخلية إن القتلى الثلاثة من أبناء "
     "مدينة جبلة، وإن قواتها لاحقت المهاجمين."), {"حمص": ("SY", "Homs (Hims)")}),
    (("قتل خمسة جنود بهجوم حوثي في مديرية حيس. وأوضح مصدر عسكري أن الضحايا من أبناء محافظة تعز، وأن القوات صدت "
     "الهجوم."), {"حيس": ("YE", "Al Hudaydah")}),
    (("قتل شرطيان في هجوم مسلح بمدينة العريش. وأفادت مصادر أمنية بأن الشهيدين من أبناء محافظة الشرقية، وأن "
     "المهاجمين فروا."), {"العريش": ("EG", "Shamal Sina'")}),
    (("قتل ثلاثة من عناصر الأمن في اشتباك بمدينة سبها. وقال المتحدث إن القتلى من أهالي مدينة مصراتة، وإن القوات "
     "طاردت المسلحين."), {"سبها": ("LY", "Sabha")}),
    (("أصيب أربعة من الحشد بانفجار عبوة في قضاء الطارمية. وقالت الهيئة إن الجرحى الأربعة من أهالي محافظة ذي قار، "
     "وإن فرقها فككت عبوة أخرى."), {"الطارمية": ("IQ", "Baghdad")}),
    (("قتل جندي بقصف على موقع في ريف إدلب الجنوبي. وذكرت مصادر أن القتيل من أبناء مدينة طرطوس، وأن القصف تواصل "
     "حتى المساء."), {"إدلب": ("SY", "Idlib")}),
    # controls: the victims' town beside another place of the sentence was already context; a place with no
    # victim noun before its «من أهالي» stays
    ("قتل الشاب، وهو من أهالي بلدة الخيام، بغارة على مدينة النبطية.", {"النبطية": ("LB", "Nabatieh")}),
    ("اقتحم مسلحون قرية الحسينية ليلا وقتلوا ثلاثة رعاة من أهالي قرية الحسينية.", None),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_where_the_victims_came_from_is_no_event_place(text: str, places: dict[str, tuple[str, str]] | None) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    if places is None:
        assert found and all(name == "الحسينية" for name in found)
    else:
        assert found == places
