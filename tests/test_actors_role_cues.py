"""A role cue before a side («نفذه X») gives it its role within its clause only: a comma between
them ends the cue's reach (the actors stage tests the gap as a set of characters, #14)."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.pipeline import default_pipeline
from waqia.settings import Settings


def roles(text: str) -> list[tuple[str, str]]:
    pipe = default_pipeline(Settings())
    doc = Document.from_text(text)
    for stage in pipe.stages:
        doc = stage.fn(doc, pipe.ctx)
        if stage.name == "actors.v1":
            break
    return [(a.name, a.role) for a in doc.layer("actors")]


def test_a_cue_in_the_same_clause_gives_the_role() -> None:
    assert roles("وقع هجوم نفذه رجال وتنظيم داعش على حاجز قرب البلدة.") == [("Islamic State", "initiator")]


def test_a_cue_of_another_clause_does_not() -> None:
    assert roles("وقع هجوم نفذه رجال، وتنظيم داعش ينفي ذلك.") == [("Islamic State", "other")]
    assert roles("وقع هجوم نفذه رجال؛ وتنظيم داعش ينفي ذلك.") == [("Islamic State", "other")]
