"""Speakers left unread by session 26's probes (#10, session 26): our own sentences.

A body in no list named after the «ل» of «وفقا لـ» is named without it («وفقا لنادي X»: «نادي X»),
and a definite noun of victims that closes a chain of nouns in construct is the genitive of the
name («نادي الأسير», «هيئة شؤون الأسرى», «رابطة أهالي المفقودين»), not where the name ends.
"""

from __future__ import annotations

import pytest

from case_files import claims


@pytest.mark.parametrize(("text", "name"), [
    ("اعتقل الجيش 25 شابا من مخيم جنين، وفقا لنادي الأسير.", "نادي الأسير"),
    ("اعتقل الجيش 11 شابا خلال مداهمات ليلية في الخليل وفقا لهيئة شؤون الأسرى.", "هيئة شؤون الأسرى"),
    ("قتل 6 صيادين بنيران زورق حربي وفقا لنقابة الصيادين.", "نقابة الصيادين"),
    ("واعتقلت الشرطة 9 أشخاص في أعقاب المواجهات، وفقا لرابطة المحامين.", "رابطة المحامين"),
    ("وقال نادي الأسير إن قوات الاحتلال اعتقلت 40 فلسطينيا منذ مساء أمس.", "نادي الأسير"),
    ("وأفادت رابطة أهالي المفقودين بأن مسلحين خطفوا 9 صيادين قرب الساحل.", "رابطة أهالي المفقودين"),
    ("وأعلن مكتب شؤون الشهداء مقتل 7 من عناصر الشرطة في الاشتباكات.", "مكتب شؤون الشهداء"),
    ("وأكدت عائلة القتيل أن مسلحين خطفوا 3 من أشقائه فجر اليوم.", "عائلة القتيل"),
    ("ذكرت جمعية الجرحى أن 12 شخصا أصيبوا برصاص القناصة في الحي.", "جمعية الجرحى"),
])
def test_a_name_after_lam_and_its_genitive_of_victims(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("وأكدت الوزارة ارتفاع عدد القتلى إلى 30 شخصا.", "الوزارة"),  # a definite chain: no genitive of a name
    ("قالت الشرطة إن حصيلة الجرحى بلغت 11 شخصا.", "الشرطة"),
    ("وقالت وزارة الصحة إن عدد الشهداء ارتفع إلى 20.", "وزارة الصحة"),
])
def test_controls_a_toll_of_victims_is_no_name(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


@pytest.mark.parametrize(("text", "name"), [
    ("ونسبت وكالة رويترز إلى مسؤول أمني قوله إن 6 جنود قتلوا في الكمين.", "مسؤول أمني"),
    ("ونسبت صحيفة الشرق الأوسط إلى مصادر محلية قولها إن المسلحين خطفوا 12 مدنيا.", "مصادر محلية"),
    ("نسب التلفزيون الرسمي إلى قائد الشرطة قوله إن 3 من رجال الأمن أصيبوا.", "قائد الشرطة"),
    ("ونسبت القناة إلى شهود عيان قولهم إن الغارة قتلت 9 أشخاص.", "شهود عيان"),
])
def test_words_ascribed_to_a_speaker(text: str, name: str) -> None:
    """«نسبت X إلى Y قوله إن»: Y speaks, X relays."""
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


@pytest.mark.parametrize("text", [
    "ونسبت الشرطة الهجوم الذي قتل فيه 5 جنود إلى تنظيم داعش.",  # blame, no words passed on
    "ونسبت الحكومة مقتل 7 مدنيين إلى قصف مدفعي للمتمردين.",
])
def test_blame_ascribed_is_no_relay(text: str) -> None:
    (claim,) = claims(text)
    assert claim["source"] is None or claim["source"]["name"] is None


@pytest.mark.parametrize(("text", "name"), [
    ("حذرت الأمم المتحدة من تدهور الأوضاع في الإقليم. وذكرت المنظمة الأممية أن 22 مدنيا قتلوا في القصف.",
     "الأمم المتحدة"),
    ("دعت الأمم المتحدة إلى وقف القتال فورا. وقالت المنظمة الدولية إن 13 مدنيا قتلوا خلال يومين.", "الأمم المتحدة"),
    ("أعربت يونيسف عن قلقها على الأطفال. وقالت المنظمة إن 8 أطفال قتلوا في الغارة.", "يونيسف"),
    ("أعلنت الأونروا إغلاق مدارسها في المخيم. وقالت الوكالة إن 3 من موظفيها قتلوا في القصف.", "الأونروا"),
])
def test_a_body_told_back_by_a_generic_noun(text: str, name: str) -> None:
    """«المنظمة», «المنظمة الدولية» after «الأمم المتحدة»: the body named before (source_names.tsv ``called``)."""
    found = [c["source"]["name"] for c in claims(text)]
    assert found and all(name in f for f in found), found


def test_the_last_organization_named_is_the_one_told_back() -> None:
    text = "قالت الأمم المتحدة إن الوضع خطير. وقالت منظمة العفو الدولية إن 5 معتقلين توفوا. وأضافت المنظمة أن 7 آخرين أصيبوا."
    assert [c["source"]["name"] for c in claims(text)] == ["منظمة العفو الدولية", "منظمة العفو الدولية"]


def test_another_body_between_does_not_take_the_generic_noun() -> None:
    text = "قالت الأمم المتحدة إن الوضع خطير. وقالت الشرطة إن 5 أشخاص قتلوا. وأضافت المنظمة أن 7 آخرين أصيبوا."
    assert [c["source"]["name"] for c in claims(text)] == ["الشرطة", "الأمم المتحدة"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الشيخ علي الكعبي، أحد وجهاء العشائر، إن 5 من أبناء العشيرة خطفوا.", "الشيخ علي الكعبي"),
    ("وقال الشيخ علي، أحد وجهاء القرية، إن مسلحين خطفوا 5 من أبناء القرية.", "الشيخ علي"),
    ("وقال العقيد علي الجبوري، قائد الشرطة في المدينة، إن 3 من عناصره أصيبوا.", "العقيد علي الجبوري"),
    ("وأكد الدكتور علي المصري، مدير المستشفى، أن 14 جريحا وصلوا.", "الدكتور علي المصري"),
    ("ذكر الحاج علي حمدان، وهو أحد وجهاء البلدة، أن المسلحين خطفوا 6 رجال.", "الحاج علي حمدان"),
])
def test_a_name_spelled_like_a_particle_after_an_honorific(text: str, name: str) -> None:
    """«الشيخ علي», «العقيد علي»: after an honorific or a rank «علي» is a name (speaker_words.tsv role ``kunya``)."""
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


