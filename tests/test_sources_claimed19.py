"""Who said each figure: a speaker who claims an act, not a figure (#10).

«أعلنت حركة X مسؤوليتها عن الهجوم الذي أسفر عن مقتل 10»: the claimant announces that it carried out
the attack; the toll told of that attack is the outlet's account (stages/sources/claimed.py). A verb
of saying that goes on after the claim («...، مشيرا إلى أن», «وقالت إن», «وأكدت مقتل») is the
claimant's again; a responsibility for the casualties themselves («مسؤوليته عن مقتل 3») tells them; «حمّل X Y المسؤولية» charges and reports, as before. The cases are our own
sentences, one a line in tests/cases/sources_claimed19.jsonl (as in tests/test_sources_twelfth.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_claimed19")


def test_the_cases_cover_the_act_and_what_goes_on() -> None:
    assert len(CASES) >= 12
    assert {c["family"] for c in CASES} >= {"act-relative", "act-adjunct", "act-goes-on", "no-act",
                                                  "responsible-for-victims"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize("text", [
    ("قتل 6 جنود في هجوم على قاعدة عسكرية شمال البلاد، بحسب مصادر أمنية. "
     "وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي قتل فيه 6 جنود."),
    ("قال مسؤول أمني إن 11 شخصا قتلوا في انفجار بالسوق. "
     "وأعلنت جماعة مسلحة مسؤوليتها عن التفجير الذي أودى بحياة 11 شخصا."),
])
def test_a_toll_restated_after_the_claim_is_no_claim_of_the_claimant(text: str) -> None:
    sources = [c["source"] and c["source"]["name"] for c in claims(text)]
    assert len(sources) == 2 and sources[1] is None and sources[0] is not None
