"""«بسقوط قتلى في صفوفه»: uncounted victims «in its ranks» are of the force the pronoun stands for; «ه» and
«ها» stand for a force, not for a plural of people named after it (#10, set E; claims/voice.own_ranks_after)."""

from __future__ import annotations

import pytest

import waqia
from waqia.evaluation.score import predicted_claims

PROBES = [
    (("في المقابل، قال الجيش البوركيني في بيان إن وحداته صدت الهجوم وقتلت عشرات الإرهابيين، معترفا بسقوط قتلى "
     "في صفوفه دون أن يحدد عددهم."), {("killed", None, "armed_group"), ("killed", None, "state_forces")}),
    ("وقال الجيش إنه صد الهجوم، معترفا بسقوط قتلى في صفوفه.", {("killed", None, "state_forces")}),
    ("وأقرت حركة الشباب بوقوع قتلى وجرحى في صفوفها خلال المعارك مع القوات الحكومية قرب بلدة جوهر.",
     {("killed", None, "armed_group"), ("injured", None, "armed_group")}),
    ("واعترفت قوات الدعم السريع بسقوط جرحى في صفوفها بعد قصف الطيران الحربي على مواقعها في الفاشر.",
     {("injured", None, "armed_group")}),
    ("وهاجم مسلحون دورية للشرطة وأوقعوا قتلى في صفوفها قرب مدينة العريش.", {("killed", None, "state_forces")}),
]


@pytest.mark.parametrize("text,want", PROBES, ids=[str(i) for i in range(len(PROBES))])
def test_the_ranks_of_the_force(text: str, want: set[tuple[str, None, str]]) -> None:
    got = {(c["kind"], c["value"], c["party_category"]) for c in predicted_claims(waqia.extract(text, "2024-05-05"))}
    assert got == want
