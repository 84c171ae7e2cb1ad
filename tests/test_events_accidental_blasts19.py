"""Blasts with an accidental cause told (nineteenth round, issue #10): heat or a technical fault («ارتفاع
درجات الحرارة», «خلل فني», «عطل فني»; topic ``accident`` in ``negative_topics.tsv``) set off an ammunition
depot or bring a drone down: no conflict event.  A strike on a depot, or a shelling told beside heat the
displaced suffer, stays the event it is.  Sentences written for these tests (Libya, Iraq, Syria, Sudan)."""

from __future__ import annotations

import pytest

from event_sets import relevant_sub_types


@pytest.mark.parametrize("text", [
    "هز انفجار ضخم مستودعا للذخيرة داخل معسكر للجيش في مدينة بنغازي يوم الثلاثاء بسبب ارتفاع درجات الحرارة.",
    "قتل جنديان بانفجار في مخزن للأسلحة داخل قاعدة جوية شمال بغداد يوم الأحد، وقالت قيادة العمليات إن الانفجار نجم عن خلل فني.",
    "أفاد مصدر عسكري بأن الطائرة المسيرة سقطت في منطقة زراعية قرب حماة يوم الإثنين بسبب عطل فني، دون وقوع إصابات.",
])
def test_a_blast_of_heat_or_a_fault_is_no_event(text: str) -> None:
    assert relevant_sub_types(text) == (False, [])


@pytest.mark.parametrize(("text", "expected"), [
    ("استهدفت غارة جوية مستودعا للذخيرة تابعا لقوات الدعم السريع في مدينة نيالا يوم الأربعاء، ما أدى إلى انفجارات متتالية.",
     ["Air/drone strike"]),
    (("قصفت المدفعية أحياء في مدينة الفاشر يوم الخميس، في وقت يعاني فيه النازحون من ارتفاع درجات الحرارة ونقص المياه، "
     "ما أسفر عن مقتل أربعة مدنيين."), ["Shelling/artillery/missile attack"]),
])
def test_a_strike_stays_beside_such_words(text: str, expected: list[str]) -> None:
    assert relevant_sub_types(text) == (True, expected)
