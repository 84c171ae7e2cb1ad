"""The fast paths of the sources stage (#14) give what the plain way gives."""

from __future__ import annotations

import itertools

from waqia.stages.sources.words import gap_ok


def test_a_gap_is_ok_when_only_spaces_and_quotes_are_in_it() -> None:
    for n in range(6):
        for chars in itertools.product(' "\'x\t،\n', repeat=n):
            gap = "".join(chars)
            assert gap_ok(gap) == all(ch in ' "\'' for ch in gap), repr(gap)


def test_each_word_is_classified_once_as_the_plain_tests_would() -> None:
    from waqia.core.lexicon import default_lexicon
    from waqia.core.morphology import LAM, PREPOSITION_ARTICLES
    from waqia.stages.sources import classes
    from waqia.stages.sources.words import _force_heads, _person_duals, speaker_words

    lexicon = default_lexicon()
    words = speaker_words(lexicon)
    heads, duals = _force_heads(lexicon), _person_duals(lexicon)
    sample = sorted({*words["homograph"], *words["title_homograph"], *heads, *duals, LAM,
                     *(LAM + w for w in words["told"]), *(p + "x" for p in PREPOSITION_ARTICLES), "x", ""})
    classify = classes.classifier(words, heads, duals)
    got = classes.classes_of(sample, lexicon, classify)
    assert got == classes.classes_of(sample, lexicon, classify) == list(map(classify, sample))  # kept, then the same
    for word, c in zip(sample, got):
        assert bool(c & classes.PHRASE) == word.startswith(PREPOSITION_ARTICLES)
        assert bool(c & classes.FORCE_HEAD) == (word in heads)
        assert bool(c & classes.HOMOGRAPH) == (word in words["homograph"])
        assert bool(c & classes.TITLE) == (word in words["title_homograph"])
        assert bool(c & classes.DUAL) == (word in duals)
        assert bool(c & classes.TOLD) == (word == LAM or classes.told_word(word, words))
    assert any(c & classes.TOLD for c in got) and any(c & classes.PHRASE for c in got)
