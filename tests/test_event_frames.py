"""Event verbs whose completion comes after their subject (#10): «سيطرت قوات X على», «أطلق
مسلحون النار على», «نصب عناصر التنظيم كمينا». Sentences invented for the test."""

import pytest

import waqia

PUBLISHED = "2024-05-12"


@pytest.mark.parametrize(("text", "sub_event_type"), [
    ("سيطرت قوات الدعم السريع على بلدة الدندر شرق النهر بعد انسحاب الجيش منها، وفق شهود عيان.",
     "Non-state actor overtakes territory"),
    ("سيطرت قوات الجيش على بلدة كفرنبل بريف إدلب أمس، وفق مصدر عسكري.",
     "Government regains territory"),
    ("أطلق مسلحون مجهولون النار على سيارة مدنية في مدينة درعا أمس، ما أدى إلى مقتل سائقها.",
     "Attack"),
    ("نصب عناصر التنظيم كمينا لدورية عسكرية قرب بلدة الطارمية الليلة الماضية.",
     "Armed clash"),
    ("أطلق مسلحون ملثمون الرصاص على صاحب متجر في بلدة نوى أمس ثم لاذوا بالفرار.",
     "Attack"),
    ("أطلقت قوات الأمن الرصاص الحي على متظاهرين في ساحة المدينة أمس، فقتلت اثنين منهم.",
     "Excessive force against protesters"),
], ids=["non-state takes", "state takes", "shooting", "ambush", "bullets", "live fire at protesters"])
def test_verb_first_then_subject_then_completion(text, sub_event_type):
    doc = waqia.extract(text, published=PUBLISHED)
    assert [e["sub_event_type"] for e in doc["events"]] == [sub_event_type]


def test_completion_in_another_clause_is_not_the_frame():
    text = "سيطر الهدوء الحذر، وقالت مصادر محلية إن الأسواق فتحت أبوابها على غير العادة اليوم."
    assert waqia.extract(text, published=PUBLISHED)["events"] == []
