"""Ground regained told by «تحرير» with positions or villages as its object (nineteenth round, issue #10):
«تحرير مواقع», «تحرير موقع عسكري», «تحرير عدد من المواقع» tell ground taken like «تحرير مدينة»; the side
that takes it decides the sub-type.  «تحرير» of prisoners or hostages, or inside a group's name («هيئة تحرير
الشام»), tells no ground taken.  Sentences written for these tests (Yemen, Libya, Syria, Nigeria)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.mark.parametrize("text", [
    "أعلن الجيش اليمني تحرير مواقع في جبهة صرواح غرب مأرب بعد معارك مع الحوثيين يوم الأربعاء.",
    "أعلن الجيش اليمني تحرير عدد من المواقع في جبهة صرواح غرب مأرب بعد معارك مع الحوثيين يوم الأربعاء.",
    "قالت قوات حكومة الوفاق إنها تمكنت من تحرير موقع عسكري جنوب طرابلس إثر معارك مع قوات حفتر يوم الجمعة.",
])
def test_positions_liberated_by_the_state_after_a_battle(text: str) -> None:
    assert sub_types(text) == ["Armed clash", "Government regains territory"]


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام مواقع لهيئة تحرير الشام في ريف إدلب الجنوبي يوم السبت.",
    "طالبت عائلات المختطفين في مدينة تعز يوم الأحد بتحرير الأسرى من سجون الحوثيين.",
    "أعلنت القوات النيجيرية تحرير عدد من الرهائن المختطفين في ولاية كادونا يوم الإثنين.",
])
def test_prisoners_hostages_and_names_take_no_ground(text: str) -> None:
    assert not set(sub_types(text)) & set(TERRITORY)
