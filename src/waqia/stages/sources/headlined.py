"""A body named short first and in full after: a breaking-news headline, a summary bullet or a
«X:» line names its speaker in the fewest words («جيش الاحتلال يعلن ...», «ومركز طب الطوارئ: 4
قتلى»), the body of the report in full («أعلن جيش الاحتلال الإسرائيلي», «وقال مركز طب الطوارئ
والدعم»). GUIDELINES: a source is written in full, and the same speaker told twice is one source.

A speaker's name that a later speaker's name goes on from with words that continue a name only
(:func:`waqia.stages.sources.naming.completes`: definite nouns, «و» with one, nisba adjectives) is
written with that fuller name, when exactly one such fuller name is told after it. A name told back
(``backref``) already has its full name; a fuller name told before is the slot reader's
(:func:`waqia.stages.sources.naming.slot_mention`). The surface text stays what the sentence wrote.
"""

from __future__ import annotations

import dataclasses

from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.naming import completes


def named_in_full_after(attributions: list[Attribution]) -> list[Attribution]:
    """The attributions whose speaker is told in full by a later one, named with that full name."""
    if len({a.source.name for a in attributions}) < 2:  # one speaker or none: most short reports (#14)
        return attributions
    out = []
    for a in attributions:
        src = a.source
        fuller = {b.source.name for b in attributions if b.source.start > src.start
                  and completes(src.name, b.source.name)} if not src.backref else set()
        out.append(a if len(fuller) != 1 else dataclasses.replace(a, source=dataclasses.replace(src, name=fuller.pop())))
    return out
