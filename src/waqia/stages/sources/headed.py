"""A force of the actor list named after a head its entry lacks (#10): «وتبنت جماعة نصرة الإسلام والمسلمين الهجوم،
وقالت في بيان»: the actor list knows «نصرة الإسلام والمسلمين»; the word before it that opens forces' names
(«جماعة», «حركة», «تنظيم»: the first words of actor_terms.tsv's groups, :func:`waqia.stages.sources.words._force_heads`)
is part of the name as written, so a speaker found by that mention is named in full.
"""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import AND
from waqia.stages.sources.mentions import SourceMention


def headed(doc: Document, found: list[SourceMention], heads: frozenset[str]) -> list[SourceMention]:
    """``found`` with each mention right after a head of forces' names (with «و» or not) named with that head
    (its span kept: the actor list's match still starts it)."""
    toks, out = doc.tokens, []
    for g in found:
        k = doc.token_index(g.start)
        if 0 < k < len(toks) and toks[k].start == g.start and toks[k - 1].sentence == g.sentence:
            word = toks[k - 1].text
            bare = word.removeprefix(AND) if word.removeprefix(AND) in heads else word
            if bare in heads and not doc.text[toks[k - 1].end:g.start].strip():
                head = " ".join(doc.original_text(toks[k - 1].end - len(bare), toks[k - 1].end).split())
                g = SourceMention(g.start, g.end, g.head, f"{head} {g.name}", g.backref, g.sentence, g.addressee)
        out.append(g)
    return out
