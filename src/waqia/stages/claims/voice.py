"""The voice of a casualty verb: «أصيب», «استشهد» (claim_words.tsv role ``passive``) are only
passive or intransitive, so a plural right after them is their subject, the victims («أصيب
متظاهرون برصاص جندي»: the protesters, not the soldier); «اغتال مسلحون مجهولون عنصرا» is active,
its subject before its object (#10)."""

from __future__ import annotations

from waqia.core.morphology import conjoined
from waqia.stages.claims.context import ClaimIndex


def passive(idx: ClaimIndex, ti: int) -> bool:
    """Whether the word at token ``ti`` is a casualty verb that takes no object, with «و» or «ف» or without."""
    word, verbs = idx.doc.tokens[ti].text, idx.words.get("passive", frozenset())
    return word in verbs or conjoined(word) and word[1:] in verbs


def ranks_after(idx: ClaimIndex, ti: int) -> bool:
    """«لقي 4 أشخاص مصرعهم في صفوف الجيش»: the verb at ``ti`` that closes a toll before it (role ``post``)
    is followed by the ranks the victims fell in: their side is read past it."""
    cue = idx.cues.get(ti)
    return cue is not None and cue.entry.attrs.get("role") == "post" and idx.party_stops.get(ti + 1) == "side" \
        and idx.same_clause(ti, ti + 1)
