"""Whole articles of our own, set N (#10, session 29, round 32): the air and missile war told in Arabic
(tests/cases/articles32n.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in the
shape of the dev gold).

Iran's missiles on Israel with an ambulance service's wounded on the way to shelters and a death under a falling
missile (n01), Hezbollah's rockets with cases of shock beside one wounded woman and a ministry's toll of the
reply (n02), a Houthi missile on a merchant ship and its crew (n03, n13), US and UK strikes on Hodeidah with the
Houthi health ministry's toll (n04), Russia's defence ministry downing drones and governors' tolls told on
Telegram (n05), a Russian missile strike with a president's count of missiles (n06), Saudi air defence and a
civil defence's wounded residents (n07), a drone attack on Abu Dhabi told by its police (n08), a US base in Iraq
hit and a drone on an armed faction (n09), India's missiles on Pakistan with each army's toll (n10), a strike on
Beirut's suburb in Eastern Arabic digits with the army's and the party's own count (n11), Israel's strike on
Hodeidah after a drone on Tel Aviv (n12), and a piece of speculation on a coming attack (not relevant, n14).
Counts of missiles, drones, targets and ships are no claims; people treated for shock are no wounded.

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles32n")

_FOLDED = ("an interception told beside a strike of its day that holds a toll («أسقطت الدفاعات 14 مسيرة» and a "
           "drone's debris that wounded people) is folded into that strike, so no disrupted weapons use is left "
           "(keeping the interception an event of its own beside the strike lowered event types on both eval sets: "
           "dropped)")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "n07": "an adjective of role after a weapon that fell («سقوط مقذوف عسكري») is read as a fallen soldier "
           "(the fix, right on its probes, lowered actors on check: dropped)",
}

#: article id -> the family its event types still fail on (n09 was recoded in round 32 by the dev gold's
#: convention: air defences that stop part of an attack whose other missiles hit, with a toll, are that attack,
#: no disrupted weapons use of its own: «اعترضت ... معظم الصواريخ، فيما سقط بعضها داخلها» and a soldier hurt)
TYPES_FAIL = {
    "n05": _FOLDED,
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=33)
