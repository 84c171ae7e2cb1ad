"""«بسط/أحكم/فرض سيطرته على» with the subject before the verb (twenty-sixth round, issue #10).  The frames of
`event_frames.tsv` want a subject between the verb and its completion («بسطت قوات الدعم السريع سيطرتها على»);
with the subject before («أعلنت الحركة أنها بسطت سيطرتها على المدينة») verb and completion stand together, so
they are phrases of `event_triggers.tsv` (every person of the verb).  Sentences written for these tests (Sudan,
Somalia, Syria)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    "أعلنت قوات الدعم السريع أنها بسطت سيطرتها على مدينة ود مدني بعد اشتباكات عنيفة مع الجيش يوم الإثنين.",
    "قال سكان إن مسلحي الحركة أحكموا سيطرتهم على بلدة عيل طير بعد معارك مع القوات الحكومية يوم الخميس.",
])
def test_control_taken_with_the_subject_before_the_verb(text: str) -> None:
    assert sub_types(text) == ["Armed clash", "Non-state actor overtakes territory"]


def test_control_regained_by_the_army_with_the_subject_before() -> None:
    text = "قال مصدر عسكري إن الجيش فرض سيطرته على بلدة مورك بريف حماة بعد اشتباكات مع الفصائل يوم الأحد."
    assert sub_types(text) == ["Armed clash", "Government regains territory"]
