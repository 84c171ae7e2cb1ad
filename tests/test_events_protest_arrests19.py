"""Protesters arrested (nineteenth round, issue #10): a protest whose sentence tells its protesters arrested
(«اعتقلت قوات الأمن عشرات المتظاهرين», «أوقفت الشرطة عددا من المحتجين») met force: a protest with
intervention, and the arrests stay an event of their own (folding them into the protest was tried and
dropped).  Arrests told as what a protest is about, or of people not named as protesters, leave the protest
as it was.  Sentences written for these tests (Iraq, Tunisia, Palestine, Yemen, Syria, Sudan)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

MET = ["Arrests", "Protest with intervention"]


@pytest.mark.parametrize("text", [
    "اعتقلت قوات الأمن عشرات المتظاهرين خلال احتجاجات في ساحة التحرير ببغداد يوم الأحد.",
    "اعتقلت الشرطة التونسية عشرين محتجا خلال تظاهرة ليلية في مدينة قفصة يوم الخميس.",
    "فضت قوات الأمن اعتصاما أمام مقر الولاية في مدينة الأبيض يوم السبت واعتقلت عشرة من المعتصمين.",
])
def test_protesters_arrested_in_the_protest_s_sentence_met_force(text: str) -> None:
    assert sub_types(text) == MET


@pytest.mark.parametrize(("text", "expected"), [
    ("خرج المئات في مسيرة في بلدة بيتا للتنديد باعتقال قوات الاحتلال عشرة شبان من البلدة فجر الأحد.",
     ["Arrests", "Peaceful protest"]),
    ("نظم ذوو المعتقلين وقفة أمام مقر النيابة في مدينة تعز يوم الإثنين للمطالبة بالإفراج عن أبنائهم.",
     ["Peaceful protest"]),
    ("تظاهر العشرات في مدينة القامشلي يوم الثلاثاء رفضا لحملة الاعتقالات التي تشنها قوات الأمن.",
     ["Peaceful protest"]),
    ("اعتقلت قوات الأمن ثلاثة مطلوبين في حملة دهم بمدينة الرمادي يوم الخميس.", ["Arrests"]),
])
def test_arrests_of_others_or_as_a_cause_leave_the_protest(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected
