"""Claims, the leftovers of round 31's sets F, G, H and I (#10): families left as strict xfails by those
whole articles, probed here one sentence at a time with sentences of our own.  Each case compares the
complete claim set of its text as (kind, value, side).

* them-men: «منهم» right after the figure of a verb of loss that needs people named (casualty_terms detail
  ``men``: «حيدت 7 منهم», «حيد عددا منهم») names people, a pronoun of people only; «منها» of things, or a
  figure of things, stays no claim (claims/subject.names_the_lost; them-men-control).
* them-subject: the people «منهم» stands for are never the subject of the verb whose object it is: a speaker
  whose own pronoun follows it («وقال الجيش إنه قتل 12 منهم») or a force between the verb and the figure
  («وقتل الجنود 6 منهم») is passed over for the side named before (claims/owners.referent); the side named
  last stays the referent when it is no subject (them-subject-control).
* counted-twice: a figure «counted twice» («جثتين أحصيتا مرتين», «سجلوا مرتين», «احتسبت مرتين»), the reason a
  toll was corrected down, is a part of that toll, no count of its own (claim_blockers.tsv effect ``still``);
  «مرتين» of an attack or a strike leaves its toll as it was (counted-twice-control).
* maghreb-agent: the Maghreb's «عون» (an agent of the guard, the police, customs) with its force after «من» or
  «ب» («عون من الحرس الوطني», «ثلاثة أعوان من الحرس», «عون بالديوانة») is one of the state's men
  (actor_terms.tsv); bare «العون» (help) and the surname name no one (maghreb-agent-control).
* whereas-others: «مقتل 6 من عناصر الميليشيا وإصابة آخرين، فيما أصيب مقاتلان من صفوفه»: a figure told after a clause
  of contrast («فيما», «بينما»: claim_words flag ``whereas``) in the same voice is of other victims, so the
  figure-less «آخرين» before it stays a claim of its own (claims/mixed._whereas_between); another voice after
  «فيما» gives the figure of the same victims, and a figure after a plain «و» stands for the mention as before
  (whereas-others-control).
* earlier-month: «في وقت سابق من الشهر» (of this week, of the year) dates another event before the news: its toll
  («وكان التنظيم قد تبنى في وقت سابق من الشهر تفجيرا ... أوقع ستة قتلى») is background (background_cues.tsv
  past); «في وقت سابق» alone, a report of the same event, and «في وقت سابق من اليوم» read as before
  (earlier-month-control).
* fronted-aside (with speakers): a sentence opened by «فيما», «بينما», «في حين» and a verb of saying whose speaker
  has an aside set off by two commas before its «إن» («فيما قالت الحركة، التي تقاتل في المنطقة، إن ...»): the
  aside's comma closes no fronted clause, the speaker tells what follows (sources/fronted._said_from); a
  fronted clause closed by its own comma, or a main clause with another speaker, reads as before
  (fronted-aside-control).

The sentences are our own, one a line in tests/cases/claims_leftovers31.jsonl.
"""

from __future__ import annotations

import test_claims_leftovers30 as first_round
from case_files import load_by_speaker

CASES, SOURCED = load_by_speaker("claims_leftovers31")


def test_the_cases_cover_every_family() -> None:
    assert {c["family"] for c in CASES} >= {"them-men", "them-men-control", "them-subject", "them-subject-control",
                                            "counted-twice", "counted-twice-control",
                                            "maghreb-agent", "maghreb-agent-control", "whereas-others",
                                            "whereas-others-control", "earlier-month", "earlier-month-control"}
    assert {c["family"] for c in SOURCED} >= {"fronted-aside", "fronted-aside-control"}


test_the_figure_is_read, test_the_figure_and_its_speaker = first_round.probe_tests(CASES, SOURCED)
