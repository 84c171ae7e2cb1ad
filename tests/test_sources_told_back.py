"""A body told back in other words of the same stems is the body named before, in full; a verb that
goes on with a speaker after «و» written apart goes on as after «و» attached. Invented sentences."""

import waqia

PUBLISHED = "2024-03-07"


def _sources(text: str) -> list[tuple[str, int | None, str | None]]:
    doc = waqia.extract(text, published=PUBLISHED)
    return [(c["kind"], c["value"], (c["source"] or {}).get("name")) for e in doc["events"] for c in e["claims"]]


def test_a_body_told_back_by_its_adjectives_is_named_in_full():
    text = ("أعلنت الهيئة الكردية لحقوق الإنسان اليوم مقتل 4 مدنيين بقصف على قرية تل سكرة. "
            "وقالت الهيئة الحقوقية الكردية في بيان لاحق إن 9 آخرين أصيبوا في القصف نفسه.")
    assert {s for _, _, s in _sources(text)} == {"الهيئة الكردية لحقوق الإنسان"}


def test_an_indefinite_source_in_other_words_is_not_told_back():
    """«مصدر» twice may be two sources: only a definite head refers back."""
    text = ("قالت مصادر طبية محلية لوكالة أنباء إن 4 مدنيين قتلوا في قصف على حي النصر أمس. "
            "وقالت مصادر محلية طبية أخرى إن 6 مدنيين أصيبوا في قصف ثان على سوق المدينة.")
    names = [s for _, _, s in _sources(text)]
    assert names[-1] is not None and "محلية طبية" in names[-1]


def test_a_verb_that_goes_on_after_a_conjunction_written_apart():
    for joined in ("وتابع", "و تابع"):
        text = (f"وقال المرصد في بيان إن 3 جنود قتلوا في الهجوم على الحاجز. {joined} أن "
                "\"4 مدنيين أصيبوا في القصف الذي تلاه\".")
        assert _sources(text) == [("killed", 3, "المرصد"), ("injured", 4, "المرصد")]


def test_the_bare_form_is_another_word():
    text = "وقال المرصد في بيان إن 3 جنود قتلوا. تابع للجيش قتل 4 عناصر منه."
    assert ("killed", 4, "المرصد") not in _sources(text)


def test_another_source_of_the_same_kind_is_its_own():
    """«مصدر أمني آخر» after «مصدر أمني مسؤول»: «آخر» says it is not the one named before."""
    first = "قال مصدر أمني مسؤول لوكالة محلية إن 4 جنود قتلوا في هجوم على حاجز قرب المدينة أمس. "
    other = _sources(first + "وقال مصدر أمني آخر إن 6 جنود أصيبوا في هجوم ثان على دورية.")
    assert other == [("killed", 4, "مصدر أمني مسؤول"), ("injured", 6, "مصدر أمني آخر")]
    same = _sources(first + "وقال مصدر أمني إن 6 جنود أصيبوا في هجوم ثان على دورية.")
    assert same[-1][2] == "مصدر أمني مسؤول"  # the start of the name named before: the same source


def test_an_indefinite_name_told_back_with_the_article_is_the_one_named():
    first = "قال مصدر أمني مسؤول لوكالة محلية إن 4 جنود قتلوا في هجوم على حاجز قرب المدينة أمس. "
    told = _sources(first + "وأضاف المصدر الأمني أن 6 جنود أصيبوا في الهجوم نفسه.")
    assert [s for _, _, s in told] == ["مصدر أمني مسؤول", "مصدر أمني مسؤول"]


def test_a_place_told_back_in_a_name_is_written_as_named():
    """«السلطات المحلية بالولاية» after «في ولاية غزني»: the province named before, in full."""
    text = ("استهدف هجوم بسيارة مفخخة مقرا أمنيا في ولاية غزني الليلة الماضية، ما أدى إلى مقتل 9 أشخاص، "
            "حسبما أعلنت السلطات المحلية بالولاية.")
    assert _sources(text) == [("killed", 9, "السلطات المحلية بولاية غزني")]
    text = "قتل 3 جنود في هجوم على حاجز في محافظة ديالى، وقال مسؤول في المحافظة إن 5 آخرين أصيبوا."
    assert ("injured", 5, "مسؤول في محافظة ديالى") in _sources(text)
    text = "وقال مسؤول في المحافظة إن 5 جنود أصيبوا في هجوم على حاجز."  # nothing named before: as written
    assert _sources(text) == [("injured", 5, "مسؤول في المحافظة")]
