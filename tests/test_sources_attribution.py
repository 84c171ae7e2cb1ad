"""Who said it: the speaker is the subject of the reporting construction, whatever its words."""

from __future__ import annotations

import pytest

import waqia


def sources(text: str) -> dict[tuple[str, int | None], str | None]:
    """(kind, value) -> the source name of each claim."""
    rec = waqia.extract(text, published="2024-05-02")
    return {(c["kind"], c["value"]): (c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]}


@pytest.mark.parametrize("text, speaker", [
    # a title no list knows, with its ministry
    ("وقال وزير الصحة في الإقليم إن سبعة مدنيين قتلوا في القصف المدفعي على السوق.", "وزير الصحة في الإقليم"),
    # a rank and a proper name
    ("وقال العقيد سامر الخطيب إن ستة جنود قتلوا في الكمين قرب الحدود.", "العقيد سامر الخطيب"),
    # a body no list knows
    ("وأعلنت الهيئة الأهلية للإغاثة أن تسعة مدنيين قتلوا في الغارة على الحي.", "الهيئة الأهلية للإغاثة"),
    # a dual speaker, matched through the verb's dual form
    ("وقال مصدران محليان إن ثلاثة مدنيين قتلوا في انفجار لغم أرضي.", "مصدران محليان"),
])
def test_attribution_speaker_is_the_subject_whatever_its_words(text: str, speaker: str) -> None:
    got = sources(text)
    assert set(got.values()) == {speaker}, got


def test_attribution_unknown_speaker_is_not_replaced_by_the_previous_one() -> None:
    got = sources("أعلنت وزارة الداخلية مقتل أربعة من عناصر الشرطة في هجوم على حاجز. "
                  "وقال رئيس البلدية حسن الجابري إن خمسة مدنيين أصيبوا في الهجوم نفسه.")
    assert got[("killed", 4)] == "وزارة الداخلية"
    assert got[("injured", 5)] == "رئيس البلدية حسن الجابري"


def test_attribution_verb_without_subject_goes_on_with_the_last_speaker() -> None:
    got = sources("قالت مصادر طبية إن عشرة أشخاص قتلوا في القصف. وأضافت أن عشرين آخرين أصيبوا بجروح.")
    assert got[("killed", 10)] == got[("injured", 20)] == "مصادر طبية"


def test_attribution_speaker_before_the_verb() -> None:
    got = sources("وكانت الإدارة المحلية في البلدة قد أعلنت أن ثمانية مدنيين قتلوا في الاشتباكات.")
    assert got[("killed", 8)] == "الإدارة المحلية في البلدة"


def test_attribution_a_known_name_keeps_its_name_without_where_it_sits() -> None:
    got = sources("وأعلنت اللجنة الشعبية في البلدة أن ثمانية مدنيين قتلوا. وأضافت اللجنة أن عشرة أصيبوا.")
    assert got[("killed", 8)] == got[("injured", 10)] == "اللجنة الشعبية"


def test_attribution_addressee_relays_and_does_not_speak() -> None:
    rec = waqia.extract("وقال مسؤول أمني لوكالة الأناضول إن خمسة مسلحين قتلوا في الاشتباك.", published="2024-05-02")
    claim = rec["events"][0]["claims"][0]
    assert claim["source"]["name"] == "مسؤول أمني"


def test_attribution_an_object_is_no_speaker() -> None:
    got = sources("أعلنت السلطات حالة الطوارئ في المدينة بعد مقتل ثلاثة مدنيين في انفجار سيارة.")
    assert got[("killed", 3)] == "السلطات", got


def test_attribution_quotation_running_over_sentences() -> None:
    got = sources('وقال قائد الشرطة المحلية: "هاجم مسلحون نقطة التفتيش فجرا. وقتل في الهجوم اثنان من أفرادنا".')
    assert got[("killed", 2)] == "قائد الشرطة المحلية"


def test_attribution_source_named_after_the_figure() -> None:
    got = sources("وقتل أربعة مدنيين في الغارة على القرية، كما قال مصدر طبي في المستشفى.")
    assert got[("killed", 4)] == "مصدر طبي في المستشفى"


def test_attribution_fragment_naming_the_source_of_the_sentence_before() -> None:
    got = sources("وقتل خمسة مدنيين في القصف الذي طال السوق المركزي.\nوفقا لمصادر محلية.")
    assert got[("killed", 5)] == "مصادر محلية"