def test_the_particle_written_as_such_after_an_honorific() -> None:
    """«على» with its dotless final letter stays the preposition, whatever stands before it."""
    (claim,) = claims("وأكد المتحدث على أن 4 جنود قتلوا في الهجوم.")
    assert claim["source"]["name"] == "المتحدث"


@pytest.mark.parametrize(("text", "name"), [
    ("\"قتلوا 4 من إخوتي\"، هكذا روى محمد الأحمد، أحد سكان الحي.", "محمد الأحمد"),
    ("\"قتلوا 4 من إخوتي\"، هكذا قال أحمد، وهو مزارع من البلدة.", "أحمد"),
    ("\"لقد خطفوا 6 من أبناء عمومتي\"، كما روت فاطمة، وهي أم لثلاثة أطفال.", "فاطمة"),
    ("\"قتل 3 من جيراننا\"، هكذا قال سالم، صاحب متجر في الحي، لمراسلنا.", "سالم"),
])
def test_a_trailing_verb_after_a_quote_and_a_name_with_an_apposition(text: str, name: str) -> None:
    """«"..."، هكذا روى X، أحد سكان القرية.»: X spoke the quote, whatever follows the name."""
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


def test_a_clause_of_contrast_after_a_quote_is_not_its_speaker() -> None:
    (claim,) = claims("\"قتل 3 من جيراننا\"، فيما قال الجيش إن الوضع هادئ.")
    assert claim["source"] is None or claim["source"]["name"] != "الجيش"


@pytest.mark.parametrize(("text", "name"), [
    ("وأكد الجيش أن قواته سيطرت على التلة، وقد قتل 7 مدنيين في القصف بحسب مصادر طبية.", "مصادر طبية"),
    ("وقال المحافظ إن الوضع تحت السيطرة، وقد أصيب 12 شخصا في الاشتباكات وفقا لمصادر طبية.", "مصادر طبية"),
    ("وقال المحافظ إن الوضع تحت السيطرة، وقد أصيب 12 شخصا في الاشتباكات.", "المحافظ"),  # no source of its own
])
def test_a_clause_opened_by_wa_qad_names_its_own_source(text: str, name: str) -> None:
    """«، وقد قتل 4 ... وفق شهود» after a speaker's words that told no figure: as «، وقتل 4 ...»."""
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


def test_a_figure_before_the_comma_keeps_the_speaker_of_the_clause() -> None:
    got = [c["source"]["name"] for c in claims("وقالت الشرطة إن 3 مهاجمين قتلوا، وقد أصيب 5 من عناصرها وفق مصادر أمنية.")]
    assert got == ["الشرطة", "الشرطة"]


@pytest.mark.parametrize(("text", "name"), [
    ("قال ضابط في الشرطة إن عنصرين قتلا وأصيب ثالث.", "ضابط في الشرطة"),
    ("وقال ضابط في الجيش برتبة عقيد إن 4 جنود قتلوا.", "ضابط في الجيش برتبة عقيد"),
    ("وقال ضابط في الشرطة المحلية لوكالة فرانس برس إن 6 مهاجمين قتلوا.", "ضابط في الشرطة المحلية"),
    ("وقال ضابط عراقي إن 5 جنود أصيبوا.", "ضابط عراقي"),  # control: no body after «في»
])
def test_an_officer_in_a_body(text: str, name: str) -> None:
    """«ضابط في الشرطة», as «مصدر في الشرطة»: the body after «في» is part of the speaker's name."""
    assert {c["source"]["name"] for c in claims(text)} == {name}
