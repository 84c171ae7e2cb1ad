"""A speaker that opens its sentence before a colon: «مصادر: مقتل خمسة جنود», «المرصد: ...».

Headlines and short news items name the source first and let a colon stand for the verb.
The speaker is a source name that starts the sentence (after a conjunction at most) and
ends right before the colon; what follows in the sentence is what it said.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import CONJUNCTIONS
from waqia.stages.sources.mentions import Attribution, SourceMention


def colon_speakers(doc: Document, mentions: list[SourceMention],
                   attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with the speakers that open a sentence before a colon, in text order."""
    told = {a.sentence for a in attributions}
    added = []
    for m in mentions:
        if m.sentence in told or m.addressee:
            continue
        sent = doc.sentences[m.sentence]
        lead = doc.text[sent.start:m.start].strip()
        if lead and lead not in CONJUNCTIONS:
            continue
        rest = doc.text[m.end:sent.end]
        if not rest.lstrip(" ").startswith(":"):
            continue
        colon = m.end + rest.index(":")
        added.append(Attribution(colon, colon + 1, "verb", m.sentence, m))
        told.add(m.sentence)
    return sorted([*attributions, *added], key=lambda a: a.pos) if added else attributions
