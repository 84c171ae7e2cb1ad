"""«آخرين» with a subset after it, in the sentence after the side it takes (#10, session 29, articles32q): «قتل 3
جنود. وأصيب 5 آخرون، بينهم ضابط» and the lines of a list («مقتل 4 من رجال الشرطة.\\nإصابة 6 آخرين، بينهم
ضابط»): «آخرين» are more of the side named in the sentence before, so a subset of that side is no claim of its own
and the toll keeps the side (claims/mixed_totals.others_side); a subset of another side still makes the toll one of
no side.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("an officer among soldiers", "قتل 3 جنود في الهجوم على الحاجز. وأصيب 5 آخرون، بينهم ضابط.",
     [("injured", 5, "state_forces"), ("killed", 3, "state_forces")]),
    ("children among civilians, a line", "مقتل 6 مدنيين في القصف على السوق.\nإصابة 12 آخرين، بينهم 4 أطفال.",
     [("injured", 12, "civilians"), ("killed", 6, "civilians")]),
    ("a list after a colon", "قال الجيش إن الهجوم أسفر عن:\nمقتل 5 من عناصر الحشد الشعبي.\nإصابة 8 آخرين، بينهم ضابطان.",
     [("injured", 8, "state_forces"), ("killed", 5, "state_forces")]),
    ("one soldier before", "قتل جندي في انفجار العبوة. وأصيب 4 آخرون، بينهم ضابط برتبة ملازم.",
     [("injured", 4, "state_forces"), ("killed", 1, "state_forces")]),
    ("a leader among fighters", "لقي 2 من مقاتلي الفصائل حتفهم في الغارة. وجرح 9 آخرون بينهم قائد ميداني.",
     [("injured", 9, "armed_group"), ("killed", 2, "armed_group")]),
    ("civilians among others after policemen", "قتل 4 من عناصر الشرطة في الكمين. وأصيب 7 آخرون، بينهم مدنيان.",
     [("injured", 2, "civilians"), ("injured", 7, "unknown"), ("killed", 4, "state_forces")]),
    ("soldiers among others after gunmen", "قتل 3 من المسلحين في الاشتباك. وأصيب 6 آخرون، بينهم جنديان.",
     [("injured", 2, "state_forces"), ("injured", 6, "unknown"), ("killed", 3, "armed_group")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=f) for f, t, e in CASES])
def test_others_take_the_side_of_the_sentence_before_with_their_subset(text: str, expected: list[tuple]) -> None:
    assert sorted((c["kind"], c["value"], c["party"]["category"]) for c in claims(text)) == expected
