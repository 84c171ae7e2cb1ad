"""Whole invented articles, coded by hand as the guidelines code them (issue #10, seventh round).

Single-sentence probes pass where whole articles fail: sentences combine into one event or two, one
sentence's weapon decides the sub-type, a background sentence or a second event of another day
joins the story.  Each article is written for this test (outlets of many countries) and coded by
``shared/eval/GUIDELINES.md`` (events and actors sections) and the conventions of the dev gold
(an interception with no harm is disrupted weapons use, one whose strikes hit is the strike;
settlers' arson is violence against civilians).  The set of event types and of sub-event types and
the actors are compared as the scorer compares them (:mod:`waqia.evaluation.score`); an article the
pipeline still gets wrong is a strict xfail naming the family of its error.
"""

from __future__ import annotations

import pytest

from invented_events import cases, figures

S, A, I = "state_forces", "armed_group", "civilians"

#: name, text, event types, sub-event types, actors (text, category, role)
ARTICLES = [
("strike_toll_claim_lebanon",
 ("شنت طائرة مسيرة إسرائيلية غارة على سيارة في بلدة عيترون جنوبي لبنان ظهر اليوم الثلاثاء. "
  "وأعلنت وزارة الصحة اللبنانية في بيان أن الغارة أدت إلى مقتل شخصين وإصابة ثالث بجروح. "
  "وقال الجيش الإسرائيلي في بيان إنه استهدف عنصرا في حزب الله كان يعمل على إعادة بناء قدرات الحزب في المنطقة."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("الجيش الإسرائيلي", S, "initiator"), ("عنصرا في حزب الله", A, "target")]),
("clash_with_car_bomb_and_ambush_syria",
 ("هاجم مسلحون من تنظيم داعش نقطة لقوات سوريا الديمقراطية في ريف دير الزور الشرقي فجر اليوم، "
  "وفجروا سيارة مفخخة عند مدخلها قبل أن تندلع اشتباكات استمرت ساعتين. "
  "وقال مصدر عسكري إن ثلاثة من عناصر القوات قتلوا وأصيب خمسة آخرون. "
  "وأضاف أن المهاجمين نصبوا كمينا لتعزيزات وصلت إلى المكان."),
 ["Battles"], ["Armed clash"],
 [("تنظيم داعش", A, "initiator"), ("قوات سوريا الديمقراطية", A, "target")]),
("drones_intercepted_some_hit_ukraine",
 ("قالت القوات الجوية الأوكرانية إن دفاعاتها أسقطت 41 طائرة مسيرة من أصل 55 أطلقتها روسيا خلال الليل. "
  "وأضافت أن بقية الطائرات أصابت منشآت للطاقة في منطقة خاركيف، ما أدى إلى إصابة أربعة أشخاص. "
  "وأعلن حاكم المنطقة أن حريقا اندلع في إحدى المنشآت وتمت السيطرة عليه."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("روسيا", S, "initiator"), ("القوات الجوية الأوكرانية", S, "other")]),
("drones_intercepted_none_hit_ukraine",
 ("أعلن سلاح الجو الأوكراني صباح الخميس أن الدفاعات الجوية أسقطت 30 طائرة مسيرة من أصل 36 أطلقتها روسيا خلال الليل على مناطق عدة من البلاد. "
  "وأوضح أن بقية الطائرات فقدت في الأجواء بفعل الحرب الإلكترونية ولم تسجل أضرار."),
 ["Strategic developments"], ["Disrupted weapons use"],
 [("روسيا", S, "initiator"), ("سلاح الجو الأوكراني", S, "other")]),
("missile_intercepted_background_raid_yemen",
 ("أعلنت قوات التحالف بقيادة السعودية اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه مدينة جازان مساء الأحد. "
  "وقال المتحدث باسم التحالف إن شظايا الصاروخ تناثرت على أحياء سكنية دون وقوع إصابات. "
  "وكانت الجماعة قد أطلقت في الشهر الماضي طائرات مسيرة على مطار أبها."),
 ["Strategic developments"], ["Disrupted weapons use"],
 [("الحوثيون", A, "initiator"), ("قوات التحالف بقيادة السعودية", S, "other")]),
("checkpoint_attack_then_arrests_egypt",
 ("هاجم مسلحون كمينا أمنيا لقوات الشرطة جنوب مدينة العريش مساء الخميس بالأسلحة الرشاشة، ما أسفر عن مقتل مجندين اثنين. "
  "وفي اليوم التالي، نفذت قوات الأمن حملة مداهمات في قرى مجاورة واعتقلت 12 شخصا يشتبه في صلتهم بالهجوم."),
 ["Battles", "Strategic developments"], ["Armed clash", "Arrests"],
 [("مسلحون", A, "initiator"), ("قوات الشرطة", S, "target"), ("قوات الأمن", S, "initiator")]),
("protest_dispersed_second_protest_sudan",
 ("فرقت قوات الأمن السودانية بالغاز المسيل للدموع مظاهرة في وسط الخرطوم يوم السبت طالب المشاركون فيها بعودة الحكم المدني. "
  "وفي مدينة ود مدني، خرج مئات المحتجين في مسيرة سلمية جابت شوارع المدينة دون تدخل من الشرطة. "
  "وقالت لجان المقاومة إن عددا من المحتجين أصيبوا بحالات اختناق في الخرطوم."),
 ["Protests"], ["Protest with intervention", "Peaceful protest"],
 [("قوات الأمن السودانية", S, "initiator"), ("المحتجين", I, "target")]),
("school_abduction_nigeria",
 ("اختطف مسلحون مجهولون 20 طالبا من مدرسة داخلية في ولاية كادونا شمال غربي نيجيريا فجر الأربعاء. "
  "وقالت الشرطة المحلية إن المسلحين وصلوا على دراجات نارية وأطلقوا النار في الهواء قبل اقتياد الطلاب إلى الغابة. "
  "ولم تعلن أي جهة مسؤوليتها عن عملية الخطف."),
 ["Violence against civilians"], ["Abduction/forced disappearance"],
 [("مسلحون مجهولون", A, "initiator"), ("طالبا", I, "target")]),
("arrests_by_authorities_syria",
 ("اعتقلت قوات الأمن العام في محافظة حمص خمسة أشخاص بتهمة تهريب الأسلحة، في حملة أمنية نفذتها صباح الاثنين. "
  "وذكرت وزارة الداخلية في بيان أن الحملة أسفرت عن ضبط كميات من الذخائر."),
 ["Strategic developments"], ["Arrests"],
 [("قوات الأمن العام", S, "initiator")]),
("ied_with_background_attack_iraq",
 ("قتل جنديان عراقيان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دوريتهم في قضاء الطارمية شمالي بغداد مساء الجمعة. "
  "وقالت خلية الإعلام الأمني إن قوة من الجيش طوقت المنطقة وبدأت عمليات تفتيش. "
  "وكان تنظيم داعش قد شن قبل ثلاثة أشهر هجوما على نقطة للجيش في المنطقة نفسها أودى بحياة خمسة جنود."),
 ["Explosions/Remote violence"], ["Remote explosive/landmine/IED"],
 [("جنديان عراقيان", S, "target")]),
("settlers_arson_west_bank",
 ("أضرم مستوطنون النار في منازل ومركبات للمواطنين في قرية ترمسعيا شمال رام الله مساء الجمعة. "
  "وقال رئيس المجلس القروي إن عشرات المستوطنين هاجموا أطراف القرية تحت حماية جنود الاحتلال، وأحرقوا أربعة منازل وست سيارات. "
  "وأفادت جمعية الهلال الأحمر بأن طواقمها تعاملت مع ثلاث إصابات بالرصاص الحي."),
 ["Violence against civilians"], ["Attack"],
 [("مستوطنون", A, "initiator"), ("المواطنين", I, "target"), ("جنود الاحتلال", S, "other")]),
("shelling_from_camp_onto_town_syria",
 ("قصفت مدفعية الجيش السوري مواقع لفصائل المعارضة في بلدة كفرنبل بريف إدلب الجنوبي انطلاقا من معسكر جورين في ريف حماة. "
  "وقال ناشطون إن القصف أدى إلى مقتل مدني وإصابة آخرين بجروح."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("الجيش السوري", S, "initiator"), ("فصائل المعارضة", A, "target"), ("مدني", I, "target")]),
("suicide_car_bomb_claimed_somalia",
 ("انفجرت سيارة مفخخة يقودها انتحاري أمام مطعم مزدحم في العاصمة الصومالية مقديشو مساء الأحد. "
  "وقال ضابط في الشرطة إن 9 أشخاص قتلوا وأصيب 15 آخرون. "
  "وتبنت حركة الشباب المجاهدين الهجوم في بيان نشرته على موقع تابع لها."),
 ["Explosions/Remote violence"], ["Suicide bomb"],
 [("حركة الشباب المجاهدين", A, "initiator")]),
("generic_attack_on_base_mali",
 ("شن مسلحون يشتبه بانتمائهم لجماعة نصرة الإسلام والمسلمين هجوما على قاعدة للجيش المالي في منطقة موبتي وسط البلاد صباح الثلاثاء. "
  "وأعلن الجيش في بيان أنه صد الهجوم وقتل عشرة من المهاجمين، فيما قتل أربعة من جنوده."),
 ["Battles"], ["Armed clash"],
 [("جماعة نصرة الإسلام والمسلمين", A, "initiator"), ("الجيش المالي", S, "target")]),
("generic_attack_on_village_nigeria",
 ("قتل 15 قرويا في هجوم شنه مسلحون على قرية في ولاية بلاتو وسط نيجيريا ليل السبت. "
  "وقال مسؤول محلي إن المهاجمين أحرقوا عددا من المنازل قبل فرارهم."),
 ["Violence against civilians"], ["Attack"],
 [("مسلحون", A, "initiator"), ("قرويا", I, "target")]),
("grenade_on_police_station_pakistan",
 ("ألقى مجهول قنبلة يدوية على مركز للشرطة في مدينة كويتا جنوب غربي باكستان مساء الأربعاء، ما أدى إلى إصابة ثلاثة من أفراد الشرطة. "
  "وقالت الشرطة إنها فتحت تحقيقا في الحادث."),
 ["Explosions/Remote violence"], ["Grenade"],
 [("مجهول", A, "initiator"), ("أفراد الشرطة", S, "target")]),
("mortars_then_sniper_yemen",
 ("قصف الحوثيون بقذائف الهاون حي الروضة شرقي مدينة تعز مساء الاثنين، ما أسفر عن إصابة طفلين. "
  "وفي اليوم ذاته، قتلت امرأة برصاص قناص حوثي في حي عصيفرة شمالي المدينة، حسب مصادر طبية."),
 ["Explosions/Remote violence", "Violence against civilians"], ["Shelling/artillery/missile attack", "Attack"],
 [("الحوثيون", A, "initiator"), ("طفلين", I, "target"), ("امرأة", I, "target")]),
("violent_demonstration_iraq",
 ("أحرق محتجون غاضبون إطارات السيارات وأغلقوا الطرق الرئيسية في مدينة الناصرية جنوبي العراق يوم الأحد احتجاجا على انقطاع الكهرباء، ورشقوا مبنى المحافظة بالحجارة. "
  "وقالت الشرطة إن عشرة من عناصرها أصيبوا بجروح."),
 ["Riots"], ["Violent demonstration"],
 [("محتجون", I, "initiator"), ("الشرطة", S, "target")]),
("militias_clash_tripoli",
 ("اندلعت اشتباكات مسلحة بين جهاز الردع وكتيبة مسلحة منافسة في حي سوق الجمعة بطرابلس ليلة الثلاثاء، استخدمت فيها الأسلحة المتوسطة. "
  "وأعلن جهاز الإسعاف والطوارئ مقتل ثلاثة مدنيين بينهم طفل جراء رصاص طائش. "
  "ودعت حكومة الوحدة الوطنية الطرفين إلى وقف القتال فورا."),
 ["Battles"], ["Armed clash"],
 [("جهاز الردع", A, "initiator"), ("كتيبة مسلحة منافسة", A, "initiator"), ("مدنيين", I, "target")]),
("army_regains_town_sudan",
 ("أعلن الجيش السوداني استعادة السيطرة على مدينة سنجة عاصمة ولاية سنار بعد معارك مع قوات الدعم السريع استمرت أياما. "
  "وبث جنود مقاطع مصورة من داخل مقر الفرقة السابعة عشرة في المدينة."),
 ["Battles"], ["Government regains territory", "Armed clash"],
 [("الجيش السوداني", S, "initiator"), ("قوات الدعم السريع", A, "target")]),
("shooting_then_separate_ied_daraa",
 ("قتل شاب برصاص مسلحين مجهولين في بلدة الصنمين بريف درعا الشمالي مساء الأحد. "
  "وفي حادث منفصل، انفجرت عبوة ناسفة بسيارة عسكرية على طريق درعا دمشق صباح الاثنين، دون أنباء عن إصابات."),
 ["Violence against civilians", "Explosions/Remote violence"], ["Attack", "Remote explosive/landmine/IED"],
 [("مسلحين مجهولين", A, "initiator"), ("شاب", I, "target")]),
("us_air_strike_somalia",
 ("قالت القيادة الأمريكية في أفريقيا إنها نفذت غارة جوية استهدفت عناصر من حركة الشباب قرب بلدة جلب في إقليم جوبا الوسطى يوم الجمعة. "
  "وأضافت في بيان أن التقييم الأولي يشير إلى مقتل ثلاثة مسلحين وعدم سقوط ضحايا مدنيين."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("القيادة الأمريكية في أفريقيا", S, "initiator"), ("حركة الشباب", A, "target")]),
("turkish_shelling_then_drone_syria",
 ("قصفت المدفعية التركية قرى عدة في ريف منبج شرقي حلب انطلاقا من قواعدها في منطقة جرابلس مساء السبت. "
  "وقال مجلس منبج العسكري إن القصف أصاب منازل المدنيين وألحق بها أضرارا مادية. "
  "وفي وقت لاحق، استهدفت طائرة مسيرة تركية سيارة على طريق القامشلي ما أدى إلى مقتل شخصين."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack", "Air/drone strike"],
 [("المدفعية التركية", S, "initiator")]),
("raid_arrests_and_clash_tulkarm",
 ("اقتحمت قوات الاحتلال الإسرائيلي مدينة طولكرم فجر اليوم، واعتقلت ثمانية شبان بعد مداهمة منازلهم. "
  "واشتبك مقاومون مع القوات المقتحمة بالأسلحة النارية، وأصيب شاب برصاص الجنود خلال الاشتباكات."),
 ["Strategic developments", "Battles"], ["Arrests", "Armed clash"],
 [("قوات الاحتلال الإسرائيلي", S, "initiator"), ("ثمانية شبان", I, "target"), ("مقاومون", A, "initiator"),
  ("شاب", I, "target")]),
("rockets_on_base_claimed_iraq",
 ("سقطت ثلاثة صواريخ كاتيوشا على قاعدة عين الأسد الجوية غربي العراق التي تضم قوات أمريكية مساء الثلاثاء. "
  "وقال مصدر أمني إن الصواريخ أطلقت من منطقة زراعية قرب ناحية البغدادي ولم تسفر عن إصابات. "
  "وتبنت فصائل المقاومة الإسلامية في العراق الهجوم في بيان."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("فصائل المقاومة الإسلامية في العراق", A, "initiator"), ("قوات أمريكية", S, "target")]),
("de_facto_authority_arrests_yemen",
 ("اعتقلت جماعة الحوثي تسعة من موظفي الأمم المتحدة في صنعاء خلال حملة مداهمات نفذتها يوم الخميس. "
  "وقال المتحدث باسم الأمين العام إن المنظمة لم تتلق أي تفسير لاحتجاز موظفيها وطالب بالإفراج عنهم فورا."),
 ["Strategic developments"], ["Arrests"],
 [("جماعة الحوثي", A, "initiator"), ("موظفي الأمم المتحدة", I, "target")]),
("gang_kidnapping_haiti",
 ("اختطفت عصابة مسلحة سبعة أشخاص بينهم راهبتان من حافلة على طريق شمال العاصمة الهايتية بور أو برنس صباح الجمعة. "
  "وطالب الخاطفون بفدية قدرها مليون دولار مقابل الإفراج عنهم، وفق ما أعلنته الشرطة الوطنية."),
 ["Violence against civilians"], ["Abduction/forced disappearance"],
 [("عصابة مسلحة", A, "initiator"), ("سبعة أشخاص", I, "target")]),
("live_fire_on_protesters_iraq",
 ("أطلقت قوات الأمن الرصاص الحي على متظاهرين تجمعوا أمام مقر الحكومة المحلية في مدينة السليمانية يوم الاثنين، فقتلت اثنين منهم وأصابت 11 آخرين. "
  "وكان المتظاهرون يطالبون بصرف رواتب الموظفين المتأخرة منذ أشهر."),
 ["Protests"], ["Excessive force against protesters"],
 [("قوات الأمن", S, "initiator"), ("متظاهرين", I, "target")]),
("air_strike_and_rockets_gaza",
 ("استشهد خمسة فلسطينيين بينهم طفلان في غارة جوية إسرائيلية استهدفت منزلا في مخيم النصيرات وسط قطاع غزة فجر اليوم، وفق الدفاع المدني. "
  "وفي المقابل، أعلنت سرايا القدس إطلاق رشقة صاروخية على مستوطنات غلاف غزة، فيما قال الجيش الإسرائيلي إن القبة الحديدية اعترضت معظمها."),
 ["Explosions/Remote violence"], ["Air/drone strike", "Shelling/artillery/missile attack"],
 [("الجيش الإسرائيلي", S, "initiator"), ("فلسطينيين", I, "target"), ("سرايا القدس", A, "initiator")]),
("mosque_suicide_bombing_pakistan",
 ("فجر انتحاري نفسه داخل مسجد خلال صلاة الجمعة في مدينة بيشاور شمال غربي باكستان، ما أسفر عن مقتل 30 مصليا على الأقل وإصابة أكثر من 50. "
  "وأعلن تنظيم ولاية خراسان التابع لداعش مسؤوليته عن التفجير عبر وكالة أعماق. "
  "وقالت الشرطة إن الانتحاري تمكن من تجاوز نقطة التفتيش عند مدخل المسجد."),
 ["Explosions/Remote violence"], ["Suicide bomb"],
 [("تنظيم ولاية خراسان التابع لداعش", A, "initiator"), ("مصليا", I, "target")]),
("rebels_take_town_congo",
 ("سيطرت حركة إم 23 المتمردة على بلدة روبايا شرقي الكونغو الديمقراطية بعد معارك مع الجيش الكونغولي استمرت يومين، وفق مصادر محلية. "
  "وقالت الحركة في بيان إن مقاتليها باتوا يسيطرون على مناجم المعادن في المنطقة."),
 ["Battles"], ["Non-state actor overtakes territory", "Armed clash"],
 [("حركة إم 23 المتمردة", A, "initiator"), ("الجيش الكونغولي", S, "target")]),
("landmine_children_yemen",
 ("قتل طفل وأصيب شقيقه بانفجار لغم أرضي من مخلفات الحرب أثناء رعيهما الأغنام في مديرية حيس جنوبي الحديدة يوم الأحد. "
  "واتهمت مصادر حكومية جماعة الحوثي بزرع آلاف الألغام في المنطقة خلال السنوات الماضية."),
 ["Explosions/Remote violence"], ["Remote explosive/landmine/IED"],
 [("طفل", I, "target"), ("جماعة الحوثي", A, "initiator")]),
("convoy_ambush_with_ied_burkina",
 ("تعرضت قافلة للجيش البوركيني لكمين نصبه مسلحون قرب بلدة جيبو شمالي البلاد يوم الأحد، بدأ بانفجار عبوة ناسفة بإحدى المركبات قبل أن يفتح المهاجمون النار على الجنود. "
  "وأعلن الجيش مقتل 11 جنديا وفقدان آخرين، مؤكدا أن الرد أسفر عن تحييد عشرات الإرهابيين."),
 ["Battles"], ["Armed clash"],
 [("مسلحون", A, "initiator"), ("الجيش البوركيني", S, "target")]),
("named_activist_assassinated_basra",
 ("اغتال مسلحون مجهولون يستقلون دراجة نارية الناشط المدني حسين الساعدي أمام منزله في مدينة البصرة مساء الثلاثاء. "
  "وقالت مصادر أمنية إن الساعدي كان من أبرز منظمي الاحتجاجات في المحافظة."),
 ["Violence against civilians"], ["Attack"],
 [("مسلحون مجهولون", A, "initiator"), ("الناشط المدني حسين الساعدي", I, "target")]),
("recent_abduction_told_as_context_kirkuk",
 ("قتل ثلاثة من عناصر الشرطة الاتحادية في هجوم شنه مسلحون على دوريتهم في قضاء الحويجة جنوب غربي كركوك مساء الاثنين. "
  "وقال ضابط في الشرطة إن المهاجمين فروا باتجاه الوديان القريبة بعد تبادل لإطلاق النار استمر نصف ساعة. "
  "وكان مسلحون قد خطفوا يوم السبت الماضي راعيا من قرية قريبة من المنطقة نفسها، ولا يزال مصيره مجهولا."),
 ["Battles", "Violence against civilians"], ["Armed clash", "Abduction/forced disappearance"],
 [("مسلحون", A, "initiator"), ("الشرطة الاتحادية", S, "target"), ("راعيا", I, "target")]),
("shelling_with_agreement_background_idlib",
 ("قصفت قوات النظام بالمدفعية الثقيلة بلدة كنصفرة في جبل الزاوية جنوبي إدلب صباح اليوم، ما أدى إلى إصابة امرأة وطفلها. "
  "ويأتي ذلك بعد أشهر من توقيع اتفاق لوقف إطلاق النار بين روسيا وتركيا في المنطقة."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("قوات النظام", S, "initiator"), ("امرأة", I, "target")]),
("shells_then_blast_toll_school",
 ("سقطت قذائف صاروخية على حي سكني في مدينة الفاشر مساء الأربعاء مصدرها مواقع قوات الدعم السريع شرقي المدينة. "
  "وقال الدفاع المدني إن انفجار إحدى القذائف قرب مدرسة أدى إلى مقتل طفلين وإصابة ستة آخرين."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("قوات الدعم السريع", A, "initiator"), ("طفلين", I, "target")]),
("air_raids_then_bombardment_hit_hospital",
 ("شن الطيران الحربي الروسي أربع غارات على أطراف مدينة أريحا جنوبي إدلب ظهر الأحد. "
  "وقال ناشطون إن القصف طال محيط المستشفى الوطني في المدينة وأدى إلى خروجه عن الخدمة، دون تسجيل إصابات."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("الطيران الحربي الروسي", S, "initiator")]),
("protest_then_organisers_arrested_next_day",
 ("تظاهر مئات الأشخاص في ساحة الاستقلال وسط العاصمة التونسية يوم الجمعة رفضا لغلاء الأسعار، ورفعوا شعارات تطالب بالتشغيل. "
  "وفي اليوم التالي، اعتقلت الشرطة خمسة من منظمي المظاهرة بتهمة تعطيل حركة المرور، وفق ما أعلنته نقابة محلية."),
 ["Protests", "Strategic developments"], ["Peaceful protest", "Arrests"],
 [("الشرطة", S, "initiator")]),
("drone_strike_on_leader_then_second_strike",
 ("قتل قيادي في حركة الشباب واثنان من مرافقيه بغارة نفذتها طائرة مسيرة على سيارتهم قرب مدينة بوالي جنوبي الصومال مساء الخميس. "
  "وأعلن الجيش الصومالي في بيان أن الغارة جرت بالتنسيق مع شركاء دوليين. "
  "وفي صباح اليوم التالي، استهدفت غارة ثانية تجمعا لعناصر الحركة في منطقة جلب دون معلومات عن الخسائر."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("الجيش الصومالي", S, "initiator"), ("حركة الشباب", A, "target")]),
("battle_with_artillery_and_drones_inside",
 ("اندلعت معارك عنيفة بين الجيش الكونغولي ومتمردي حركة إم 23 على مشارف مدينة ساكي شرقي البلاد يوم الثلاثاء، استخدم فيها الطرفان المدفعية الثقيلة. "
  "وقالت مصادر محلية إن قذيفة سقطت على مخيم للنازحين قرب المدينة فقتلت أربعة منهم."),
 ["Battles", "Explosions/Remote violence"], ["Armed clash", "Shelling/artillery/missile attack"],
 [("الجيش الكونغولي", S, "initiator"), ("متمردي حركة إم 23", A, "initiator"), ("النازحين", I, "target")]),
("headline_then_body_shelling_omdurman",
 ("مقتل خمسة مدنيين بقصف للدعم السريع على أم درمان\n"
  "قتل خمسة مدنيين وأصيب 12 آخرون جراء قصف مدفعي شنته قوات الدعم السريع على أحياء في مدينة أم درمان يوم الأحد، وفق ما أفادت به غرفة طوارئ المدينة. "
  "وقالت الغرفة إن القذائف سقطت على سوق شعبي ومنازل المواطنين. "
  "وتشهد المدينة منذ أشهر مواجهات متقطعة بين الجيش وقوات الدعم السريع."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("قوات الدعم السريع", A, "initiator"), ("مدنيين", I, "target")]),
("suicide_car_bomb_opens_assault_on_checkpoint",
 ("فجر انتحاري سيارة مفخخة عند حاجز للجيش النيجري قرب بلدة تيلابيري غربي البلاد فجر الأحد، ثم اقتحم عشرات المسلحين الحاجز واشتبكوا مع الجنود لساعات. "
  "وأعلنت وزارة الدفاع مقتل 14 جنديا و30 من المهاجمين."),
 ["Battles"], ["Armed clash"],
 [("المسلحين", A, "initiator"), ("الجيش النيجري", S, "target")]),
("blasts_heard_then_air_raids_hodeidah",
 ("دوت انفجارات عنيفة في مدينة الحديدة غربي اليمن فجر اليوم إثر غارات شنتها طائرات أمريكية وبريطانية على مواقع لجماعة الحوثي. "
  "وقالت قناة المسيرة التابعة للجماعة إن الغارات استهدفت منطقة الكثيب ومطار المدينة."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("طائرات أمريكية وبريطانية", S, "initiator"), ("جماعة الحوثي", A, "target")]),
("villagers_killed_then_army_pursuit_next_day",
 ("قتل مسلحون 12 مدنيا في هجوم على قرية في ولاية زامفارا شمال غربي نيجيريا يوم الأحد. "
  "وفي اليوم التالي، اشتبكت قوات الجيش مع المهاجمين في غابة قريبة وقتلت سبعة منهم، بحسب متحدث عسكري."),
 ["Violence against civilians", "Battles"], ["Attack", "Armed clash"],
 [("مسلحون", A, "initiator"), ("مدنيا", I, "target"), ("قوات الجيش", S, "initiator")]),
("rockets_fell_then_claimed_sderot",
 ("سقطت ثلاثة صواريخ أطلقت من قطاع غزة على مدينة سديروت مساء الجمعة دون أن تسفر عن إصابات، وفق الجيش الإسرائيلي. "
  "وتبنت كتائب القسام في بيان قصف المدينة برشقة صاروخية ردا على استهداف منزل في رفح."),
 ["Explosions/Remote violence"], ["Shelling/artillery/missile attack"],
 [("كتائب القسام", A, "initiator")]),
("assassination_by_drone_strike",
 ("اغتالت إسرائيل قياديا في حركة حماس بغارة نفذتها طائرة مسيرة على سيارته في مدينة صور جنوبي لبنان ظهر الاثنين. "
  "وأكدت الحركة في بيان مقتل القيادي ومرافقه."),
 ["Explosions/Remote violence"], ["Air/drone strike"],
 [("إسرائيل", S, "initiator"), ("حركة حماس", A, "target")]),
]

#: articles whose event types or sub-event types are still wrong, with the family of the error
TYPES_FAIL = {
    "protest_dispersed_second_protest_sudan":
        "protests: two protests of one story share one sub-type, and suffocation from tear gas counts as a wounding (excessive force)",
    "convoy_ambush_with_ied_burkina":
        "weapon inside a battle: the weak «كمين» beside the strong «عبوة ناسفة» is absorbed (letting it stand lowered check)",
    "named_activist_assassinated_basra":
        "background: «من أبرز منظمي الاحتجاجات» describes the victim and tells no protest",
}
#: articles whose sides are still wrong, with the family of the error
ACTORS_FAIL = {
    "strike_toll_claim_lebanon":
        "sides: the target named in a statement («استهدف عنصرا في حزب الله») is no side",
    "drones_intercepted_some_hit_ukraine":
        "sides: the launcher in a relative clause («أطلقتها روسيا») and the interceptor are no sides",
    "drones_intercepted_none_hit_ukraine":
        "sides: the launcher in a relative clause («أطلقتها روسيا») and the interceptor are no sides",
    "ied_with_background_attack_iraq":
        "sides: victims as the subject of a passive toll («قتل جنديان») are no side",
    "grenade_on_police_station_pakistan":
        "sides: «مجهول» (an unknown man) is no side",
    "mortars_then_sniper_yemen":
        "sides: «قناص حوثي» is a second name for the Houthis",
    "violent_demonstration_iraq":
        "sides: the rioters («محتجون») as subject are no side",
    "militias_clash_tripoli":
        "sides: the rival «كتيبة مسلحة منافسة» is no side",
    "us_air_strike_somalia":
        "sides: the speaker who carried out the strike («قالت القيادة ... إنها نفذت») is missed; civilians of a negated toll are a side",
    "de_facto_authority_arrests_yemen":
        "sides: the detainees («موظفي الأمم المتحدة») are no side",
    "gang_kidnapping_haiti":
        "sides: the abducted («سبعة أشخاص») are no side",
    "mosque_suicide_bombing_pakistan":
        "sides: the claimant is split in two («ولاية خراسان», «داعش»); the police (a source) are made a side",
    "landmine_children_yemen":
        "sides: the accused planter («اتهمت ... جماعة الحوثي بزرع») is no side",
    "headline_then_body_shelling_omdurman":
        "sides: «منازل المواطنين» (whose houses) is made a side and hides the civilians counted",
    "suicide_car_bomb_opens_assault_on_checkpoint":
        "sides: the bomber stands for the armed men who stormed the post («اقتحم عشرات المسلحين»)",
    "blasts_heard_then_air_raids_hodeidah":
        "sides: the aircraft of two states («طائرات أمريكية وبريطانية») are no side",
    "rockets_fell_then_claimed_sderot":
        "sides: the army that only gives the toll («وفق الجيش الإسرائيلي») is made a side",
    "assassination_by_drone_strike":
        "sides: a state named by its country («اغتالت إسرائيل») is no side",
}


@pytest.mark.parametrize("name, text, types, subs, actors", cases(ARTICLES, TYPES_FAIL))
def test_invented_article_event_and_sub_event_types(name, text, types, subs, actors) -> None:
    found = figures(name, text, types, subs, actors)
    for measure in ("event_types", "sub_event_types"):
        assert (found[measure]["fp"], found[measure]["fn"]) == (0, 0), measure


@pytest.mark.parametrize("name, text, types, subs, actors", cases(ARTICLES, ACTORS_FAIL))
def test_invented_article_actors(name, text, types, subs, actors) -> None:
    found = figures(name, text, types, subs, actors)
    assert (found["actors"]["fp"], found["actors"]["fn"]) == (0, 0)


def test_invented_articles_are_many_and_named_once() -> None:
    names = [a[0] for a in ARTICLES]
    assert len(names) == len(set(names)) >= 25
    assert set(TYPES_FAIL) <= set(names) and set(ACTORS_FAIL) <= set(names)