def test_attribution_no_article_on_a_verb() -> None:
    """«البث» is a noun: «هيئة البث الرسمية» is one speaker, not «بث» with a subject."""
    got = sources("وقالت هيئة البث الرسمية إن جنديين قتلا في المواجهات.")
    assert got[("killed", 2)] == "هيئة البث الرسمية"


def test_attribution_people_told_are_not_part_of_the_speaker() -> None:
    got = sources("وصرح قائد الدفاع المدني للصحفيين بأن أربعة من المسعفين أصيبوا في الغارة.")
    assert got[("injured", 4)] == "قائد الدفاع المدني"


def test_attribution_a_statement_to_a_channel_is_the_speaker_s() -> None:
    got = sources("وقال المتحدث باسم البلدية في تصريح لقناة محلية إن ستة مدنيين قتلوا.")
    assert got[("killed", 6)] == "المتحدث باسم البلدية"


def test_attribution_a_claim_of_responsibility_is_no_part_of_the_name() -> None:
    got = sources("وأعلنت حركة التحرير مسؤوليتها عن الهجوم، وقالت إنها قتلت تسعة جنود.")
    assert got[("killed", 9)] == "حركة التحرير"


def test_attribution_a_verb_form_after_a_negating_noun_reports_nothing() -> None:
    got = sources("وأشار المصدر، الذي طلب عدم ذكر اسمه، إلى أن ثلاثة جنود قتلوا في الكمين.")
    assert got[("killed", 3)] == "المصدر"


@pytest.mark.parametrize("text", [
    "ويذكر أن مصادر قبلية قد أكدت ارتفاع عدد القتلى إلى 12 شخصا.",
    "وأضافت الوكالة أن مصادر قبلية أعلنت مقتل 12 شخصا في الهجوم.",
])
def test_attribution_a_subject_placed_before_its_verb(text: str) -> None:
    assert sources(text)[("killed", 12)] == "مصادر قبلية"


def test_attribution_a_verb_form_after_a_preposition_is_a_noun() -> None:
    got = sources('وقالت القناة الرسمية في "بث مباشر" إن سبعة مسلحين قتلوا في الاشتباك.')
    assert got[("killed", 7)] == "القناة الرسمية"


def test_attribution_a_comma_alone_does_not_make_an_object_a_speaker() -> None:
    from waqia.pipeline import default_pipeline
    from waqia.settings import Settings

    doc = default_pipeline(Settings()).analyse(
        "أعلنت البلدية الشمالية حظر التجول في المدينة، تحسبا لسوء الأحوال الجوية.", published="2024-05-02")
    assert [a.source.name for a in doc.layer("sources")] == []
    doc = default_pipeline(Settings()).analyse(
        "وقال مدير المشفى الميداني، في بيان له، مساء الأحد، إن تسعة جرحى وصلوا.", published="2024-05-02")
    assert next(a.source.name for a in doc.layer("sources")) == "مدير المشفى الميداني"


def test_attribution_a_tally_is_no_speaker_but_its_owner_is() -> None:
    assert sources("وبحسب حصيلة أولية، قتل خمسة أشخاص في القصف.")[("killed", 5)] is None
    assert sources("وبحسب إحصائية وزارة الصحة، قتل خمسة أشخاص في القصف.")[("killed", 5)] == "وزارة الصحة"


def test_attribution_what_a_speaker_said_after_the_figure() -> None:
    got = sources("لقي ما لا يقل عن عشرين شخصا مصرعهم في تفجير بالسوق، وفقا لما أفادت به الشرطة.")
    assert got[("killed", 20)] == "الشرطة"


def test_attribution_a_participle_speaks_for_the_subject_of_the_opening_verb() -> None:
    got = sources("وتبنت حركة الشباب التفجير في بيان على موقع موال لها، زاعمة أن مقاتليها قتلوا 9 جنود.")
    assert got[("killed", 9)] == "حركة الشباب"


def test_attribution_speech_opened_by_a_colon_goes_on_into_the_next_sentence() -> None:
    got = sources("وقالت الهيئة الطبية في بيان مساء الخميس: إن القصف استهدف حيا سكنيا.\n"
                  "وأسفر القصف عن مقتل ستة مدنيين بينهم امرأة.")
    assert got[("killed", 6)] == "الهيئة الطبية"


