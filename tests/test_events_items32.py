"""Event types, a second event told as a new item of the news (#10 item 6, session 29 round 32; sets P and Q's
p02, p07, q01, q03 and q05): probed one short story at a time with sentences of our own (tests/cases/events_items32.jsonl).

* shot-new-item: the fire someone fell to («برصاص مجهولين», flag ``shot``) in a sentence opened by a phrase that
  turns to another item («وفي سياق متصل», «وفي حادث منفصل», «وفي حادثة أخرى», «على صعيد آخر»: background_cues.tsv
  type ``new_item``; «وفي السياق،» too, round 34), in a story whose other events are told in other sentences, is an event of its own: with
  civilians only as its victims, an attack on civilians, not the fire of the battle told before
  (events/subtypes.shot_apart with scope.fresh_items, in absorb and refine).
* shot-placed: the same after a phrase of place set apart by a comma that opens the sentence («وفي مدينة عدن،»,
  «وفي العاصمة مقديشو،»: events/scope.placed_items): the news turns to what happened there.
* shot-same-item, shot-placed-same: the fire of the battle's own item (no new-item phrase: «خلال المواجهات»), the
  forces' men shot in another town of a battle, a phrase of place with no shot after it stay as they were.
* body-shot: «بالرصاص» (the fire with the article, event_triggers.tsv flag ``shot`` as «برصاص») tells the fire someone
  fell to as well: a body found shot («عثر على جثة شاب مقتولا بالرصاص») or a man shot dead in a new item is an
  attack of its own (sets P and Q's p07 and q03); in the battle's own item («أصيب جندي بالرصاص خلال المواجهات») it
  stays the battle's fire, and alone it is the attack it was (body-shot-same).  The claims read such a word, written
  with its preposition, as how the victims fell, no count of things: «أصيب العشرات برصاص الأمن» keeps its wounded
  (claims/context.event_words).
* since-today: «منذ» right before an event date of the day of the news or the day before («منذ فجر اليوم», «منذ
  مساء أمس») tells that day's tally, no time gone: the weak event words of its clause («غارات», «قصف») tell the
  event (events/scope.trigger_background; set Q's q05 typed the day's air strikes as an attack).  «منذ بداية
  الشهر», «منذ اندلاع الحرب» still put their clause in the past (since-long).

* assault-words (round 34, set V): «عملية هجومية» an assault, «دك» a shelling, «هجوما صاروخيا» a missile attack
  in the accusative (event_triggers.tsv).

A case is ``{"name", "family", "published", "text", "event_types", "sub_event_types"}``; the texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_items32")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"shot-new-item", "shot-placed", "shot-same-item", "shot-placed-same",
                                                  "since-today", "since-long", "body-shot", "body-shot-same",
                                                  "assault-words"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_event_and_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published=case["published"])
    assert sorted({e["event_type"] for e in record["events"]}) == case["event_types"]
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]


@pytest.mark.parametrize("words", ["برصاص الأمن", "بالرصاص الحي", "بنيران الشرطة"])
def test_the_wounded_before_the_fire_they_fell_to(words: str) -> None:
    record = waqia.extract(f"أصيب العشرات {words} خلال تفريق تجمع للمحتجين في وسط المدينة.", published="2024-06-02")
    assert [(c["kind"], c["value"]) for e in record["events"] for c in e["claims"]] == [("injured", None)]
