"""The tokens' texts kept with the document (``Document.texts``, #14), and the readers that walk every
word reading them: the gazetteer readings of the places stage (the tokens with none skipped in C code),
the claims' words of a role and of a time, the definite count words of the source readers, each
compared with the plain reading of every token it replaced.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from conftest import read_before
from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.core.morphology import ARTICLE
from waqia.stages.claims import background, recalled
from waqia.stages.claims.index import build_index
from waqia.stages.places import known
from waqia.stages.sentences import split
from waqia.stages.sources import tollback
from waqia.stages.sources.words import speaker_words

_WORDS = ["قتل", "جندي", "وقتل", "الجيش", "2019", "12", "في", "من", "خلال", "حين", "بلدة", "الحصيلة", "للصحفيين",
          "بالهجوم", "قوات", "علي", "شاهدا", "منذ", "عام", "وحين", "أمس", "1950", "٢٠١٩"]


def _texts(rnd: random.Random) -> list[str]:
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 30))) + "." for _ in range(80)]


def test_the_texts_of_the_tokens_are_kept_with_the_document() -> None:
    for text in _texts(random.Random(40)):
        doc = split(Document.from_text(text))
        assert doc.texts == [t.text for t in doc.tokens]
        assert doc.add("x", ()).texts is doc.texts  # a document made by add shares the list
    doc = split(Document.from_text("قتل جندي في بلدة."))
    assert len(doc.texts) == 4  # read before the document is copied
    fewer = doc.add(tokens=doc.tokens[:2])  # other tokens: a list of their own
    assert fewer.texts == [t.text for t in doc.tokens[:2]] and fewer.texts is not doc.texts
    assert Document.from_text("").texts == []


def _known_plain(doc: Document, gazetteer: Any, keys: Any) -> dict[tuple[int, int, str], tuple[str, bool]]:
    """The gazetteer's readings as every token was read before (#14): one reading of its word at a time."""
    toks, text, texts = doc.tokens, doc.text, [t.text for t in doc.tokens]
    out = known.KnownNames()
    for i, word in enumerate(texts):
        for prefix, w, one, article in known._opening_held(word, gazetteer):
            if one is not None:
                known._note(out, (i, 1, prefix), w, one)
            if i == len(texts) - 1 or not known._grows(w, article, texts[i + 1], gazetteer) \
                    or (run := known._run(toks, text, i)) == 1:
                continue
            key = joint = w
            for n, t in enumerate(texts[i + 1:i + run], 2):
                key, joint = key + " " + t, joint + t
                for found, exact in ((key, True), (key[len(ARTICLE):] if article else None, False), (joint, False)):
                    if found is not None and found in keys:
                        known._note(out, (i, n, prefix), key, exact)
    return out


def test_the_gazetteer_readings_are_those_of_each_token_read_alone() -> None:
    from waqia.geo.gazetteer import open_gazetteer

    gazetteer = open_gazetteer(None)
    keys = gazetteer.name_keys  # type: ignore[union-attr]
    names = sorted(k for k in keys if k.isalpha() or " " in k)
    rnd = random.Random(46)
    seen = 0
    for _ in range(60):
        words = [rnd.choice(("", "و", "ب", "وب", "ال")) + rnd.choice(names) if rnd.random() < 0.4 else rnd.choice(_WORDS)
                 for _ in range(rnd.randint(0, 20))]
        doc = split(Document.from_text(" ".join(words) + "."))
        got = known._known_held(doc, gazetteer, keys)
        assert got == _known_plain(doc, gazetteer, keys), words
        seen += len(got)
    assert seen > 100


def _claims(text: str):  # type: ignore[no-untyped-def]
    doc = read_before("claims.v1", text, published="2024-05-01")
    return build_index(doc, default_lexicon())


@pytest.mark.parametrize("seed", [43, 44])
def test_the_claims_words_of_a_role_and_of_a_time_are_those_of_each_token(seed: int) -> None:
    for text in _texts(random.Random(seed))[:25]:
        idx = _claims(text)
        texts = [t.text for t in idx.doc.tokens]
        by_form = background._forms(tuple(idx.words.get(r, frozenset()) for r in background.ROLES))
        want: dict[str, set[int]] = {}
        for j, w in enumerate(texts):
            for role in by_form.get(w, ()):
                want.setdefault(role, set()).add(j)
            if len(w) == 4 and w.isdigit() and 1900 < int(w) < 2100:
                want.setdefault("year", set()).add(j)
        idx.roles = None
        assert background._tokens_by_role(idx) == {r: frozenset(js) for r, js in want.items()}, text
        forms = recalled._forms(idx.words.get("when", frozenset()), idx.words.get("during_it", frozenset()))
        assert recalled._time_words(idx) == [j for j, w in enumerate(texts) if w in forms], text


def test_the_definite_count_words_are_those_of_each_token() -> None:
    lexicon = default_lexicon()
    words = speaker_words(lexicon)
    forms = tollback._definite(words["tally_bare"])
    assert forms
    rnd = random.Random(45)
    pool = [*_WORDS, *sorted(forms)[:8]]
    for _ in range(40):
        doc = split(Document.from_text(" ".join(rnd.choice(pool) for _ in range(rnd.randint(0, 25))) + "."))
        info = type("Info", (), {"words": words})()
        want = [j for j, t in enumerate(doc.tokens) if t.text in forms]
        assert tollback._counts(doc, set(), info) == want  # type: ignore[arg-type]
