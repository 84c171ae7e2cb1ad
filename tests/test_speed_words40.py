"""A document's table of its distinct words (``Document.words``, #14): each question of the stages
asked once per distinct word and document, and read back per token as the plain way read it.

The readers moved onto it (the source readers' word classes, the gazetteer readings of the places
stage, the claims' words of a role and of a time, the definite count words) are compared with the
plain reading of every token they replaced.
"""

from __future__ import annotations

import random

import pytest

from conftest import read_before
from waqia.core.document import DIGITS, Document, Words, digits
from waqia.core.lexicon import default_lexicon
from waqia.stages.claims import background, recalled
from waqia.stages.claims.index import build_index
from waqia.stages.sentences import split
from waqia.stages.sources import classes, tollback
from waqia.stages.sources.words import _force_heads, _person_duals, speaker_words

_WORDS = ["قتل", "جندي", "وقتل", "الجيش", "2019", "12", "في", "من", "خلال", "حين", "بلدة", "الحصيلة", "للصحفيين",
          "بالهجوم", "قوات", "علي", "شاهدا", "منذ", "عام", "وحين", "أمس", "1950", "٢٠١٩"]


def _texts(rnd: random.Random) -> list[str]:
    return [" ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 30))) + "." for _ in range(80)]


class _Asked:
    """A question that counts the words it is asked about."""

    def __init__(self, test: object) -> None:
        self.test, self.calls, self.words = test, 0, 0

    def __call__(self, words: list[str]) -> list[object]:
        self.calls += 1
        self.words += len(words)
        return [self.test(w) for w in words]  # type: ignore[operator]


def test_the_distinct_words_and_each_tokens_number_among_them() -> None:
    for text in _texts(random.Random(40)):
        doc = split(Document.from_text(text))
        texts = [t.text for t in doc.tokens]
        assert doc.texts == texts
        table = doc.words
        assert table.distinct == list(dict.fromkeys(texts))
        assert [table.distinct[i] for i in table.ids] == texts


def test_each_question_is_asked_once_per_distinct_word_and_read_back_per_token() -> None:
    for text in _texts(random.Random(41)):
        doc = split(Document.from_text(text))
        texts, table = doc.texts, doc.words
        short, ends = _Asked(lambda w: len(w) < 4), _Asked(lambda w: w[-1:] or None)
        assert table.where("short", short) == [i for i, w in enumerate(texts) if len(w) < 4]
        assert table.per_token("ends", ends) == [w[-1:] or None for w in texts]
        assert table.answers("short", short) == [len(w) < 4 for w in table.distinct]
        assert table.where("ends", ends) == [i for i, w in enumerate(texts) if w[-1:]]
        for _ in range(3):  # asked again: read back, not asked
            table.where("short", short)
            table.per_token("ends", ends)
            doc.add("x", ()).words.where("short", short)  # a document made by add shares the table
        assert short.calls == ends.calls == 1
        assert short.words == ends.words == len(table.distinct)
        assert table.where(DIGITS, digits) == [i for i, w in enumerate(texts) if w.isdigit()]


def test_no_answer_lives_past_its_document() -> None:
    one, two = (split(Document.from_text("قتل جندي في بلدة.")) for _ in range(2))
    asked = _Asked(lambda w: w == "جندي")
    assert one.words.where("soldier", asked) == two.words.where("soldier", asked) == [1]
    assert asked.calls == 2 and one.words is not two.words
    other = one.add(tokens=one.tokens[:2])  # other tokens: a table of their own
    assert other.words is not one.words and other.words.where("soldier", asked) == [1] and asked.calls == 3
    assert Words([]).where("any", asked) == [] and Words([]).per_token("any", asked) == []


def test_the_word_classes_of_the_source_readers_are_those_of_each_token() -> None:
    lexicon = default_lexicon()
    words = speaker_words(lexicon)
    classify = classes.classifier(words, _force_heads(lexicon), _person_duals(lexicon))
    seen = 0
    for text in _texts(random.Random(42)):
        doc = split(Document.from_text(text))
        got = classes.classes_of(doc, lexicon, classify)
        assert got == [classify(t.text) for t in doc.tokens]
        seen += sum(map(bool, got))
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
