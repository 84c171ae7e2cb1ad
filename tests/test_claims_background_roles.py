"""The words of a role in claims/background.py, found once per document (#14): the same tokens as a
reading of each token alone, with or without «و»/«ف» and the article."""

from __future__ import annotations

from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, CONJUNCTIONS, conjoined
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.claims.background import ROLES, _word
from waqia.stages.claims.index import build_index


def _word_alone(words: frozenset[str], word: str) -> bool:
    """The reading of one token (before #14): the conjunction dropped when the word is not listed."""
    if conjoined(word) and word not in words:
        word = word[1:]
    return word in words or word.startswith(ARTICLE) and word[len(ARTICLE):] in words


def test_claims_background_roles_read_as_each_token_alone() -> None:
    pipe = default_pipeline(Settings())
    lexicon = pipe.ctx.lexicon
    listed = build_index(Document.from_text("نص."), lexicon).words
    forms = [f for role in ROLES for w in sorted(listed.get(role, ()))
             for f in (w, ARTICLE + w, *(c + w for c in CONJUNCTIONS), CONJUNCTIONS[0] + ARTICLE + w)]
    text = "قتل 5 أشخاص في قصف على المدينة أمس. " + " ".join(forms) + " ومنذالماضي فال وال."
    doc = Document.from_text(text, published="2024-03-07")
    for stage in pipe.stages:
        if stage.name == "claims.v1":
            break
        doc = stage.fn(doc, pipe.ctx)
    idx = build_index(doc, lexicon)
    found = 0
    for j, tok in enumerate(doc.tokens):
        for role in ROLES:
            alone = _word_alone(idx.words.get(role, frozenset()), tok.text)
            assert _word(idx, j, role) == alone, (tok.text, role)
            found += alone
    assert found >= len(forms)
