"""The fast paths of the session-24 speed pass (#14) give what the plain way gives.

Each is compared with the code it replaced, on generated text (the lexicon's keys and
separators glued together or apart, as in ``test_core_fast_paths.py``).
"""

from __future__ import annotations

import bisect
import dataclasses
import random

import pytest

from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.core.normalize import arabic_ratio, arabic_share_at_least, normalize
from waqia.pipeline import Pipeline, default_pipeline
from waqia.settings import Settings
from waqia.stages.places.known import _run, _runs
from waqia.stages.sentences import split

GLUE = [" ", " ", " ", "  ", "", "،", "1", "7.5", ". ", "\n", "؟ ", "«", "»", "x", "\u064b"]


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    rnd = random.Random(24)
    keys = sorted(default_lexicon()._automaton.keys())
    front = Pipeline(("sentences.v1", "lexicon.v1"), default_pipeline(Settings()).ctx)
    out = []
    for _ in range(300):
        parts = []
        for _ in range(rnd.randint(0, 30)):
            parts += [rnd.choice(keys), rnd.choice(GLUE)]
        out.append(front.analyse("".join(parts)))
    return out


def _plain_token_index(doc: Document, pos: int) -> int:
    """The look-up as it was: the last token starting at or before ``pos``, or the next one."""
    i = bisect.bisect_right(doc.token_starts, pos) - 1
    return i if i >= 0 and doc.tokens[i].end > pos else i + 1


def test_token_index_is_the_token_holding_the_position_or_the_next(docs: list[Document]) -> None:
    asked = 0
    for doc in docs:
        for pos in range(-3, len(doc.text) + 3):
            assert doc.token_index(pos) == _plain_token_index(doc, pos), (doc.text, pos)
            asked += 1
    assert asked > 10_000


def test_token_index_follows_new_tokens() -> None:
    doc = split(Document.from_text("قتل جندي"))
    assert doc.token_index(5) == 1
    again = split(dataclasses.replace(doc, norm=normalize("قتل  في  الهجوم جندي")))
    assert [again.token_index(p) for p in (0, 4, 5, 8, 9, 16)] == [0, 1, 1, 2, 2, 3]


def test_matches_of_several_concepts_is_the_layer_filtered_concept_by_concept(docs: list[Document]) -> None:
    seen = 0
    for doc in docs:
        concepts = doc.concepts()
        for pair in zip(concepts, reversed(concepts), strict=True):
            plain = tuple(m for c in dict.fromkeys(pair) for m in doc.layer("matches") if m.concept == c)
            assert doc.matches_of(*pair) == plain
            assert doc.matches_of(*pair) == plain  # asked again: kept
            seen += len(plain)
        fewer = doc.add("matches", doc.layer("matches")[::2])  # the layer replaced: read again
        for pair in zip(concepts, reversed(concepts), strict=True):
            assert fewer.matches_of(*pair) == tuple(m for c in dict.fromkeys(pair) for m in fewer.layer("matches")
                                                   if m.concept == c)
    assert seen > 1000


def test_the_text_is_the_matching_form_of_the_document_it_is_read_from() -> None:
    doc = Document.from_text("قُتل جندي")
    assert doc.text == "قتل جندي" and doc.add("numbers", ()).text == "قتل جندي"
    other = dataclasses.replace(doc, norm=normalize("جرح مدني"))
    assert other.text == "جرح مدني" and doc.text == "قتل جندي"


@pytest.mark.parametrize("share", [0.0, 0.2, 0.34, 0.5, 0.9])
def test_the_arabic_share_read_from_the_first_third_is_the_ratio_compared(share: float) -> None:
    arabic, latin = "قتل جندي في هجوم ", "the army said "
    rnd = random.Random(int(share * 100))
    texts = [arabic * 30, latin * 10 + arabic * 20, arabic * 10 + latin * 20, latin * 30, "1 2 3 " * 20 + arabic * 5]
    texts += ["".join(rnd.choice([arabic, latin, "2024 ", "\n"]) for _ in range(rnd.randint(1, 40))) for _ in range(200)]
    for text in texts:
        assert arabic_share_at_least(text, share) == (arabic_ratio(text) >= share), (text, share)


def test_a_run_counted_for_one_token_is_the_run_counted_for_all(docs: list[Document]) -> None:
    long_runs = 0
    for doc in docs:
        runs = _runs(doc)
        assert [_run(doc.tokens, doc.text, i) for i in range(len(doc.tokens))] == runs
        long_runs += sum(r > 1 for r in runs)
    assert long_runs > 500
