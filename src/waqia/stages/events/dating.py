"""The days an article's events happened on, told apart from the day a speaker told them (#10).

«أعلنت اللجنة، الثلاثاء، مقتل اثنين من موظفيها ... مساء الأحد»: a day right after a speaker's name
(sources layer ``source_mentions``) is the day of the saying; when its sentence names another recent day,
that one is the event's day (GUIDELINES: the day announced stands for the event's only when the text gives
the event no day of its own).
"""

from __future__ import annotations

from typing import Any

from waqia.core.document import Document

__all__ = ["event_days"]


def event_days(doc: Document) -> list[Any]:
    """The date mentions that may date an event: recent resolved days (or any not marked background), less
    a day of saying in a sentence that names another such day."""
    days = [d for d in doc.layer("dates") if getattr(d, "is_event_date", not getattr(d, "background", False))]
    said = _said_days(doc, days)
    if not said:
        return days
    other = {doc.sentence_of(d.start) for d in days if id(d) not in said}
    return [d for d in days if id(d) not in said or doc.sentence_of(d.start) not in other]


def _said_days(doc: Document, days: list[Any]) -> set[int]:
    """The ids of the ``days`` that stand right after a speaker's name in their sentence («قالت المنظمة
    اليوم الثلاثاء إن», «أعلنت اللجنة، الثلاثاء، مقتل»)."""
    if "source_mentions" not in doc.layers:
        return set()
    ends = {doc.token_index(max(s.end - 1, s.start)) for s in doc.layer("source_mentions")}
    return {id(d) for d in days if doc.token_index(d.start) - 1 in ends
            and doc.sentence_of(d.start) == doc.sentence_of(doc.tokens[doc.token_index(d.start) - 1].start)}
