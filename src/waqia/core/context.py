"""The stage context and the stage record: what every stage receives and declares.

A stage is a function ``(Document, Context) -> Document`` that adds layers to
the document; :class:`Stage` names it and lists every layer it reads
(``requires``, or ``optional`` when it also works without it) and writes
(``produces``).  The pipeline (``waqia.pipeline``) checks an order of stages
against these declarations, and with ``check_layers`` makes a stage that reads
or writes an undeclared layer fail.

The layers are the names of :attr:`Document.layers` (``"matches"``,
``"numbers"`` ...) and two names for fields the ``sentences`` stage sets:
``"sentences"`` (:attr:`Document.sentences`, read by
:meth:`Document.sentence_of`) and ``"tokens"`` (:attr:`Document.tokens` and
``token_starts``, read by :meth:`Document.token_index`).
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


#: Layer names that stand for :class:`Document` fields rather than entries of ``layers``.
FIELD_LAYERS: dict[str, tuple[str, ...]] = {"sentences": ("sentences",), "tokens": ("tokens", "token_starts")}


@dataclass(frozen=True)
class Stage:
    """A named stage and the layers it reads and writes.

    ``requires``: layers an earlier stage must have produced.  ``optional``:
    layers read when present (an earlier stage produced them), the stage
    working without them too; no later stage may produce them.
    ``produces``: the layers it adds.
    """

    name: str
    fn: StageFn
    requires: tuple[str, ...]
    produces: tuple[str, ...]
    optional: tuple[str, ...] = ()

    @property
    def reads(self) -> tuple[str, ...]:
        """Every layer the stage may read: ``requires`` then ``optional``."""
        return self.requires + self.optional
