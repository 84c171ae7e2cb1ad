"""Claims, the leftovers of round 34 (#10): families left as strict xfails by sets V, W and X, probed here one
sentence at a time with sentences of our own (other words, inflections and positions).  Each case compares the
complete claim set of its text as (kind, value, side); those marked ``sourced`` their speakers too.

* time-told-back: a time of the story told back, set off between a verb and its object («اعتقلت، في الليلة
  ذاتها، خمسة أشخاص», «في اليوم نفسه», «صباح اليوم ذاته», «في نفس الوقت»): no date the dates layer reads, yet an
  aside of time as a date is, so the verb reaches its object past it (claims/index.same_time: claim_words.tsv
  roles ``moment``, ``same_of``, ``same``); set off at the head of a sentence it dates nothing else
  (time-told-back-control).
* elided-part: a list's part whose counted noun is left out («64 طالبا من الصف الأول و38 من الصف الثاني»,
  «40 جنديا من الكتيبة الأولى و25 من الكتيبة الثانية»): after an item of the same shape (a figure, its noun
  and a «من» phrase that names no side) the bare figure with its own «من» phrase is more of that item, before
  its verb or after it (claims/elided.py).  An item with a noun of its own after «من» («و18 من الخاطفين») is
  that noun's, and shares from kinds of places («30 شخصا من قرية X و14 من قرية Y») stay a split by where
  (elided-part-control).
* force-counted: the number of a force told with its armed men in the genitive of «عدد» («عدد المسلحين تراوح
  بين 20 و25 رجلا», «قدر شهود عدد المهاجمين بنحو 40 مسلحا»): a participants claim of those men, whatever noun
  counts them (casualty_terms.tsv detail ``force``, role ``act``; claims/steps.sized_force).  A place between
  the words and the figure («عدد المسلحين في المنطقة») is a count of another time and place, no force of the
  event (force-counted-control).
* one-of-members: «أحد» opening a clause, a plural noun for members in construct with their force and the verb
  that follows its victims («أن أحد عناصر حرس السواحل قتل», «أحد أفراد الشرطة المحلية أصيب»): one of that force,
  however many words its name takes (claims/acts.one_of_members); before «قتل وأصيب» the noun for members, not
  the force, is the first verb's subject, so the second's figure is its own (claims/acts._member_of).  With an
  object after the verb («أحد عناصر الشرطة قتل مسلحا») the one is the killer (one-of-members-control).
* of-those-aside: a part of those counted before («نحو 300 من هؤلاء قتلوا», «700 منهم قتلوا») whose whole, in its
  sentence or the one before, was set aside as a running total («منذ مطلع عام 2019») is of that time too
  (claims/recalled.of_those_aside; claim_words.tsv role ``those``); a part of an event's toll is read as
  before (of-those-aside-control).

The sentences are our own, one a line in tests/cases/claims_leftovers34.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers34")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"time-told-back", "time-told-back-control", "elided-part",
                                            "force-counted-control", "of-those-aside", "of-those-aside-control",
                                            "elided-part-control"}
    assert {c["family"] for c in SOURCED} >= {"time-told-back", "elided-part", "elided-part-control",
                                                "force-counted", "one-of-members", "one-of-members-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
