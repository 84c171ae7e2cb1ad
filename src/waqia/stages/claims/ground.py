"""Ground taken by fighting (#10): the fighting told after «بعد» is how the ground was taken, the event told.

«سيطروا على حاجز بعد اشتباكات أسفرت عن مقتل 11 جنديا»: «بعد» before an event word usually puts that
event before the news (claims/background.py), but after a taking of ground in its clause it tells how
the ground was taken, and its toll is the news's own.
"""

from __future__ import annotations

from itertools import chain

from waqia.stages.claims.context import ClaimIndex

#: sub-event types of event triggers that tell ground taken
TAKING = frozenset({"territory", "Non-state actor overtakes territory", "Government regains territory"})
#: words before «بعد» where the taking may stand in its clause
REACH = 8


def taken_before(idx: ClaimIndex, j: int) -> bool:
    """«سيطروا على حاجز بعد اشتباكات أسفرت عن مقتل 11 جنديا», «استعاد الجيش البلدة بعد معارك قتل فيها 20»: a
    taking of ground (an event trigger of sub-type territory) before «بعد» in its clause, within
    :data:`REACH` words (or a verb of taking whose completion follows its subject: «سيطر مسلحو الحركة
    على القاعدة», event_frames.tsv): the fighting after it is how the ground was taken, the event told."""
    toks, doc = idx.doc.tokens, idx.doc
    return any(m.entry.get("sub_event_type") in TAKING and idx.same_clause(idx.tok(m.word_start), j)
               for m in chain(doc.matches_of("event_triggers"), doc.matches_of("event_frames"))
               if toks[max(j - REACH, 0)].start <= m.word_start < toks[j].start)
