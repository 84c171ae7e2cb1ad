"""Every exception waqia raises, under one root class.

Each message says what the user can do about it.  Uncertainty in an
article (an unreadable date, a number without a value) is *not* an error:
it is data (``value=None``) or a line in the document's ``warnings``.
"""

from __future__ import annotations


class WaqiaError(Exception):
    """Root of all waqia errors."""


class InputError(WaqiaError):
    """An input document cannot be read (empty, binary, undecodable, too large)."""


class LexiconError(WaqiaError):
    """A language data file is malformed; the message lists every problem."""


class GazetteerError(WaqiaError):
    """A gazetteer file is missing or malformed."""


class ConfigError(WaqiaError):
    """A setting has an invalid value."""


class PipelineError(WaqiaError):
    """Stages were combined in an order that cannot work."""


class StoreError(WaqiaError):
    """The event store cannot be opened or written."""


class ExportError(WaqiaError):
    """An export was asked for in a format or shape waqia cannot write."""
