"""Two verbs of killing and wounding joined by «و» after a subject with a possessive pronoun, with a count after both
(#10, session 29, articles32q): «إن قواتها قتلت وجرحت العشرات من الجنود» is active, the subject the attackers and
the count the object of both verbs: killed and wounded together, neither with the count alone (as «مقتل وإصابة 15»;
claims/subject.joined_acts).  An indefinite counted subject («إن جنديا قتل وأصيب اثنان آخران») or a named officer
(«النقيب X استشهد وأصيب ثلاثة») stays a victim of the passive.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("forces with a pronoun", "وقالت الجماعة إن قواتها قتلت وجرحت العشرات من الجنود في الهجوم.",
     [("injured", None, "state_forces"), ("killed", None, "state_forces")]),
    ("our units", "وأكد البيان أن وحداتنا قتلت وأصابت عددا من المسلحين.",
     [("injured", None, "armed_group"), ("killed", None, "armed_group")]),
    ("the forces, a figure", "وقال الجيش إن القوات قتلت وجرحت 40 من المسلحين خلال الاشتباكات.",
     [("injured", None, "armed_group"), ("killed", None, "armed_group")]),
    ("our aircraft", "وقال المتحدث إن طائراتنا قتلت وجرحت العشرات من الإرهابيين.",
     [("injured", None, "armed_group"), ("killed", None, "armed_group")]),
    ("a soldier killed, two others wounded", "وقال شهود إن جنديا قتل وأصيب اثنان آخران في الانفجار.",
     [("injured", 2, "state_forces"), ("killed", 1, "state_forces")]),
    ("a named officer killed, three wounded", "وأوضح المصدر أن الملازم سامر الخطيب استشهد وأصيب ثلاثة من أفراد الدورية.",
     [("injured", 3, "state_forces"), ("killed", 1, "state_forces")]),
    ("children killed, others wounded", "وقال المسعفون إن 3 أطفال قتلوا وجرح 5 آخرون في القصف.",
     [("injured", 5, "civilians"), ("killed", 3, "civilians")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=f) for f, t, e in CASES])
def test_killed_and_wounded_by_their_forces_are_counted_together(text: str, expected: list[tuple]) -> None:
    assert sorted((c["kind"], c["value"], c["party"]["category"]) for c in claims(text)) == expected
