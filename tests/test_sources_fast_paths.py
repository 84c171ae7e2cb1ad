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


def test_the_records_built_by_their_own_init_behave_as_generated_dataclasses() -> None:
    import dataclasses
    import pickle

    import pytest

    from waqia.stages.sources.mentions import Attribution, SourceMention

    src = SourceMention(3, 9, "head", "the name", False, 1)
    assert src == SourceMention(start=3, end=9, head="head", name="the name", backref=False, sentence=1, addressee=False)
    assert hash(src) == hash(SourceMention(3, 9, "head", "the name", False, 1, False))
    assert src != SourceMention(3, 9, "head", "the name", False, 1, True)
    assert [f.name for f in dataclasses.fields(src)] == list(vars(src))  # every field, in field order
    assert dataclasses.replace(src, name="other").name == "other" and src.name == "the name"
    with pytest.raises(dataclasses.FrozenInstanceError):
        src.name = "changed"  # type: ignore[misc]
    att = Attribution(10, 14, "verb", 1, src)
    assert (att.relay, att.gender) == (None, "") and att == Attribution(10, 14, "verb", 1, src, None, "")
    assert [f.name for f in dataclasses.fields(att)] == list(vars(att))
    assert pickle.loads(pickle.dumps(att)) == att
    assert dataclasses.asdict(att)["source"]["name"] == "the name"


def test_a_word_written_with_a_bound_pronoun_ends_with_it_in_the_matching_form() -> None:
    from waqia.core.document import Document
    from waqia.stages.sentences import split
    from waqia.stages.sources import addressee

    assert addressee._BOUND_ENDINGS and len(addressee._BOUND_KEYS) == len(addressee._BOUND_ENDINGS)
    for ending in addressee._BOUND_ENDINGS:
        for stem in ("حكوم", "سيطر", "مسؤولي", "وحد\u0651"):  # a mark inside the word too
            doc = split(Document.from_text(f"أعلن {stem}{ending} أمس"))
            tok = doc.tokens[1]
            assert doc.original_text(tok.start, tok.end).endswith(addressee._BOUND_ENDINGS)
            assert tok.text.endswith(addressee._BOUND_KEYS)
            assert addressee.bound_pronoun(doc, 1)
    doc = split(Document.from_text("أعلن مسؤولية أمس"))
    assert not addressee.bound_pronoun(doc, 1)  # «ة» is the feminine ending, not «ته»
