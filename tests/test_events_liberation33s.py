"""A town «liberated» (round 33, set S, issue #10): outlets relaying a side's claim put the word in quotes
(«أعلنت قوات الدعم السريع "تحرير" منطقة ...»), and a side says it in a verb («إنها حررت مدينة ...»); both tell
ground taken, as «تحرير مدينة» already did, and the side that takes it decides the sub-type.  «حرر محضرا»
(wrote a report) and «حررت الشرطة رهائن» (freed hostages) take no ground.  A quoted verb («"حررت" بلدة») is
left unread.  Sentences written for these tests (Sudan, Somalia, Libya)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

NSA, GOV = "Non-state actor overtakes territory", "Government regains territory"


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت قوات الدعم السريع، اليوم السبت، \"تحرير\" منطقة أم سيالة في ولاية شمال كردفان بالكامل.", [NSA]),
    ("أعلنت الدعم السريع في بيان «تحرير» مدينة بابنوسة يوم الجمعة.", [NSA]),
    ("وأعلن الجيش الوطني الليبي \"تحرير\" منطقة في جنوب غرب سبها يوم الأحد.", [GOV]),
    ("قالت قوات الدعم السريع إنها حررت مدينة النهود اليوم السبت.", [NSA]),
    ("أعلن الجيش أن قواته حررت منطقة جبل موية بولاية سنار الثلاثاء.", [GOV]),
    ("وقالت حركة الشباب إن مقاتليها حرروا قرية قرب بلدة بلعد صباح الأحد.", [NSA]),
    ("حرر الضابط محضرا بالواقعة في قسم شرطة المدينة يوم الأحد.", []),
    ("حررت الشرطة ثلاثة رهائن في مدينة بوصاصو يوم الإثنين.", []),
])
def test_a_town_liberated_in_quotes_or_by_a_verb(text: str, expected: list[str]) -> None:
    assert sub_types(text) == expected