@pytest.mark.parametrize("text, speaker", [
    ('وصرح لـ"صوت البلد" مسؤول محلي بأن خمسة أشخاص أصيبوا في القصف.', "مسؤول محلي"),
    ("وقال أهالي القرية للأناضول إن قذيفة قتلت ثلاثة أشخاص.", "أهالي القرية"),
])
def test_attribution_the_outlet_told_is_no_speaker(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_the_statement_speaks_for_its_issuer() -> None:
    got = sources("قالت قيادة الشرطة في بيان إن دورية تعرضت لإطلاق نار قرب السوق. "
                  "وأضاف البيان أن الهجوم أسفر عن مقتل اثنين من أفرادها.")
    assert got[("killed", 2)] == "قيادة الشرطة"


@pytest.mark.parametrize("text, speaker", [
    # the figure is the object: the subject ends before its indefinite head
    ("ونشرت صفحة التنسيقية المحلية أسماء 14 قتيلا سقطوا في الحي الغربي.", "صفحة التنسيقية المحلية"),
    ("أعلن محافظ الولاية الشمالية ارتفاع عدد القتلى في الهجوم إلى 31.", "محافظ الولاية الشمالية"),
])
def test_attribution_subject_stops_where_the_object_begins(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    # a reporting verb after a comma that closes its sentence names the source of what came before
    ("أصيب أربعة جنود بانفجار لغم قرب المعبر، قال مصدر عسكري.", "مصدر عسكري"),
    # the owner of a statement named after a preposition
    ("ووفقا لبيان صادر عن وزارة الداخلية، فإن خمسة مسلحين قتلوا في المداهمة.", "وزارة الداخلية"),
])
def test_attribution_source_named_around_the_figure(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_a_new_clause_after_a_comma_is_not_trailing() -> None:
    got = sources("قتل جنديان في الكمين، وقال الجيش إن ثلاثة مسلحين قتلوا في الاشتباك.")
    assert got[("killed", 3)] == "الجيش"


@pytest.mark.parametrize("text, speaker", [
    # «نعى»: the body that mourns its dead reports them; the figure in words ends its name
    ("ونعت حركة المقاومة الشعبية ثلاثة من مقاتليها قتلوا في الاشتباكات.", "حركة المقاومة الشعبية"),
    ("وأحصت الهيئة الأهلية خمسة قتلى في القصف.", "الهيئة الأهلية"),
])
def test_attribution_a_figure_in_words_ends_the_speaker(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_a_long_title_is_read_whole() -> None:
    text = ("وأفاد العميد رائد منصور المتحدث باسم قيادة العمليات المشتركة للقوات المسلحة الوطنية "
            "في بيان بأن أربعة جنود قتلوا في الكمين.")
    assert set(sources(text).values()) == {"العميد رائد منصور المتحدث باسم قيادة العمليات المشتركة للقوات المسلحة الوطنية"}


@pytest.mark.parametrize("text, speaker", [
    # a source that opens its sentence before a colon (headlines, short items)
    ("مصادر طبية: مقتل ستة مدنيين في قصف على السوق.", "مصادر طبية"),
    # a count as subject speaks for its owner, named after «عن», known or not
    ("وبينت الإحصائية الصادرة عن غرفة الطوارئ المحلية أن 18 شخصا قتلوا.", "غرفة الطوارئ المحلية"),
])
def test_attribution_a_speaker_without_a_verb_of_its_own(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("وقال حسن علي إن أربعة جنود قتلوا في الكمين.", "حسن علي"),
    ("وأفاد الرائد سمير علي، وهو قائد سرية في الجيش، بأن ثلاثة جنود قتلوا.", "الرائد سمير علي"),
    ("وقال علي الحسيني لمراسلنا إن خمسة مدنيين أصيبوا في القصف.", "علي الحسيني"),
])
def test_attribution_a_name_spelled_like_a_preposition_is_a_name(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text", [
    "وأكد علي أن أربعة جنود قتلوا في الكمين.",  # the preposition in loose spelling after a verb
    "وشدد المسؤول على أن أربعة جنود قتلوا في الكمين.",
])
def test_attribution_the_preposition_stays_a_preposition(text: str) -> None:
    assert set(sources(text).values()) <= {None, "المسؤول"}


