"""The fast paths of the places stage (#14) read what the plain way reads.

Texts are generated from the place vocabulary, the proclitics and names the
shipped gazetteer knows, glued with spaces, commas and sentence ends; each fast
path is compared with the way it replaced.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.core.morphology import NAME_PREFIXES
from waqia.geo.gazetteer import open_bundled, open_gazetteer
from waqia.pipeline import Context, Pipeline
from waqia.settings import Settings
from waqia.stages.places import stage
from waqia.stages.places.anchors import distance_km
from waqia.stages.places.patterns import known_names, vocabulary
from waqia.stages.places.scoring import Points

GLUE = [" ", " ", " ", " ", "، ", ". ", " و", "\n"]


class _Asked:
    """The same gazetteer without its keys in memory: looked up with :meth:`known`."""

    def __init__(self, g: Any):
        self._g = g
        self.first_words = g.first_words

    def known(self, keys: Any) -> set[str]:
        return set(self._g.known(keys))

    def __getattr__(self, name: str) -> Any:
        if name == "name_keys":
            raise AttributeError(name)
        return getattr(self._g, name)


@pytest.fixture(scope="module")
def ctx() -> Context:
    return Context(Settings(), default_lexicon(), open_gazetteer(None))


@pytest.fixture(scope="module")
def docs(ctx: Context) -> list[Document]:
    rnd = random.Random(14)
    lex = ctx.lexicon
    vocab = sorted({e.form for c in ("place_words", "place_cues", "place_adjectives", "place_context",
                                     "place_named", "place_openers") for e in lex.concept(c)})
    g = ctx.gazetteer
    names = sorted(k for k in g.name_keys if k.isalpha() or " " in k)  # type: ignore[union-attr]
    names = rnd.sample(names, 400) + ["ادلب", "حلب", "دمشق", "غزه", "صنعاء", "الرقه", "تعز"]
    common = ["قال", "في", "من", "على", "قصف", "الجيش", "اليوم", "مدنيين", "ثلاثه", "وقتل"]
    cues = sorted({e.form for e in lex.concept("place_cues")})
    openers = sorted({e.form for c in ("place_named", "place_openers") for e in lex.concept(c)})
    front = Pipeline(("sentences.v1", "lexicon.v1"), ctx)
    out = []
    for _ in range(150):
        parts = []
        for _ in range(rnd.randint(5, 40)):
            pick = rnd.random()
            word = rnd.choice(vocab) if pick < 0.3 else rnd.choice(names) if pick < 0.6 else \
                rnd.choice(common) if pick < 0.8 else \
                f"{rnd.choice(cues)} {rnd.choice(openers)} {rnd.choice(['ال', ''])}{rnd.choice(names + common)}"
            if rnd.random() < 0.2:
                word = rnd.choice(NAME_PREFIXES) + word
            parts += [word, rnd.choice(GLUE)]
        out.append(front.analyse("".join(parts)))
    return out


def test_known_names_in_held_keys_are_those_a_query_finds(ctx: Context, docs: list[Document]) -> None:
    asked = _Asked(ctx.gazetteer)
    found = 0
    for doc in docs:
        held = known_names(doc, ctx.gazetteer)
        assert held == known_names(doc, asked)
        assert held.best == known_names(doc, asked).best
        found += len(held)
    assert found > 500


class _EveryToken(stage._Recogniser):
    """The recogniser reading a phrase at every token, as before its openings."""

    def _openings(self) -> list[int]:
        return list(range(len(self.toks)))


@pytest.mark.parametrize("small", [False, True])
def test_the_recogniser_reads_at_its_openings_what_it_reads_at_every_token(ctx: Context, docs: list[Document],
                                                                           small: bool) -> None:
    if small:  # a gazetteer that knows no street word nor «تل», «عين» as a name by itself
        ctx = Context(ctx.settings, ctx.lexicon, open_bundled())
    read = 0
    for doc in docs:
        words, known = vocabulary(doc, ctx), known_names(doc, ctx.gazetteer)
        fast = stage._Recogniser(doc, ctx, words, known).run()
        assert fast == _EveryToken(doc, ctx, vocabulary(doc, ctx), known).run()
        read += len(fast)
    assert read > 200


def test_no_phrase_is_read_where_the_recogniser_skips_a_token(ctx: Context, docs: list[Document]) -> None:
    """A token left out of the openings (``_reads_nothing``, #14) reads no phrase, before any phrase
    is read and after all of them."""
    skipped = 0
    for doc in docs:
        words, known = vocabulary(doc, ctx), known_names(doc, ctx.gazetteer)
        fresh, done = stage._Recogniser(doc, ctx, words, known), stage._Recogniser(doc, ctx, words, known)
        done.run()
        for i in range(len(doc.tokens)):
            if not fresh._reads_nothing(i):
                continue
            skipped += 1
            for reader in (fresh, done):
                before = len(reader.out)
                assert reader.phrase(i) == i and len(reader.out) == before, (doc.text, i)
    assert skipped > 1000


def test_matches_of_a_concept_follow_the_layer(ctx: Context, docs: list[Document]) -> None:
    doc = docs[0]
    for concept in doc.concepts():
        assert doc.matches_of(concept) == tuple(m for m in doc.layer("matches") if m.concept == concept)
    assert set(doc.concepts()) == {m.concept for m in doc.layer("matches")}
    some = doc.layer("matches")[:3]
    replaced = doc.add("matches", some)  # carries the old layer's index along: it must not serve
    assert replaced.matches_of(*replaced.concepts()) == tuple(sorted(some, key=lambda m: replaced.concepts().index(m.concept)))
    assert replaced == doc.add("matches", some)  # the index is no field


def test_the_nearest_point_is_the_least_distance_km() -> None:
    rnd = random.Random(11)
    for _ in range(400):
        lat, lon = rnd.uniform(-60, 60), rnd.uniform(-180, 180)
        spread = rnd.choice([0.05, 0.5, 5, 60])  # points bunched in one province or spread wide
        raw = {(lat + rnd.uniform(-spread, spread), lon + rnd.uniform(-spread, spread))
               for _ in range(rnd.randint(1, 40))}
        assert Points(raw).near_km(lat, lon) == min(distance_km((lat, lon), p) for p in raw)
