"""«فصيل», a faction, names an armed group as «فصائل» does (#10, session 29, articles32o): the men of a faction
named by it, quoted or not, known or not («عنصران من فصيل "X"», «من فصيل معارض») are of an armed group
(actor_terms.tsv).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("a quoted name", "قتل عنصران من فصيل \"لواء المعتصم\" بقصف مدفعي قرب بلدة مارع.", "armed_group"),
    ("a name of no list", "قتل ثلاثة عناصر من فصيل الجبهة الشامية بانفجار عبوة على طريق عفرين.", "armed_group"),
    ("an adjective", "أصيب مقاتل من فصيل معارض برصاص قناص على محور كفرنبودة.", "armed_group"),
    ("a leader of a faction counts its men", "وقال قيادي في فصيل محلي إن 4 من مقاتليه قتلوا في الكمين.", "armed_group"),
    ("the faction's toll of the other side", "أعلن فصيل مسلح مقتل 5 جنود من قوات النظام على جبهة الساحل.", "state_forces"),
]


@pytest.mark.parametrize(("text", "side"), [pytest.param(t, s, id=i) for i, t, s in CASES])
def test_a_factions_men_are_an_armed_groups(text: str, side: str) -> None:
    (claim,) = claims(text)
    assert claim["party"]["category"] == side
