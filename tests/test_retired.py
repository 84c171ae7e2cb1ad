"""A soldier or an officer retired is a civilian (stages/retired.py): one phrase of category ``civilians`` over a
state's noun for a soldier or a rank and «متقاعد» after it, agreeing in definiteness; the sentences are our own."""

from __future__ import annotations

import pytest

from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import key
from waqia.stages.retired import retired_people


def _phrases(text: str) -> list[tuple[str, str, str, str]]:
    lexicon = default_lexicon()
    norm = key(text)
    found = retired_people(norm, lexicon.scan(norm), lexicon)
    return [(norm[m.start:m.end], m.prefix, m.entry.get("category"), m.entry.get("number"))
            for m in found if m.entry.line < 0]


@pytest.mark.parametrize(("text", "expected"), [
    ("شيع الأهالي الرائد المتقاعد سعيد", [("الرائد المتقاعد", "", "civilians", "sg")]),
    ("وقتل مسلحون والد العقيد المتقاعد", [("العقيد المتقاعد", "", "civilians", "sg")]),
    ("قدموا التعازي للعميد المتقاعد", [("لعميد المتقاعد", "ل", "civilians", "sg")]),
    ("نجا جنديان متقاعدان من الكمين", [("جنديان متقاعدان", "", "civilians", "du")]),
    ("احتج عسكريون متقاعدون أمام الوزارة", [("عسكريون متقاعدون", "", "civilians", "pl")]),
    ("وصل ملازم متقاعد إلى القرية", [("ملازم متقاعد", "", "civilians", "sg")]),
])
def test_a_soldier_or_a_rank_retired_is_a_civilian(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert _phrases(text) == [(key(p), key(c) if c else c, side, n) for p, c, side, n in expected]  # the matching form


@pytest.mark.parametrize("text", [
    "وصل العقيد متقاعدا عن العمل منذ سنوات",  # definite noun, indefinite word: a state, no adjective of it
    "قتل جندي في الكمين وجرح آخر",  # no «متقاعد»
    "أعلن الفريق الطبي المتقاعد",  # «الفريق» is no rank right before a word other than «متقاعد»
    "رجل متقاعد قتل في القصف",  # a man retired: no soldier, no rank
])
def test_no_phrase_without_a_soldier_and_the_adjective_in_agreement(text: str) -> None:
    assert _phrases(text) == []
