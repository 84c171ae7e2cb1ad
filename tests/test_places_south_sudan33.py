"""Places, round 33 (#10): South Sudan is a country of the bundled gazetteer (geo/data/places.tsv): «جنوب السودان»
and «دولة جنوب السودان» (with «ب», «في», «و») read as SS, not as Sudan; its ten states of the press and Abyei are
provinces of SS; its main towns, which GeoNames lists under state codes its admin1 file no longer has, take the
province of their bundled row (``gazetteer._province_from``); a state or town whose name is a common word or names
the government («الوحدة», «البحيرات», «بور», «جوبا») is a row read only after a cue (places.tsv ``cue``).  «السودان» alone and Sudan's own states stay SD, and
Somalia's «جوبا السفلى» stays Somali; Juba, which the press names for the government
(«اتهمت جوبا»), is not bundled, so a bare «بجوبا» is not read without a cue.  Sentences of our own."""

from __future__ import annotations

import pytest

import waqia

CASES = [
    ("لقي عشرة قرويين حتفهم في غارة لمسلحين على قرية نائية بولاية جونقلي في جنوب السودان.",
     {"جونقلي": ("SS", "Jonglei")}),
    ("أفادت مصادر محلية بمقتل خمسة جنود خلال اشتباكات في مدينة ملكال بولاية أعالي النيل بدولة جنوب السودان.",
     {"ملكال": ("SS", "Upper Nile"), "أعالي النيل": ("SS", "Upper Nile")}),
    ("قتل ستة أشخاص وأصيب آخرون في هجوم استهدف مدينة واو بولاية غرب بحر الغزال بجنوب السودان.",
     {"واو": ("SS", "Western Bahr el Ghazal"), "غرب بحر الغزال": ("SS", "Western Bahr el Ghazal")}),
    ("أسفرت اشتباكات قبلية في منطقة أبيي المتنازع عليها بين الخرطوم وجوبا عن سقوط 12 قتيلا.",
     {"أبيي": ("SS", "Abyei")}),
    ("هاجم مسلحون بلدة رمبيك وقتلوا أربعة من سكانها، حسبما أعلنت سلطات جنوب السودان.",
     {"رمبيك": ("SS", "Lakes")}),
    ("أعلنت الأمم المتحدة مقتل سبعة مدنيين في قصف طال قرية في جنوب السودان.",
     {"جنوب السودان": ("SS", None)}),
    ("ذكر متحدث عسكري أن 15 مدنيا قتلوا برصاص مسلحين في مقاطعة أكوبو التابعة لولاية جونقلي.",
     {"أكوبو": ("SS", "Jonglei"), "جونقلي": ("SS", "Jonglei")}),
    ("قتل عشرون شخصا في هجوم على قرية قرب مدينة توريت في ولاية شرق الاستوائية.",
     {"توريت": ("SS", "Eastern Equatoria"), "شرق الاستوائية": ("SS", "Eastern Equatoria")}),
    ("تجددت المعارك في بلدة يامبيو بولاية غرب الاستوائية وقتل فيها تسعة من عناصر المعارضة المسلحة.",
     {"يامبيو": ("SS", "Western Equatoria"), "غرب الاستوائية": ("SS", "Western Equatoria")}),
    ("قتل ثلاثة من قوات حفظ السلام في كمين نصب لهم قرب مدينة بانتيو شمالي جنوب السودان.",
     {"بانتيو": ("SS", "Unity")}),
    ("صرح متحدث عسكري في مؤتمر صحفي بجوبا أن مسلحين قتلوا ثمانية جنود في بلدة الناصر بولاية أعالي النيل.",
     {"الناصر": ("SS", "Upper Nile"), "أعالي النيل": ("SS", "Upper Nile")}),
    ("اندلعت مواجهات عنيفة في مدينة بانتيو عاصمة ولاية الوحدة وقتل فيها ثمانية من المسلحين.",
     {"بانتيو": ("SS", "Unity"), "الوحدة": ("SS", "Unity")}),
    ("قتل أربعة من الرعاة في هجوم شنه مسلحون قرب بلدة ييرول في ولاية البحيرات.",
     {"ييرول": ("SS", "Lakes"), "البحيرات": ("SS", "Lakes")}),
    ("سقط عشرة قتلى في اشتباكات بين فصيلين مسلحين داخل مدينة بور عاصمة ولاية جونقلي.",
     {"بور": ("SS", "Jonglei"), "جونقلي": ("SS", "Jonglei")}),
    ("قصفت القوات الحكومية مواقع للمتمردين في مدينة ياي بولاية وسط الاستوائية فقتلت ستة مدنيين.",
     {"ياي": ("SS", "Central Equatoria"), "وسط الاستوائية": ("SS", "Central Equatoria")}),
    # controls: a state's name that is a common word is not read bare; Juba naming the government is no place
    ("قتل ثلاثة من عناصر الوحدة الخاصة في هجوم على حاجز قرب مدينة الرمادي.", {"الرمادي": ("IQ", "Al-Anbar")}),
    ("قتل صيادان في قصف قرب البحيرات المالحة شرقي مدينة البصرة.", {"البصرة": ("IQ", "Al-Basrah")}),
    ("قالت جوبا إن متمردين قتلوا عشرة جنود في هجوم على ثكنة بولاية جونقلي.", {"جونقلي": ("SS", "Jonglei")}),
    # controls: Sudan stays Sudan, its southern states stay its own, and Somalia's Juba regions stay Somali
    ("قتل ثلاثة مدنيين في غارة بطائرة مسيرة على مدينة الفاشر في ولاية شمال دارفور بالسودان.",
     {"الفاشر": ("SD", "North Darfur"), "شمال دارفور": ("SD", "North Darfur")}),
    ("قتل مدنيان في قصف مدفعي على قرية في ولاية جنوب كردفان بالسودان.",
     {"جنوب كردفان": ("SD", "South Kordofan")}),
    ("قتل جنديان في هجوم لحركة الشباب على قاعدة عسكرية في إقليم جوبا السفلى جنوبي الصومال.",
     {"جوبا السفلى": ("SO", "Jubbada Hoose")}),
]


@pytest.mark.parametrize(("text", "places"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_south_sudan_is_its_own_country(text: str, places: dict[str, tuple[str, str | None]]) -> None:
    record = waqia.extract(text, published="2024-05-05")
    found = {p["text"]: (p["country"], p["admin1"]) for e in record["events"] for p in e["locations"]}
    assert found == places


def test_a_cued_row_is_known_but_not_read_bare() -> None:
    from waqia.core.normalize import key
    from waqia.geo.gazetteer import open_bundled

    g = open_bundled()
    for name in ("الوحدة", "البحيرات", "جوبا"):
        assert g.known([key(name)]) and not g.major(key(name))
    assert g.major(key("جونقلي")) and g.major(key("ملكال"))
