"""Claims precision, twenty-seventh round (#10): figures that are no claims of the event told.

GUIDELINES: a subset of a stated figure for the same party is no claim; figures about other, earlier
events are left out. The families here: the dead of a toll told again by the state of their bodies
(charred, unidentified, handed over to their families) in the voice of the toll; parts told after a
sentence break («ومن بين القتلى»); running tallies (since a war, a year, protests began; a month's
count) beside the day's toll, which stays a claim; earlier events told as a reason or an anniversary;
and the controls beside them that stay claims (bodies found in another incident, a speaker's own count,
a toll that rises, a recent event told with its day); the victims of the event a response answers, told
back by «فيه»; articles of no event (trials, sentences, reports, commemorations, appeals) whose figures
are no claims, «قضت المحكمة بإعدام 7» and «بتهمة قتل 3» above all; a war's toll after «خلال» or «منذ»
(«خلال الحرب», «منذ بداية النزاع») and after «في» («في حربها على الإرهاب»); the dead recovered so far
(«انتشلت 22 جثة») after the toll of their speaker; the wounded of a toll counted by the hospital they
were taken to («ونقل 12 جريحا منهم إلى مستشفى»). Each case compares the complete claim set of its text
as a sorted list of (kind, value, side). With no day of publication («published»: null), a year before
the latest the article names is gone.

The cases are our own sentences, one a line in tests/cases/claims_precision27.jsonl."""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import family_params, load

CASES = load("claims_precision27")


def figures(text: str, published: str | None = "2024-05-11") -> tuple[list[list[Any]], bool]:
    """Every claim of ``text`` as [kind, value, side], once per claim, sorted as the case files are; and
    whether the article is relevant."""
    doc = waqia.extract(text, published=published)
    found = [[c["kind"], c["value"], c["party"]["category"]] for e in doc["events"] for c in e["claims"]]
    return sorted(found, key=lambda x: (x[0], x[1] is None, x[1] or 0, x[2])), doc["relevant"]


def test_the_cases_cover_each_family_with_controls() -> None:
    families = {c["family"] for c in CASES}
    for family in families:
        assert len([c for c in CASES if c["family"] == family]) >= 3, family
    assert {f"{f}-control" for f in ("body-state", "tally", "tally-lead", "background", "answered-therein",
                                     "judged", "during-span", "hospital-part", "year-unpublished")} <= families


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_claims_are_those_a_coder_gives(case: dict[str, Any]) -> None:
    found, relevant = figures(case["text"], case.get("published", "2024-05-11"))
    assert found == case["claims"]
    if "relevant" in case:  # an article of no event: no claim and no event (the relevance and the claims agree)
        assert relevant == case["relevant"]
