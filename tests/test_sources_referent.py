"""Speakers that point back (#10): a demonstrative and a class noun («هذه المجموعة») name the
group told of before; a generic official («المسؤول اليمني») is the titled person who spoke last."""

from __future__ import annotations

import pytest

import waqia


def speakers(text: str) -> list[str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]]


@pytest.mark.parametrize("text, speaker", [
    ("هاجمت حركة الشباب قاعدة عسكرية في جنوب الصومال. وقالت هذه الحركة إن 30 جنديا قتلوا في الهجوم.",
     "الشباب"),
    ("تبنى تنظيم داعش هجوما على حاجز للجيش العراقي في ديالى. وزعم هذا التنظيم أن 6 جنود قتلوا.",
     "داعش"),
    ("أعلنت جماعة نصرة الإسلام والمسلمين هجوما على موقع للجيش المالي. وقالت تلك الجماعة إن 14 جنديا قتلوا.",
     "نصرة"),
    # the group that spoke before, not the force named in between
    ("وأعلنت مجموعة مسلحة مجهولة مسؤوليتها عن خطف حافلة تقل عناصر من الشرطة. وقالت هذه المجموعة إن 5 من الركاب قتلوا.",
     "مجهولة"),
])
def test_a_demonstrative_speaker_is_the_group_named_before(text: str, speaker: str) -> None:
    got = speakers(text)[-1]
    assert got is not None and speaker in got.split(), got


@pytest.mark.parametrize("text, speaker", [
    ("قال وزير الصحة اليمني قاسم بحيبح إن المستشفيات استقبلت الجرحى. وأضاف المسؤول اليمني أن 25 شخصا قتلوا في الهجوم.",
     "وزير الصحة اليمني قاسم بحيبح"),
    ("قال محافظ كركوك راكان الجبوري إن الوضع تحت السيطرة. وأكد المسؤول العراقي أن 4 أشخاص قتلوا في الانفجار.",
     "محافظ كركوك راكان الجبوري"),
    ("جاء ذلك في تغريدة لوزير الداخلية عماد الطرابلسي على حسابه. وقال المسؤول الليبي إن 3 من عناصر الأمن قتلوا.",
     "وزير الداخلية"),
])
def test_a_generic_official_is_the_titled_person_who_spoke_last(text: str, speaker: str) -> None:
    got = speakers(text)[-1]
    assert got is not None and got.startswith(speaker), got


def test_a_generic_official_named_before_as_one_stays_himself() -> None:
    got = speakers("قال مسؤول يمني إن 6 جنود قتلوا في هجوم على موقع بمأرب. وأضاف المسؤول اليمني أن 9 آخرين أصيبوا.")
    assert got and all(g in ("مسؤول يمني", "المسؤول اليمني") for g in got), got


def test_an_indefinite_official_is_a_new_speaker() -> None:
    got = speakers("قال وزير الصحة اليمني إن المستشفيات استقبلت الجرحى. وقال مسؤول يمني آخر إن 7 أشخاص قتلوا.")
    assert got[-1] != "وزير الصحة اليمني", got


@pytest.mark.parametrize("text, speaker", [
    ('أعلن ما يعرف بـ"جيش العدل" مقتل 4 من عناصر الحرس في هجوم.', 'ما يعرف بـ"جيش العدل"'),
    ('قالت ما تسمى "ولاية غرب إفريقيا" إنها قتلت 10 جنود في هجوم على قاعدة.', 'ما تسمى "ولاية غرب إفريقيا"'),
    ("وأعلن ما يسمى بالمجلس العسكري في منبج مقتل 3 من مقاتليه.", "ما يسمى بالمجلس العسكري في منبج"),
    ('وأعلن المكتب الإعلامي لما يعرف بـ"ولاية سيناء" أسر 5 جنود مصريين.', 'المكتب الإعلامي لما يعرف بـ"ولاية سيناء"'),
])
def test_a_name_others_give_is_the_speaker(text: str, speaker: str) -> None:
    """«ما يعرف بـ"X"»: «ما», a verb of being known as, and the name, quoted or definite."""
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("أعلن محافظ شبوة مساء السبت مقتل 6 جنود في هجوم على نقطة أمنية. وقال المحافظ عوض الوزير إن 3 من المهاجمين قتلوا.",
     "محافظ شبوة عوض الوزير"),
    ("قال قائد شرطة الولاية إن مسلحين خطفوا 12 طالبا من مدرسة داخلية. وأضاف القائد موسى أدامو لوكالة رويترز أن 2 من الحراس قتلا.",
     "قائد شرطة الولاية موسى أدامو"),
])
def test_a_title_takes_the_persons_name_given_with_it_elsewhere(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker, speaker]


def test_two_people_under_one_title_name_no_one() -> None:
    got = speakers("قال محافظ المدينة إن 4 مدنيين قتلوا. وقال المحافظ أحمد سالم إن الوضع هادئ، "
                   "بينما قال المحافظ السابق علي حسن إن 9 أصيبوا.")
    assert got[0] == "محافظ المدينة أحمد سالم" or got[0] == "محافظ المدينة", got


def test_a_spokesman_for_another_body_lends_no_name() -> None:
    got = speakers("قال ناطق باسم وزارة الدفاع إن 18 جنديا قتلوا في الهجوم. "
                   "في المقابل، قال الناطق باسمها ذبيح الله مجاهد إن مقاتلي الحركة قتلوا 25 جنديا.")
    assert got[0] == "ناطق باسم وزارة الدفاع", got
