"""A force's short name told back as a speaker, named as the article gave it in full before:
«وقال "داعش"» after «تنظيم الدولة الإسلامية», «أعلنت قسد» after «قوات سوريا الديمقراطية», «قالت
"الشباب"» after «حركة الشباب المجاهدين» (GUIDELINES: when the text refers back, the full name).

Two names are one force when ``actor_terms.tsv`` gives them the same canonical name; the fuller
is the one of more words named earlier in the article (the first of them when two are as long).
An ambiguous short name («الشباب»: the youth) is the force when its full name came before;
an ambiguous name is no fuller one. The surface text stays what the sentence wrote. Used by :mod:`waqia.stages.sources.referent`.
"""

from __future__ import annotations

import dataclasses

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.stages.sources.mentions import Attribution, SourceMention


def full_forces(doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with a force's short name as the whole speaker renamed by its fuller form."""
    if not attributions:
        return attributions
    forces = [m for m in doc.matches_of("actor_terms") if m.entry.get("type") == "group" and m.entry.get("name")]
    if len(forces) < 2:
        return attributions
    out = []
    for a in attributions:
        name = None if a.source.backref else _fuller(doc, a.source, forces)
        out.append(a if name is None else dataclasses.replace(a, source=dataclasses.replace(a.source, name=name, backref=True)))
    return out


def _fuller(doc: Document, src: SourceMention, forces: list[Match]) -> str | None:
    """The fuller name of the force that is the whole of ``src``, written before it; None if none."""
    text = doc.text
    here = next((m for m in forces if src.start in (m.start, m.word_start) and m.end <= src.end
                 and not text[m.end:src.end].strip(' "')), None)
    if here is None:
        return None
    words, canonical = len(here.entry.key.split()), here.entry.get("name")
    best: Match | None = None
    for m in forces:
        if m.end > src.start:
            break
        n = len(m.entry.key.split())
        if m.entry.get("name") == canonical and n > words and "ambiguous" not in m.entry.get("flags") \
                and (best is None or n > len(best.entry.key.split())):  # «قوات الدعم» names no force by itself
            best = m
    return None if best is None else " ".join(doc.original_text(best.start, best.end).split())
