"""The body a speaker speaks for, told back by a shorter form: «وقال المتحدث باسم الوزارة» after «وزارة
الصحة», «مسؤول في الهيئة» after «هيئة تحرير الشام», «المتحدث باسم الجيش» after «الجيش السوداني»
(GUIDELINES: when the text refers back, the full name; the spokesman speaks for his body).

A speaker's name whose first word or two (a title, «مسؤول», «مصدر») are followed by «باسم» or «في»
(speaker_words.tsv roles ``link``, ``in``) names a body in the words after it. When the sources stage
read those words as a mention of its own that refers back to a body named in full before (a definite
head alone, «الوزارة»; a shorter form, «الجيش»), the speaker's name is written with that full name:
«المتحدث باسم وزارة الصحة». When its mentions there give two different full names, or none longer
than the words written, the name stays as written. The surface text stays what the sentence wrote.
Used by :mod:`waqia.stages.sources.referent`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from waqia.core.document import Document
from waqia.core.normalize import key
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.words import SlotInfo

MAX_TITLE = 2  # words before «باسم» or «في»: «المتحدث», «المتحدث الرسمي»


def bodies_in_full(doc: Document, attributions: list[Attribution], named: Sequence[SourceMention],
                   info: SlotInfo) -> list[Attribution]:
    """The attributions whose speaker speaks for a body told back short, named with its full name."""
    inside = {m.start: m for m in named if m.backref}
    if not inside:  # no mention refers back: most articles (#14)
        return attributions
    out = []
    for a in attributions:
        name = None if a.source.backref else _in_full(doc, a.source, named, info)
        out.append(a if name is None else dataclasses.replace(a, source=dataclasses.replace(a.source, name=name)))
    return out


def _in_full(doc: Document, src: SourceMention, named: Sequence[SourceMention], info: SlotInfo) -> str | None:
    """The speaker's name with the body after its «باسم» or «في» in full; None if none is told back."""
    words = src.name.split()
    toks, first = doc.tokens, doc.token_index(src.start)
    for i in range(1, min(MAX_TITLE, len(words) - 1) + 1):
        if first + i + 1 >= len(toks) or key(words[i]) != toks[first + i].text:
            return None
        if toks[first + i].text not in info.words["link"] and toks[first + i].text not in info.words["in"]:
            continue
        at, rest = toks[first + i + 1].start, len(words) - i - 1
        full = {m.name for m in named if m.start == at and m.end <= src.end and m is not src
                and len(m.name.split()) > rest}
        return " ".join([*words[:i + 1], *full]) if len(full) == 1 else None
    return None
