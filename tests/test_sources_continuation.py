"""Continuation verbs and sources that close a headline (#10).

«وبيّن» is written «بين» (between): it reports only before a complementiser; «استطرد»,
«استدرك» and «قائلا» go on with the speaker before them; a source set off by a dash at the
end of a headline («... - مصادر أمنية») or an agency in brackets («... (رويترز).») is the
source of what came before it.
"""

from __future__ import annotations

import pytest

import waqia


def speakers(text: str) -> list[str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]]


@pytest.mark.parametrize("text, speaker", [
    ("قال الناطق باسم الإسعاف إن الطواقم نقلت المصابين إلى مستشفيين. وبين أن 8 أشخاص أصيبوا بجروح.",
     "الناطق باسم الإسعاف"),
    ("ذكر مصدر أمني أن النيران اندلعت في المخزن. وبيّن مدير الدفاع المدني في البلدة أن 4 عمال أصيبوا.",
     "مدير الدفاع المدني في البلدة"),
    ("وأوضح آمر الفوج أن الدورية وقعت في كمين. وبين للصحفيين أن 3 جنود قتلوا في الكمين.",
     "آمر الفوج"),
])
def test_bayyana_written_as_the_preposition_reports_before_a_complementiser(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and all(g is not None and speaker.startswith(g) for g in got), got


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات بين عشيرتين في ريف المدينة أسفرت عن مقتل 5 أشخاص.",
    "وقعت مواجهات عنيفة بين قوات الأمن ومحتجين أدت إلى إصابة 12 شخصا.",
])
def test_the_preposition_bayna_reports_nothing(text: str) -> None:
    assert speakers(text) == [None] * len(speakers(text)) and speakers(text)


@pytest.mark.parametrize("text, speaker", [
    ("وأكد قائد اللواء السيطرة على التلة. واستطرد قائلا إن 6 من مقاتليه أصيبوا.", "قائد اللواء"),
    ("قالت مسؤولة في البلدية إن القصف توقف. واستدركت أن 3 أطفال قتلوا في القصف.", "مسؤولة في البلدية"),
])
def test_continuation_verbs_keep_the_last_speaker(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and all(g == speaker for g in got), got


@pytest.mark.parametrize("text, speaker", [
    ("مقتل 7 من عناصر الجيش بهجوم على ثكنة في الشمال - مصادر عسكرية", "مصادر عسكرية"),
    ("إصابة 9 أشخاص بانفجار قنبلة قرب مدرسة – الشرطة", "الشرطة"),
    ("قتل 4 مزارعين في هجوم على قرية شمال البلاد (رويترز).", "رويترز"),
    ("جرح 11 متظاهرا خلال تفريق الاحتجاج وسط العاصمة (أ ف ب).", "فرانس برس"),
])
def test_a_source_closing_a_headline_after_a_dash_or_in_brackets(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker], speakers(text)


def test_a_name_in_brackets_that_is_no_agency_is_not_a_source() -> None:
    got = speakers("قتل 6 من عناصر قوات الحماية الكردية (الشرطة) في هجوم على الحاجز.")
    assert got and all(g is None for g in got), got


@pytest.mark.parametrize("text, speaker", [
    ("وتبنى تنظيم داعش التفجير في منشور على قنواته، وقال إنه قتل 9 من عناصر الحشد.", "داعش"),
    ("وأعلنت حركة الشباب مسؤوليتها عن الهجوم، وقالت إن مقاتليها قتلوا 16 جنديا.", "حركة الشباب"),
])
def test_a_coordinated_verb_with_no_subject_speaks_for_the_sentence_opener(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and all(g is not None and speaker in g for g in got), got


def test_a_headline_speaker_with_the_outlet_told_before_its_colon() -> None:
    assert speakers("مصدر أمني لـ\"المدن\": مقتل 4 عناصر من الأمن العام بكمين قرب درعا") == ["مصدر أمني"]


@pytest.mark.parametrize("text, speaker", [
    ("وقال بيان الرئاسة إن 6 من أفراد الحراسة قتلوا في الهجوم.", "الرئاسة"),
    ("وأوضح تقرير البعثة الأممية أن 19 مدنيا قتلوا في القصف.", "البعثة الأممية"),
])
def test_a_statement_speaks_for_the_owner_after_it(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker], speakers(text)


def test_istinadan_with_lam_names_the_source_after_the_figure() -> None:
    assert speakers("وأصيب 9 عمال في انفجار داخل المصنع استنادا لمصادر في الدفاع المدني.") == ["مصادر في الدفاع المدني"]


@pytest.mark.parametrize("text, speaker", [
    ("قتل 8 أشخاص في قصف على حي سكني. وأكد مصدر في المستشفى الحصيلة.", "مصدر في المستشفى"),
    ("أصيب 12 شخصا بانفجار في محطة الوقود. وأكدت مديرية الصحة هذه الأرقام لوكالة الأناضول.", "مديرية الصحة"),
])
def test_a_speaker_confirming_a_definite_count_tells_the_figure_before(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker], speakers(text)


def test_a_statement_as_subject_speaks_for_its_owner_after_lam() -> None:
    assert speakers("وأكد بيان لغرفة العمليات المشتركة أن 7 من عناصرها قتلوا في الاشتباكات.") == ["غرفة العمليات المشتركة"]


def test_a_statement_after_fi_is_no_subject() -> None:
    got = speakers("وقالت الفصائل في بيان لغرفة العمليات المشتركة إن 7 من عناصرها قتلوا.")
    assert got == ["الفصائل"], got


def test_a_statement_after_a_preposition_of_attribution_speaks_for_its_owner_after_lam() -> None:
    assert speakers("واعتقلت الشرطة 11 مهربا قرب الحدود، وفق بيان للداخلية.") == ["الداخلية"]
