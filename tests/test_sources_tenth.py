"""The families the whole-article probes of the tenth round found (#10): describing adjectives that
tell a body back («المنظمة الأممية»), duals and the plural told back («مصدران» ... «المصادر»), the
outlet told after an unknown subject of «ما قال» and as the object of «أفاد», outlets of more than one
word («الجزيرة مباشر»), and «الأخيرة» (the latter)."""

from __future__ import annotations

import pytest

import waqia


def sources(text: str) -> list[tuple[str, int | None, str | None, str | None]]:
    doc = waqia.extract(text, published="2025-03-04")
    return [(c["kind"], c["value"], (c["source"] or {}).get("name"), (c["source"] or {}).get("relay"))
            for e in doc["events"] for c in e["claims"]]


@pytest.mark.parametrize("first, back", [
    ("أعلنت منظمة الصحة العالمية", "وقالت المنظمة الأممية"),
    ("قال المرصد السوري لحقوق الإنسان", "وأضاف المرصد الحقوقي"),
    ("قالت وكالة الأنباء السورية", "وأضافت الوكالة الرسمية"),
    ("أعلنت حركة الشباب", "وقالت الحركة المتشددة"),
])
def test_a_head_with_describing_adjectives_tells_its_body_back(first: str, back: str) -> None:
    got = sources(f"{first} أن 9 أشخاص قتلوا في القصف. {back} إن 20 آخرين أصيبوا.")
    assert got[1][2] == got[0][2] != back.split(" ", 1)[1]


def test_with_two_bodies_of_that_head_the_epithet_tells_none_back() -> None:
    got = sources("أعلنت منظمة الصحة العالمية أن 9 أشخاص قتلوا. وقالت منظمة أطباء بلا حدود إن المستشفى توقف. "
                  "وأوضحت المنظمة الأممية أن 20 آخرين أصيبوا.")
    assert got[-1][2] == "المنظمة الأممية"


def test_a_name_that_goes_on_past_the_adjective_is_a_new_body() -> None:
    got = sources("أعلنت منظمة العفو الدولية أن 9 أشخاص قتلوا. وقالت المنظمة الدولية للهجرة إن 20 مهاجرا اعتقلوا.")
    assert all(name == "منظمة العفو الدولية" for kind, _, name, _ in got if kind == "killed")
    assert all(name != "منظمة العفو الدولية" for kind, _, name, _ in got if kind == "captured")


@pytest.mark.parametrize("back", ["وأوضحت المصادر", "وأضاف المصدران"])
def test_the_plural_or_the_dual_tells_back_two_sources(back: str) -> None:
    got = sources(f"قال مصدران أمنيان إن 5 جنود قتلوا. {back} أن 9 مسلحين قتلوا.")
    assert [name for _, _, name, _ in got] == ["مصدران أمنيان", "مصدران أمنيان"]


@pytest.mark.parametrize("speaker, told", [
    ("مصدران عسكريان", "لرويترز"), ("مسؤولان محليان", "للأناضول"), ("ضابطان في الجيش", "لرويترز"),
])
def test_after_what_said_the_subject_speaks_and_the_outlet_relays(speaker: str, told: str) -> None:
    ((_, _, name, relay),) = sources(f"قتل 14 جنديا في هجوم على قاعدة، بحسب ما قال {speaker} {told}.")
    assert name == speaker
    assert relay


@pytest.mark.parametrize("text", [
    "أفاد مسؤول محلي وكالة فرانس برس بأن 14 جنديا قتلوا في هجوم.",
    "قتل 14 جنديا في هجوم، وفق ما أفاد مسؤول محلي وكالة فرانس برس.",
])
def test_an_outlet_as_the_object_of_the_verb_is_told_not_named(text: str) -> None:
    ((_, _, name, relay),) = sources(text)
    assert name == "مسؤول محلي"
    assert relay and "فرانس" in relay


def test_an_outlet_that_is_the_speaker_is_still_its_name() -> None:
    ((_, _, name, _),) = sources("قالت الوكالة الرسمية \"سانا\" إن 14 جنديا قتلوا في هجوم.")
    assert "سانا" in name


@pytest.mark.parametrize("told", ["للجزيرة مباشر", "للجزيرة نت", "لسكاي نيوز عربية"])
def test_a_person_s_name_before_an_outlet_of_two_words_is_kept(told: str) -> None:
    ((_, _, name, relay),) = sources(f"وقال الدكتور أحمد الفرا {told} إن 8 جثامين وصلت إلى المستشفى.")
    assert name == "الدكتور أحمد الفرا"
    assert relay


@pytest.mark.parametrize("text, latter", [
    ("اتهم الجيش حركة الشباب بتنفيذ الهجوم، فيما قالت الأخيرة إنها قتلت 30 جنديا.", "حركة الشباب"),
    ("اتهمت الحركة الجيش بتنفيذ الهجوم، فيما قال الأخير إن 30 مسلحا قتلوا.", "الجيش"),
    (("اتهمت الحكومة قوات الدعم السريع بقصف السوق. وقال المتحدث باسم الحكومة إن السوق دمر. "
      "وقالت الأخيرة إنها قتلت 30 جنديا."), "قوات الدعم السريع"),
])
def test_the_latter_is_the_last_body_named(text: str, latter: str) -> None:
    assert sources(text)[-1][2] == latter


