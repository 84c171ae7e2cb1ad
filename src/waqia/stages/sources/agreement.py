"""Which earlier speaker a verb without a subject goes on with: the last one that agrees.

«وأضاف أن» goes on with a masculine speaker, «وأضافت أن» with a feminine or a plural one
(«الوزارة», «مصادر»), among the speakers of the three sentences before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from waqia.stages.sources.mentions import Attribution, SourceMention

_PLURAL_HEADS = ("مصادر", "مسؤولون", "مسؤولين", "مسؤولو", "مسؤولي", "شهود", "ناشطون", "ناشطين", "نشطاء",
                 "تقارير", "وسائل")


def _gender(word: str) -> str:
    """«f», «m» or «p» (plural) of a verb or participle form, from its ending."""
    w = word.rstrip("*")
    if w.endswith(("وا", "ون")):
        return "p"
    return "f" if w.endswith(("ت", "ة", "ه")) else "m"


def _agrees(verb: str, source: SourceMention) -> bool:
    """«وأضاف» goes on with a masculine source, «وأضافت» with a feminine or plural one."""
    g = _gender(verb)
    head = source.head
    if head in _PLURAL_HEADS or source.name.split()[0] in _PLURAL_HEADS:
        return g in ("f", "p")
    feminine = head.endswith("ه") or head in ("الشرطه", "شرطه")
    return g == "p" or (g == "f") == feminine


def agreeing(out: list[Attribution], verb: str, sentence: int) -> SourceMention | None:
    """The last source of the three sentences before that agrees with a subjectless verb."""
    for a in reversed(out):
        if a.sentence < sentence - 3:
            return None
        if _agrees(verb, a.source):
            return a.source
    return None
