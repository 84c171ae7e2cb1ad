"""Probes of set H's families (#10, session 28, round 31; tests/cases/claims_articles31h.jsonl, our own
sentences), eight constructions of local and activist reporting:

* ``kin``: «وقالت والدة أحد المخطوفين», «قريب أحد الضحايا», «محامي أحد المعتقلين» some sentences after the toll:
  «أحد» and a definite plural after a noun of kinship names a relative of one of those counted, no count of
  one (claims/restated._kin_of_one); controls: «قتل أحد عناصر الشرطة», «أصيب أحد المارة», «وتوفي أحد المدنيين»;
* ``split``: «أن 15 من الضحايا قتلوا في X و8 في Y»: a fronted partitive figure, its verb, then its place, and
  a bare figure with a place of its own joined by «و» (claims/splits._past_verb); controls: a part in another
  voice, a figure-less second clause;
* ``corrected``: «عدلت التنسيقية الحصيلة إلى 11», «صححت», «خفضت»: a verb of a toll corrected, its subject the
  speaker, «الحصيلة» no part of the name (attribution.tsv flag toll, source_stops.tsv); control: «عدلت
  الحكومة قانون ...» reports nothing;
* ``step``: «ارتفعت الحصيلة إلى أربعة قتلى بعد وفاة شاب متأثرا بجروحه»: one who died of his wounds
  («متأثرا», claim_blockers effect wounds, right after the word of death) is a step of the toll raised, no
  death of its own (claims/steps._of_wounds_after); control: «توفي شاب متأثرا بجروح ...» alone is one dead;
* ``remains``: «مقبرة جماعية تضم رفات 9 أشخاص», «العثور على رفات 16 شخصا»: remains are counted as bodies are
  (casualty_terms.tsv, claim_words role corpses); controls: «سلمت السلطات رفات الضحايا», «شيع المئات رفات الجنود»;
* ``rise``: «وأفادت مصادر طبية بارتفاع عدد القتلى إلى 12»: «بارتفاع» ends the speaker's name (source_stops.tsv),
  compared word for word (``exact_source``); control: a name the lexicon knows already ended there;
* ``toll-construct``: «ارتفع عدد جرحى الانفجار إلى 23», «حصيلة شهداء القصف»: the toll's indefinite victim noun in
  construct with the event (casualty_terms.tsv role toll); control: the war's wounded, no figure.  «عدد ضحايا» was
  tried and dropped: «عدد ضحايا الهجوم ... 135 بين قتيل وجريح» counts both kinds together;
* ``video``: «وتداول ناشطون مقطعا مصورا يظهر جثث أربعة شبان», «نشرت شبكة محلية تسجيلا يظهر»: the one who posts or
  passes round a video tells what it shows (attribution.tsv «تداول»), the video no part of its name
  (source_stops.tsv why medium); controls: a relay's «شريطا قال إنه», «وسط تداول أنباء» (a noun, no speaker).

Each case compares the complete list of figures read (kind and value, and the speaker where the case gives one).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import claims, family_params, load
from waqia.evaluation.match import same_source

CASES = load("claims_articles31h")


def test_the_families_are_whole() -> None:
    families = [c["family"] for c in CASES]
    assert families.count("kin") == 8 and families.count("split") == 5 and families.count("corrected") == 6 \
        and families.count("step") == 5 and families.count("remains") == 4 and families.count("rise") == 5 \
        and families.count("toll-construct") == 4 and families.count("video") == 4


@pytest.mark.parametrize("case", family_params(CASES))
def test_figures_read(case: dict[str, Any]) -> None:
    found = claims(case["text"])
    assert sorted((c["kind"], c["value"] if c["value"] is not None else -1) for c in found) == \
        sorted((e[0], e[1] if e[1] is not None else -1) for e in case["claims"])
    for expect in case["claims"]:
        if len(expect) == 3:
            c = next(c for c in found if (c["kind"], c["value"]) == (expect[0], expect[1]))
            assert same_source(expect[2], [], c["source"]) if expect[2] else c["source"] is None
            assert not case.get("exact_source") or c["source"]["name"] == expect[2]
