"""Whole articles of our own, set P (#10, session 29, round 32): the outlet's own voice beside speakers
(tests/cases/articles32p.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md``
in the shape of the dev gold before waqia read them).

The outlet states a toll itself and quotes speakers on other things (who fired, a denial, a threat, the
army's version of what it hit, the weapons used); a speaker who only confirms a figure a named source
gave («وأكدت مصادر طبية الحصيلة», «وهو ما أكدته مصادر عسكرية»: ``source_alt``); a figure in the outlet's
voice right after a quote closes; a speaker of another clause of the toll's sentence («...، فيما قالت
وكالة سانا إن ...», «...، بينما قال جيش الاحتلال إن ...»); a spokesman and his body, one named by a
title with a pronoun and his own name («وقال المتحدث باسمها محمد خراساني»); a relay through an agency
(«ونقلت وكالة X عن وزارة الدفاع»); a toll the outlet states and a speaker's other figure for it (two
claims).  A mortar on a market (Taiz), an air strike on a camp and a sniper (Gaza), an attack on the PMF
and air strikes (Kirkuk), a drone on a fuel station (El Obeid), a drone on a motorbike and shelling
(south Lebanon), a roadside bomb and the clash after it (Lower Shabelle), an attack in the desert and a
body found (Deir ez-Zor, Daraa), clashes in a capital (Tripoli), a massacre and the rival claims after it
(Burkina Faso), a police station stormed (Khyber Pakhtunkhwa), a raid on a camp (Nablus), a front's
attack (Marib), an attack on villagers (North Kivu), a drone strike on a car (Qamishli).  Some figures
are written in Eastern Arabic digits.

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles32p")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "p11": "«واعتقلت القوات خلال الاقتحام خمسة شبان»: the victims past a phrase of when («خلال الاقتحام») are out of "
           "the verb's reach (a rule that let such a phrase not count against it was tried and dropped: it lowered "
           "check's claims)",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "p03": "an attack on a checkpoint and the army's air strikes on the attackers' hideouts after it are one strike",
    "p09": "a massacre of villagers and the army's pursuit of the attackers are one battle, with no attack on civilians",
    "p11": "arrests during a raid told by the prisoners' club are typed as no event",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 14), claims_at_least=40)
