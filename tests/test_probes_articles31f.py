"""Sentences of our own for the families set F's whole articles (tests/cases/articles31f.jsonl: state news
agencies and official military communiqués) were read wrong on (#10, session 28, round 31).

* boxed: Algerian communiqués box a count in brackets with a leading zero («(03) إرهابيين», «(04) عناصر
  دعم»); two digits so boxed are a count (numbers/digits.py), a bare leading zero stays a code («0123»).
* aside: «قضى ... على» kills what follows its «على» even past an aside of time set off by commas («قضت
  مفرزة للجيش، أمس، على 3 إرهابيين»: claims/subject.on_victims).
* martyrs: «ارتقوا شهداء» after its subject counts it as «استشهدوا» does, and the subject gives the side («عددا من
  أبطال القوات المسلحة ارتقوا شهداء»: the army's, not the civilians' of a bare «شهداء»); the dead of last year stay out.
* watched: «رصد» records (a monitor's «رصد المرصد مقتل 5») and also spots (attribution.tsv flag watch): with a word
  of movement right after it or its subject («رصدت الوحدات تحركات», «القوات رصدت تجمعات»; speaker_words.tsv role
  watched) it reports nothing, and the figures stay the speaker's who told of the spotting (sources/complement.watches).
* named: a noun for one person whose name stands between it and its verb («النقيب خالد الزيود استشهد وأصيب ثلاثة»)
  is that verb's subject, so the second verb's figure is its own (killed 1, wounded 3), not one figure for a pair
  «استشهد وأصيب ثلاثة» (claims/acts._past_name); with no such subject the pair still counts both together.
* push: a Yemeni front's offensive («تصدت القوات لزحف واسع», «زحوفات») and a foiled infiltration («أحبطت
  محاولة تسلل») are ground fights when their sentence names a side, a place or a figure (event_triggers.tsv);
  locusts that «زحف» and a thief who tried to slip in are not, nor a week's tally of attempts.
* returned: fire returned at its sources («ردت القوات على مصادر النيران», «مصدر النيران») is an exchange of fire
  when its sentence names a side, a place or a figure (event_triggers.tsv); an inquiry into the source of shots at a
  wedding, or a study of the sources of fire in modern wars, is none.
* repelled: «دحر» repels an assault as «صد» and «تصدى» do (event_triggers_means assault, flag repel): the attack it
  repelled is a fight of its own, not folded into a shelling told in the next paragraph, and never an attack on
  civilians even onto a town or with civilians fallen elsewhere in the story (events/means.repelled).
* seized: a bomb, a belt or a shell in the list of what a word of seizing or finding took («ضبط 4 بنادق ...
  وعبوتين ناسفتين», «العثور على أحزمة ناسفة», «حجز ... وحزام ناسف», «استرجعت ... قذائف هاون») was not set
  off: no bombing (events/means.seized); a bomb that killed those found («عثر على جثث ... قتلوا بانفجار عبوة»),
  or one that went off before the seizure in its sentence, stays a bombing.
"""

from __future__ import annotations

import pytest

import waqia
from case_files import claims

A, S = "armed_group", "state_forces"
SHELL = "Shelling/artillery/missile attack"

