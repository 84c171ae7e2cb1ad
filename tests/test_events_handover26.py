"""Ground taken after a handover (twenty-sixth round, issue #10): a story that tells a force leaving a place
without fighting («انسحبت القوات من البلدة دون قتال») and then a side taking control of it tells one
non-violent transfer of territory (ACLED), not ground won in a battle (`rules.fold_taken_into_handovers`).
With fighting in the story the taking stays.  Sentences written for these tests (Somalia, Mali, Sudan)."""

from __future__ import annotations

import pytest

from event_sets import sub_types


@pytest.mark.parametrize("text", [
    ("انسحبت القوات الإثيوبية من بلدة حلقو دون قتال يوم السبت، وبعد ساعات أحكم مسلحو حركة الشباب سيطرتهم على "
    "البلدة."),
    ("سلمت قوات حفظ السلام قاعدتها في مدينة تيساليت للجيش المالي دون مواجهات، ثم سيطر الجيش على القاعدة صباح "
    "الأحد."),
])
def test_ground_taken_after_a_handover_is_the_transfer(text: str) -> None:
    assert sub_types(text) == ["Non-violent transfer of territory"]


def test_ground_taken_in_a_battle_stays() -> None:
    text = ("سيطر مسلحو جماعة نصرة الإسلام والمسلمين على بلدة جيبو شمالي بوركينا فاسو يوم الأحد بعد معارك مع "
            "الجيش.")
    assert sub_types(text) == ["Armed clash", "Non-state actor overtakes territory"]
