"""«استولى» is a defective verb (twenty-sixth round, issue #10): its persons drop the final «ى» («استولت»,
«استولوا»), which the `verb` inflection never wrote, so «هاجموا البلدة واستولوا عليها» told no taking.  The
forms with the pronoun that refers back to the place just named are read as `defective`.  The bare «استولت على»
stays unread: it seizes anything (vehicles, arms), and read as ground it took a background seizure of vehicles
in dev (sub-types 0.836 → 0.834): a strict xfail.  Sentences written for these tests (Somalia, Mali)."""

from __future__ import annotations

import pytest

from event_sets import sub_types

TAKEN = ["Armed clash", "Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون قاعدة عسكرية في إقليم شبيلي الوسطى يوم الإثنين واستولوا عليها بعد معارك مع الجيش.",
    "هاجمت الجماعة المسلحة بلدة منكا يوم الأحد واستولت عليها بعد انسحاب الجيش.",
    "استولى مسلحو حركة الشباب على قاعدة عسكرية في إقليم شبيلي الوسطى يوم الإثنين بعد معارك مع الجيش.",
])
def test_ground_seized_by_an_armed_group_in_every_person(text: str) -> None:
    assert sub_types(text) == TAKEN


@pytest.mark.xfail(strict=True, reason="the bare «استولت على» is not read (it seizes anything: vehicles, arms)")
def test_ground_seized_told_by_the_feminine_verb() -> None:
    text = "استولت حركة الشباب على قاعدة عسكرية في إقليم شبيلي الوسطى يوم الإثنين بعد معارك مع الجيش."
    assert sub_types(text) == TAKEN
