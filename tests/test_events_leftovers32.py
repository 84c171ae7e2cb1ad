"""Event types, the leftovers of round 32 sets L, M and N (#10 item 6): families the whole articles of those sets
left as strict event-type xfails, probed one short story at a time with sentences of our own
(tests/cases/events_leftovers32.jsonl).

* opened-after: a bomb (a suicide bomber, a car bomb, an IED) whose ground assault is told in the very next
  sentence, which names the blast back by a definite word of blast («حاولوا اقتحام المعسكر بعد الانفجار», «وأعقب
  التفجير اشتباكات», «إن الانفجار أعقبه هجوم») or opens on what followed («ثم اقتحم مسلحون المعسكر», «وبعد ذلك هاجم»,
  «وعقب ذلك اندلعت»: background_cues.tsv type ``sequel``), was the first blow of that assault: GUIDELINES, «car bombs ...
  used inside such a ground attack are part of the battle», so its toll is the battle's and no explosion is
  coded apart (events/scope.after_blasts, events/rules._opened).  A shell told apart, a clash of another
  place opened by «وفي سياق آخر», a cordon after the blast or the wounded carried away «ثم» (no battle word) stay
  as they were (not-opened-after).
* practised: an event word in the object of a verb of practice in the present («عصابات مسلحة تمارس الخطف مقابل
  الفدية وسرقة المواشي», «يمتهن عناصر التنظيم زرع العبوات», «عصابة تحترف خطف الرعاة») names a trade or a habit, no
  one event (background_cues.tsv type ``general``: «يمارس», «يمتهن», «يحترف» in the present).  Set M's m05 read a
  looting from it.  Work done «يمارسون عملهم» names no event word (not-practised).
* another-day: a generic «هجوم» whose day is not the day of the strike, bombing or battle told by its own words
  («قتل عشرة قرويين في هجوم لمسلحين على قرية ... يوم السبت» before an air strike «أمس الاثنين» elsewhere) is an
  event of its own, not a second name of that strike (events/rules.fold_generic_attacks: hosts of its day, or
  of no known day).  On one day, «الهجوم» still names the strike (same-day).
* freed: a weak word for people taken («رهائن») within three words after a word of release (claim_blockers.tsv
  effect ``release``: «حرر سبعة رهائن», «لتحرير رهائن محتجزين», «من تحرير خمسة رهائن») names the people set
  free, no taking told (events/subtypes.freed); and the frame «حرر» + a kind of place takes its place as its
  object only, not after a preposition of place («حرر سبعة رهائن في منطقة سيغو» takes no ground: flag
  ``object``).  Hostages held («احتجز مسلحون عشرة رهائن»), a ransom asked for their release, a village freed
  stay as they were (not-freed).
* ago-on: a span of time after «قبل» followed by «على» + the hands or the road («خطفوا قبل أسبوعين على الطريق», «قبل
  ثلاثة أسابيع على أيدي مسلحين»: date_words.tsv role ``unblock_after_duration``) is a time ago, not a span before an
  event named after «على»: a taking that long ago is background, no abduction of the day (set M's m12).  Before an
  event («قبل يومين على انطلاق عملية») the span still counts from it (before-an-event).
* shot-before: the fire someone fell to («برصاص مجهولين») told as the cause of clashes on a day of its own («اندلعت
  الاشتباكات عقب مقتل شاب برصاص مجهولين يوم الخميس» after clashes of Friday) is an earlier killing, an attack of its
  own: its sentence names an event day that none of the other events' sentences name (events/subtypes.shot_apart,
  in absorb and refine).  The shot of the clash's own day, or of no day, still opened the clash (shot-same-day).

A case is ``{"name", "family", "published", "text", "event_types", "sub_event_types"}``; the texts are our own.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_leftovers32")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"opened-after", "not-opened-after", "practised", "not-practised",
                                                  "another-day", "same-day", "freed", "not-freed",
                                                  "ago-on", "before-an-event",
                                                  "shot-before", "shot-same-day"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_event_and_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published=case["published"])
    assert sorted({e["event_type"] for e in record["events"]}) == case["event_types"]
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]
