"""Whole articles of our own, set X (#10, session 31, round 34): insurgency and counter-terrorism outside the Arab
Levant, 2010–2025 (tests/cases/articles34x.jsonl, written for these tests and coded by hand by
``shared/eval/GUIDELINES.md`` in the shape of the dev gold before waqia read them).

Afghanistan (the Afghan defence ministry and the Taliban's spokesman before 2021, the Taliban's interior ministry
and ISIS-Khorasan after it, a Kabul hospital's toll beside the police's), Pakistan (the army's ISPR, a roadside bomb
claimed by the Baloch Liberation Army, a police station stormed in Dera Ismail Khan with a rising hospital toll,
passengers shot on a Balochistan highway, a three-line brief of mortar fire from across the border), Iran's
south-east (Jaish al-Adl's attack in Zahedan relayed by IRNA, Tasnim's wounded Basij men), Egypt's Sinai (the
military spokesman's communiqué, a medical source's toll of an IED), Algeria (the defence ministry's «القضاء على»
and support elements arrested) and Tunisia (a landmine on Mount Salloum, an ambush on Mount Chaambi); two articles
of no event (a UN report's cumulative figures, a terrorism trial over the Sousse attack of 2015).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles34x")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "x01": "arrests by «أوقف» (the Maghreb's verb: «أوقفت مفارز أخرى عنصري دعم») are no casualty word: «أوقف» as one "
           "lowered check (an extra), and so did it kept only for the held of an armed side (round 34's leftovers)",
    "x10": "arrests by «أوقف» after a time aside («أوقفت، في نفس الليلة، ثلاثة أشخاص»): the aside is read now "
           "(claims/index.same_time), «أوقف» is no casualty word (as x01)",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "x12": "an article of no event (a UN report's cumulative figures) read as one",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(16, 14), claims_at_least=48)
