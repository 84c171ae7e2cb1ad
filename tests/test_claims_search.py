"""The searches of the claims stage (#14): the tokens that hold a word of a list, found by a search of
the text, are those a loop over every token finds; the clause test reads the breaks between two tokens."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.stages.claims.context import ClaimIndex
from waqia.stages.claims.search import search_words, tokens_holding
from waqia.stages.sentences import split

TEXT = "قصفت القوات مواقع في البلدة، وقالت قوات أخرى (12) إن الهجوم انتهى. ثم عادت والقوات إلى مقرها"


def _doc(text: str = TEXT) -> Document:
    return split(Document.from_text(text))


def test_search_words_leave_out_a_word_that_holds_another() -> None:
    assert search_words(frozenset({"القوات", "قوات"})) == ("قوات",)
    assert search_words(frozenset({"مقر", "مقرات", "موقع"})) == ("مقر", "موقع")


def test_tokens_holding_finds_every_token_a_loop_finds() -> None:
    doc = _doc()
    for words in ({"القوات", "قوات"}, {"مقر", "مواقع"}, {"البلد", "عاد"}, {"غائب"}):
        loop = [j for j, t in enumerate(doc.tokens) if any(w in t.text for w in words)]
        assert tokens_holding(doc, search_words(frozenset(words))) == loop


def test_same_clause_reads_the_breaks_between() -> None:
    doc = _doc()
    idx = ClaimIndex(doc, {}, {}, {}, {}, {}, {}, [])
    twelve = next(j for j, t in enumerate(doc.tokens) if t.text == "12")
    assert idx.same_clause(twelve - 1, twelve) and idx.same_clause(twelve, twelve + 1)
    # «(12)»: brackets around a lone number set off no clause; over more words, they do
    assert not idx.same_clause(twelve - 1, twelve + 1)
    assert idx.same_clause(0, 4) and not idx.same_clause(0, 5)  # a comma after «البلدة»
    assert not idx.same_clause(4, len(doc.tokens) - 1)  # another sentence
