"""Whole articles of our own, set G (#10, session 28, round 31): armed groups' own statements and the news
that relays them (tests/cases/articles31g.jsonl, written for these tests and coded by hand by
``shared/eval/GUIDELINES.md`` in the shape of the dev gold).

A military spokesman's televised statement and the army's answer, the brigades' Telegram notes («أوقعوا
أفرادها بين قتيل وجريح»), a group mourning its own fighters as martyrs, a claim through the group's agency
(«عبر وكالة أعماق»), «زعم», «ادعى», «لم يتسن التحقق», a denial with a lower figure of the other side, a
monitor's count beside the attacker's, «حيدت», vehicles, drones and rockets that are no casualties, a
ceasefire, arrests, Eastern Arabic digits in three; a spokesman's speech of threats and totals since the
war began (not relevant).  Syria, Iraq, Yemen, Lebanon, Palestine, Sudan, Somalia, Mali, Libya,
Afghanistan and the Turkish border of Iraq.

Each article's complete claim set is compared as the scorer compares it (a figure the outlet tells and a
source repeats is the source's; extra claims fail), and its relevance and event types.  An article still
read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import test_reading_articles30d as set_d
import waqia
from case_files import load, param

ARTICLES = load("articles31g")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "g01": "a spokesman told back by his surname alone («وقال سريع») is not given his full name, and «المرتزقة» "
           "(a side's word for the enemy's men) names no side",
    "g02": "«وأوقعوا أفرادها بين قتيل وجريح»: the pronoun of «أفرادها» stands for the enemy force named before "
           "(«قوة إسرائيلية راجلة»), read as no side",
    "g03": "a group mourning its own fighters: «وزفت السرايا في بيان لاحق ثلاثة من مقاتليها» («زف» is no casualty "
           "verb: as one it also read weddings and good news), so «ارتقوا شهداء» after it is read as a vague toll of "
           "the enemy; and a prisoners' club's «حملة الاعتقالات طالت أسرى محررين» is read as arrests of no number",
    "g10": "the Taliban's men since 2021 are the state's forces (the de facto government's), read as an armed "
           "group (the bombing «في وقت سابق من الشهر» is background since leftovers31)",
    "g12": "a brigade named with its number («اللواء 444 قتال») is cut before the number, and «4 من عناصر الردع» "
           "(a force's short name, told in full before) names no side",
    "g15": "a spokesman's speech of threats and totals since the war began: «عددا منهم قتلوا في غارات سابقة» "
           "(earlier strikes) is read as a vague toll",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "g09": "a drone strike that put a power station out of service («المسيرات التركية استهدفت ... محطة للكهرباء») "
           "is read as no event of its own",
    "g12": "a ceasefire reached («التوصل إلى وقف لإطلاق النار») is no agreement event",
    "g15": "a speech of threats and totals since the war began is read as events (not relevant)",
}


@functools.cache
def _record(index: int) -> dict[str, Any]:
    a = ARTICLES[index]
    return waqia.extract(a["text"], published=a["published"], outlet=a["outlet"])


def _cases(fails: dict[str, str]) -> list[Any]:
    return [param(i, id=a["id"], xfail=fails.get(a["id"])) for i, a in enumerate(ARTICLES)]


def test_the_set_is_whole() -> None:
    assert len(ARTICLES) == 16 and sum(a["relevant"] for a in ARTICLES) == 15
    assert sum(len(a["claims"]) for a in ARTICLES) >= 60
    assert all(not a["claims"] and not a["event_types"] for a in ARTICLES if not a["relevant"])


@pytest.mark.parametrize("index", _cases(CLAIMS_FAIL))
def test_every_claim_and_no_other(index: int) -> None:
    set_d.claims_agree(ARTICLES[index]["claims"], _record(index))


@pytest.mark.parametrize("index", _cases(TYPES_FAIL))
def test_relevance_and_event_types(index: int) -> None:
    set_d.types_agree(ARTICLES[index], _record(index))
