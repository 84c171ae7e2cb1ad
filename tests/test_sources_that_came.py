"""«جاء ذلك ...»: a sentence that says where the sentence before came from names its source,
whatever attributes it: a statement noun («في بيان لـX»), a preposition of attribution
(«وفق X», «بحسب X», «حسبما أعلن X»), or «على لسان X»."""

from __future__ import annotations

import pytest

import waqia

TOLL = "قُتل خمسة رعاة وأصيب ثمانية آخرون في قصف بقذائف الهاون على أطراف البلدة. "


def sources(text: str) -> dict[tuple[str, int | None], str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return {(c["kind"], c["value"]): (c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]}


@pytest.mark.parametrize("tail, speaker", [
    ("جاء ذلك وفق ما أفاد به الناطق باسم شرطة الإقليم سالم يونس، في تصريح للصحفيين.",
     "الناطق باسم شرطة الإقليم سالم يونس"),
    ("وجاء ذلك على لسان قائد الشرطة المحلية.", "قائد الشرطة المحلية"),
    ("جاء ذلك وفق بيان صادر عن مديرية الصحة.", "مديرية الصحة"),
    ("وجاء ذلك حسبما أعلنت هيئة الإسعاف في بيان مقتضب.", "هيئة الإسعاف"),
    ("جاء ذلك في بيان لهيئة الإسعاف.", "هيئة الإسعاف"),
])
def test_a_sentence_that_says_whence_the_last_came_names_its_source(tail: str, speaker: str) -> None:
    assert sources(TOLL + tail) == {("killed", 5): speaker, ("injured", 8): speaker}


def test_besides_after_the_toll_still_names_no_source_of_it() -> None:
    got = sources(TOLL + "إلى ذلك، قال قائد الشرطة المحلية إن الطرق أغلقت.")
    assert got[("killed", 5)] is None


@pytest.mark.parametrize("medium", ["تلي عبر الإذاعة الرسمية", "نشره على موقع وزارة الدفاع"])
def test_the_channel_that_carried_a_statement_is_not_its_speaker(medium: str) -> None:
    text = (f"قال الجيش إن تسعة جنود قتلوا في كمين قرب الحدود. وأضاف في بيان {medium} "
            "أن وحداته قتلت 40 مسلحا في المطاردة.")
    assert sources(text) == {("killed", 9): "الجيش", ("killed", 40): "الجيش"}


def test_a_body_told_back_gets_the_full_name_read_after_what() -> None:
    text = ("اندلعت اشتباكات بين كتيبتين في حي الميناء أسفرت عن مقتل ثلاثة مسلحين، وفق ما أفاد به "
            "مركز طب الطوارئ والدعم. وأعلن المركز لاحقا ارتفاع الحصيلة إلى ستة قتلى.")
    assert set(sources(text).values()) == {"مركز طب الطوارئ والدعم"}


def test_an_outlet_read_into_a_speaker_s_name_is_not_given_to_its_back_reference() -> None:
    text = ("قال مصدر عسكري مسؤول ليونايتد برس إن أربعة جنود قتلوا في الهجوم. "
            "وأضاف المصدر أن سبعة مسلحين قتلوا في الاشتباك.")
    assert "ليونايتد" not in str(sources(text)[("killed", 7)])


@pytest.mark.parametrize("opener", ["في المقابل،", "من جهتها،", "وفي وقت لاحق،"])
def test_a_fronted_adverbial_is_not_the_subject_of_the_sentence_s_verb(opener: str) -> None:
    text = (f"{opener} نشرت صفحات موالية للجماعة على مواقع التواصل صورا قالت إنها لجثث جنود "
            "سقطوا في المعارك، دون أن تحدد عددهم.")
    got = set(sources(text).values())
    assert got == {"صفحات موالية للجماعة"}
