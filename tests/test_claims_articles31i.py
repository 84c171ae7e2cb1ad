"""Claims, the families of set I's whole articles (#10, session 28, round 31): news told from the
statements and reports of UN agencies, NGOs and rights groups, where the toll of the one incident stands
beside the running totals a coder leaves out.  Sentences of our own, one a line in
tests/cases/claims_articles31i.jsonl, each compared as its complete set of (kind, value, side); the
period and month-year probes open on an incident of the day so that the article is read at all.

* period-after-victims: «قتل ما لا يقل عن 31 عامل إغاثة في البلاد منذ اندلاع القتال»: a hedge and the
  victims' noun push the period's «منذ اندلاع» past the eight words a cue of the past reaches from the
  verb; read from the victims' last word too, the period sums the war's toll (claims/background
  ._past_after_victims). A day's toll of the same people, and «منذ» inside «المستمرة منذ أيام» (the
  clash told), stay (period-after-victims-control).
* month-year: «سجلت منذ أكتوبر 2023 أكثر من 400 هجمة ... أودت بحياة 650 شخصا»: a month's name between
  «منذ», «في», «خلال» and a year before publication is a date of that year: the figure is of other,
  earlier events (claims/background._year_in_clause). A full date of this year and a statement's month
  after the toll stay (month-year-control).
* kin-qualifier: «مقتل ممرض يعمل في عيادتها وخمسة من أفراد عائلته»: one person told by an indefinite
  noun, a short qualifier of his (up to four words; a body he works for may stand in it), then «و», a
  figure, «من» and a noun ending on an attached pronoun (his family) is one list of one party, summed
  (claims/titled._kin_past_qualifier). A split by place, another force, another verb, and a family that
  is not his («عائلة أخرى») stay apart (kin-qualifier-control).
* restraint: «دعت البعثة الطرفين إلى ضبط النفس وحماية المدنيين والمرافق الحيوية»: a casualty word inside a
  phrase that names something else (negative_topics.tsv topic ``name``: restraint, not a seizure) takes no
  victims (claims/index._named_senses), so the «مرافق» after it (here facilities) are no one arrested; a
  seizure of armed men or suspects stays (restraint-control).
"""

from __future__ import annotations

from typing import Any

import pytest

import test_claims_leftovers30 as first_round
from case_files import family_params, load

CASES = load("claims_articles31i")


def test_the_cases_cover_every_family() -> None:
    families = {c["family"] for c in CASES}
    assert families == {"period-after-victims", "period-after-victims-control", "month-year",
                        "month-year-control", "kin-qualifier", "kin-qualifier-control", "restraint",
                        "restraint-control"}
    assert len(CASES) >= 35


@pytest.mark.parametrize("case", family_params(CASES))
def test_the_figure_is_read(case: dict[str, Any]) -> None:
    first_round.test_the_figure_is_read(case)
