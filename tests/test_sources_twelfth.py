"""Who said each figure: the twelfth round's probes (#10), in the styles of outlets the dev set lacks.

tests/cases/sources_twelfth.jsonl holds sentences and short paragraphs written for these tests, one
case a line (``{"family", "text", "sources": [[value, name or null], ...]}``, as in
tests/test_sources_eleventh.py), for the noun phrases of a figure's own sentence that are or are
not its speaker (a verb of saying inside another speaker's account, a noun that is no sayer, a
medium, a dateline, the one told, a relay, a coordinated clause, the object of «أعلن» read into
the name) and for a speaker's account that goes on over sentences. ``xfail`` names a known
limitation and runs as a strict xfail.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_twelfth")


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 80
    assert len({c["family"] for c in CASES}) >= 40
    assert any(name is None for c in CASES for _, name in c["sources"])  # the outlet's own voice


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


def _source(text: str) -> dict[str, Any] | None:
    (claim,) = claims(text)
    return claim["source"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم، مشيرا إلى أن 12 جنديا قتلوا فيه.", "تنظيم داعش"),
    ("وأكد جيش تحرير السودان سيطرته على البلدة بعد معارك قتل فيها 25 من الطرفين.", "جيش تحرير السودان"),
    ("وأعلنت القاعدة في جزيرة العرب مسؤوليتها عن الهجوم، وقالت إن 6 جنود قتلوا فيه.", "القاعدة في جزيرة العرب"),
])
def test_the_object_with_its_pronoun_ends_the_name(text: str, name: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == name


def test_the_heads_own_genitive_with_a_pronoun_stays_in_the_name() -> None:
    source = _source("وقال وزير داخليتها إن 5 من رجال الأمن أصيبوا.")
    assert source is not None and source["name"] == "وزير داخليتها"


def test_a_relay_verb_that_carried_the_wounded_reports_nothing() -> None:
    found = {c["value"]: c["source"] for c in claims(
        "وقال المتحدث باسم الدفاع المدني إن 6 أشخاص قتلوا في القصف.\nونقل الهلال الأحمر 20 جريحا إلى مستشفى المدينة.")}
    assert found[20] is None
    assert found[6] is not None and found[6]["name"] == "المتحدث باسم الدفاع المدني"


def test_a_relay_verb_with_its_source_still_relays() -> None:
    source = _source("ونقلت قناة العربية عن مصادر أمنية أن 8 من عناصر التنظيم قتلوا في العملية.")
    assert source is not None and source["name"] == "مصادر أمنية" and source["relay"] == "قناة العربية"


@pytest.mark.parametrize("text", [
    "وقال مدير المستشفى إن القصف استهدف المبنى.\nوأوضح أن وزارة الصحة أعلنت مقتل 8 من الكوادر الطبية.",
    "وقال مدير المستشفى إن وزارة الصحة قد أعلنت مقتل 8 من الكوادر الطبية.",
    "وقال مدير المستشفى إن وزارة الصحة كانت قد أعلنت مقتل 8 من الكوادر الطبية.",
])
def test_a_verb_of_saying_inside_a_speakers_account_leaves_the_figure_his(text: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == "مدير المستشفى"


@pytest.mark.parametrize(("text", "name"), [
    ("يذكر أن مصادر رسمية قد أكدت مقتل 8 من الكوادر الطبية.", "مصادر رسمية"),  # the outlet's own voice
    ("وذكرت وكالة الأنباء الليبية أن مصادر طبية أكدت مقتل 4 أشخاص.", "مصادر طبية"),  # an outlet relays
    ("وأوضح المتحدث باسم الشرطة أن الحادث عرضي، إلا أن شهودا قالوا إن 5 أشخاص أصيبوا.", "شهود"),  # against him
])
def test_the_embedded_speaker_speaks_where_no_speaker_tells_of_him(text: str, name: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == name


def test_an_unknown_subject_after_the_complementiser_speaks_in_the_outlets_voice() -> None:
    source = _source("يذكر أن مستشفى الأبيض التعليمي أعلن وفاة 7 من المصابين متأثرين بجراحهم.")
    assert source is not None and source["name"] == "مستشفى الأبيض التعليمي"


@pytest.mark.parametrize("text", [
    "وقال مواطن من المنطقة لراديو دبنقا إن 6 من أقاربه قتلوا.",
    "وقال أحد المواطنين لراديو دبنقا إن 6 من أقاربه قتلوا.",
])
def test_an_indefinite_outlet_told_takes_its_name_whatever_it_is(text: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] in ("مواطن من المنطقة", "أحد المواطنين")
    assert source["relay"] == "راديو دبنقا"


def test_each_line_of_a_list_after_the_colon_is_the_speakers() -> None:
    found = {c["value"]: c["source"] for c in claims(
        "وقالت المنظمة إن حصيلة الأسبوع بلغت:\n- 15 قتيلا في ولاية شمال دارفور.\n- 9 قتلى في ولاية الجزيرة.\n"
        "- 4 قتلى في ولاية سنار.")}
    assert {v: s and s["name"] for v, s in found.items()} == {15: "المنظمة", 9: "المنظمة", 4: "المنظمة"}


def test_a_list_in_the_outlets_voice_stays_the_outlets() -> None:
    found = {c["value"]: c["source"] for c in claims(
        "وقال المتحدث باسم الجيش إن الوضع هادئ.\n\nوهذه أبرز محطات المواجهات:\n- مقتل 5 جنود في كمين قرب الحدود.\n"
        "- إصابة 3 مدنيين في قصف على السوق.")}
    assert found == {5: None, 3: None}


@pytest.mark.parametrize("text", [
    "وعلمت \"الأخبار\" من مصادر أمنية أن 5 جنود قتلوا في الكمين.",
    "وعلمت من مصادر أمنية أن 5 جنود قتلوا في الكمين.",
])
def test_what_an_outlet_learned_is_the_one_it_learned_from(text: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == "مصادر أمنية"


def test_a_flag_is_no_verb_of_learning() -> None:
    assert _source("ورفع العلم من فوق مبنى وزارة الدفاع بعد مقتل 5 جنود.") is None


@pytest.mark.parametrize("text", [
    "وقال مدير المستشفى إن القصف استهدف قسم الطوارئ. وبحسبه، فإن 6 من المرضى قتلوا.",
    "وقال مدير المستشفى إن القصف استهدف قسم الطوارئ. بحسبه، قتل 6 من المرضى.",
])
def test_according_to_him_is_the_one_who_spoke_last(text: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == "مدير المستشفى"


def test_a_side_speaking_as_we_goes_on_with_its_speaker() -> None:
    found = {c["value"]: c["source"] for c in claims(
        "وقال قائد اللواء في تصريح: تصدت قواتنا للهجوم فجرا. وتمكنا من قتل 5 من المهاجمين. كما أصيب 2 من جنودنا بجروح طفيفة.")}
    assert {v: s and s["name"] for v, s in found.items()} == {5: "قائد اللواء", 2: "قائد اللواء"}


def test_without_we_the_new_paragraph_is_the_outlets() -> None:
    found = {c["value"]: c["source"] for c in claims(
        "وقال الناطق باسم الحشد إن قواته صدت هجوما على الساتر.\n\nوقتل في الهجوم 4 من عناصر الحشد.")}
    assert found == {4: None}
