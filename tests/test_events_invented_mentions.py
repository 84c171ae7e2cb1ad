"""Whole invented articles where one story carries mentions that are no events (issue #10, eighth round).

Beside the event it reports, each article names what the coder leaves out: a threat or a promise
(«توعد بالرد», «مهددا بشن هجمات», «تعتزم نشر»), an attack of last month or of years ago, a
condemnation, a denial, a demand, talks, a military build-up («دفع بتعزيزات», «حشدت آلياتها»), weapons
named in passing.  Each is written for this test (many countries) and coded by
``shared/eval/GUIDELINES.md`` («Background events are left out ... threats, forecasts»); the helper
scores it as ``score.py`` does, and an article the pipeline still gets wrong is a strict xfail naming
the family of its error.
"""

from __future__ import annotations

import pytest

from invented_events import cases, figures

S, A, I = "state_forces", "armed_group", "civilians"

#: name, text, event types, sub-event types, actors (text, category, role)
ARTICLES = [
("strike_then_threat_to_respond_lebanon",
 ("قتل شخصان صباح اليوم الثلاثاء في غارة شنتها طائرة مسيرة إسرائيلية على دراجة نارية عند مدخل بلدة بنت جبيل جنوبي لبنان. "
  "وتوعد مسؤول في حزب الله في كلمة مسائية بالرد على الهجوم، مهددا بشن هجمات أوسع على مواقع الجيش الإسرائيلي في الجليل."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("طائرة مسيرة إسرائيلية", S, "initiator"), ("شخصان", I, "target")]),
("roadside_bomb_condemned_somalia",
 ("قتل ثلاثة جنود صوماليين وأصيب اثنان آخران عندما انفجرت عبوة ناسفة بعربة عسكرية على الطريق بين مقديشو وأفجوي صباح الثلاثاء. "
  "وتبنت حركة الشباب التفجير في بيان نشرته على مواقع موالية لها. "
  "وأدانت وزارة الدفاع الصومالية الهجوم ووصفته بالعمل الجبان، وتعهدت بمواصلة العمليات ضد الحركة."),
 ["Explosions/Remote violence"], ["Remote explosive/landmine/IED"],
 [("حركة الشباب", A, "initiator"), ("جنود صوماليين", S, "target")]),
("clash_then_reinforcements_mali",
 ("اندلعت اشتباكات عنيفة بين الجيش المالي ومسلحين من جماعة نصرة الإسلام والمسلمين قرب مدينة تمبكتو فجر الثلاثاء، ما أسفر عن مقتل خمسة جنود. "
  "وقال مصدر عسكري إن الجيش دفع بتعزيزات عسكرية كبيرة إلى المنطقة بعد انسحاب المهاجمين نحو الصحراء."),
 ["Battles"], ["Armed clash"],
 [("الجيش المالي", S, "target"), ("جماعة نصرة الإسلام والمسلمين", A, "initiator")]),
("school_abduction_with_last_month_attack_nigeria",
 ("خطف مسلحون مجهولون 20 طالبا من مدرسة ثانوية في ولاية زامفارا شمال غربي نيجيريا فجر الاثنين، وفق ما أفادت الشرطة. "
  "وكان مسلحون قد هاجموا في الشهر الماضي قرية مجاورة وقتلوا 15 من سكانها. "
  "وقال متحدث باسم الشرطة إن عمليات البحث عن الطلاب متواصلة في الغابات القريبة."),
 ["Violence against civilians"], ["Abduction/forced disappearance"],
 [("مسلحون مجهولون", A, "initiator"), ("20 طالبا", I, "target")]),
("teachers_protest_with_strike_threat_tunisia",
 ("تظاهر مئات المعلمين أمام مقر وزارة التربية في العاصمة تونس يوم الثلاثاء للمطالبة بصرف أجورهم المتأخرة. "
  "ورفع المحتجون لافتات تندد بسياسات الحكومة، قبل أن يتفرقوا بهدوء. "
  "وهددت النقابة العامة للتعليم بتنظيم إضراب عام واحتجاجات أوسع في كل الولايات إذا لم تستجب الوزارة."),
 ["Protests"], ["Peaceful protest"],
 [("المعلمين", I, "initiator")]),
("drone_strike_with_denial_qamishli",
 ("قتل عنصران من قوات سوريا الديمقراطية مساء الاثنين بغارة نفذتها طائرة مسيرة تركية على سيارتهما قرب مدينة القامشلي شمال شرقي سوريا. "
  "ونفت وزارة الدفاع التركية في بيان أن تكون قد استهدفت مدنيين في المنطقة، مؤكدة أن عملياتها تطال المسلحين فقط."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("طائرة مسيرة تركية", S, "initiator"), ("قوات سوريا الديمقراطية", A, "target")]),
("el_fasher_shelling_during_talks_sudan",
 ("قتل ستة مدنيين وأصيب 11 آخرون جراء قصف مدفعي شنته قوات الدعم السريع على أحياء سكنية في مدينة الفاشر يوم الثلاثاء، بحسب لجنة الأطباء المحلية. "
  "ويأتي القصف في وقت تتواصل فيه مفاوضات وقف إطلاق النار بين طرفي الحرب في مدينة جدة دون تقدم يذكر."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("قوات الدعم السريع", A, "initiator"), ("مدنيين", I, "target")]),
("market_bomb_before_anniversary_baghdad",
 ("قتل شخصان وأصيب سبعة آخرون بانفجار عبوة ناسفة وضعت قرب سوق شعبي في منطقة الشعلة شمال غربي بغداد مساء الاثنين. "
  "ويأتي التفجير قبل أسابيع من ذكرى هجوم الكرادة الذي وقع عام 2016 وأودى بحياة المئات."),
 ["Explosions/Remote violence"], ["Remote explosive/landmine/IED"],
 [("شخصان", I, "target")]),
("mobilisation_beside_clash_zawiya",
 ("قتل شخصان في اشتباكات اندلعت مساء الاثنين بين مجموعتين مسلحتين في مدينة الزاوية غربي ليبيا، بحسب مصدر طبي. "
  "وفي الأثناء حشدت تشكيلات مسلحة أخرى آلياتها على أطراف العاصمة طرابلس، وسط مخاوف من تجدد القتال."),
 ["Battles"], ["Armed clash"],
 [("مجموعتين مسلحتين", A, "initiator")]),
("missile_at_ship_intercepted_with_threat_red_sea",
 ("أعلنت القيادة المركزية الأمريكية أن مدمرة تابعة للبحرية اعترضت صاروخا باليستيا أطلقه الحوثيون باتجاه سفينة تجارية في البحر الأحمر مساء الاثنين، دون وقوع أضرار أو إصابات. "
  "وتوعد المتحدث العسكري باسم الحوثيين بمواصلة استهداف السفن المتجهة إلى إسرائيل."),
 ["Strategic developments"], ["Disrupted weapons use"],
 [("الحوثيون", A, "initiator"), ("القيادة المركزية الأمريكية", S, "other")]),
("tear_gas_at_protest_with_call_for_inquiry_kenya",
 ("أطلقت الشرطة الكينية الغاز المسيل للدموع لتفريق مئات المتظاهرين الذين احتشدوا وسط العاصمة نيروبي يوم الثلاثاء احتجاجا على زيادة الضرائب. "
  "وطالبت منظمات حقوقية بفتح تحقيق مستقل في سلوك الشرطة، محذرة من قمع الاحتجاجات المقبلة."),
 ["Protests"], ["Protest with intervention"],
 [("الشرطة الكينية", S, "other"), ("المتظاهرين", I, "initiator")]),
("village_attack_condemned_and_pursuit_promised_burkina",
 ("قتل مسلحون 12 مدنيا في هجوم على قرية في إقليم الساحل شمالي بوركينا فاسو يوم الأحد، بحسب مصادر محلية. "
  "وأدانت المجموعة الاقتصادية لدول غرب إفريقيا الهجوم، فيما تعهد الجيش بملاحقة المهاجمين وتقديمهم للعدالة."),
 ["Violence against civilians"], ["Attack"],
 [("مسلحون", A, "initiator"), ("مدنيا", I, "target")]),
("grenade_on_police_station_with_old_attack_quetta",
 ("أصيب أربعة من رجال الشرطة عندما ألقى مجهولون قنبلة يدوية على مركز للشرطة في مدينة كويتا جنوب غربي باكستان ليل الاثنين. "
  "وكانت المدينة قد شهدت قبل عامين هجوما انتحاريا على كلية للشرطة قتل فيه العشرات."),
 ["Explosions/Remote violence"], ["Grenade"],
 # «ألقى مجهولون»: the unknown men who threw it are the initiator (#10, eighteenth events round)
 [("رجال الشرطة", S, "target"), ("مجهولون", A, "initiator")]),
("cauca_clash_with_deployment_plan_colombia",
 ("قتل ثلاثة متمردين من المنشقين عن القوات المسلحة الثورية الكولومبية في اشتباك مع الجيش في إقليم كاوكا جنوب غربي كولومبيا يوم الاثنين. "
  "وأعلن وزير الدفاع أن الحكومة تعتزم نشر 500 جندي إضافي في الإقليم خلال الأسابيع المقبلة."),
 ["Battles"], ["Armed clash"],
 [("الجيش", S, "initiator"), ("المنشقين عن القوات المسلحة الثورية الكولومبية", A, "target")]),
("sagaing_air_strike_denied_myanmar",
 ("قتل تسعة مدنيين بينهم أطفال عندما قصفت طائرات حربية تابعة للجيش قرية في منطقة ساغاينغ وسط ميانمار صباح الاثنين، وفق سكان محليين. "
  "ونفى المتحدث باسم المجلس العسكري استهداف المدنيين، قائلا إن الغارة طالت معسكرا لقوات الدفاع الشعبية."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("الجيش", S, "initiator"), ("مدنيين", I, "target")]),
("jenin_arrests_with_warning_west_bank",
 ("اعتقلت قوات الاحتلال الإسرائيلي خمسة شبان خلال مداهمة منازلهم في مدينة جنين شمالي الضفة الغربية فجر الثلاثاء. "
  "وحذر الجيش الإسرائيلي من عملية أوسع في المخيم إذا استمرت الهجمات على حواجزه."),
 ["Strategic developments"], ["Arrests"],
 [("قوات الاحتلال الإسرائيلي", S, "initiator"), ("خمسة شبان", I, "target")]),
("kidnapping_with_ransom_demand_haiti",
 ("خطفت عصابة مسلحة طبيبين من عيادة في حي دلماس بالعاصمة بورت أو برنس يوم الاثنين، بحسب الشرطة الهايتية. "
  "وطالب الخاطفون بفدية قدرها مليون دولار، مهددين بقتل الطبيبين إذا لم تدفع."),
 ["Violence against civilians"], ["Abduction/forced disappearance"],
 [("عصابة مسلحة", A, "initiator"), ("طبيبين", I, "target")]),
("clash_with_weapons_named_in_passing_darfur",
 ("قتل سبعة أشخاص في اشتباكات بين مسلحين من قبيلتين متنازعتين استخدمت فيها الأسلحة الرشاشة وقذائف الهاون في محلية كتم بولاية شمال دارفور يوم الأحد. "
  "وقال زعيم محلي إن الخلاف بدأ بسبب نزاع على مصادر المياه."),
 ["Battles"], ["Armed clash"],
 [("مسلحين من قبيلتين متنازعتين", A, "initiator")]),
("protesters_storm_and_burn_office_iraq",
 ("اقتحم متظاهرون غاضبون مبنى مجلس المحافظة في مدينة الناصرية جنوبي العراق يوم الاثنين وأضرموا النار في أجزاء منه احتجاجا على انقطاع الكهرباء. "
  "وأعلن المحافظ حظر التجوال في المدينة حتى إشعار آخر."),
 ["Riots"], ["Violent demonstration"],
 [("متظاهرون", I, "initiator")]),
("withdrawal_without_fighting_somalia",
 ("انسحبت قوات الجيش الصومالي من بلدة في إقليم هيران وسط البلاد ليل الاثنين دون مواجهات، ودخلها مقاتلو حركة الشباب صباح الثلاثاء، بحسب سكان. "
  "وقال مسؤول محلي إن الانسحاب جاء ضمن إعادة انتشار للقوات."),
 ["Strategic developments"], ["Non-violent transfer of territory"],
 [("الجيش الصومالي", S, "other"), ("حركة الشباب", A, "initiator")]),
("shot_opened_the_clash_nablus",
 ("اندلعت اشتباكات مسلحة في البلدة القديمة بمدينة نابلس فجر الثلاثاء عندما أطلق مقاومون النار على قوة إسرائيلية اقتحمت المنطقة، وفق شهود. "
  "وقالت وزارة الصحة الفلسطينية إن شابين أصيبا بالرصاص خلال المواجهات."),
 ["Battles"], ["Armed clash"],
 [("مقاومون", A, "initiator"), ("قوة إسرائيلية", S, "target"), ("شابين", I, "target")]),
("state_named_by_country_strike_iraq",
 ("قصفت طائرات أمريكية مواقع لفصائل مسلحة قرب مدينة القائم غربي العراق فجر الثلاثاء، ما أدى إلى مقتل أربعة من عناصرها. "
  "وهددت الفصائل بالرد على الغارات في الوقت المناسب."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("طائرات أمريكية", S, "initiator"), ("فصائل مسلحة", A, "target")]),
("shelling_of_town_under_factions_control_hama",
 ("قتلت امرأة وأصيب ثلاثة أطفال بقصف مدفعي لقوات النظام على بلدة كفرنبودة الواقعة تحت سيطرة الفصائل في ريف حماة الشمالي صباح الثلاثاء، "
  "بحسب الدفاع المدني السوري. "
  "وقال الدفاع المدني إن فرقه نقلت المصابين إلى مستشفى ميداني قريب."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("قوات النظام", S, "initiator"), ("امرأة", I, "target")]),
("ambush_with_since_then_strikes_mozambique",
 ("قتل أربعة جنود موزمبيقيين في كمين نصبه مسلحون لدوريتهم قرب بلدة ماكوميا في إقليم كابو ديلغادو يوم الاثنين، وفق مصدر أمني. "
  "وكان التمرد قد اندلع في الإقليم قبل سنوات. "
  "ومنذ ذلك الحين، شنت القوات الحكومية وحلفاؤها غارات جوية متكررة على معاقل المتمردين في الغابات."),
 ["Battles"], ["Armed clash"],
 [("مسلحون", A, "initiator"), ("جنود موزمبيقيين", S, "target")]),
("protesters_storm_oil_company_basra",
 ("اقتحم عشرات المحتجين مقر شركة نفطية في محافظة البصرة جنوبي العراق يوم الاثنين وحطموا نوافذه، ما أدى إلى إصابة ثلاثة من الحراس، "
  "بحسب مصدر في الشركة. "
  "وطالب المحتجون بتوفير فرص عمل لأبناء المنطقة، ملوحين بالعودة إذا لم تنفذ مطالبهم."),
 ["Riots"], ["Violent demonstration"],
 [("المحتجين", I, "initiator"), ("الحراس", I, "target")]),
("related_headlines_after_bombing_mogadishu",
 ("قتل أربعة أشخاص وأصيب تسعة آخرون بانفجار سيارة مفخخة قرب مطعم في حي هودن بالعاصمة الصومالية مقديشو مساء الاثنين، بحسب الشرطة.\n\n"
  "أخبار ذات صلة\n\n"
  "اعتقال خمسة مشتبه بهم في كيسمايو\n"
  "غارة أمريكية تستهدف قياديا في حركة الشباب\n\n"
  "وقال شهود إن الانفجار هز أرجاء الحي وألحق أضرارا بعدد من المحال التجارية."),
 ["Explosions/Remote violence"], ["Remote explosive/landmine/IED"],
 [("أشخاص", I, "target")]),
]

