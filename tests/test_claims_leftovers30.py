"""Claims, the leftovers of round 30 (#10): families left as strict xfails by the whole articles of
this session's rounds, probed here one sentence at a time with sentences of our own.  Each case
compares the complete claim set of its text as (kind, value, side).

* noun-first-list: a list before its verb that opens with a noun for one or two people and no figure
  («إن ضابطا وثلاثة جنود قتلوا») counts from that noun: the figure joined to it by «و» is its second
  item, not its head (claims/conjuncts.person_head); a noun after the verb, a figure first, a noun
  alone and a list split by two verbs stay as they were (noun-first-control).
* defective-dual: the dual of «راع» (a herdsman: «راعيان», «راعيين») names civilians as its
  singular does (actor_terms.tsv).
* alike-own-day: a figure told of an event «like» the one reported («في هجوم مماثل») is of a recent
  event with its own details when its clause gives it a day of the last week («مساء أمس», «يوم
  الثلاثاء», «قبل ثلاثة أيام»): GUIDELINES keeps it (claims/background._own_recent_day); with no day,
  or a month, a year or weeks ago, it stays background (alike-control).
* alike-short-while: so is a like event told as what the one reported came «days» or «hours» after («يأتي
  ذلك بعد يومين من غارات مماثلة أدت إلى ...»: «بعد», a unit no longer than a day, «من»;
  claims/background._short_while_after); «بعد أسبوعين», «بعد أشهر», «بعد سنوات» stay background
  (alike-short-control).
* mercenaries-echo: «المرتزقة» alone are the men of the force an earlier «مرتزقة X» of the article named:
  the Yemeni government's camp after «مرتزقة العدوان» (Houthi statements), the RSF after «مرتزقة الدعم
  السريع» (the Sudanese army's): the speaker decides (actor_terms.tsv flag echo, claims/forces._of_force);
  with no such name before them they stay of no side (mercenaries-control).
* enemy-name: «ميليشيات حفتر» is the Tripoli government's name for the force GUIDELINES codes as the
  state's (Haftar's forces): the name its enemy gives it names the same side (actor_terms.tsv); a
  militia of no name stays armed (enemy-name-control).
* fate-negated: the negation inside «لم يعرف مصير» is what the phrase tells (a fate not known: missing),
  no denial of the figure after it (claims/context.in_past); a negation before a casualty verb or a verb
  of result still denies (fate-control).
* ranks-pronoun-toll: «في صفوفها» between a toll noun and a figure with no victim noun after it («حصيلة
  القتلى في صفوفها ارتفعت إلى 12») names the side its pronoun stands for, as it does before «12 قتيلا»
  (claims/stage._toll_figure, claims/voice.ranks_before).
* raised-toll: «رفع» reports when «حصيلة» follows its subject («رفعت الوزارة حصيلة القتلى إلى 30»): the
  body that raises a toll tells it (attribution.tsv flag ``toll``, speaker_words.tsv role ``raised``);
  «رفعت الحكومة الأسعار», «رفع الجيش حالة التأهب» report nothing (raised-control).

The sentences are our own, one a line in tests/cases/claims_leftovers30.jsonl.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from case_files import family_params, load_by_speaker
from claim_sets import sides_of
from invented import assert_claims

CASES, SOURCED = load_by_speaker("claims_leftovers30")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"noun-first-list", "noun-first-control", "defective-dual",
                                             "alike-own-day", "alike-control", "mercenaries-echo",
                                             "mercenaries-control", "fate-negated", "fate-control",
                                             "alike-short-while", "alike-short-control", "enemy-name",
                                             "enemy-name-control"}
    assert {c["family"] for c in SOURCED} >= {"ranks-pronoun-toll", "ranks-pronoun-control", "raised-toll",
                                               "raised-control"}


def figure_reads(case: dict[str, Any]) -> None:
    """The sides a sentence's figures are read with."""
    assert sides_of(case["text"], "2024-03-10") == {tuple(c) for c in case["claims"]}


def figure_and_speaker_reads(case: dict[str, Any]) -> None:
    """The figures, sides and speakers of a sentence."""
    assert_claims("2024-03-10", case["text"], [tuple(c) for c in case["claims"]])


def probe_tests(cases: list[dict[str, Any]], sourced: list[dict[str, Any]]) -> tuple[Callable[..., None], ...]:
    """The two tests of a leftovers probe file: its cases read for their sides, and those ``sourced`` for
    their speakers too (this file's, and the later leftovers rounds' that reuse them)."""

    @pytest.mark.parametrize("case", family_params(cases))
    def test_the_figure_is_read(case: dict[str, Any]) -> None:
        figure_reads(case)

    @pytest.mark.parametrize("case", family_params(sourced))
    def test_the_figure_and_its_speaker(case: dict[str, Any]) -> None:
        figure_and_speaker_reads(case)

    return test_the_figure_is_read, test_the_figure_and_its_speaker


test_the_figure_is_read, test_the_figure_and_its_speaker = probe_tests(CASES, SOURCED)
