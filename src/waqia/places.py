"""Place mentions and their resolution (PLACEHOLDER: finds none yet)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .document import Document
from .output import Location

if TYPE_CHECKING:
    from .pipeline import Context


@dataclass(frozen=True)
class Place:
    """A place mention at normalised ``[start, end)`` (the name only, without
    preposition or kind word) and its resolved :class:`Location`.

    ``kind`` is the place word before it when there is one (``town``,
    ``countryside``, ``axis`` ...); ``context`` true for places that are only
    background (where a statement was issued, where a group is based).
    """

    start: int
    end: int
    location: Location
    kind: str | None = None
    context: bool = False


def find_places(doc: Document, ctx: Context) -> Document:
    return doc.add("places", ())
