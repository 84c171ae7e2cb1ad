"""A verb of denial right before the victims it denies (#10, session 29, articles32o): «نافية وجود قتيل ثالث»,
«نافيا وقوع إصابات», «ونفت سقوط قتلى»: the speaker denies them, no claim (claim_blockers.tsv effect ``none``);
a toll the sentence affirms before the denial is still read.  Sentences written for these tests."""

from __future__ import annotations

import pytest

from case_files import claims

CASES = [
    ("a third dead denied", "وقالت هيئة الحشد الشعبي إن الهجوم أسفر عن استشهاد مقاتلين اثنين، نافية وجود قتيل ثالث.",
     {("killed", 2)}),
    ("no wounded among the crew", "وأكد الجيش سقوط الطائرة قرب الحدود، نافيا وقوع إصابات بين طاقمها.", set()),
    ("the police denied any dead", "وقالت الشرطة إن شخصين أصيبا بالرصاص، ونفت سقوط قتلى في الحادث.", {("injured", 2)}),
    ("the spokesman denied wounded", "ونفى المتحدث باسم الجيش وجود جرحى بين المدنيين في البلدة.", set()),
    ("denied in the plural", "وقال مسؤولون محليون إن 7 أشخاص خطفوا، نافين وقوع قتلى خلال الهجوم على القرية.", {("captured", 7)}),
    ("a denial in the present", "وأصيب 3 عناصر من الشرطة في الاشتباك، بينما تنفي الحركة سقوط قتلى في صفوفها.",
     {("injured", 3)}),
]


@pytest.mark.parametrize(("text", "found"), [pytest.param(t, f, id=i) for i, t, f in CASES])
def test_the_victims_denied_are_no_claim(text: str, found: set[tuple[str, int]]) -> None:
    assert {(c["kind"], c["value"]) for c in claims(text)} == found
