"""The held or the wounded who died (round 33, set S, issue #10): «أن شخصين من المعتقلين توفيا تحت التعذيب»,
«ثلاثة مختطفين قتلوا», «جنديين من الأسرى قتلا»: a noun of the held (or the wounded) right before a word of death
that follows its victims names the dead, not a capture; the one or two counted before «من» are the figure, of
the side their noun names.  A release («أفرج عنهما») tells no death.  A singular «أحد المعتقلين توفي» is one dead
(round 33's leftovers).  Sentences written for these tests (Sudan, Libya, Syria, Yemen)."""

from __future__ import annotations

from typing import Any

import pytest

from claim_sets import C, S, sides_of


@pytest.mark.parametrize(("text", "expected"), [
    ("وأوضح البيان أن شخصين من المعتقلين توفيا تحت التعذيب في مدينة النهود أمس.", {("killed", 2, C)}),
    ("وقالت المجموعة إن ثلاثة معتقلين توفوا تحت التعذيب في سجن بمدينة نيالا أمس.", {("killed", 3, C)}),
    ("وقالت المنظمة إن اثنين من المختطفين قتلا على يد الخاطفين قرب مدينة سبها أمس.", {("killed", 2, C)}),
    ("وأفادت اللجنة بأن ثلاثة أشخاص من المحتجزين توفوا داخل مقر أمني في مدينة الرقة يوم الأحد.",
     {("killed", 3, C)}),
    ("وقالت اللجنة إن جنديين من الأسرى قتلا في سجن تابع للمليشيا بمدينة نيالا أمس.", {("killed", 2, S)}),
    ("وذكر المصدر أن طفلين من المصابين توفيا في مستشفى مدينة تعز صباح اليوم.", {("killed", 2, C)}),
    ("وأوضح البيان أن شخصين من المعتقلين أفرج عنهما في مدينة النهود أمس.", set()),
    ("وقالت الهيئة إن أحد المعتقلين توفي تحت التعذيب في سجن بمدينة نيالا أمس.", {("killed", 1, C)}),
])
def test_the_held_who_died_are_dead(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert sides_of(text, "2025-07-22") == expected
