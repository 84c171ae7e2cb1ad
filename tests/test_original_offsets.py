"""Spans are of the original text, tokens and layers of its normalised form: a rule that reads a
span's start as a token's must map it first (``Document.normal_pos``). Vowelled text, whose marks
the normalised form drops, reads as the bare text does. The sentences are invented for the test."""

import re

import waqia
from waqia.core.document import Document

PUBLISHED = "2024-03-07"


def _claims(text: str) -> list[tuple[str, int | None, str]]:
    doc = waqia.extract(text, published=PUBLISHED)
    return sorted((c["kind"], c["value"], c["party"]["category"]) for e in doc["events"] for c in e["claims"])


def test_normal_pos_inverts_the_offset_map():
    text = "أُصِيبَ أَرْبَعَةُ جُنُودٍ"
    doc = Document.from_text(text)
    starts = [m.start() for m in re.finditer(r"\S+", text)]
    assert len(starts) == 3 and starts[-1] > len(doc.text) - 4  # the marks moved the last word
    for start in starts:
        n = doc.normal_pos(start)
        assert doc.span(n, n + 1).start == start
    assert Document.from_text("قتل جندي").normal_pos(4) == 4  # nothing moved: the identity


def test_a_vowelled_subset_is_no_claim_of_its_own():
    bare = "أصيب 4 جنود بقصف على المدينة، اثنان منهم بجروح خطيرة."
    vowelled = "أُصِيبَ أَرْبَعَةُ جُنُودٍ بِقَصْفٍ عَلَى المَدِينَةِ، اثْنَانِ مِنْهُمْ بِجُرُوحٍ خَطِيرَةٍ."
    assert _claims(bare) == _claims(vowelled) == [("injured", 4, "state_forces")]


def test_a_vowelled_text_ending_on_a_figure_is_read_without_error():
    text = ("قُتِلَ عَشَرَةُ أَشْخَاصٍ وَأُصِيبَ عِشْرُونَ آخَرُونَ فِي قَصْفٍ عَلَى سُوقِ المَدِينَةِ، "
            "خَمْسَةٌ مِنْهُمْ بِجُرُوحٍ، وَ3")
    doc = waqia.extract(text, published=PUBLISHED)
    assert doc["relevant"]
    for event in doc["events"]:
        for claim in event["claims"]:
            assert text[claim["start"]:claim["end"]] == claim["text"]
