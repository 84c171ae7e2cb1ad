"""A victim told with what he was doing when he fell (#10, set U): «إن مدنيا كان يمر بدراجته النارية في المكان أصيب
بجروح بليغة», «أن طفلا كان يلعب قرب منزله قتل بشظايا القذيفة».  «كان», «كانت», «كانا», «كانوا» (claim_words.tsv
role ``was``) right after a counted noun for people that opens the clause after a complementiser open a clause of
what they were doing, which runs up to the verb of casualty: no other people, figure or casualty word in it, all
in one clause.  The noun is the verb's subject, counted as :func:`waqia.stages.claims.subject.counted_subject`
counts one that the verb follows at once."""

from __future__ import annotations

from waqia.core.lexicon import Match
from waqia.core.morphology import has_article
from waqia.output import Claim
from waqia.stages.claims.conjuncts import COUNT
from waqia.stages.claims.context import ClaimIndex, blocked, complementiser
from waqia.stages.claims.parts import with_parts

__all__ = ["doing_subject"]

#: words a clause of what they were doing may hold between «كان» and the verb («كانت تقطف الزيتون في أرضها»)
DOING_REACH = 8


def doing_subject(idx: ClaimIndex, ti: int, m: Match, used: set[int]) -> list[tuple[Claim, int]]:
    """The claim of the counted noun before «كان» and a clause of what it was doing, the verb at token ``ti`` its
    verb («مدنيا كان يمر في المكان أصيب»: one hurt); none otherwise."""
    k = _doer(idx, ti)
    if k is None or m.entry.attrs.get("kind") == "participants" or k in used or blocked(idx, k):
        return []
    used.add(k)
    return with_parts(idx, m, None, k, used, count=COUNT[idx.people[k].entry.get("number")], stop=k + 1)


def _doer(idx: ClaimIndex, ti: int) -> int | None:
    """The token of the counted noun right before «كان» that follows a complementiser, the clause after «كان»
    running up to token ``ti`` with no people, figure or casualty word of its own, nor a word that opens a clause of
    when or whereas («حين», «عندما», «بينما»)."""
    was, other = idx.words.get("was", frozenset()), idx.words.get("when", frozenset()) | idx.words.get("whereas", frozenset())
    toks = idx.doc.tokens
    for w in range(ti - 1, max(ti - 2 - DOING_REACH, 1), -1):
        if w in idx.people or w in idx.quantities or w in idx.cues or not idx.same_clause(w, ti) or toks[w].text in other:
            return None  # «كان يقف أمام المحل حين سقطت القذيفة»: the verb is another clause's
        if toks[w].text in was:
            person = idx.people.get(w - 1)
            if person is None or not complementiser(idx, w - 2) or has_article(person.prefix) \
                    or person.entry.attrs.get("number") not in COUNT or person.entry.attrs.get("type") != "person":
                return None
            return w - 1
    return None
