"""One-sentence probes of our own for the constructions set G's articles (tests/cases/articles31g.jsonl) taught
(#10, session 28, round 31): armed groups' statements and the news that relays them.

- stray fire in a sentence of clashes is the clashes', no accident that puts the story out of scope;
- «فقدوا أرواحهم», «فقد روحه», «فقدا حياتهما» are deaths;
- «قال إنهما»: the dual pronoun opens what was said, it is no speaker;
- a reporting verb with no subject right after an indefinite object («نعت صفحات ثلاثة عسكريين قالت إنهم»)
  takes its sentence's speaker;
- people named right before «بين قتيل وجريح» with no figure are the dead and the wounded of no number;
- «في بيانه», «في كلمته» after a speaker is an occasion, not part of the name;
- «وزعم التنظيم في بيانه» after the group's full name: the speaker is «التنظيم», a name within the full one;
- «ومسلحين موالين لها» after the state's forces are the state's side, as «المسلحين الموالين لها»;
- «مخربين» in an army's statement are the armed men it fought;
- «إصابة أحد جنوده» told by another speaker after a toll is its own figure, not one of that toll's;
- the same pronoun on the same noun twice in a sentence has one owner («إن مقاتليها قتلوا ...، مشيرة إلى مقتل 9 من مقاتليها»).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims
from waqia.evaluation.match import same_source

#: (id, text, [(kind, value, party category, source or None), ...]): every claim read, and no other
PROBES: list[tuple[str, str, list[tuple[str, int | None, str, str | None]]]] = [
    ("stray-clashes", ("وقال محافظ المدينة في مؤتمر صحفي إن الاشتباكات بين الجيش والمسلحين أسفرت عن مقتل 3 جنود، "
     "كما أصيب طفل برصاص طائش خلال المواجهات."),
     [("killed", 3, "state_forces", "محافظ المدينة"), ("injured", 1, "civilians", "محافظ المدينة")]),
    ("stray-fighting", ("اندلعت معارك عنيفة بين فصيلين مسلحين في حي الميدان، وقتل رجل برصاص طائش. "
     "وقال قائد الشرطة في مؤتمر صحفي إن الهدوء عاد إلى الحي."),
     [("killed", 1, "civilians", None)]),
    ("lives-plural", "وقال المتحدث إن 6 جنود فقدوا أرواحهم في الكمين الذي نصبه المسلحون.",
     [("killed", 6, "state_forces", "المتحدث")]),
    ("lives-dual", "وأكد مصدر أمني أن شرطيين فقدا حياتهما في الهجوم على الحاجز.",
     [("killed", 2, "state_forces", "مصدر أمني")]),
    ("lives-one", "وقال شهود إن رجلا فقد روحه حين أطلق المسلحون النار على السيارة.",
     [("killed", 1, "civilians", "شهود")]),
    ("said-dual", "ونعت الجماعة في بيان اثنين من مقاتليها، قالت إنهما قتلا في المعارك.",
     [("killed", 2, "armed_group", "الجماعة")]),
    ("said-dual-army", "ونعى الجيش ضابطين قال إنهما قتلا في الاشتباكات مع المسلحين.",
     [("killed", 2, "state_forces", "الجيش")]),
    ("mourner-said", ("وقالت الحركة إن مقاتليها قتلوا 7 جنود.\n"
     "في حين نعت صفحات موالية للجيش ثلاثة عسكريين قالت إنهم قتلوا في الهجوم."),
     [("killed", 7, "state_forces", "الحركة"), ("killed", 3, "state_forces", "صفحات موالية للجيش")]),
    ("mourner-said-teachers", ("وأعلنت الوزارة أن القصف أوقع 5 قتلى مدنيين.\n"
     "ونعت نقابة المعلمين ثلاثة معلمين قالت إنهم قتلوا في القصف على المدرسة."),
     [("killed", 5, "civilians", "الوزارة"), ("killed", 3, "civilians", "نقابة المعلمين")]),
    ("between-their-men", "وقالت السرايا إن مقاتليها فجروا عبوة ناسفة في قوة راجلة وأوقعوا أفرادها بين قتيل وجريح.",
     [("killed", None, "unknown", "السرايا"), ("injured", None, "unknown", "السرايا")]),
    ("between-soldiers", "وأعلنت الحركة أن مقاتليها هاجموا موقعا عسكريا وأوقعوا جنوده ما بين قتيل وجريح.",
     [("killed", None, "state_forces", "الحركة"), ("injured", None, "state_forces", "الحركة")]),
    ("between-counted", "وأكد المصدر سقوط 40 عنصرا من الميليشيا بين قتيل وجريح في المواجهات.",
     [("killed", None, "armed_group", "المصدر"), ("injured", None, "armed_group", "المصدر")]),
    ("between-vague", "وقال الدفاع المدني إن الانفجار أدى إلى سقوط العشرات بين قتيل وجريح.",
     [("killed", None, "civilians", "الدفاع المدني"), ("injured", None, "civilians", "الدفاع المدني")]),
    ("in-his-statement", "وزعم الفصيل في بيانه أن مقاتليه قتلوا 12 عنصرا من قوات الأمن.",
     [("killed", 12, "state_forces", "الفصيل")]),
    ("in-its-statement", "وقال اللواء في بيانه إن قواته أسرت 4 مسلحين.",
     [("captured", 4, "armed_group", "اللواء")]),
    ("in-her-statement", "وأكدت الكتيبة في بيانها أن مقاتليها قتلوا 5 جنود.",
     [("killed", 5, "state_forces", "الكتيبة")]),
    ("in-her-speech", "وقالت وزيرة الداخلية في كلمتها إن قوات الأمن اعتقلت 9 مطلوبين.",
     [("captured", 9, "armed_group", "وزيرة الداخلية")]),
    ("organisation-back", ("تبنى تنظيم الدولة الإسلامية هجوما على دورية للجيش. "
     "وزعم التنظيم في بيانه أن مقاتليه قتلوا 6 جنود."),
     [("killed", 6, "state_forces", "تنظيم الدولة الإسلامية")]),
    ("group-back", ("تبنت جماعة نصرة الإسلام والمسلمين هجوما على قاعدة للجيش. "
     "وقالت الجماعة إن مقاتليها أسروا 3 جنود."),
     [("captured", 3, "state_forces", "جماعة نصرة الإسلام والمسلمين")]),
    ("loyal-listed", "ووثق المرصد مقتل 11 عنصرا من قوات النظام ومسلحين موالين لها في الهجوم.",
     [("killed", 11, "state_forces", "المرصد")]),
    ("loyal-government", "وقتل 4 مسلحين موالين للحكومة في كمين على الطريق.",
     [("killed", 4, "state_forces", None)]),
    ("loyal-abroad", "وأفاد المرصد بمقتل 6 مقاتلين موالين لإيران في الغارة.",
     [("killed", 6, "armed_group", "المرصد")]),
    ("loyal-to-factions", "وقال المرصد إن 3 من عناصر الفصائل ومسلحين موالين لها قتلوا في الاشتباكات.",
     [("killed", 3, "armed_group", "المرصد")]),
    ("saboteurs-killed", "وأعلن الجيش أن قواته قضت على خمسة مخربين في المنطقة.",
     [("killed", 5, "armed_group", "الجيش")]),
    ("saboteur-one", "وقال الجيش الإسرائيلي إن قواته قتلت مخربا حاول تنفيذ عملية طعن عند الحاجز.",
     [("killed", 1, "armed_group", "الجيش الإسرائيلي")]),
    ("saboteurs-held", "وأعلن جيش الاحتلال اعتقال 12 مخربا مطلوبا خلال حملة مداهمات.",
     [("captured", 12, "armed_group", "جيش الاحتلال")]),
    ("one-of-another-voice", ("وقالت وزارة الصحة إن 3 مواطنين قتلوا وأصيب 10 آخرون في الاقتحام.\n"
     "وأعلن الجيش إصابة أحد جنوده بجروح طفيفة خلال العملية."),
     [("killed", 3, "civilians", "وزارة الصحة"), ("injured", 10, "civilians", "وزارة الصحة"),
      ("injured", 1, "state_forces", "الجيش")]),
    ("one-of-same-voice", "وقال الجيش إن 4 من جنوده أصيبوا في الكمين، وإن إصابة أحد الجنود خطيرة.",
     [("injured", 4, "state_forces", "الجيش")]),
    ("same-pronoun-owner", ("وقالت تنسيقية الحركات إن مقاتليها قتلوا عشرات من عناصر فاغنر، "
                            "مشيرة إلى مقتل 9 من مقاتليها."),
     [("killed", None, "state_forces", "تنسيقية الحركات"), ("killed", 9, "armed_group", "تنسيقية الحركات")]),
    ("same-pronoun-army", "وقال الجيش إن قواته قتلت 20 مسلحا، مشيرا إلى مقتل 3 من جنوده.",
     [("killed", 20, "armed_group", "الجيش"), ("killed", 3, "state_forces", "الجيش")]),
    ("same-pronoun-barracks", "هاجم مسلحون ثكنة وقتلوا 5 من جنودها، فيما أصيب 3 من جنودها.",
     [("killed", 5, "state_forces", None), ("injured", 3, "state_forces", None)]),
    ("one-of-spokesman", ("أعلنت وزارة الدفاع إصابة جنديين في انفجار لغم خلال عملية تمشيط. "
                          "وقال الناطق باسم الوزارة إن إصابة أحد الجنديين متوسطة."),
     [("injured", 2, "state_forces", "وزارة الدفاع")]),
]


def _agree(pred: dict[str, Any], want: tuple[str, int | None, str, str | None]) -> bool:
    kind, value, party, source = want
    return pred["kind"] == kind and pred["value"] == value and pred["party"]["category"] == party \
        and same_source(source, [], pred.get("source"))


@pytest.mark.parametrize(("text", "want"), [pytest.param(t, w, id=i) for i, t, w in PROBES])
def test_every_claim_and_no_other(text: str, want: list[tuple[str, int | None, str, str | None]]) -> None:
    pred = claims(text)
    missed = [w for w in want if not any(_agree(p, w) for p in pred)]
    extra = [(p["kind"], p["value"], p["party"]["category"], (p.get("source") or {}).get("name"))
             for p in pred if not any(_agree(p, w) for w in want)]
    assert not missed and not extra, {"missed": missed, "extra": extra}
