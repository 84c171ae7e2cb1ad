"""Two speakers at once (#10): a dual head in construct loses its «ن» («شاهدا عيان», «مسؤولا
الأمن») and is the verb's subject, not an object; «أحدهما» after them is one of the same speakers."""

from __future__ import annotations

import pytest

import waqia


def speakers(text: str) -> list[str | None]:
    rec = waqia.extract(text, published="2024-05-02")
    return [(c["source"] or {}).get("name") for e in rec["events"] for c in e["claims"]]


@pytest.mark.parametrize("text, speaker", [
    ("وقال شاهدا عيان إن مسلحين قتلوا 4 رعاة قرب البلدة.", "شاهدا عيان"),
    ("وأكد مسؤولا الأمن في الولاية أن 6 من رجال الشرطة قتلوا في الكمين.", "مسؤولا الأمن في الولاية"),
])
def test_a_dual_in_construct_is_the_subject(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_singular_accusative_after_lakin_is_still_one_speaker() -> None:
    assert speakers("لكن مصدرا طبيا قال إن 4 جنود قتلوا.") == ["مصدر طبي"]


def test_one_of_them_is_the_pair_that_spoke_before() -> None:
    got = speakers("قال شاهدا عيان إن المسلحين قتلوا 3 مزارعين. وأضاف أحدهما أن المهاجمين خطفوا 5 نساء.")
    assert got == ["شاهدا عيان", "شاهدا عيان"]


@pytest.mark.parametrize("text, speaker", [
    ("ونقلت وكالة رويترز عن مصدرين أمنيين أن 3 جنود قتلوا في الكمين.", "مصدرين أمنيين"),
    ("ونقلت الإذاعة عن قائد حرس الحدود أن 5 من المهربين قتلوا في الاشتباك.", "قائد حرس الحدود"),
])
def test_the_speaker_after_an_in_no_list(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
