"""Document.breaks / Document.broken: the clause breaks of a document, found once (#14).

The event stages ask whether the gap between two words holds a clause break by
looking up the document's break positions; these tests hold that lookup to the
character-by-character reading it replaced, on generated text.
"""

from __future__ import annotations

import random

from waqia.core.document import Document
from waqia.stages.events.frames import BREAKS, framed
from waqia.stages.events.means import _GAP_BREAKS

ALPHABET = "قتل جندي،,؛;.:()!?؟\n ابج"


def _texts(n: int, seed: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_broken_says_what_reading_the_gap_says() -> None:
    for text in _texts(150):
        doc = Document.from_text(text)
        n = len(doc.text)
        for marks in (BREAKS, _GAP_BREAKS, "،,؛;"):
            for start in range(-n - 2, n + 2):
                for stop in range(-n - 2, n + 2):
                    assert doc.broken(marks, start, stop) == any(ch in marks for ch in doc.text[start:stop]), \
                        (text, marks, start, stop)


def test_breaks_are_positions_of_the_marks_in_order() -> None:
    doc = Document.from_text("قتل جندي، وجرح آخر; ثم (انسحبوا).")
    assert doc.breaks("،;") == [i for i, ch in enumerate(doc.text) if ch in "،;"]
    assert doc.breaks(BREAKS) == [i for i, ch in enumerate(doc.text) if ch in BREAKS]
    assert doc.breaks("x") == []


def test_a_document_added_to_shares_its_breaks_and_a_new_text_has_its_own() -> None:
    doc = Document.from_text("قتل جندي، وجرح آخر")
    first = doc.breaks(BREAKS)
    later = doc.add("numbers", ())
    assert later.breaks(BREAKS) is first  # the same text: found once
    other = Document.from_text("قتل جندي وجرح آخر، ثم")
    assert other.breaks(BREAKS) == [i for i, ch in enumerate(other.text) if ch in BREAKS] != first


def test_frames_are_read_again_for_another_document() -> None:
    from waqia.pipeline import default_pipeline
    from waqia.settings import Settings

    pipe = default_pipeline(Settings())
    one = pipe.analyse("سيطرت قوات الجيش على البلدة بعد معارك عنيفة.")
    two = pipe.analyse("وصل الوفد إلى العاصمة صباح اليوم.")
    assert framed(one) and framed(one) is framed(one)
    assert framed(two) == ()
    assert framed(one)[0].concept == "event_triggers"
