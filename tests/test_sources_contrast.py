"""Two speakers in one sentence and denied reports (#10).

After «لكن» (and «غير أن», «إلا أن») the noun before the verb is its subject, in the
accusative: «لكن مصدرا طبيا قال إن» is «مصدر طبي»'s figure, not the first speaker's.  A verb
after a negation («ولم يعلن أحد») reports nothing.
"""

from __future__ import annotations

import pytest

import waqia


def claims(text: str) -> dict[int | None, str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return {c["value"]: (c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]}


@pytest.mark.parametrize("text, value, speaker", [
    ("وقال رئيس البلدية إن الغارة دمرت مبنيين، لكن مسعفا قال إن 7 أشخاص قتلوا تحت الأنقاض.", 7, "مسعف"),
    ("لم تذكر السلطات عدد الضحايا، لكن ناشطا حقوقيا قال إن 13 معتقلا قتلوا في السجن.", 13, "ناشط حقوقي"),
    ("وقالت الشرطة إن الحادث كان عرضيا، إلا أن شهودا قالوا إن 5 أشخاص أصيبوا برصاص الحراس.", 5, "شهود"),
    ("وقالت الحكومة إن الوضع هادئ، غير أن مصادر محلية أكدت أن 9 مدنيين قتلوا في القرية.", 9, "مصادر محلية"),
])
def test_the_subject_after_lakin_speaks_for_its_clause(text: str, value: int, speaker: str) -> None:
    assert claims(text).get(value) == speaker, claims(text)


@pytest.mark.parametrize("text", [
    "ولم تعلن أي جهة مسؤوليتها عن التفجير الذي أدى إلى مقتل 6 جنود.",
    "ولم يعلن أحد مسؤوليته عن الكمين الذي أسفر عن مقتل 4 من رجال الشرطة.",
])
def test_a_denied_report_names_no_speaker(text: str) -> None:
    got = claims(text)
    assert got and all(v is None for v in got.values()), got


def test_a_present_verb_of_talking_about_names_the_second_speaker() -> None:
    got = claims("وتقول مصادر حكومية إن 12 متمردا قتلوا، بينما تتحدث مصادر قبلية عن مقتل 30 شخصا.")
    assert got.get(12) == "مصادر حكومية" and got.get(30) == "مصادر قبلية", got


def test_a_continuation_verb_after_a_quote_names_the_quote_s_speaker() -> None:
    got = claims("قال مسؤول في الدفاع المدني إن النيران امتدت إلى المبنى المجاور. \"انتشلنا 5 جثث حتى الآن\"، أضاف المسؤول.")
    assert got.get(5) == "مسؤول في الدفاع المدني", got


@pytest.mark.parametrize("text, speaker", [
    ("وقال والي ولاية النيل الأزرق إن 8 أشخاص قتلوا في الهجوم على السوق.", "والي ولاية النيل الأزرق"),
    ("وأعلن والي كسلا مقتل 3 من رجال الشرطة.", "والي كسلا"),
])
def test_wali_after_a_verb_of_saying_is_the_governor_not_wa_ila(text: str, speaker: str) -> None:
    assert list(claims(text).values()) == [speaker], claims(text)


def test_wa_ila_after_a_verb_is_still_the_preposition() -> None:
    got = claims("وأشار إلى أن 6 أشخاص قتلوا في الحادث.")
    assert list(got.values()) == [None], got
