"""Dates: publication date, datelines, relative and explicit dates.

PLACEHOLDER: only reads ``published`` from metadata.  The full module keeps
:class:`DateMention`, :func:`parse_published` and :func:`find_dates`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Document

if TYPE_CHECKING:
    from .pipeline import Context


@dataclass(frozen=True)
class DateMention:
    """A date expression at normalised ``[start, end)``.

    ``date`` is the resolved day (ISO) or None; ``precision`` is ``day``,
    ``range``, ``month`` or ``unknown``; ``background`` is true when the day
    lies well before publication (older events are context, not news).
    """

    start: int
    end: int
    date: str | None
    precision: str
    kind: str
    background: bool = False


@dataclass(frozen=True)
class Published:
    """The anchor for relative dates."""

    date: dt.date | None
    precision: str  # "day", "month" or "unknown"
    source: str  # "metadata", "dateline" or "none"

    @property
    def iso(self) -> str | None:
        return self.date.isoformat() if self.date and self.precision == "day" else None


_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def parse_published(value: str | None) -> Published:
    """Read a ``published`` value: full date, date and time, or month."""
    if not value:
        return Published(None, "unknown", "none")
    m = _ISO.match(str(value))
    if not m:
        return Published(None, "unknown", "none")
    y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        if d:
            return Published(dt.date(y, mo, int(d)), "day", "metadata")
        return Published(dt.date(y, mo, 1), "month", "metadata")
    except ValueError:
        return Published(None, "unknown", "none")


def find_dates(doc: Document, ctx: Context) -> Document:
    pub = parse_published(doc.meta.get("published"))
    return doc.add("dates", (), published=pub) if False else doc.add("dates", ()).add("published", (pub,))
