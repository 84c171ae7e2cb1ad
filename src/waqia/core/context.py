"""The stage context and the stage record: what every stage receives and declares.

A stage is a function ``(Document, Context) -> Document`` that adds layers to
the document; :class:`Stage` names it and lists the layers it reads
(``requires``) and writes (``produces``).  The pipeline (``waqia.pipeline``)
checks an order of stages against these declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Lexicon
from waqia.settings import Settings


@dataclass(frozen=True)
class Context:
    """What stages share: settings, language data, gazetteer."""

    settings: Settings
    lexicon: Lexicon
    gazetteer: Any


StageFn = Callable[[Document, Context], Document]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    produces: tuple[str, ...]