CLAIM_CASES = [
    ("boxed-killed", "وإثر عملية تمشيط بولاية جيجل، قضت مفرزة للجيش الوطني الشعبي على (03) إرهابيين.", {("killed", 3, A)}),
    ("boxed-two", "وأسفرت العملية عن القضاء على (02) إرهابيين واسترجاع (02) مسدسين رشاشين.", {("killed", 2, A)}),
    ("boxed-arrest", "تم توقيف (07) عناصر دعم للجماعات الإرهابية في عمليات متفرقة بولاية باتنة.", {("captured", 7, A)}),
    ("boxed-one", "وتمكنت مفرزة من القضاء على الإرهابي (01) المدعو أبو عمار بولاية البويرة.", {("killed", 1, A)}),
    ("code-zero", "اتصلوا على الرقم 0123 للإبلاغ عن أي نشاط مشبوه قرب الثكنة.", set()),
    ("boxed-street", "وأصيب جنديان في الهجوم الذي وقع في الحي رقم (05) بالمدينة.", {("injured", 2, S)}),
    ("aside-yesterday", "قضت مفرزة للجيش، أمس، على 3 إرهابيين بولاية البويرة.", {("killed", 3, A)}),
    ("aside-weekday", "وقضت وحدات الجيش الوطني الصومالي، الثلاثاء، على 12 من مسلحي حركة الشباب.", {("killed", 12, A)}),
    ("aside-boxed", "قضت مفرزة للجيش الوطني الشعبي، أمس، على (04) إرهابيين بولاية سيدي بلعباس.", {("killed", 4, A)}),
    ("aside-dawn", "وقضت قوات الحرس، فجر اليوم، على عنصرين إرهابيين بجبل الشعانبي.", {("killed", 2, A)}),
    ("named-captain", "وبين أن النقيب خالد الزيود استشهد وأصيب ثلاثة من مرتبات حرس الحدود خلال الاشتباك.",
     {("killed", 1, S), ("injured", 3, S)}),
    ("named-soldier", "الجندي محمد علي استشهد وأصيب ثلاثة جنود آخرون في الهجوم على الحاجز.", {("killed", 1, S), ("injured", 3, S)}),
    ("named-lieutenant", "وأكد البيان أن الملازم أول أحمد سعيد قتل وأصيب أربعة من رفاقه في الكمين.",
     {("killed", 1, S), ("injured", 4, S)}),
    ("named-citizen", "وذكرت المصادر أن المواطن عبد الله قتل وجرح اثنان من أبنائه في القصف على منزلهم.",
     {("killed", 1, "civilians"), ("injured", 2, "civilians")}),
    ("named-youth", "وقالت الشرطة إن الشاب أحمد قتل وأصيب شقيقاه برصاص مجهولين في الحي.",
     {("killed", 1, "civilians"), ("injured", 2, "civilians")}),
    ("pair-people", "قتل وأصيب عشرة أشخاص في الانفجار الذي هز السوق.", {("killed", None, "civilians"), ("injured", None, "civilians")}),
    ("pair-soldiers", "استشهد وأصيب ثلاثة جنود في الهجوم على الحاجز.", {("killed", None, S), ("injured", None, S)}),
    ("pair-medic", "وأفاد المسعف خالد حسن بأنه قتل وأصيب سبعة أشخاص في الغارة.",
     {("killed", None, "civilians"), ("injured", None, "civilians")}),
    ("martyrs-vague", "وأضاف الناطق الرسمي أن عددا من أبطال القوات المسلحة ارتقوا شهداء خلال المعركة.", {("killed", None, S)}),
    ("martyrs-ours", "وأكد البيان أن ثلاثة من جنودنا ارتقوا شهداء في الهجوم على النقطة.", {("killed", 3, S)}),
    ("martyrs-fighters", "وقالت الحركة إن اثنين من مقاتليها ارتقوا شهداء في الاشتباكات مع قوات الاحتلال.", {("killed", 2, A)}),
    ("martyrs-family", "وأفاد مصدر طبي بأن أربعة من أفراد عائلة واحدة ارتقوا شهداء في الغارة على منزلهم.",
     {("killed", 4, "civilians")}),
    ("martyrs-last-year", "وأقيمت صلاة الجنازة على الشهداء الذين ارتقوا شهداء العام الماضي في معارك المدينة.", set()),
    ("aside-court", "قضت المحكمة، أمس، بالسجن المؤبد على 8 متهمين في قضية الاعتداء على الثكنة.", set()),
]

