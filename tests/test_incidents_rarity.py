"""The text evidence weighs each content word by how rare it is in Arabic at large (#12): two
reports that share the names of an event (a village, a victim) resemble each other more than two
that share words any report may use (the road, the water)."""

from __future__ import annotations

from typing import Any

import pytest

from waqia.incidents.members import Member
from waqia.incidents.rarity import UNKNOWN, rarity, word_rarity
from waqia.incidents.text import TEXT_VERSION, readings, text_cosine, text_rarity, text_words
from waqia.store.linking import fingerprint_member, text_evidence


def test_incidents_rarity_common_words_are_less_rare_than_names() -> None:
    # matching forms (normalize.key): a verb of every report, a street word, an invented village
    assert rarity("قال") < rarity("طريق") < rarity("زقزوقيه") == UNKNOWN
    assert 0 < rarity("قال") < 4
    # the Latin words of Arabic pages (links, agencies) are common there, not unknown
    assert rarity("https") < 5 and rarity("afp") < UNKNOWN


def test_incidents_rarity_a_word_is_as_rare_as_its_most_common_reading() -> None:
    """«فندق» stripped of «ف» would read as a rare «ندق»: the word counts as common."""
    assert word_rarity(readings("فندق")) == rarity("فندق") < rarity("ندق")
    assert set(text_rarity("فندق الفندق بالفندق").values()) == {rarity("فندق")}


def _member(doc: str, text: str) -> Member:
    """A member as the store builds it, from the stored fingerprint."""
    shingles, fingerprint = text_evidence(text)
    return fingerprint_member(doc, {"event_id": "e1"}, None, None, shingles, fingerprint)


# Invented word lists: two shared words and two of each text's own.
SHARED_NAMES = ("زقزوقية كفرسلوان الطريق المياه", "زقزوقية كفرسلوان الكهرباء الشتاء")
SHARED_COMMON = ("الخبز السوق تلعفرين برهوميان", "الخبز السوق سمحوريا قطلونية")


def test_incidents_rarity_shared_names_weigh_more_than_shared_common_words() -> None:
    names = text_cosine(_member("a", SHARED_NAMES[0]), _member("b", SHARED_NAMES[1]))
    common = text_cosine(_member("c", SHARED_COMMON[0]), _member("d", SHARED_COMMON[1]))
    assert names > 0.5 > common  # counted alike (no rarity), both would be 2 / 4 = 0.5


def test_incidents_rarity_is_stored_with_the_words() -> None:
    _, fp = text_evidence(SHARED_NAMES[0])
    assert fp is not None and fp["v"] == TEXT_VERSION == 4
    assert len(fp["rarity"]) == len(fp["words"]) == len(text_words(SHARED_NAMES[0]))
    assert dict(zip(fp["words"], fp["rarity"], strict=True)) == text_rarity(SHARED_NAMES[0])


@pytest.mark.parametrize("old", [
    {"v": 3, "words": [1, 2], "counts": [1, 1]},  # before the rarity: its words are not compared
])
def test_incidents_rarity_older_fingerprints_are_not_compared(old: dict[str, Any]) -> None:
    assert fingerprint_member("d", {}, None, None, None, old).words == frozenset()
