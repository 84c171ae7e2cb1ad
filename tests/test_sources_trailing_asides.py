"""Speakers closed off by what is no part of their name (#10): a time after a trailing speaker
(«وفق ما أعلنت الحكومة مساء الجمعة»), an occasion after «في» («في بيانات متتالية»), and a
participle clause after the speaker of a quote placed first («"..."، قال X، طالبا ...»)."""

from __future__ import annotations

import pytest

import waqia


def speakers(text: str) -> list[str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]]


@pytest.mark.parametrize("text, speaker", [
    ("قتل 12 شرطيا في كمين نصبه مسلحون قرب الحدود، وفق ما أعلنت الحكومة مساء الأحد.", "الحكومة"),
    ("أصيب 7 مدنيين بانفجار عبوة في سوق البلدة، حسبما ذكرت البلدية صباح اليوم.", "البلدية"),
    ("قتل 3 جنود بهجوم على حاجز للجيش، كما قالت القيادة العامة أمس الأربعاء.", "القيادة العامة"),
])
def test_a_time_after_a_trailing_speaker_closes_the_sentence(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_an_occasion_after_in_ends_the_speaker() -> None:
    got = speakers("وقال التنظيم في بيانات نشرها على قنواته إن 9 من الجنود قتلوا في الهجوم.")
    assert got == ["التنظيم"]


@pytest.mark.parametrize("text, speaker", [
    ('"أصيب خمسة من الحراس في القصف"، قال مسؤول في الميناء لوكالة رويترز، طالبا عدم ذكر اسمه.',
     "مسؤول في الميناء"),
    ('"قتل عشرة من المدنيين في الهجوم"، أضاف ناشط محلي، مشيرا إلى أن القصف استمر ساعات.', "ناشط محلي"),
])
def test_the_speaker_of_a_quote_placed_first_before_an_aside(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("قتل 4 حراس في هجوم على مخفر، بحسب ما قاله قائد شرطة المنطقة العقيد سالم عمر.", "سالم عمر"),
    ("أصيب 9 عمال بانفجار في مصنع، حسبما قال ضابط الدفاع المدني خالد سعيد لوكالة الأنباء.", "خالد سعيد"),
])
def test_the_subject_after_what_runs_on_to_a_persons_name(text: str, speaker: str) -> None:
    got = speakers(text)
    assert len(got) == 1 and got[0] is not None and got[0].endswith(speaker), got


@pytest.mark.parametrize("text, speaker", [
    ("الصحة الفلسطينية: 3 شهداء برصاص الاحتلال في طوباس\n\nاستشهد ثلاثة شبان خلال اقتحام البلدة فجرا.",
     "الصحة الفلسطينية"),
    ("الداخلية العراقية: مقتل 4 من الشرطة بهجوم في كركوك", "الداخلية العراقية"),
])
def test_a_ministry_named_by_its_domain_before_a_colon(text: str, speaker: str) -> None:
    assert speakers(text)[0] == speaker


def test_a_region_before_a_colon_is_no_speaker() -> None:
    assert speakers("الضفة الغربية: 3 شهداء برصاص الاحتلال في طوباس") == [None]


def test_a_verb_that_is_both_speech_and_death_speaks_for_its_object() -> None:
    got = speakers("ونعت وزارة الداخلية الليبية 4 من منتسبيها سقطوا في هجوم على بوابة أمنية قرب سرت.")
    assert got == ["وزارة الداخلية الليبية"]


def test_lima_after_a_preposition_of_attribution_opens_a_relay() -> None:
    got = speakers("قتل 5 مدنيين في قصف على البلدة، وفقا لما نقلته وسائل إعلام محلية عن مصادر طبية.")
    assert got == ["مصادر طبية"]
