"""The records of the sources stage: a source mention and the attribution of a reporting verb."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceMention:
    """A source name at normalised ``[start, end)``; ``name`` is the full name.

    ``addressee`` marks a name introduced by ل («قالت مصادر لوكالة الأناضول»): the outlet
    that was told, which relays the claim.
    """

    start: int
    end: int
    head: str
    name: str
    backref: bool
    sentence: int
    addressee: bool = False


@dataclass(frozen=True)
class Attribution:
    """A trigger at ``pos`` giving ``source`` (and maybe a ``relay``)."""

    pos: int
    end: int
    kind: str  # verb | continue | prep | quoting | relay | statement | trailing
    sentence: int
    source: SourceMention
    relay: SourceMention | None = None
