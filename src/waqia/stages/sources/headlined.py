"""A body named short first and in full after: a breaking-news headline, a summary bullet or a
«X:» line names its speaker in the fewest words («جيش الاحتلال يعلن ...», «ومركز طب الطوارئ: 4
قتلى»), the body of the report in full («أعلن جيش الاحتلال الإسرائيلي», «وقال مركز طب الطوارئ
والدعم»). GUIDELINES: a source is written in full, and the same speaker told twice is one source.

A speaker's name that a later speaker's name goes on from with words that continue a name only
(:func:`waqia.stages.sources.naming.completes`: definite nouns, «و» with one, nisba adjectives) is
written with that fuller name, when exactly one such fuller name is told after it. A name told back
(``backref``) already has its full name; a fuller name told before is the slot reader's
(:func:`waqia.stages.sources.naming.slot_mention`). So is a ministry named by its domain in a headline
(«الصحة في غزة:») and by its head after («وزارة الصحة»). The surface text stays what the sentence wrote.
"""

from __future__ import annotations

import dataclasses

from waqia.core.morphology import ARTICLE
from waqia.core.normalize import key
from waqia.stages.sources.mentions import Attribution
from waqia.stages.sources.naming import completes_words
from waqia.stages.sources.words import SlotInfo


def named_in_full_after(attributions: list[Attribution], info: SlotInfo) -> list[Attribution]:
    """The attributions whose speaker is told in full by a later one, named with that full name."""
    names = {a.source.name for a in attributions}
    if len(names) < 2:  # one speaker or none: most short reports (#14)
        return attributions
    words = {name: key(name).split() for name in names}  # each name split once (#14)
    weighed: dict[tuple[str, str], bool] = {}

    def fuller(short: str, full: str) -> bool:
        if (short, full) not in weighed:
            a, b = words[short], words[full]
            weighed[short, full] = completes_words(a, b) or _ministry(a, b, info)
        return weighed[short, full]

    out = []
    for a in attributions:
        src = a.source
        told = {b.source.name for b in attributions if b.source.start > src.start and fuller(src.name, b.source.name)} \
            if not src.backref else set()
        out.append(a if len(told) != 1 else dataclasses.replace(a, source=dataclasses.replace(src, name=told.pop())))
    return out


def _ministry(a: list[str], b: list[str], info: SlotInfo) -> bool:
    """«الصحة في غزة», «الصحة الفلسطينية» (a ministry named by its domain, speaker_words.tsv role ``domain``)
    told after as «وزارة الصحة ...»: the body's head, then the same domain (the names' words, ``a`` short)."""
    return len(b) >= 2 and bool(a) and a[0].startswith(ARTICLE) and a[0].removeprefix(ARTICLE) in info.words["domain"] \
        and b[1] == a[0] and not b[0].startswith(ARTICLE)
