"""Claims, families of set T (#10, session 30, round 33: tolls revised, contested and denied), probed one sentence at
a time with sentences of our own.  Each case compares the complete claim set of its text as (kind, value, side).

* object-after-verb: a verb that follows its victims («12 شخصا قتلوا», «خطفوا») with its object right after it, a
  figure or a counted noun of people, one or two («وخطفوا امرأتين», «قتلوا جنديا»), takes that object as its victims
  (claims/conjuncts.object_follows), not a figure of homes, herds or shops before it («أحرقوا نحو 30 منزلا»), nor
  the attackers who are its subject («ثلاثة مسلحين قتلوا جنديا»).
* object-control: the same verbs after their victims, with no object after them, read as before.
* list-number-after: a list before its verb whose later item puts its number after its noun («ثمانية جنود وشرطيين
  اثنين قتلوا») is read from its first item (claims/conjuncts.list_head), not as its last item alone; the owner past
  that number names the item's side («ومتطوعين اثنين من قوات الدفاع عن الوطن», claims/parts.next_part; the VDP
  under the name «قوات الدفاع عن الوطن» added to actor_terms.tsv).
* list-control: a noun and its number alone, and a list of two sides, read as before.

The sentences are our own, one a line in tests/cases/claims_articles33t.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_articles33t")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"object-after-verb", "object-control", "list-number-after", "list-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
