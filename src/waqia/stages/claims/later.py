"""A lead's toll whose speaker a later sentence names (#10): «قتل 6 مدنيين وأصيب 11 في قصف ... . وشهدت المدينة
... . وقال الدفاع المدني في بيان إن هذه الحصيلة أولية»: the count told back
(:mod:`waqia.stages.sources.tollback`) gives its speaker to the tolls of no speaker in the last sentence of
tolls before it, up to :data:`LATER_REACH` sentences back (a speaker between who tells no toll, «وقال ناشطون
إن القصف مصدره ...», does not stop it), when its own sentence tells no toll before the count.
"""

from __future__ import annotations

from dataclasses import replace

from waqia.core.document import Document
from waqia.stages.claims.party import source_of
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.tollback import TOLL_BACK

TOLLS = frozenset({"killed", "injured", "missing"})
LATER_REACH = 3  # sentences after the toll where the count telling it back may stand


def told_later(doc: Document, out: list[ClaimMention]) -> list[ClaimMention]:
    """``out`` with the speaker of a later count told back given to the tolls it points at."""
    attributions = doc.layer("sources")
    backs = [a for a in attributions if a.kind == TOLL_BACK]
    if not backs:
        return out
    tolls = sorted({cm.sentence for cm in out if cm.claim.kind in TOLLS})
    given: dict[int, Attribution] = {}
    for b in backs:
        before = [s for s in tolls if b.sentence - LATER_REACH <= s < b.sentence]
        if not before or any(cm.sentence == b.sentence and cm.claim.kind in TOLLS and cm.pos < b.pos for cm in out):
            continue
        given.setdefault(before[-1], b)
    return [replace(cm, claim=replace(cm.claim, source=source_of(doc, given[cm.sentence])))
            if cm.sentence in given and cm.claim.source is None and cm.claim.kind in TOLLS else cm for cm in out]
