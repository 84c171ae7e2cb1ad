"""Whole articles of our own, set S (#10, session 30, round 33): Sudan's war since 2023 and the Horn
(tests/cases/articles33s.jsonl, written for these tests and coded by hand by ``shared/eval/GUIDELINES.md`` in
the shape of the dev gold before waqia read them).

A medical network's toll of a drone strike on a displacement camp (El Fasher), a village massacre told by
resistance committees and denied by the RSF (Gezira), the army's retaking of a town with rival tolls (North
Kordofan), drones on Port Sudan and Kassala with no casualties, shelling of a market with a ministry's and an
emergency room's tolls (Omdurman), detentions and killings reported by emergency lawyers (West Kordofan), an
attack on a garrison and house arrests (South Sudan), an air strike on a market with the RSF's administration's
toll (Nyala), a drone strike and clashes (Amhara), a base attacked with rival tolls and mortars (Middle
Shabelle, Mogadishu), a roadside bomb, arrests and air strikes (Lower Shabelle, Bari), a humanitarian report
(no event), the RSF's «تحرير» of a town with the council's and a network's tolls (North Kordofan), shelling of
a school and an attack repelled (South Kordofan).

Each article's complete claim set is compared as the scorer compares it (extra claims fail), and its relevance
and event types.  An article still read wrong is a strict xfail naming its family.
"""

from __future__ import annotations

from case_files import load
from whole_articles import whole_set

ARTICLES = load("articles33s")

#: article id -> the family of construction its claims still fail on
CLAIMS_FAIL = {
    "s07": "«وأعلنت وضع عدد من المسؤولين ... قيد الإقامة الجبرية»: after a verb of announcing with no subject of its "
           "own, «وضع» is read as the speaker, and the officials held take the side of the soldiers' toll before",
}

#: article id -> the family its event types still fail on
TYPES_FAIL = {
    "s03": "shells that fell on a village during the battle for a town are typed as a shelling of their own",
    "s06": "mass detentions by the RSF in a town it holds read as arrests where the coder read abduction (both have "
           "ACLED's grounds; the coding was made before waqia read the article)",
}

test_the_set_is_whole, test_every_claim_and_no_other, test_relevance_and_event_types = whole_set(
    ARTICLES, CLAIMS_FAIL, TYPES_FAIL, size=(14, 13), claims_at_least=45)
