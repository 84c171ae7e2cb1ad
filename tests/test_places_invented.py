"""Places, seventh pass (issue 11): whole articles written for this test, their event places
coded by hand by the guidelines' locations section, and compared as the scorer compares
places (:func:`waqia.evaluation.score.predicted_places`, :func:`waqia.evaluation.match.same_place`).
Each article mixes what an outlet writes around an event: a dateline, a hospital, where a
speaker spoke, a background paragraph, roads, camps, villages the gazetteer does not know
and places in lists.  An article that still fails is a strict xfail naming its family."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.evaluation.match import Admin1Matcher, same_place
from waqia.evaluation.score import pair_up, predicted_places
from waqia.pipeline import default_pipeline
from waqia.settings import Settings

SY, IQ, YE, LB, PS, SD, SO, LY, BF = "SY", "IQ", "YE", "LB", "PS", "SD", "SO", "LY", "BF"

# (id, text, [(place, country, admin1 or None)])
ARTICLES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("mali-dateline-village",
     ("باماكو - أعلن الجيش المالي مقتل تسعة جنود في هجوم استهدف دورية عسكرية قرب بلدة تيسيت شمال شرقي "
     "البلاد. وقال متحدث باسم الجيش في مؤتمر صحفي بالعاصمة إن المهاجمين استخدموا عبوات ناسفة ودراجات "
     "نارية. وتشهد المنطقة منذ سنوات هجمات تتبناها جماعات مرتبطة بتنظيم القاعدة."),
     [("تيسيت", "ML", None)]),
    ("gaza-road-idiom",
     ("غزة - قتل ثلاثة فلسطينيين وأصيب آخرون في قصف إسرائيلي استهدف منزلا في حي الشجاعية شرق مدينة غزة "
     "فجر اليوم. ونعت فصائل فلسطينية القتلى وقالت إنهم ارتقوا على طريق القدس. وأفادت مصادر طبية في "
     "مستشفى المعمداني بأن بين المصابين طفلين."),
     [("الشجاعية", PS, "Gaza Strip"), ("غزة", PS, "Gaza Strip")]),
    ("damascus-fired-from",
     ("دمشق - قتل مدنيان وأصيب خمسة آخرون جراء سقوط قذائف أطلقتها فصائل من الغوطة الشرقية على حي باب توما "
     "في دمشق صباح اليوم، بحسب ما نقلته الوكالة الرسمية. وأضافت الوكالة أن الأضرار طالت عددا من المحال "
     "التجارية في الحي."),
     [("باب توما", SY, "Damascus"), ("دمشق", SY, "Damascus")]),
    ("shebaa-capital-speaks",
     ("بيروت - قتل شخصان في غارة بطائرة مسيرة استهدفت سيارة عند مدخل بلدة شبعا الحدودية مساء أمس. "
     "واتهمت وسائل إعلام مقربة من حزب الله إسرائيل بتنفيذ الغارة، بينما نفت دمشق أي علاقة للقتيلين "
     "بقواتها."),
     [("شبعا", LB, "Nabatiye")]),
    ("khamis-interception",
     ("الرياض - أعلن التحالف بقيادة السعودية أن الدفاعات الجوية اعترضت صاروخا باليستيا أطلقه الحوثيون "
     "باتجاه مدينة خميس مشيط جنوبي المملكة. وقال المتحدث باسم التحالف إن الصاروخ لم يسفر عن إصابات."),
     [("خميس مشيط", "SA", "Asir")]),
    ("hudaydah-hospital",
     ("الحديدة - قتل أربعة مدنيين بينهم امرأة في قصف مدفعي استهدف سوقا شعبيا في مديرية حيس جنوبي محافظة "
     "الحديدة. ونقل المصابون إلى مستشفى الثورة في مدينة الحديدة لتلقي العلاج، بحسب مصدر طبي."),
     [("حيس", YE, "Al Hudaydah"), ("الحديدة", YE, "Al Hudaydah")]),
    ("shirqat-hospital-elsewhere",
     ("قتل ثلاثة عناصر من الشرطة في هجوم مسلح على نقطة تفتيش في قضاء الشرقاط شمالي محافظة صلاح الدين. "
     "وقال مصدر أمني إن الجرحى نقلوا إلى مستشفى في مدينة الموصل لتلقي العلاج."),
     [("الشرقاط", IQ, "Salah ad Din"), ("صلاح الدين", IQ, "Salah ad Din")]),
    ("kirkuk-speaker-in-baghdad",
     ("أعلن محافظ كركوك، في تصريح أدلى به من بغداد، أن عبوة ناسفة انفجرت على دورية للجيش في ناحية الرشاد "
     "جنوب غربي كركوك، ما أدى إلى إصابة جنديين بجروح."),
     [("الرشاد", IQ, "Kirkuk"), ("كركوك", IQ, "Kirkuk")]),
    ("al-bab-background",
     ("قتل جنديان تركيان وأصيب ثالث في هجوم بقذائف الهاون على قاعدة عسكرية في منطقة الباب بريف حلب الشمالي "
     "الشرقي، وفق وزارة الدفاع التركية. وكانت القوات التركية قد شنت عام 2019 عملية عسكرية واسعة في مدينة "
     "رأس العين بريف الحسكة."),
     [("الباب", SY, "Aleppo"), ("حلب", SY, "Aleppo")]),
    ("deir-road-between",
     ("قتل سائق شاحنة وأصيب مرافقه إثر انفجار لغم أرضي على الطريق الواصل بين مدينتي دير الزور والميادين، "
     "بحسب ما أفاد ناشطون محليون."),
     [("دير الزور", SY, "Days Az Zawr"), ("الميادين", SY, "Days Az Zawr")]),
    ("zamzam-camp-geneva",
     ("أعلنت الأمم المتحدة مقتل طفلين وإصابة امرأة في حريق اندلع إثر سقوط قذيفة على مخيم زمزم للنازحين قرب "
     "مدينة الفاشر بولاية شمال دارفور. وقالت المنظمة في بيان من جنيف إن المخيم يؤوي مئات الآلاف."),
     [("زمزم", "SD", "North Darfur"), ("الفاشر", "SD", "North Darfur"), ("شمال دارفور", "SD", "North Darfur")]),
    ("zamfara-unknown-village",
     ("أفادت مصادر محلية بأن مسلحين مجهولين اختطفوا ستة مزارعين من قرية كوري داندا في ولاية زمفارا شمال "
     "غربي نيجيريا، مساء الاثنين. وطالب الخاطفون بفدية مقابل الإفراج عنهم."),
     [("كوري داندا", "NG", "Zamfara"), ("زمفارا", "NG", "Zamfara")]),
    ("idlib-list",
     ("شنت الطائرات الحربية الروسية غارات على بلدات كفرنبل وحاس والبارة في جبل الزاوية بريف إدلب الجنوبي، "
     "ما أدى إلى مقتل خمسة مدنيين، بحسب الدفاع المدني السوري. وقال الدفاع المدني إن فرقه انتشلت الضحايا "
     "من تحت الأنقاض."),
     [("كفرنبل", SY, "Idlib"), ("حاس", SY, "Idlib"), ("البارة", SY, "Idlib"), ("جبل الزاوية", SY, "Idlib"),
      ("إدلب", SY, "Idlib")]),
    ("beledweyne-dateline",
     ("مقديشو - قتل ما لا يقل عن عشرة أشخاص في انفجار سيارة مفخخة استهدف مطعما في مدينة بلدوين وسط الصومال، "
     "بحسب الشرطة المحلية. وتبنت حركة الشباب الهجوم في بيان نشرته عبر إذاعة تابعة لها."),
     [("بلدوين", "SO", "Hiiraan")]),
    ("tripoli-airport",
     ("طرابلس - اندلعت اشتباكات بين مجموعتين مسلحتين في منطقة عين زارة جنوبي العاصمة الليبية طرابلس، ما أسفر "
     "عن مقتل شخصين وإصابة سبعة آخرين، بحسب جهاز الإسعاف والطوارئ. وأعلن مطار معيتيقة تعليق الرحلات "
     "مؤقتا."),
     [("عين زارة", "LY", "Tajura' wa an Nawahi al Arba"), ("طرابلس", "LY", "Tajura' wa an Nawahi al Arba")]),
    ("waziristan-dateline",
     ("بيشاور - قتل ثلاثة من عناصر الأمن الباكستاني في هجوم على نقطة تفتيش في منطقة شمال وزيرستان بإقليم "
     "خيبر بختونخوا، وفق بيان للجيش. وأضاف البيان أن قوات الأمن قتلت اثنين من المهاجمين خلال الاشتباك."),
     [("شمال وزيرستان", "PK", "Khyber Pakhtunkhwa"), ("خيبر بختونخوا", "PK", "Khyber Pakhtunkhwa")]),
    ("sinai-two-cities",
     ("أعلن المتحدث العسكري المصري مقتل ثمانية مسلحين في مداهمات نفذتها القوات المسلحة في مناطق متفرقة من "
     "مدينتي العريش والشيخ زويد بمحافظة شمال سيناء. وأوضح المتحدث أن القوات ضبطت أسلحة وذخائر."),
     [("العريش", "EG", "Shamal Sina'"), ("الشيخ زويد", "EG", "Shamal Sina'"), ("شمال سيناء", "EG", "Shamal Sina'")]),
    ("taiz-speaker-in-marib",
     ("قال مصدر عسكري إن قناصا حوثيا قتل طفلة في حي الروضة شرقي مدينة تعز. وأضاف المصدر، في تصريح أدلى "
     "به من مدينة مأرب، أن القناصة يستهدفون المدنيين بشكل متكرر."),
     [("الروضة", YE, "Ta'izz"), ("تعز", YE, "Ta'izz")]),
    ("kharkiv-dateline-kyiv",
     ("كييف - قتل أربعة أشخاص وأصيب تسعة آخرون في قصف روسي استهدف مبنى سكنيا في مدينة خاركيف شمال شرقي "
     "أوكرانيا، بحسب حاكم المقاطعة. وأعلنت السلطات حالة الطوارئ في المدينة."),
     [("خاركيف", "UA", "Kharkiv")]),
    ("kunduz-mosque",
     ("أفادت الشرطة الأفغانية بأن انفجارا استهدف مسجدا خلال صلاة الجمعة في مدينة قندوز شمالي البلاد أسفر "
     "عن مقتل عشرات المصلين. وناشد مستشفى تديره منظمة إنسانية في المدينة السكان التبرع بالدم."),
     [("قندوز", "AF", "Kunduz")]),
    ("south-lebanon-pair",
     ("شنت طائرات إسرائيلية غارات على بلدتي عيتا الشعب ورامية في قضاء بنت جبيل، ما أدى إلى مقتل عنصرين من "
     "حزب الله. وكانت المنطقة قد شهدت حربا مدمرة في صيف عام 2006."),
     [("عيتا الشعب", LB, "Nabatiye"), ("رامية", LB, "Nabatiye"), ("بنت جبيل", LB, "Nabatiye")]),
    ("mutaibija-fled-to",
     ("فر عشرات السكان من قرية المطيبيجة إلى مدينة سامراء بعد هجوم شنه مسلحو تنظيم داعش على القرية أسفر عن "
     "مقتل راعيين. وقالت خلية الإعلام الأمني إن طيران الجيش استهدف أوكار التنظيم في المنطقة."),
     [("المطيبيجة", IQ, "Salah ad Din")]),
    ("omdurman-dateline-port-sudan",
     ("بورتسودان - قتل سبعة مدنيين في قصف مدفعي لقوات الدعم السريع على حي كرري في مدينة أم درمان، بحسب "
     "وزارة الصحة. ونقل الجرحى إلى مستشفى النو لتلقي العلاج."),
     [("كرري", "SD", "Khartoum"), ("أم درمان", "SD", "Khartoum")]),
    ("daraa-background-2018",
     ("أفاد ناشطون محليون بأن مسلحين مجهولين اغتالوا شابا بإطلاق النار عليه في بلدة اليادودة غربي مدينة درعا. "
     "وأشار الناشطون إلى أن الشاب كان عنصرا سابقا في فصائل المعارضة قبل اتفاق التسوية عام 2018."),
     [("اليادودة", SY, "Daraa"), ("درعا", SY, "Daraa")]),
    ("baga-borno",
     ("مايدوغوري - قتل مسلحون يشتبه بانتمائهم لجماعة بوكو حرام ثمانية صيادين قرب بلدة باغا في ولاية بورنو، "
     "بحسب زعيم محلي تحدث لوكالة فرانس برس."),
     [("باغا", "NG", "Borno"), ("بورنو", "NG", "Borno")]),
    ("balata-camp-ramallah",
     ("رام الله - استشهد شاب فلسطيني برصاص قوات الاحتلال خلال اقتحامها مخيم بلاطة شرق نابلس فجر اليوم، وفق "
     "وزارة الصحة الفلسطينية. وقالت الوزارة إن الشاب أصيب برصاصة في الصدر ونقل إلى مستشفى رفيديا حيث "
     "أعلنت وفاته."),
     [("بلاطة", PS, "West Bank"), ("نابلس", PS, "West Bank")]),
    ("anbar-desert-road",
     ("قتل أربعة من عناصر الحشد الشعبي بانفجار عبوة ناسفة استهدفت عجلتهم على الطريق الرابط بين مدينتي القائم "
     "وعكاشات في صحراء الأنبار غربي العراق."),
     [("القائم", IQ, "Anbar"), ("عكاشات", IQ, "Anbar"), ("الأنبار", IQ, "Anbar")]),
    ("hmeimim-drones",
     ("أعلنت وزارة الدفاع السورية أن الدفاعات الجوية تصدت لطائرات مسيرة أطلقتها فصائل مسلحة باتجاه قاعدة "
     "حميميم الجوية في ريف اللاذقية، دون وقوع إصابات."),
     [("حميميم", SY, "Latakia"), ("اللاذقية", SY, "Latakia")]),
    ("tillaberi-border",
     ("نيامي - قتل سبعة عشر جنديا في كمين نصبه مسلحون قرب بلدة كوتوغو في منطقة تيلابيري غربي النيجر، قرب "
     "الحدود مع مالي. وأعلنت وزارة الدفاع في بيان أذاعه التلفزيون الرسمي أن عشرين مسلحا قتلوا في الاشتباك."),
     [("كوتوغو", "NE", "Tillaberi"), ("تيلابيري", "NE", "Tillaberi")]),
    ("ituri-officials-in-bunia",
     ("قتل ما لا يقل عن عشرين قرويا في هجوم نسب إلى متمردين على قرية في إقليم إيتوري شرق الكونغو "
     "الديمقراطية، وفق مسؤولين محليين تحدثوا من مدينة بونيا."),
     [("إيتوري", "CD", "Ituri")]),
    ("marib-city",
     ("قتل وأصيب عدد من المدنيين جراء سقوط صاروخ أطلقه الحوثيون على حي سكني في مدينة مأرب، وفق ما أعلنه "
     "مكتب الصحة في المحافظة."),
     [("مأرب", YE, "Ma'rib")]),
    # ninth pass (issue 11): villages, districts, neighbourhoods, roads between two towns, crossings,
    # ports and camps beside a dateline, a speaker's city and a hospital elsewhere
    ("gezira-village-hospital",
     ("ود مدني - قتل سبعة مدنيين وأصيب عشرون آخرون في هجوم شنته قوات الدعم السريع على قرية التكينة شرقي "
      "ولاية الجزيرة مساء الثلاثاء، بحسب لجان مقاومة محلية. ونقل الجرحى إلى مستشفى في مدينة ود مدني، وقال "
      "طبيب هناك إن حالة ثلاثة منهم حرجة."),
     [("التكينة", SD, "Gezira"), ("الجزيرة", SD, "Gezira")]),
    ("mogadishu-district-background",
     ("مقديشو - قتل أربعة أشخاص بينهم جنديان في انفجار سيارة مفخخة قرب حاجز أمني في حي هدن بالعاصمة "
      "مقديشو صباح اليوم. وأعلنت حركة الشباب مسؤوليتها عن الهجوم في بيان نشرته على موقع مقرب منها. وكانت "
      "الحركة قد شنت خلال السنوات الماضية هجمات متفرقة في إقليم شبيلي السفلى."),
     [("هدن", SO, "Banaadir"), ("مقديشو", SO, "Banaadir")]),
    ("wasit-crossing-speaker",
     ("قتل عنصران من الشرطة الاتحادية في هجوم مسلح على نقطة تفتيش قرب منفذ زرباطية الحدودي مع إيران في "
      "محافظة واسط، بحسب مصدر أمني تحدث من بغداد. ونقلت الجثتان إلى مستشفى الكوت العام."),
     [("زرباطية", IQ, "Wasit"), ("واسط", IQ, "Wasit")]),
    ("aleppo-neighbourhood-speaker-town",
     ("حلب - قتل طفلان وأصيبت امرأة جراء سقوط قذائف على حي الشيخ مقصود في مدينة حلب مساء أمس، بحسب ما "
      "أفاد ناشطون. وقال مسؤول في المجلس المحلي، في تصريح أدلى به من مدينة أعزاز، إن المدنيين يعيشون "
      "حالة من الخوف."),
     [("الشيخ مقصود", SY, "Aleppo"), ("حلب", SY, "Aleppo")]),
    ("derna-neighbourhood-hospital",
     ("بنغازي - قتل ثلاثة مدنيين في اشتباكات مسلحة اندلعت ليل الجمعة في حي شيحا بمدينة درنة، بحسب جهاز "
      "الإسعاف والطوارئ. وأوضح الجهاز أن فرقه نقلت المصابين إلى مستشفى في مدينة البيضاء."),
     [("شيحا", LY, "Darnah"), ("درنة", LY, "Darnah")]),
    ("kfarkela-dateline-tyre",
     ("النبطية - استشهد مواطنان وأصيب ثالث في غارة نفذتها مسيرة إسرائيلية على سيارة عند أطراف بلدة كفركلا "
      "الحدودية ظهر اليوم، وفق الوكالة الوطنية للإعلام. ونقل المصاب إلى مستشفى في مدينة صور."),
     [("كفركلا", LB, "Nabatieh")]),
    ("djibo-fled-toward",
     ("واغادوغو - قتل خمسة عشر جنديا في هجوم شنه مسلحون على موقع عسكري في بلدة جيبو شمالي بوركينا فاسو، "
      "بحسب مصادر أمنية. وقال مصدر في العاصمة إن المهاجمين فروا باتجاه الحدود مع مالي."),
     [("جيبو", BF, "Sahel")]),
    ("diyala-road-between",
     ("قتل مدنيان وأصيب ثالث بانفجار عبوة ناسفة استهدفت سيارتهم على الطريق العام بين بعقوبة والخالص في "
      "محافظة ديالى، وفق مصدر في الشرطة. وأضاف المصدر أن قوة أمنية طوقت المكان وبدأت عملية تفتيش."),
     [("بعقوبة", IQ, "Diyala"), ("الخالص", IQ, "Diyala"), ("ديالى", IQ, "Diyala")]),
    ("daraa-two-villages-background",
     ("درعا - قصفت قوات النظام بالمدفعية الثقيلة بلدتي اليادودة والمزيريب في ريف درعا الغربي، ما أدى إلى "
      "مقتل امرأة وإصابة أربعة أطفال، بحسب ناشطين. ويأتي القصف بعد أشهر من اتفاق تسوية وقع في مدينة بصرى "
      "الشام."),
     [("اليادودة", SY, "Dar`a"), ("المزيريب", SY, "Dar`a"), ("درعا", SY, "Dar`a")]),
    ("ras-isa-port",
     ("قتل ثلاثة عمال وأصيب خمسة آخرون في غارات جوية استهدفت رصيف ميناء رأس عيسى في محافظة الحديدة، "
      "بحسب مصادر طبية. وقال متحدث باسم الحوثيين في صنعاء إن الغارات ألحقت أضرارا بخزانات الوقود."),
     [("رأس عيسى", YE, "Al Hudaydah"), ("الحديدة", YE, "Al Hudaydah")]),
    ("abu-shouk-camp",
     ("قتل عشرة نازحين وأصيب عشرات آخرون في قصف مدفعي استهدف مخيم أبو شوك للنازحين بمدينة الفاشر، وفق "
      "غرفة طوارئ محلية. وطالبت الغرفة المنظمات الدولية في بورتسودان بالتدخل العاجل."),
     [("أبو شوك", SD, "North Darfur"), ("الفاشر", SD, "North Darfur")]),
    ("sinjar-village-duhok-speaker",
     ("أربيل - قتل ثلاثة من عناصر وحدات حماية سنجار في غارة بطائرة مسيرة تركية استهدفت سيارتهم في قرية "
      "خانصور التابعة لقضاء سنجار غربي محافظة نينوى، وفق مسؤول محلي تحدث من مدينة دهوك."),
     [("خانصور", IQ, "Ninawa"), ("سنجار", IQ, "Ninawa"), ("نينوى", IQ, "Ninawa")]),
    ("jenin-camp-ramallah",
     ("استشهد شاب برصاص قوات الاحتلال خلال اقتحامها مخيم جنين فجر اليوم، وفق وزارة الصحة الفلسطينية في "
      "رام الله. وأفاد شهود بأن آليات عسكرية حاصرت مستشفى في المدينة لساعات."),
     [("جنين", PS, "West Bank")]),
    ("bulo-marer-base",
     ("قتل ستة جنود صوماليين في هجوم شنه مقاتلو حركة الشباب على قاعدة عسكرية في بلدة بولو مرير بإقليم "
      "شبيلي السفلى فجر الأحد، بحسب ضابط في الجيش تحدث من مقديشو. ونقل الجرحى إلى مستشفى في العاصمة."),
     [("بولو مرير", SO, "Shabeellaha Hoose"), ("شبيلي السفلى", SO, "Shabeellaha Hoose")]),
    ("qataba-village-hospital",
     ("أصيبت امرأة وطفلاها بسقوط قذيفة على منزلهم في قرية الحصين بمديرية قعطبة شمالي محافظة الضالع، ونقلوا "
      "إلى مستشفى النصر في مدينة الضالع لتلقي العلاج، وفق مصدر طبي."),
     [("الحصين", YE, "Ad Dali'"), ("قعطبة", YE, "Ad Dali'"), ("الضالع", YE, "Ad Dali'")]),
    ("turmus-ayya-speaker-nablus",
     ("اقتحم عشرات المستوطنين قرية ترمسعيا شمال شرق رام الله مساء الجمعة وأضرموا النار في منازل ومركبات، "
      "وأصيب ثلاثة شبان بالرصاص. وقال رئيس المجلس القروي في اتصال هاتفي من مدينة نابلس إن الأهالي تصدوا "
      "للمهاجمين."),
     [("ترمسعيا", PS, "West Bank"), ("رام الله", PS, "West Bank")]),
    ("jihad-neighbourhood-baghdad",
     ("بغداد - قتل موظف حكومي بانفجار عبوة لاصقة وضعت أسفل سيارته في حي الجهاد غربي العاصمة بغداد صباح "
      "اليوم، بحسب مصدر في وزارة الداخلية."),
     [("الجهاد", IQ, "Baghdad"), ("بغداد", IQ, "Baghdad")]),
    ("saraqib-road-two-towns",
     ("استهدفت طائرة مسيرة سيارة مدنية على الطريق الواصل بين بلدتي سرمين وسراقب شرقي إدلب، ما أدى إلى "
      "مقتل رجل وإصابة زوجته، وفق فرق الدفاع المدني في المحافظة."),
     [("سرمين", SY, "Idlib"), ("سراقب", SY, "Idlib"), ("إدلب", SY, "Idlib")]),
    # eleventh pass (issue 11): outlets of the Sahel, Somalia, Sudan, Libya, Iraq and Yemen; facilities
    # named by a quoted name or in construct, lists broken by counts, unknown villages
    ("menaka-market-counts",
     ("نواكشوط - قتل مسلحون يشتبه بانتمائهم لتنظيم الدولة في الصحراء الكبرى أحد عشر مدنيا في هجمات على "
      "قريتين بمنطقة ميناكا شرقي مالي، بينهم ثمانية في سوق أسبوعي. وقال مسؤول محلي إن السكان بدأوا النزوح "
      "نحو مدينة غاو."),
     [("ميناكا", "ML", "Menaka")]),
    ("kidal-drone-nouakchott-outlet",
     ("أفادت مصادر محلية بأن طائرة مسيرة تابعة للجيش المالي قصفت تجمعا لمسلحين قرب مدينة كيدال شمالي "
      "البلاد، ما أسفر عن مقتل ستة منهم، بينما قالت تنسيقية الحركات الأزوادية إن القتلى مدنيون من رعاة "
      "الماشية."),
     [("كيدال", "ML", "Kidal")]),
    ("baidoa-hotel-quoted",
     ("بيدوا - قتل خمسة أشخاص بينهم نائب في البرلمان الإقليمي في هجوم انتحاري استهدف فندق \"الشمس\" في "
      "مدينة بيدوا جنوب غربي الصومال مساء السبت. وتبنت حركة الشباب الهجوم في بيان قصير."),
     [("بيدوا", SO, "Bay")]),
    ("kismayo-port-counts",
     ("قتل ثلاثة جنود من القوات الخاصة وأصيب أربعة آخرون في اشتباكات مع مقاتلي حركة الشباب قرب ميناء "
      "مدينة كسمايو، بحسب ضابط تحدث لإذاعة محلية من العاصمة مقديشو."),
     [("كسمايو", SO, "Jubbada Hoose")]),
    ("el-obeid-market-shelling",
     ("الأبيض - قتل تسعة مدنيين وأصيب ثلاثون آخرون في قصف بالمسيرات نفذته قوات الدعم السريع على السوق "
      "الكبير بمدينة الأبيض عاصمة ولاية شمال كردفان، وفق ما أعلنته حكومة الولاية في بيان."),
     [("الأبيض", SD, "North Kordofan"), ("شمال كردفان", SD, "North Kordofan")]),
    ("kadugli-village-unknown",
     ("قالت مصادر أهلية إن مسلحين هاجموا قرية أم سردبة جنوب مدينة كادقلي بولاية جنوب كردفان، وقتلوا أربعة "
      "رعاة ونهبوا مئات الرؤوس من الماشية، قبل أن يلوذوا بالفرار."),
     [("أم سردبة", SD, "South Kordofan"), ("كادقلي", SD, "South Kordofan"),
      ("جنوب كردفان", SD, "South Kordofan")]),
    ("zawiya-refinery-clashes",
     ("طرابلس - اندلعت اشتباكات بالأسلحة المتوسطة بين مجموعتين مسلحتين قرب مصفاة الزاوية غربي العاصمة "
      "الليبية، ما أسفر عن مقتل شخصين وإصابة سبعة، حسب جهاز الإسعاف. وأعلن المجلس البلدي تعليق الدراسة في "
      "المدارس القريبة."),
     [("الزاوية", LY, "Az Zawiyah")]),
    ("sirte-background-2016",
     ("قتل جندي من الجيش الليبي وأصيب اثنان بانفجار لغم أرضي في منطقة الجيزة البحرية بمدينة سرت، وفق "
      "مصدر عسكري. ويعود اللغم إلى فترة سيطرة تنظيم الدولة على المدينة قبل أن تطرده قوات البنيان المرصوص "
      "منها في 2016."),
     [("الجيزة البحرية", LY, "Surt"), ("سرت", LY, "Surt")]),
    ("tarmiyah-orchards",
     ("قتل ضابط وجنديان في هجوم شنه مسلحو داعش على نقطة عسكرية في بساتين قضاء الطارمية شمالي بغداد، "
      "بحسب بيان لخلية الإعلام الأمني. ونقل المصابون إلى مستشفى الكاظمية."),
     [("الطارمية", IQ, "Baghdad"), ("بغداد", IQ, "Baghdad")]),
    ("lahij-district-aden-speaker",
     ("عدن - قتل أربعة جنود من قوات الحزام الأمني في هجوم بطائرة مسيرة على موقع عسكري في مديرية الحد "
      "بمحافظة لحج، وفق مصدر عسكري تحدث من عدن."),
     [("الحد", YE, "Lahij"), ("لحج", YE, "Lahij")]),
]

# article id -> the family of construction it still fails on
FAILING: dict[str, str] = {
    "zamzam-camp-geneva": "no event: a fire after a shell falls on a camp",
    "kharkiv-dateline-kyiv": "gazetteer: «خاركيف» unknown",
    "mutaibija-fled-to": "gazetteer: «المطيبيجة» unknown to the shipped sources (the flight is read)",
    "hmeimim-drones": "no event for «تصدت» (events); «قاعدة X الجوية» is read",
    "ituri-officials-in-bunia": "gazetteer: «إيتوري» unknown",
    "wasit-crossing-speaker": "a crossing named with «منفذ» (also «an outlet»: as a place word, check gained a false place)",
    "derna-neighbourhood-hospital": "gazetteer: Derna lies in the province «Al Qubbah» of the shipped GeoNames records",
    "bulo-marer-base": "an unknown name of two words whose second is a common word («بولو مرير»): read «بولو»",
    "daraa-two-villages-background": "a place of a background event («بعد أشهر من اتفاق وقع في X»; events stage)",
    "sirte-background-2016": "a district named by a noun and its adjective («الجيزة البحرية»): read the noun alone",
}


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return default_pipeline(Settings())


def _compare(pipeline: Any, text: str, gold: list[tuple[str, str, str | None]]) -> list[str]:
    rec = pipeline.run(text, published="2024-05-01")
    preds = predicted_places(rec["events"])
    golds = [{"text": t, "country": c, "admin1": a} for t, c, a in gold]
    pairing = pair_up(golds, preds, lambda g, p: same_place(g["text"], p.get("text") or p.get("name_ar")))
    wrong = [f"missed {g['text']}" for g in pairing.missed]
    wrong += [f"extra {p.get('text')}" for p in pairing.extra]
    for g, p in pairing.pairs:
        if p.get("country") != g["country"]:
            wrong.append(f"{g['text']}: country {p.get('country')}")
        if g["admin1"] and not Admin1Matcher().same(g["admin1"], p.get("admin1")):
            wrong.append(f"{g['text']}: admin1 {p.get('admin1')}")
        if not g["admin1"] and p.get("admin1"):
            wrong.append(f"{g['text']}: admin1 {p.get('admin1')} told by nothing")
    return wrong


@pytest.mark.parametrize(("name", "text", "gold"), [
    pytest.param(n, t, g, id=n, marks=[pytest.mark.xfail(strict=True, reason=FAILING[n])] if n in FAILING else [])
    for n, t, g in ARTICLES])
def test_places_invented_article(pipeline: Any, name: str, text: str, gold: list[tuple[str, str, str | None]]) -> None:
    assert _compare(pipeline, text, gold) == []


def _event_places(pipeline: Any, text: str) -> set[str]:
    rec = pipeline.run(text, published="2024-05-01")
    return {loc["text"] for ev in rec["events"] for loc in ev["locations"]}


def test_places_fire_launched_from_a_place_is_not_the_event(pipeline: Any) -> None:
    text = "أصيب ثلاثة مدنيين بقذائف أطلقها مسلحون من ريف حماة على مدينة محردة مساء أمس."
    assert _event_places(pipeline, text) == {"محردة"}


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش أن دفاعاته اعترضت طائرة مسيرة أطلقت باتجاه مدينة جازان صباح اليوم.", {"جازان"}),
    ("قتل جنديان بانفجار عبوة ناسفة في مدينة صعدة، وفر المهاجمون باتجاه مدينة جازان.", {"صعدة"}),
])
def test_places_an_interception_is_where_the_weapon_was_aimed(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل سبعة أشخاص في تفجير "الكرادة" وسط بغداد مساء الجمعة.', {"الكرادة", "بغداد"}),
    ("قتل سبعة أشخاص في تفجير الكرادة وسط بغداد مساء الجمعة.", {"الكرادة", "بغداد"}),
])
def test_places_a_name_set_in_quotes_after_an_attack_word(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل جنديان في هجوم بطائرات مسيرة على قاعدة "الصقر" في محافظة الأنبار.', {"الصقر", "الأنبار"}),
    ('اندلعت اشتباكات عنيفة على جبهة "الكسارات" شمال محافظة مأرب.', {"الكسارات", "مأرب"}),
])
def test_places_a_quoted_name_after_a_weak_place_word(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "قتل ثلاثة أشخاص بانفجار سيارة مفخخة في الضاحية الجنوبية لبيروت مساء السبت.",
    "أصيب عشرة مدنيين في غارة جوية استهدفت مبنى بالضاحية الجنوبية فجر اليوم.",
])
def test_places_the_southern_suburb_of_beirut_is_one_place(pipeline: Any, text: str) -> None:
    rec = pipeline.run(text, published="2024-05-01")
    found = {(loc["text"], loc["admin1"]) for ev in rec["events"] for loc in ev["locations"]}
    assert ("الضاحية الجنوبية", "Mount Lebanon") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل شخصان في غارة قرب مستشفى جنين مساء أمس.", {"جنين"}),
    ("قتل شخصان في غارة على مستودع ونقل الجرحى إلى مستشفى جنين مساء أمس.", set()),
])
def test_places_a_hospital_near_which_it_happened_names_the_place(pipeline: Any, text: str, expected: set[str]) -> None:
    assert _event_places(pipeline, text) == expected
