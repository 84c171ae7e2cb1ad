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