def test_attribution_a_title_repeated_without_the_name_is_the_same_speaker() -> None:
    got = sources("وقال المتحدث باسم الدفاع المدني نادر سالم إن 12 شخصا قتلوا في الغارة. "
                  "وقال المتحدث باسم الدفاع المدني إن 20 آخرين أصيبوا.")
    assert got[("killed", 12)] == got[("injured", 20)] == "المتحدث باسم الدفاع المدني نادر سالم"


@pytest.mark.parametrize("text, speaker", [
    ("واتهمت الإدارة المحلية في الإقليم حركة الشباب بقتل ستة مزارعين.", "الإدارة المحلية في الإقليم"),
    ("واتهم الجيش قوات الدعم السريع بقتل تسعة مدنيين في القرية.", "الجيش"),
    ("واتهمت الحكومة المتمردين بقتل تسعة مدنيين في القرية.", "الحكومة"),
])
def test_attribution_the_accused_force_is_the_object_not_part_of_the_speaker(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_a_relative_clause_about_the_speaker_is_no_speech() -> None:
    got = sources("وقال الضابط، الذي تحدث بشرط إخفاء اسمه عن الصحفيين، إن سبعة جنود أصيبوا في الكمين.")
    assert set(got.values()) == {"الضابط"}


@pytest.mark.parametrize("text", [
    "وقتل 23 شخصا بحسب الأرقام التي نشرتها مديرية الصحة مساء اليوم.",
    "وقتل 23 شخصا وفق الحصيلة التي أعلنت عنها مديرية الصحة مساء اليوم.",
])
def test_attribution_the_owner_of_a_count_in_a_relative_clause(text: str) -> None:
    assert set(sources(text).values()) == {"مديرية الصحة"}


def test_attribution_a_definite_count_with_its_adjectives_names_no_one() -> None:
    assert set(sources("وقتل 23 شخصا بحسب الحصيلة الرسمية الأخيرة.").values()) == {None}


def test_attribution_a_body_that_admits_losses_speaks() -> None:
    assert set(sources("وأقرت الفصائل بمقتل أربعة من مقاتليها في الهجوم المعاكس.").values()) == {"الفصائل"}


@pytest.mark.parametrize("text, speaker", [
    ("وذكرت صفحات إخبارية محلية على تلغرام أن أربعة مزارعين قتلوا.", "صفحات إخبارية محلية"),
    ("وقال قائد الشرطة عبر الهاتف إن أربعة مزارعين قتلوا.", "قائد الشرطة"),
    ("وقتل أربعة مزارعين على حد قول رئيس الجمعية الزراعية.", "رئيس الجمعية الزراعية"),
])
def test_attribution_where_it_was_said_stands_between_speaker_and_speech(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_digits_ending_an_outlet_s_name_are_part_of_it() -> None:
    assert set(sources("وقال موقع الساحل24 إن ثلاثة رعاة قتلوا قرب البئر.").values()) == {"موقع الساحل24"}


def test_attribution_a_relay_names_the_speaker_before_his_saying() -> None:
    got = sources("ونقل موقع محلي عن المهندس سعيد الراوي قوله إن خمسة عمال قتلوا في الانفجار.")
    assert set(got.values()) == {"المهندس سعيد الراوي"}


@pytest.mark.parametrize("text, speaker", [
    ("قتل ستة عمال في انهيار المبنى بعد القصف. وأكد ذلك مصدر في الدفاع المدني.", "مصدر في الدفاع المدني"),
    ("قتل ستة عمال في انهيار المبنى بعد القصف. وأفادت بذلك مديرية الصحة.", "مديرية الصحة"),
    ("قتل ستة عمال في انهيار المبنى بعد القصف. جاء ذلك في بيان لمديرية الصحة.", "مديرية الصحة"),
])
def test_attribution_a_next_sentence_that_says_so_names_the_source(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_besides_is_no_back_reference() -> None:
    got = sources("قتل ستة عمال في انهيار المبنى بعد القصف. إلى ذلك أفاد مصدر محلي بسقوط قذائف على الحي.")
    assert got[("killed", 6)] is None


def test_attribution_a_hard_wrapped_article_reads_across_its_line_breaks() -> None:
    text = ("قتل ستة مزارعين في قصف مدفعي استهدف\nأطراف القرية صباح اليوم.\nوقال رئيس\n"
            "المجلس المحلي إن ثلاثة آخرين أصيبوا\nوإن المصابين نقلوا إلى\nمستشفى المدينة.")
    got = sources(text)
    assert got == {("killed", 6): None, ("injured", 3): "رئيس المجلس المحلي"}
    rec = waqia.extract(text, published="2024-05-02")
    assert all(text[c["start"]:c["end"]] == c["text"] for e in rec["events"] for c in e["claims"])


def test_attribution_the_owner_of_a_statement_that_says_so_is_read_whatever_its_words() -> None:
    got = sources("قتل خمسة عمال في انهيار المبنى. جاء ذلك في تغريدة لوزير الأشغال نادر سليم.")
    assert set(got.values()) == {"وزير الأشغال نادر سليم"}


def test_attribution_a_verb_whose_root_ends_like_a_feminine_goes_on_with_a_masculine_speaker() -> None:
    got = sources("قال المرصد إن المعارك تواصلت طوال الليل. ولفت إلى أن تسعة مقاتلين قتلوا.")
    assert got[("killed", 9)] == "المرصد"


def test_attribution_the_same_source_is_the_last_one_named() -> None:
    got = sources("وبحسب الشرطة، قتل خمسة حراس. وأصيب ثلاثة آخرون بحسب المصدر ذاته.")
    assert got[("killed", 5)] == got[("injured", 3)] == "الشرطة"


def test_attribution_an_opinion_verb_reports() -> None:
    got = sources("أعلنت الشرطة تفكيك الخلية. واعتبرت أن أربعة من أفرادها قتلوا في المداهمة.")
    assert got[("killed", 4)] == "الشرطة"


def test_attribution_a_body_s_name_is_followed_by_its_object_not_by_a_person_s_name() -> None:
    got = sources("أعلنت الشرطة ضبط مخزن للأسلحة. وأوضحت أن شرطيين قتلا في تبادل إطلاق النار.")
    assert got[("killed", 2)] == "الشرطة"


def test_attribution_a_trailing_speaker_may_name_who_was_told() -> None:
    got = sources('"قتل ستة من رفاقي في القصف"، يقول المقاتل المسن لمراسل الوكالة.')
    assert set(got.values()) == {"المقاتل المسن"}


@pytest.mark.parametrize("text, speaker", [
    # a relative clause on the statement: «فيه» is where it was said, not who said it
    ("وأصدرت لجنة الإنقاذ المحلية بيانا قالت فيه إن أربعة حراس قتلوا في الهجوم على المخزن.", "لجنة الإنقاذ المحلية"),
    # a relative clause on the object: its subject is the sentence's
    ("ونشرت الجبهة الشعبية تسجيلا مصورا قالت إنه يظهر أسر ثلاثة جنود قرب المعبر.", "الجبهة الشعبية"),
    # «جاء في بيان لـX»: the one after ل owns the statement
    ("وجاء في بيان للمجلس العسكري أن سبعة مسلحين قتلوا في الاشتباك عند الجسر.", "المجلس العسكري"),
    # responsibility claimed: the object with its pronoun ends the subject
    ("وأعلنت كتائب الصمود مسؤوليتها عن الكمين الذي قالت إنه أوقع خمسة قتلى من الجنود.", "كتائب الصمود"),
])
def test_attribution_subject_of_a_clause_on_an_object(text: str, speaker: str) -> None:
    got = sources(text)
    assert set(got.values()) == {speaker}, got


def test_attribution_names_keep_their_quotes_and_leave_out_who_was_told() -> None:
    rec = waqia.extract('وقالت الإذاعة الرسمية "صوت الوادي" إن ثلاثة جنود قتلوا. '
                        'وأفاد سكان لـ"راديو البلدة" بإصابة ستة أشخاص في القصف.', published="2024-05-02")
    names = {c["kind"]: c["source"] for e in rec["events"] for c in e["claims"]}
    assert names["killed"]["name"] == 'الإذاعة الرسمية "صوت الوادي"'
    assert names["injured"]["name"] == "سكان"
    assert names["injured"]["relay"] == 'لـ"راديو البلدة"'


def test_attribution_the_statement_a_subject_issued_speaks_for_it_later() -> None:
    got = sources("وأصدرت قيادة الشرطة بيانا بعد الهجوم على المركز. وبحسب البيان، قتل أربعة من عناصرها عند المدخل. "
                  "وأشار البيان إلى أن ستة مدنيين أصيبوا.")
    assert got[("killed", 4)] == got[("injured", 6)] == "قيادة الشرطة"


def test_attribution_a_colon_after_an_occasion_opens_the_quote_on_the_next_line() -> None:
    got = sources('وقال المسعف خالد ناصر في حديث لإذاعة محلية:\n"نقلنا تسعة جرحى إلى المستشفى بعد القصف".')
    assert got == {("injured", 9): "المسعف خالد ناصر"}


@pytest.mark.parametrize("text, speaker", [
    ("ويؤكد المجلس المحلي مقتل خمسة من حراس السوق في الهجوم.", "المجلس المحلي"),
    ("وتقول الهيئة الطبية إن أربعة مسعفين أصيبوا أثناء نقل الجرحى.", "الهيئة الطبية"),
    ("ويقولون إن ثلاثة رعاة قتلوا في انفجار لغم قرب الوادي.", None),
    ("ويعترف المتمردون بمقتل سبعة من مقاتليهم في المعارك الأخيرة.", "المتمردون"),
])
def test_attribution_present_verbs_report_in_every_person(text: str, speaker: str | None) -> None:
    assert set(sources(text).values()) == {speaker}


def test_attribution_a_group_that_names_itself_is_read_by_that_name() -> None:
    rec = waqia.extract('وقالت جماعة تطلق على نفسها "سرايا الجبل" إن أربعة حراس قتلوا في الكمين.', published="2024-05-02")
    source = rec["events"][0]["claims"][0]["source"]
    assert source["name"] == "جماعة سرايا الجبل"
    assert source["text"] == 'جماعة تطلق على نفسها "سرايا الجبل"'


def test_attribution_a_place_named_in_the_speaker_s_phrase_is_no_self_given_name() -> None:
    got = sources('وأعلن مسعفون مقتل أربعة أشخاص، فيما أفاد سكان عند جسر يطلق عليه اسم "الحديد" بإصابة ثلاثة مارة.')
    assert got[("killed", 4)] == "مسعفون"
    assert got[("injured", 3)].startswith("سكان")


@pytest.mark.parametrize("text", [
    'وأفادت "شبكة أخبار الوادي" بسقوط ثلاثة قتلى في القصف على المزارع.',
    'وقالت "شبكة أخبار الوادي"، في منشور، إن ثلاثة مزارعين قتلوا في القصف.',
])
def test_attribution_a_subject_quoted_whole_after_its_verb(text: str) -> None:
    assert set(sources(text).values()) == {"شبكة أخبار الوادي"}


def test_attribution_an_outlet_told_with_its_adjective_is_not_part_of_the_speaker() -> None:
    rec = waqia.extract("وقال العقيد سالم حداد لإذاعة محلية إن خمسة حراس قتلوا في الكمين.", published="2024-05-02")
    source = rec["events"][0]["claims"][0]["source"]
    assert (source["name"], source["relay"]) == ("العقيد سالم حداد", "إذاعة محلية")


@pytest.mark.parametrize("text", [
    "وقتل ستة حراس في الهجوم على المخفر، وهو ما أكده مسعف في البلدة.",
    "وقتل ستة حراس في الهجوم على المخفر. هذا ما أكده مسعف في البلدة.",
    "وقتل ستة حراس في الهجوم على المخفر، في حصيلة أولية أعلنها مسعف في البلدة.",
])
def test_attribution_a_verb_with_a_pronoun_for_what_was_said_names_its_source(text: str) -> None:
    assert sources(text) == {("killed", 6): "مسعف في البلدة"}


@pytest.mark.parametrize("text, speaker", [
    # a word of an outlet's quoted name is no outlet told («للإعلام» inside the quotes)
    ('وأفاد مندوب "الوكالة الرسمية للإعلام" بإصابة أربعة عمال في القصف.', 'مندوب "الوكالة الرسمية للإعلام"'),
    # «نا» (our) ends the word, not an indefinite accusative
    ("وذكرت مراسلتنا أن ثلاثة حراس أصيبوا في الاشتباك عند البوابة.", "مراسلتنا"),
])
def test_attribution_outlets_own_people(text: str, speaker: str) -> None:
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("وكتب الناطق باسم الجيش على منصة إكس أن 3 جنود قتلوا في المعركة.", "الناطق باسم الجيش"),
    ("وكتبت وزارة الداخلية في منشور على فيسبوك أن 4 عناصر أصيبوا في الهجوم.", "وزارة الداخلية"),
])
def test_a_writer_is_a_speaker(text: str, speaker: str) -> None:
    """«كتب» reports like «قال» (#10): its subject wrote the figure."""
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("وأوردت قناة الجزيرة أن 10 أشخاص قتلوا، نقلا عن مصادر طبية.", "مصادر طبية"),
    ("قتل 6 أشخاص في اشتباكات في طرابلس، بحسب ما نقلته قناة ليبيا الأحرار عن مصدر طبي.", "مصدر طبي"),
])
def test_a_relay_named_after_the_figure_passes_on_its_speaker(text: str, speaker: str) -> None:
    """«...، نقلا عن Y» after the figure, «بحسب ما نقلته X عن Y» (#10): Y said it, X relays."""
    assert set(sources(text).values()) == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ("طالبان تعلن مقتل 10 من عناصر داعش في ننغرهار", "طالبان"),
    ("الحوثيون يعلنون مقتل 4 جنود سعوديين في جيزان", "الحوثيون"),
])
def test_a_headline_names_its_speaker_before_a_present_verb(text: str, speaker: str) -> None:
    """«طالبان تعلن مقتل ...» (#10): in a headline the subject comes first."""
    assert set(sources(text).values()) == {speaker}


