"""Who said each figure: a speaker who declares an act, adopts or condemns an event, and the toll is
told of the event behind it (#10).

«أعلنت الحكومة الحداد الوطني غداة هجوم أسفر عن مقتل 12»: the government declared mourning; the toll
sits in a clause on «هجوم», the noun of an adjunct of time or cause after the verb's object (or in a
relative clause on an event noun inside that object: «الحداد على ضحايا الهجوم الذي أسفر عن»), and is the
outlet's account (stages/sources/declared.py, attribution kind ``act``), whether the subject comes after the
verb or before it («وكانت السلطات قد أعلنت الحداد إثر ...»). So for «أعلنت الحركة تبنيها
للهجوم الذي أسفر عن» and «أدانت الجامعة التفجير الذي أسفر عن». The speaker keeps the toll when it is
the content of what was said («أعلنت الوزارة مقتل 12», «الحداد على أرواح 12 جنديا قتلوا»), when a
verb of saying goes on after the act («...، مشيرا إلى أن», «وأوضحت أن»), when the object is an act
of the fighting told («أعلن الجيش صد هجوم أسفر عن مقتل 3 من جنوده», «رفع الحصار عن المدينة عقب معارك»), and when the adjunct comes
before any object («وأعلنت الوزارة، عقب هجوم ...، مقتل 10»). Verbs that report nothing («زار»,
«طالب», «التقى», «دعت») and narrative after a closed quotation give no speaker, as before. The
cases are our own sentences, one a line in tests/cases/sources_declared25.jsonl.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_declared25")


def test_the_cases_cover_the_act_and_the_reports_beside_it() -> None:
    assert len(CASES) >= 40
    assert {c["family"] for c in CASES} >= {
        "declared-occasion", "declared-relative", "adopted-event", "condemned-event", "toll-is-content", "act-then-speech",
        "act-of-fighting", "occasion-before-object", "no-reporting-verb", "narrative-after-closed-quote",
        "subject-before-verb"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize(("text", "name"), [
    ("أعلنت وزارة الداخلية الموريتانية الحداد الوطني عقب هجوم على قرية حدودية، مشيرة إلى أن 14 قرويا قتلوا فيه.",
     "وزارة الداخلية الموريتانية"),
    ("وأعلن رئيس المجلس الرئاسي اليمني الحداد العام إثر تفجير في عدن، وأوضح أن 8 جنود قتلوا فيه.",
     "رئيس المجلس الرئاسي اليمني"),
    ("وأعلن تنظيم داعش تبنيه التفجير الذي استهدف الحافلة، وقال إن 6 من ركابها قتلوا.", "تنظيم داعش"),
])
def test_the_speakers_name_ends_before_the_act(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name