def test_the_last_attack_is_no_speaker() -> None:
    ((_, _, name, _),) = sources("قتل 5 أشخاص في الهجوم الأخير، بحسب الشرطة.")
    assert name == "الشرطة"


@pytest.mark.parametrize("outlet", ["«الأناضول»", "«الجزيرة نت»"])
def test_a_told_outlet_in_quotes_that_closes_the_text_is_read(outlet: str) -> None:
    ((_, _, name, _),) = sources(f"قتل 5 أشخاص في قصف على السوق، حسب ما صرح به مسؤول محلي لـ{outlet}.")
    assert name == "مسؤول محلي"


@pytest.mark.parametrize("text, speaker", [
    ("ورصدت منظمة هيومن رايتس ووتش مقتل 5 مدنيين في القصف.", "منظمة هيومن رايتس ووتش"),
    ("ورصدت الشبكة السورية لحقوق الإنسان مقتل 7 مدنيين في الغارة.", "الشبكة السورية لحقوق الإنسان"),
    ("وقال الجيش إن غارة بعد رصد دقيق لتحركات الجماعة قتلت 3 مسلحين.", "الجيش"),
    ("ورصدت الطائرات تحركات للمسلحين قبل قصفهم ومقتل 3 منهم.", None),
])
def test_a_monitor_that_records_a_toll_speaks_the_noun_does_not(text: str, speaker: str | None) -> None:
    ((_, _, name, _),) = sources(text)
    assert name == speaker


@pytest.mark.parametrize("tail", ["هذا ما أفادت به مصادر طبية.", "وهو ما أكدته مصادر طبية."])
def test_this_is_what_they_said_names_the_source_of_the_sentence_before(tail: str) -> None:
    ((_, _, name, _),) = sources(f"قتل 5 أشخاص في قصف على السوق. {tail}")
    assert name == "مصادر طبية"


def test_what_a_speaker_said_in_the_same_sentence_stays_trailing() -> None:
    ((_, _, name, _),) = sources("قتل 5 أشخاص في قصف على السوق، وهو ما أفاد به شهود عيان.")
    assert name == "شهود عيان"


@pytest.mark.parametrize("text, speaker", [
    ("وقال لنا مصدر طبي إن 5 أشخاص قتلوا في الهجوم.", "مصدر طبي"),
    ("وأكد لي أحد السكان أن 5 أشخاص قتلوا في الهجوم.", "أحد السكان"),
    ("وروى لنا أحد الناجين أن 5 أشخاص قتلوا في الهجوم.", "أحد الناجين"),
])
def test_told_us_stands_between_the_verb_and_its_speaker(text: str, speaker: str) -> None:
    ((_, _, name, _),) = sources(text)
    assert name == speaker


@pytest.mark.parametrize("adverb", ["لاحقا", "أيضا", "مجددا"])
def test_an_adverb_after_the_speaker_is_no_part_of_its_name(adverb: str) -> None:
    got = sources(f"أعلنت وزارة الدفاع مقتل 3 جنود. وأوضح مصدر عسكري {adverb} أن 4 جنود أصيبوا.")
    assert got[-1][2] == "مصدر عسكري"


@pytest.mark.parametrize("speaker", ["المتحدث باسم الكتائب أبو علي العسكري", "أبو علي العسكري"])
def test_after_abu_the_particle_spelling_is_a_name(speaker: str) -> None:
    ((_, _, name, _),) = sources(f"قال {speaker} إن 5 من عناصره قتلوا في الغارة.")
    assert name == speaker


@pytest.mark.parametrize("speaker", ["وزارة الصحة التابعة لحكومة الإنقاذ", "الدفاع المدني التابع للحكومة المؤقتة"])
def test_the_body_a_speaker_belongs_to_is_part_of_its_name(speaker: str) -> None:
    ((_, _, name, _),) = sources(f"قال {speaker} في إدلب إن 4 مدنيين قتلوا في القصف.")
    assert name == speaker


def test_a_quotation_closed_a_sentence_later_by_its_speaker_is_his() -> None:
    text = "«قتلوا 5 من أبنائنا أمام أعيننا.\nلن نسكت على ذلك»، قال شيخ العشيرة حسن الطائي للصحفيين."
    ((_, _, name, _),) = sources(text)
    assert name == "شيخ العشيرة حسن الطائي"


def test_a_quotation_after_a_toll_in_the_outlet_s_voice_does_not_take_it() -> None:
    ((_, _, name, _),) = sources("قتل 5 أشخاص في الهجوم.\n«لن نسكت على ذلك»، قال شيخ العشيرة حسن الطائي.")
    assert name is None