TYPE_CASES = [
    ("push-repelled", "تصدت قوات الجيش لزحف واسع للمتمردين على مواقعها في جبهة نهم وقتلت 12 منهم.", ["Armed clash"]),
    ("push-foiled", "أفشل المقاتلون زحفا للقوات الحكومية باتجاه مديرية حيس صباح اليوم.", ["Armed clash"]),
    ("push-plural", "وأكد المصدر أن القوات كسرت زحوفات متكررة للحوثيين في جبهة الكسارة خلال الليل.", ["Armed clash"]),
    ("infiltration-border", "أحبطت قوات حرس الحدود محاولة تسلل لمسلحين عبر الحدود الشمالية فجر اليوم وقتلت اثنين منهم.",
     ["Armed clash"]),
    ("infiltration-points", "وأحبط الجيش محاولة تسلل لعناصر إرهابية نحو نقاطه في ريف اللاذقية الشمالي.", ["Armed clash"]),
    ("infiltration-dual", "وأفشلت وحداتنا محاولتي تسلل للمجموعات الإرهابية على محور الغاب.", ["Armed clash"]),
    ("infiltration-week", "وأعلنت القيادة إحباط محاولات تسلل متكررة على الحدود الشرقية خلال الأسبوع الماضي دون تسجيل خسائر.", []),
    ("locusts", "زحف الجراد على مزارع القمح في المحافظة وأتلف مساحات واسعة.", []),
    ("thief", "حاول لص التسلل إلى منزل في الحي ليلا قبل أن يفر.", []),
    ("repelled-then-shelling", ("نجحت قوات الجيش يوم الخميس في دحر هجوم للمتمردين على مدينة الدلنج. من جهة أخرى "
     "قالت وزارة الصحة إن قصفا مدفعيا على أحياء كادقلي أسفر عن مقتل 4 مواطنين."), ["Armed clash", SHELL]),
    ("repelled-then-bomb", ("أعلن الجيش أن قواته دحرت هجوما لمسلحي الحركة على بلدة بوساسو فجر اليوم. وفي سياق آخر، "
     "قتل مدنيان بانفجار عبوة ناسفة في سوق مقديشو."), ["Armed clash", "Remote explosive/landmine/IED"]),
    ("repelled-village", ("ودحرت وحدات الجيش الوطني هجوما لعناصر داعش على قرية الحويش شمال بيجي. وفي الأنبار، أصيب "
     "ثلاثة مدنيين بقصف بقذائف الهاون على ناحية العبيدي."), ["Armed clash", SHELL]),
    ("repelled-then-drone", ("قالت القيادة إن قواتها تمكنت من دحر هجوم واسع للحوثيين على مواقعها في جبهة الضالع. إلى "
     "ذلك، أفاد مصدر طبي بمقتل طفل في غارة بطائرة مسيرة على قرية في تعز."), ["Air/drone strike", "Armed clash"]),
    ("repelled-alone", "ونجحت الوحدات في دحر هجوم شنته المجموعات المسلحة على قرية الحمراء بريف حماة.", ["Armed clash"]),
    ("football", "دحر الفريق هجوم الخصم في الشوط الثاني وسجل هدف الفوز في ملعب المدينة.", []),
    ("returned-front", "وقال المصدر إن قوات الجيش ردت على مصادر النيران في جبهة كرش وكبدت المهاجمين خسائر.", ["Armed clash"]),
    ("returned-source", "وأفاد مصدر عسكري بأن وحدات الجيش ردت على مصدر النيران في محيط بلدة كفرنبودة.", ["Armed clash"]),
    ("returned-killed", "وتعاملت قوات الأمن مع مصادر النيران في حي الجامعة وقتلت مسلحين اثنين.", ["Armed clash"]),
    ("wedding", "حددت الأجهزة الأمنية مصدر النيران التي أطلقت في حفل زفاف بالمدينة.", []),
    ("study", "وتحدث التقرير عن مصادر النيران في الحروب الحديثة وتطور أسلحة المدفعية.", []),
    ("seized-list", "وأسفرت المداهمة عن ضبط 4 بنادق آلية وكمية من الذخائر وعبوتين ناسفتين في مخبأ جنوب العريش.",
     ["Disrupted weapons use"]),
    ("seized-found", "وتمكنت القوة من تفتيش الموقع والعثور على ثلاثة أحزمة ناسفة و12 عبوة معدة للتفجير في وادي الشاي.", []),
    ("seized-belt", "وتم حجز سلاحين ناريين من نوع كلاشنيكوف وحزام ناسف كان بحوزة الإرهابيين بجبل السلوم.", []),
    ("seized-shells", "واسترجعت مفرزة للجيش قذائف هاون وصواريخ محلية الصنع بولاية تمنراست.", []),
    ("seized-depot", "وأعلنت الشرطة مصادرة كميات من المتفجرات والعبوات الناسفة في مستودع بحي الصناعة.", []),
    ("found-dead", "عثر الأهالي على جثث ثلاثة أشخاص قتلوا بانفجار عبوة ناسفة قرب الطريق الدولي.",
     ["Remote explosive/landmine/IED"]),
    ("went-off-first", "وانفجرت عبوة ناسفة بدورية للجيش فأصيب جنديان، فيما ضبطت القوات مسدسين بحوزة مشتبه به.",
     ["Remote explosive/landmine/IED"]),
]


SPEAKER_CASES = [
    ("watched-dawn", "وذكر مراسل سانا أن وحدات الجيش رصدت فجر اليوم تحركات لمسلحين قرب بلدة اللطامنة فاستهدفتها وقتلت 6 منهم.",
     {(6, "مراسل سانا")}),
    ("watched-gathering", "وأفاد المراسل بأن القوات رصدت تجمعات للمسلحين في محيط القرية وقصفتها ما أدى إلى مقتل 7 منهم.",
     {(7, "المراسل")}),
    ("watched-move", "وقال مصدر عسكري إن الدفاعات رصدت تحركا لآليات المتمردين قرب الجبهة واستهدفتها فقتلت 5 منهم.",
     {(5, "مصدر عسكري")}),
    ("watched-attempt", "وأوضح المتحدث أن الوحدات رصدت محاولة تسلل عبر الحدود وأحبطتها وقتلت 3 من المهربين.", {(3, "المتحدث")}),
    ("recorded-monitor", "ورصد المرصد السوري لحقوق الإنسان مقتل 5 عناصر من قوات النظام في هجوم على حاجز.",
     {(5, "المرصد السوري لحقوق الإنسان")}),
    ("recorded-group", "ورصدت منظمة حقوقية مقتل 12 مدنيا في قصف على السوق.", {(12, "منظمة حقوقية")}),
    ("recorded-activists", "ورصد ناشطون إصابة 4 أطفال بقصف مدفعي على الحي الشرقي.", {(4, "ناشطون")}),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in SPEAKER_CASES])
def test_the_speakers(text: str, expected: set[tuple[int, str]]) -> None:
    assert {(c["value"], (c.get("source") or {}).get("name")) for c in claims(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in CLAIM_CASES])
def test_the_claims(text: str, expected: set[tuple[str, int | None, str]]) -> None:
    assert {(c["kind"], c["value"], c["party"]["category"]) for c in claims(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=n) for n, t, e in TYPE_CASES])
def test_the_sub_event_types(text: str, expected: list[str]) -> None:
    record = waqia.extract(text, published="2025-02-03")
    assert sorted({e["sub_event_type"] for e in record["events"]}) == expected
