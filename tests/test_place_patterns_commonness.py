"""How common a name is as a word: read from the wordfreq package at run time."""

from __future__ import annotations

from importlib import resources

from waqia.stages.places.patterns import COMMON, VERY_COMMON, commonness


def test_place_patterns_commonness_from_wordfreq() -> None:
    assert commonness("كانت") >= VERY_COMMON  # a verb of every other sentence
    assert commonness("سراقب") < COMMON  # a town's name
    assert commonness("كانت سراقب") == commonness("سراقب") - 1.0  # a name of two words: one less than its rarest


def test_place_patterns_ships_no_word_list() -> None:
    data = {p.name for pkg in ("waqia.lang.ar", "waqia.lang.ar.tables", "waqia.geo.data") for p in resources.files(pkg).iterdir()}
    assert "common_words.tsv.gz" not in data  # wordfreq's CC BY-SA lists are used, not redistributed


def test_place_patterns_commonness_keeps_only_common_words() -> None:
    """#14: the common words are read bucket by bucket; wordfreq's own cache of its whole
    Arabic list (about a million words, ~55 MB) is never filled."""
    import wordfreq

    from waqia.stages.places.patterns import _common_words

    words = _common_words()
    assert min(words.values()) == COMMON  # nothing rarer than Zipf 3.0 is kept
    assert commonness("كانت") >= VERY_COMMON
    assert wordfreq.get_frequency_list.cache_info().currsize == 0
