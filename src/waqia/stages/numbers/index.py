"""The numbers stage's lexicon matches of one text, indexed by position, and the helpers every part shares."""

from __future__ import annotations

import re

from waqia.core.lexicon import Match
from waqia.core.morphology import AND, OF, PREFIXES
from waqia.core.morphology import ARTICLE as ART
from waqia.stages.numbers.quantity import CONCEPTS

__all__ = ["AND", "ART", "OF"]  # the particles the other modules of the stage read from here
AND_GAP = re.compile(rf" *{AND} *")


class Index:
    """This stage's lexicon matches of one text, indexed by position."""

    def __init__(self, text: str, matches: tuple[Match, ...] | list[Match]):
        own = _longest([m for m in matches if m.concept in CONCEPTS])
        self.words = [m for m in own if m.concept == "number_words"
                      and not ("nodef" in m.entry.get("flags") and m.prefix.endswith(ART))]
        self.ends = {m.end: m for m in own}
        self.starts = {m.word_start: m for m in own}
        self.consumed: set[int] = set()

    def after(self, text: str, pos: int, kinds: frozenset[str]) -> Match | None:
        """The match of one of ``kinds`` whose word begins just after ``pos``."""
        m = self.starts.get(skip_spaces(text, pos))
        return m if m is not None and kind(m) in kinds else None


def _longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping matches, the longer winning (input in any order); of two over the same word, the one
    read with the shorter proclitic («كمية», kind ``word``, before «ك» + «مية»)."""
    out: list[Match] = []
    for m in sorted(matches, key=lambda m: (m.word_start, -m.end, len(m.prefix))):
        if out and m.word_start < out[-1].end:
            prev = out[-1]
            if m.end - m.word_start > prev.end - prev.word_start and (len(out) < 2 or out[-2].end <= m.word_start):
                out[-1] = m
            continue
        out.append(m)
    return out


def kind(m: Match) -> str:
    return m.entry.get("kind")


def as_int(value: str) -> int | None:
    return int(value) if value.strip().isdigit() else None


def skip_spaces(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def skip_back(text: str, pos: int) -> int:
    """Back over spaces and a detached article («الـ 20» → «ال 20»)."""
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    if text[max(pos - 2, 0):pos] == ART and (pos == 2 or (pos > 2 and not text[pos - 3].isalnum())):
        pos -= 2
        while pos > 0 and text[pos - 1] == " ":
            pos -= 1
    return pos


def clitics_before(text: str, pos: int) -> tuple[int, str]:
    """Where the word of digits at ``pos`` begins, and the proclitics glued to it."""
    ws = pos
    while ws > 0 and pos - ws < 5 and text[ws - 1].isalpha():
        ws -= 1
    prefix = text[ws:pos]
    return (ws, prefix) if prefix in PREFIXES else (pos, "")
