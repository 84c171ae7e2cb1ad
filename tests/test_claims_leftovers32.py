"""Claims, the leftovers of round 32 (#10): families left as strict xfails by sets L, M and N, the speaker grid and
the metamorphic probes of this session's first round, probed here one sentence at a time with sentences of our own
(other words, countries and outlets' styles).  Each case compares the complete claim set of its text as (kind,
value, side).

* parted-life: «فارق N X الحياة», the subject inside the phrase, is a death as «فارقوا الحياة» after its subject is
  (casualty_terms detail ``parted``, claims/phrases.py); «فارق» that no «الحياة» closes in its clause is a
  difference or a leaving, no death (parted-control).
* cause-first: «راح/ذهب ضحية <cause> N X», the figure after the cause, is read past the cause (detail ``cause``);
  «راح ضحيتها 20», «راح ضحية 3» read as before, and a town that fell victim to a war holds no one (cause-control).
* second-toll: a toll's second kind with «عدد» said once and no noun after its figure («ارتفع عدد القتلى إلى 30
  والجرحى إلى 70», «بلغ عدد الشهداء 9 والمصابين 23») is read (claims/phrases.second_toll): the victim noun with «و»
  and the article right after the first figure (or its noun), a toll before it in its sentence or the two figures
  both after «إلى»; a figure's noun joined to nothing, a list of kinds before one vague figure stay as they were
  (second-toll-control).
* with-counted: after «مع» with no figure, a noun for people that counts itself (a dual, «مع ابنيه»; a noun and its
  number, «مع أطفاله الثلاثة») is one more item of the list (claims/conjuncts._counted_companions); one alone («مع
  قائدهم»: left as the earlier round coded it), a figure after «مع» and the «مع» of a clash stay as they were (with-control).
* member-then-item: a titled person and the force he belongs to («القيادي البارز في تنظيم داعش», a word of kind
  before the force's name or none), then his name after a word of alias («المكنى», «الملقب», «المدعو», added), then
  «مع»/«و» and the next item: the item is added (claims/titled._past_membership); with no item after it, or a verb
  of its own, one (member-control).
* press-crew: a press crew («طاقم قناة», «طاقم تلفزيوني», «طاقم صحفي», «طاقم إعلامي») is journalists, civilians
  (actor_terms.tsv); a channel's station struck with no one hurt holds no one (press-crew-control).
* lost-subject-first: «فقدت القوات ستة من مقاتليها»: a definite subject between «فقد» and a figure in words is the
  verb's subject, and the figure the men it lost, killed (claims/subject.by_subject: the step past a word of
  approximation no longer steps past a subject); «فقد نحو عشرة جنود», «فقد ثلاثة جنود» stay the passive, missing
  (lost-control).
* remembered-relative: an anniversary's relative clause set off by a comma («الذكرى العاشرة للتفجير، الذي قتل فيه
  80») still tells the event remembered, long past (events/scope._relative: a comma before «الذي/التي/الذين» does not
  end the anniversary's reach); a clause joined by «و» or «فيما» after the comma, and a relative clause after a
  fresh event, tell today's event (remembered-control).
* dual-then-figure: after a verb whose passive is spelled the same («قتل», «خطف», «أصاب»), a dual right before a
  figure of people («قتل مسلحان ثلاثة رعاة») is the verb's subject and the figure its victims, their side the
  figure's (claims/subject.object_after_subject); a dual alone, before its own number («مدنيان اثنان») or before
  «من» stays the passive's victims (dual-control).
* nisba-one: a singular noun for people, its adjective of origin and «واحدا» before the verb («إن عسكريا عراقيا واحدا
  على الأقل أصيب») is the verb's subject, one (claims/phrases.adjective_before); the noun and its adjective alone, or
  the noun and «واحدا», read as before (nisba-control).
* each-construct: a claim blocker of effect none («كل», «مخاوف من») reaches past an indefinite noun in construct to
  the victim noun that is its genitive («لكل أسرة شهيد», «مخاوف من ارتفاع عدد الضحايا»; claims/context.blocker_before);
  a fresh toll beside it and «كل من» before the victims named read as before (each-control).
* surname-told: a man named in full after a title («القيادي في حركة الشباب عبدي نور») and later by his last name alone
  right after a noun of death («مقتل نور», «استشهاد يونس», «اغتيال قاسم») is one victim of the title's side
  (claims/named._surname_after); a last name never told in full, and the words after «مقتل» that are no name, are
  left unread (surname-control).
* vessel-crew: the bare «الطاقم» or a vessel's pronoun («أفراد طاقمها») after a vessel named in its sentence or the
  one before is the vessel's men: civilians aboard a merchant ship, a tanker or a boat, the state's aboard a warship
  («سفينة حربية»; claims/crews.py); a helicopter's crew or a crew with no vessel named stays of no known side
  (vessel-crew-control: whose craft it is is not in the word).

The sentences are our own, one a line in tests/cases/claims_leftovers32.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers32")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"parted-life", "parted-control", "cause-first", "cause-control", "second-toll",
                                            "second-toll-control", "with-counted", "with-control",
                                            "member-then-item", "member-control",
                                            "press-crew", "press-crew-control",
                                            "lost-subject-first", "lost-control",
                                            "remembered-relative", "remembered-control",
                                            "dual-then-figure", "dual-control",
                                            "nisba-one", "nisba-control",
                                            "each-construct", "each-control",
                                            "surname-told", "surname-control",
                                            "vessel-crew", "vessel-crew-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
