"""The fast paths of the session-25 speed pass (#14) give what the plain way gives.

Each is compared with the code it replaced, on generated text (the lexicon's keys and
the gazetteer's names glued together or apart with spaces, commas and sentence ends).
"""

from __future__ import annotations

import bisect
import dataclasses
import random

import pytest

from waqia.core.document import Document, Sentence
from waqia.core.lexicon import default_lexicon
from waqia.core.morphology import NAME_PREFIXES
from waqia.geo.gazetteer import open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.places import known
from waqia.stages.sentences import split

GLUE = [" ", " ", " ", "  ", "", "، ", ". ", "\n", "؟ ", " و", "«", "»", "7"]


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(Settings(), default_lexicon(), open_gazetteer(None))


@pytest.fixture(scope="module")
def docs(ctx: Context) -> list[Document]:
    rnd = random.Random(25)
    keys = sorted(default_lexicon()._automaton.keys())
    names = sorted(k for k in ctx.gazetteer.name_keys if k.isalpha() or " " in k)  # type: ignore[union-attr]
    words = rnd.sample(keys, 600) + rnd.sample(names, 600)
    front = Pipeline(("sentences.v1", "lexicon.v1"), ctx)
    out = []
    for _ in range(200):
        parts = []
        for _ in range(rnd.randint(0, 40)):
            prefix = rnd.choice(("",) * 6 + NAME_PREFIXES)
            parts += [prefix + rnd.choice(words), rnd.choice(GLUE)]
        out.append(front.analyse("".join(parts)))
    return out


def _plain_sentence_of(doc: Document, pos: int) -> int:
    """The look-up as it was: the last sentence starting at or before ``pos``, else the first."""
    return max(0, bisect.bisect_right([s.start for s in doc.sentences], pos) - 1)


def test_sentence_of_is_the_last_sentence_starting_at_or_before_the_position(docs: list[Document]) -> None:
    asked = 0
    for doc in docs:
        for pos in range(-3, len(doc.text) + 3):
            assert doc.sentence_of(pos) == _plain_sentence_of(doc, pos), (doc.text, pos)
            asked += 1
    assert asked > 10_000
    assert sum(len(d.sentences) > 2 for d in docs) > 50


def test_sentence_and_token_look_ups_are_shared_by_add_and_made_again_for_new_ones() -> None:
    doc = split(Document.from_text("قتل جندي. وجرح اثنان في القصف"))
    assert (doc.sentence_of(12), doc.token_index(12)) == (1, 2)
    same = doc.add("numbers", ())
    assert "sentence_of" in same.__dict__ and "token_index" in same.__dict__  # the bound look-ups, shared
    assert (same.sentence_of(12), same.token_index(12)) == (1, 2)
    again = split(dataclasses.replace(doc, norm=Document.from_text("وقتل في الهجوم جندي. ثم").norm))
    assert "sentence_of" not in again.__dict__
    assert [again.sentence_of(p) for p in (0, 19, 21, 30)] == [0, 0, 1, 1]
    assert [again.token_index(p) for p in (0, 4, 8, 21)] == [0, 1, 2, 4]
    moved = doc.add(sentences=(Sentence(0, 0, 3), Sentence(1, 4, 9), Sentence(2, 10, 30)))
    assert [moved.sentence_of(p) for p in (3, 4, 12)] == [0, 1, 2]
    assert Document.from_text("").sentence_of(5) == 0  # no sentence at all: the first


def test_matches_of_is_the_layer_filtered_however_the_document_was_made(docs: list[Document]) -> None:
    seen = 0
    for doc in docs:
        layer = doc.layer("matches")
        concepts = doc.concepts()
        assert concepts == tuple(dict.fromkeys(m.concept for m in layer))
        for c in concepts:
            assert doc.matches_of(c) == tuple(m for m in layer if m.concept == c)
            seen += 1
        later = doc.add("numbers", ())  # shares what was asked
        assert all(later.matches_of(c) == doc.matches_of(c) for c in concepts)
        fewer = later.add("matches", layer[1::2])  # the layer replaced: the caches go with it
        rebuilt = dataclasses.replace(later, layers={**later.layers, "matches": layer[::3]})
        for d in (fewer, rebuilt):
            for c in concepts:
                assert d.matches_of(c) == tuple(m for m in d.layer("matches") if m.concept == c)
                assert d.matches_of(c, "nothing") == d.matches_of(c)
        bare = later.add("numbers", ())
        bare.__dict__.pop("_asked")  # the index kept without what was asked: asked again
        assert all(bare.matches_of(c) == doc.matches_of(c) for c in concepts)
    assert seen > 1000
    assert Document.from_text("x").matches_of("a") == () and Document.from_text("x").concepts() == ()


def test_known_names_are_the_same_whatever_the_words_kept(ctx: Context, docs: list[Document],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    g = ctx.gazetteer
    keys = g.name_keys  # type: ignore[union-attr]
    first = [known._known_held(d, g, keys) for d in docs]
    assert sum(map(len, first)) > 300
    held = known._held(g)
    assert held and all(v == known._opening_held(w, g) for w, v in held.items())
    monkeypatch.setattr(known, "_HELD", 5)  # kept words cleared again and again: the same names
    held.clear()
    for d, names in zip(docs, first, strict=True):
        again = known._known_held(d, g, keys)
        assert again == names and again.best == names.best
        assert len(held) <= 5