#: articles whose event types or sub-event types are still wrong, with the family of the error
TYPES_FAIL = {
}
#: articles whose sides are still wrong, with the family of the error
ACTORS_FAIL = {
    "strike_then_threat_to_respond_lebanon":
        "sides: a state named by its aircraft («طائرة مسيرة إسرائيلية») is no side, the army named in the "
        "threat is; victims of a passive toll («قتل شخصان») are no side",
    "roadside_bomb_condemned_somalia":
        "sides: victims of a passive toll («قتل ثلاثة جنود صوماليين») are no side",
    "teachers_protest_with_strike_threat_tunisia":
        "sides: the subject of «تظاهر» («تظاهر مئات المعلمين») is no side",
    "drone_strike_with_denial_qamishli":
        "sides: a state named by its aircraft («طائرة مسيرة تركية») is no side",
    "market_bomb_before_anniversary_baghdad":
        "sides: victims of a passive toll («قتل شخصان») are no side",
    "mobilisation_beside_clash_zawiya":
        "sides: the two parties of «اشتباكات بين مجموعتين مسلحتين» are no side",
    "missile_at_ship_intercepted_with_threat_red_sea":
        "sides: the interceptor that speaks («أعلنت القيادة المركزية الأمريكية أن مدمرة ... اعترضت») is no side",
    "village_attack_condemned_and_pursuit_promised_burkina":
        "sides: the army that only promises a pursuit («تعهد الجيش بملاحقة المهاجمين») is made a side",
    "cauca_clash_with_deployment_plan_colombia":
        "sides: the army after «في اشتباك مع» is no side",
    "kidnapping_with_ransom_demand_haiti":
        "sides: the police that only give the news, named with their country («بحسب الشرطة الهايتية»), are made a side",
    "protesters_storm_and_burn_office_iraq":
        "sides: the rioters («متظاهرون») as subject are no side",
    "shot_opened_the_clash_nablus":
        "sides: the force shot at («على قوة إسرائيلية») is no side; the wounded of another sentence are",
    "ambush_with_since_then_strikes_mozambique":
        "sides: victims of a passive toll («قتل أربعة جنود موزمبيقيين») are no side",
    "protesters_storm_oil_company_basra":
        "sides: the rioters («عشرات المحتجين») as subject and the wounded of the toll («ثلاثة من الحراس») are no sides",
    "related_headlines_after_bombing_mogadishu":
        "sides: the police that only give the news («بحسب الشرطة») are made a side; «أشخاص» (no kind) is no side",
    "state_named_by_country_strike_iraq":
        "sides: a state named by its aircraft («طائرات أمريكية») is no side",
}


@pytest.mark.parametrize("name, text, types, subs, actors", cases(ARTICLES, TYPES_FAIL))
def test_mentions_article_event_and_sub_event_types(name, text, types, subs, actors) -> None:
    found = figures(name, text, types, subs, actors)
    for measure in ("event_types", "sub_event_types"):
        assert (found[measure]["fp"], found[measure]["fn"]) == (0, 0), measure


@pytest.mark.parametrize("name, text, types, subs, actors", cases(ARTICLES, ACTORS_FAIL))
def test_mentions_article_actors(name, text, types, subs, actors) -> None:
    found = figures(name, text, types, subs, actors)
    assert (found["actors"]["fp"], found["actors"]["fn"]) == (0, 0)


def test_mentions_articles_are_many_and_named_once() -> None:
    names = [a[0] for a in ARTICLES]
    assert len(names) == len(set(names)) >= 15
    assert set(TYPES_FAIL) <= set(names) and set(ACTORS_FAIL) <= set(names)
