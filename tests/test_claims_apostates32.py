"""«المرتدين», the jihadists' word for the state's men and its militias in their own statements (#10, session 29,
articles32o): a person noun of the state's forces (actor_terms.tsv «مرتد», inflected), unless a named force
after it says whose men they were («من مرتدي قوات سوريا الديمقراطية»).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("quoted, with officers among them", "وزعمت حركة الشباب أن مقاتليها قتلوا أكثر من 30 من \"المرتدين\" بينهم ضباط.",
     ("killed", 30, "state_forces")),
    ("the accusative singular", "وقال التنظيم في بيان إن مقاتليه قتلوا 12 مرتدا في الهجوم على الثكنة.",
     ("killed", 12, "state_forces")),
    ("an adjective of the army", "وأعلن التنظيم مقتل 5 من عناصر الجيش المرتد قرب البلدة.", ("killed", 5, "state_forces")),
    ("an ambush", "قتل 3 من المرتدين في كمين نصبه مقاتلو الحركة على طريق بلدوين.", ("killed", 3, "state_forces")),
    ("a named force says whose", "وزعم التنظيم أن مقاتليه قتلوا 7 من مرتدي قوات سوريا الديمقراطية في ريف دير الزور.",
     ("killed", 7, "armed_group")),
]


@pytest.mark.parametrize(("text", "claim"), [pytest.param(t, c, id=i) for i, t, c in CASES])
def test_the_apostates_are_the_states_men(text: str, claim: tuple[str, int, str]) -> None:
    assert [(c["kind"], c["value"], c["party"]["category"]) for c in claims(text)] == [claim]
