"""«أيضا», «كذلك» between a casualty verb and its victims are not counted in the verb's reach, as dates are not
(#10, session 29, articles32o; claim_words.tsv role ``adverb``): «وأصيب في القصف أيضا ثلاثة من عمال الإغاثة»,
a figure the outlet states after a quote.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("aid workers", "وأصيب في القصف أيضا ثلاثة من عمال الإغاثة كانوا يوزعون الطعام.", ("injured", 3, "civilians")),
    ("two soldiers", "وقتل في الهجوم أيضا جنديان من الحرس الحدودي.", ("killed", 2, "state_forces")),
    ("as well, with «كذلك»", "وقتل كذلك 4 مسلحين في الاشتباك الذي تلا الكمين.", ("killed", 4, "armed_group")),
    ("after a place", "وأصيب في مدينة الخليل أيضا خمسة شبان برصاص مطاطي.", ("injured", 5, "civilians")),
    ("abducted as well", "وخطف المسلحون أيضا سبعة رعاة قرب الوادي.", ("captured", 7, "civilians")),
]


@pytest.mark.parametrize(("text", "claim"), [pytest.param(t, c, id=i) for i, t, c in CASES])
def test_an_adverb_stands_between_the_verb_and_its_victims(text: str, claim: tuple[str, int, str]) -> None:
    assert [(c["kind"], c["value"], c["party"]["category"]) for c in claims(text)] == [claim]