def test_was_before_the_speaker_is_no_part_of_it() -> None:
    got = sources("قالت وزيرة الصحة سعاد حسن إن المستشفى استقبل الجرحى. وكانت الوزيرة تقول إن 40 شخصا قتلوا.")
    assert all(not name.startswith("وكانت") for name in got.values() if name), got


@pytest.mark.parametrize("text, speaker", [
    ("ثم عاد المتحدث باسم الجيش ليعلن أن 3 جنود قتلوا في الكمين.", "المتحدث باسم الجيش"),
    ("وخرجت الهيئة الأهلية للإغاثة لتؤكد أن 9 مدنيين قتلوا في القصف.", "الهيئة الأهلية للإغاثة"),
])
def test_a_verb_of_purpose_shares_the_subject_before_it(text: str, speaker: str) -> None:
    """«عادت X لتعلن» (#10): the «ل» of purpose takes the subject of the verb before it."""
    assert set(sources(text).values()) == {speaker}


def test_a_verb_of_purpose_does_not_keep_the_earlier_speaker() -> None:
    got = sources("أعلن محافظ المدينة ارتفاع الحصيلة إلى 10 قتلى، في حين عادت مديرية الصحة في المحافظة"
                  " لتعلن عن ارتفاع العدد إلى 18 قتيلا.")
    assert got[("killed", 18)].startswith("مديرية الصحة"), got


