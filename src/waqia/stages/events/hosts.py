"""The draft each claim, place and side of a story joins: the one whose trigger is nearest (#14).

Once the drafts' triggers are fixed, the triggers are indexed by sentence, so that finding the
host of a mention reads the triggers of its own sentence only, and a mention in a sentence with
no trigger is answered once per sentence.
"""

from __future__ import annotations

import bisect
from typing import Generic

from waqia.stages.events.rules import D


class Hosts(Generic[D]):
    """The nearest draft by trigger: same sentence first (the closest trigger), then the sentence
    before with a trigger, then the one after; the first draft on ties (as ``_nearest`` in
    :mod:`waqia.stages.events.stage` reads every trigger of every draft)."""

    def __init__(self, drafts: list[D]) -> None:
        self.drafts = drafts
        self.at: dict[int, list[tuple[int, int]]] = {}  # sentence -> (draft index, trigger position)
        for i, d in enumerate(drafts):
            for t in d.triggers:
                self.at.setdefault(t.sentence, []).append((i, t.pos))
        self.sentences = sorted(self.at)
        self.elsewhere: dict[int, D] = {}  # sentence with no trigger -> its host

    def nearest(self, sentence: int, pos: int) -> D:
        """The host of a mention at ``pos`` in ``sentence``."""
        here = self.at.get(sentence)
        if here is not None:
            return self.drafts[min(here, key=lambda ip: (abs(ip[1] - pos), ip[0]))[0]]
        host = self.elsewhere.get(sentence)
        if host is None:
            i = bisect.bisect_left(self.sentences, sentence)
            if i > 0:
                host = self.drafts[min(self.at[self.sentences[i - 1]])[0]]
            elif i < len(self.sentences):
                host = self.drafts[min(self.at[self.sentences[i]])[0]]
            else:
                host = self.drafts[0]
            self.elsewhere[sentence] = host
        return host
