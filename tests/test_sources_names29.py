"""Where a speaker's name ends before the verbal noun that opens what was announced (#10, names29).

Our own sentences in tests/cases/sources_names29.jsonl, each with its complete set of claims and the
exact name of each speaker (not the scorer's looser match): a verbal noun of the derived forms after a
definite word of a body's name opens the verb's object («أعلنت الشرطة العثور على», «أعلنت قيادة
العمليات المشتركة تنفيذ عملية»), while names in construct that hold such words («هيئة الإغاثة»), a
person's name after a title («المتحدث باسم الوزارة تحسين ...») and nisba adjectives («الانتقالية»)
stay whole. See :mod:`waqia.stages.sources.verbal`. A surname spelled as a particle with the article
(«العلي», «على» in the matching form) does not end a name: a preposition takes no article. «من» before
a filler with its pronoun («من جهته», «من جانبهم») is an aside after the name, not more of it.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load
from waqia.core.morphology import verbal_noun

CASES = load("sources_names29")


@pytest.mark.parametrize("case", family_params(CASES))
def test_speaker_names_end_before_the_object(case: dict[str, Any]) -> None:
    found = sorted([c["value"], (c["source"] or {}).get("name")] for c in claims(case["text"]))
    assert found == sorted(case["claims"])


def test_the_cases_cover_each_family() -> None:
    families = {c["family"] for c in CASES}
    assert {"object", "construct-control", "person-control", "adjective-control", "coordinated",
            "surname-like-particle", "aside-after-name"} <= families
    assert len(CASES) >= 40


@pytest.mark.parametrize(("word", "bare", "definite"), [
    ("إلقاء", True, True),  # إفعال, its hamza below
    ("احتجاز", True, True),  # افتعال
    ("استهداف", True, True),  # استفعال
    ("إستهداف", True, True),  # written with a hamza it has not
    ("انسحاب", True, True),  # انفعال
    ("تنفيذ", True, True),  # تفعيل
    ("تبادل", True, True),  # تفاعل
    ("عثور", True, True),  # فعول
    ("مداهمة", True, False),  # مفاعلة: a participle too («المعارضة»), so not after the article
    ("أطفال", False, False),  # the broken plural أفعال: its alif has the hamza above
    ("تركية", False, False),  # a nisba, not تفعيل
    ("انتقالية", False, False),
    ("شرطة", False, False),
])
def test_the_shape_of_a_verbal_noun(word: str, bare: bool, definite: bool) -> None:
    assert verbal_noun(word) is bare
    assert verbal_noun(word, definite_too=True) is definite