def test_an_estimate_is_reported() -> None:
    """«ويقدر ناشطون عدد القتلى بأكثر من 40» (#10): who estimates a figure is its source."""
    assert set(sources("ويقدر ناشطون عدد القتلى بأكثر من 40 شخصا.").values()) == {"ناشطون"}


def test_a_speaker_keeps_the_gender_its_verb_gave_it() -> None:
    """«وقالت حماس» makes «حماس» feminine (#10): a later «وأضاف» goes on with a masculine speaker."""
    got = sources("قال الجيش إن 3 جنود أصيبوا. وقالت حماس إن مقاتليها دمروا دبابة. وأضاف أن 5 مسلحين قتلوا.")
    assert got[("killed", 5)] == "الجيش", got


def test_an_agency_that_carried_a_statement_is_not_its_speaker() -> None:
    """«وقال الجيش، في بيان نقلته وكالة الأنباء الرسمية، إن» (#10): the army said it."""
    assert set(sources("وقال الجيش، في بيان نقلته وكالة الأنباء الرسمية، إن 5 مسلحين قتلوا.").values()) == {"الجيش"}


def test_who_told_someone_is_the_speaker() -> None:
    """«وأخبر قائد ميداني "الجزيرة نت" أن» (#10): the subject told, the outlet heard."""
    assert set(sources('وأخبر قائد ميداني "الجزيرة نت" أن 7 من مقاتليه قتلوا.').values()) == {"قائد ميداني"}


def test_who_points_out_a_figure_reports_it() -> None:
    """«ونوهت وزارة الصحة إلى أن» (#10): «نوه» reports like «لفت»."""
    assert set(sources("ونوهت وزارة الصحة إلى أن 22 من الجرحى أصيبوا بجروح خطيرة.").values()) == {"وزارة الصحة"}
