"""A force's short name told back as a speaker, named as the article gave it in full before:
«وقال "داعش"» after «تنظيم الدولة الإسلامية», «أعلنت قسد» after «قوات سوريا الديمقراطية», «قالت
"الشباب"» after «حركة الشباب المجاهدين» (GUIDELINES: when the text refers back, the full name).

Two names are one force when ``actor_terms.tsv`` gives them the same canonical name; names of a kind
of force («الفصائل», «الجيش»: flags ``kind``, ``backref``, ``generic``) are none. The fuller name is one
of more words named earlier in the article: the longest that holds all the short name's words
(«حركة حماس» for «حماس»), else, for a one-word name only (an acronym, «داعش»), the longest of them (the
first when two are as long); «جيش الاحتلال» keeps its name after «الطيران الحربي الإسرائيلي». An
ambiguous short name («الشباب»: the youth) is the force when its full name came before; an ambiguous
name is no fuller one («قوات الدعم»), nor is a wing or a former name of the force («كتائب القسام» for
«حماس»: flag ``wing``). The surface text stays what the sentence wrote.
Used by :mod:`waqia.stages.sources.referent`.
"""

from __future__ import annotations

import dataclasses

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.stages.sources.mentions import Attribution, SourceMention

#: flags of names that tell a kind of force or point back, and name no one force
_NO_NAME = ("kind", "backref", "generic")


def full_forces(doc: Document, attributions: list[Attribution]) -> list[Attribution]:
    """The attributions with a force's short name as the whole speaker renamed by its fuller form."""
    starts = {a.source.start for a in attributions if not a.source.backref}
    terms = doc.matches_of("actor_terms")
    if not any(m.word_start in starts or m.start in starts for m in terms):  # no speaker is a force: most articles (#14)
        return attributions
    forces = [m for m in terms if m.entry.get("type") == "group" and m.entry.get("name")
              and not any(f in _NO_NAME for f in m.entry.get("flags").split())]
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
    short, canonical = here.entry.key.split(), here.entry.get("name")
    holding: Match | None = None
    longest: Match | None = None
    for m in forces:
        if m.end > src.start:
            break
        words = m.entry.key.split()
        if m.entry.get("name") != canonical or len(words) <= len(short) or _no_fuller(m):
            continue
        if longest is None or len(words) > len(longest.entry.key.split()):
            longest = m
        if set(short) <= set(words) and (holding is None or len(words) > len(holding.entry.key.split())):
            holding = m
    best = holding or (longest if len(short) == 1 else None)
    return None if best is None else " ".join(doc.original_text(best.start, best.end).split())


def _no_fuller(m: Match) -> bool:
    """Whether a name is none to name another by: ambiguous («قوات الدعم»), or a wing or former name
    of the force («كتائب القسام» for «حماس», «وحدات حماية الشعب» for «قسد»: flag ``wing``)."""
    flags = m.entry.get("flags").split()
    return "ambiguous" in flags or "wing" in flags
