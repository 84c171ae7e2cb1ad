"""«أحد» before a casualty word told back over a sentence of another side (#10, session 29, articles32q): «كما أكدت
الوزارة أن أحد الشهيدين مسعف» after a toll of two, with another speaker's figure of the other side between, is one of
those counted, no claim of its own (claims/restated.py reaches three sentences back before «الشهيدين», «القتلى»,
«الجرحى»); «أحد» before any other plural still reaches one sentence.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("the martyrs past an army's claim", ("أعلنت الوزارة أن غارة على سيارة أدت إلى سقوط شهيدين. وكان الجيش الإسرائيلي "
     "قد أعلن أنه قضى على عنصرين من حزب الله في المنطقة. كما أكدت الوزارة أن أحد الشهيدين مسعف."),
     [("killed", 2, "armed_group"), ("killed", 2, "civilians")]),
    ("the wounded past a counter-claim", ("أصيب 5 مدنيين في القصف، بحسب الدفاع المدني. وقال الجيش إن 3 مسلحين قتلوا "
     "في الرد. وأضاف الدفاع المدني أن أحد الجرحى نقل إلى العاصمة."),
     [("injured", 5, "civilians"), ("killed", 3, "armed_group")]),
    ("the dead past a group's claim", ("قالت المديرية إن 6 أشخاص قتلوا في الانفجار. وتبنى التنظيم الهجوم وقال إن 20 "
     "من عناصر الأمن قتلوا. وأكدت المديرية أن أحد القتلى طالب جامعي."),
     [("killed", 6, "civilians"), ("killed", 20, "state_forces")]),
    ("the martyrs, a wounded man between", ("أعلنت الوزارة أن غارة على سيارة أدت إلى سقوط شهيدين. وأضافت أن غارة ثانية "
     "أدت إلى إصابة مواطن. وكان الجيش قد أعلن أنه قتل عنصرين. كما أكدت الوزارة أن أحد الشهيدين مسعف."),
     [("injured", 1, "civilians"), ("killed", 2, "civilians"), ("killed", 2, "unknown")]),
    ("the dead past a faction's claim", ("قتل 4 مدنيين في قصف على الحي، وفق مصادر طبية. وقالت الفصائل إنها قتلت 7 "
     "جنود في هجوم معاكس. وأوضحت المصادر الطبية أن أحد القتلى امرأة."),
     [("killed", 4, "civilians"), ("killed", 7, "state_forces")]),
    ("one of the soldiers in another incident", ("أصيب 4 جنود في الهجوم على الحاجز. وقالت الوزارة إن 2 من المسلحين "
     "قتلا. وأضافت أن القوات طاردت البقية. وفي حادث آخر، أصيب أحد العسكريين برصاص قناص."),
     [("injured", 1, "state_forces"), ("injured", 4, "state_forces"), ("killed", 2, "armed_group")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=f) for f, t, e in CASES])
def test_one_of_the_counted_is_no_claim_of_its_own(text: str, expected: list[tuple]) -> None:
    assert sorted((c["kind"], c["value"], c["party"]["category"]) for c in claims(text)) == expected
