"""Events, round 30 (#10 item 6): the constructions our own whole articles (tests/cases/events_articles30.jsonl,
articles30b.jsonl) were read wrong on, with sentences of our own (tests/cases/events_probes30.jsonl).

* aside: a time between commas inside a frame («سيطرت قوات الدعم السريع، صباح اليوم، على المدينة», «أطلق مسلحون،
  مساء الثلاثاء، النار على») does not end the verb's clause (events/frames.asides).
* partitive: the subject of ground regained may be a noun of part and «من» («استعادت وحدات من الجيش السيطرة على»):
  the side after «من» took it (events/territory).
* air-subject: an aircraft as the subject right before «استهدف» («أن الطيران الحربي استهدف», «إن القوات الجوية
  استهدفت») tells the strike (frame flag ``subject`` in event_frames.tsv), also beside a clash of its sentence.
* possessed-aircraft: «طائراته», «مقاتلاته», «مروحياته» are aircraft (means ``air``, inflect noun+possessed).
* riot-dispersal: in a story of a riot that no word of a gathering tells, a dispersal in a sentence of its own
  («خلال محاولة تفريق المحتجين») is the riot's; beside a protest («خرجت مظاهرة») it stays the protest's.
* interception-aside: a weapon brought down across a time set aside («أسقطت الدفاعات، مساء أمس، طائرة مسيرة») is
  stopped; a missile of another day than the drone stays its own shelling.
* raid-taken: a storming beside a word of leading people away («اقتحموا المدرسة واقتادوا التلاميذ»), onto no post,
  in a story of an abduction or an arrest is the raid of the taking, no clash (means ``taken``); a storming of an
  army camp stays the clash.
* loaded-drone: a load of explosives right after an aircraft («بثلاث طائرات مسيرة محملة بالمتفجرات», «طائرتين
  مسيرتين محملتين بالمتفجرات») is the drones' load: an air strike, no bomb of its own (events/means.by_air); a car
  or a lorry loaded stays the bomb.
* targeting-noun: the verbal noun «استهداف» with an aircraft as its agent right after it («أعلن استهداف طيران مسير
  تمركزات», «باستهداف الطيران الحربي أطراف البلدة») tells the strike (event_triggers.tsv).
* post-owner: a side after a bare «ل» on its own word («هجوما على مواقع لقوات النظام ... وتمكنوا من السيطرة على
  نقطتين») names whose posts they were; the taker is the attacker (events/territory).
* fire-at-force: gunfire («أطلقوا النار على», «فتح مسلحون النار على») aimed at a force or its post («دورية»,
  «نقطة للجيش», «جنود», «عناصر الشرطة» right after the completion) is a clash, not an attack on civilians
  (events/means.fired_at_force); at a car, a young man or protesters it stays what it was.
* bomb-other-day: a bomb with no figures of its own told on another day than the fighting of its story
  («وكان انتحاري قد فجر ... يوم الخميس») is an event of its own, not a weapon used in the battle (events/rules).
* label-beside: a label that judges («مجزرة») absorbs no weak word of its sentence that tells what happened («ارتكب
  جيش الاحتلال مجزرة ...، بعد أن قصفت طائراته منزلا»: the air strike); alone it stays the attack (events/absorb).
* accused: an accusation («بعد اتهامه بسرقة») names an act alleged, not told.

The ``not-`` families guard what was right.  A case is ``{"name", "family", "text", "sub_event_types"}``.
"""

from __future__ import annotations

from typing import Any

import pytest

import waqia
from case_files import load, param

CASES = load("events_probes30")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"aside", "partitive", "air-subject", "possessed-aircraft",
                                            "riot-dispersal", "interception-aside", "accused",
                                            "raid-taken", "loaded-drone", "targeting-noun",
                                            "post-owner", "fire-at-force", "bomb-other-day",
                                            "label-beside"}


@pytest.mark.parametrize("case", [param(c, id=c["name"], xfail=c.get("xfail")) for c in CASES])
def test_the_sub_event_types(case: dict[str, Any]) -> None:
    record = waqia.extract(case["text"], published="2024-05-14")
    assert sorted({e["sub_event_type"] for e in record["events"]}) == case["sub_event_types"]
