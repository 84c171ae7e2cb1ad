"""The fast paths of the first speed pass of session 26 (#14) give what the plain way gives.

Each is compared with the code it replaced: the years a document names (read over its figures
only, claims/background.py) and the outlets after a kind of place (one look-up in every kind's
forms, sources/placed.py).
"""

from __future__ import annotations

import random

from conftest import read_before
from waqia.core.document import Document
from waqia.core.morphology import NAME_PREFIXES
from waqia.pipeline import default_pipeline
from waqia.settings import Settings
from waqia.stages.claims.background import _tokens_by_role
from waqia.stages.claims.index import build_index
from waqia.stages.sources.placed import _all_kind_forms, _kind_forms, place_kinds

_PIPE = default_pipeline(Settings())


def _read(text: str) -> Document:
    """The document as the claims stage receives it."""
    return read_before("claims.v1", text)


def _years_plain(doc: Document) -> set[int]:
    """The years as read before: every token, its length, its digits and its value."""
    return {j for j, tok in enumerate(doc.tokens)
            if len(tok.text) == 4 and tok.text.isdigit() and 1900 < int(tok.text) < 2100}


def test_years_read_over_the_figures_are_those_of_every_token() -> None:
    rnd = random.Random(29)
    words = ["1899", "1900", "1901", "2017", "2099", "2100", "12", "٢٠١٩", "١٨٩٩", "20177", "عام", "في",
             "منذ", "2019م", "قتل", "جنديا", "خلال", "2023،"]
    for _ in range(60):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 40))) + "."
        doc = _read(text)
        idx = build_index(doc, _PIPE.ctx.lexicon)
        assert set(_tokens_by_role(idx).get("year", ())) == _years_plain(doc), text
    doc = _read("في عام 2017 وفي ٢٠١٩ قتل 1500 شخص.")
    assert len(_years_plain(doc)) == 2  # the test reads some years: it can fail


def test_outlets_after_a_kind_of_place_by_one_set_of_forms() -> None:
    kinds = place_kinds(_PIPE.ctx.lexicon)
    forms = _all_kind_forms(kinds)
    assert kinds and forms

    def plain(word: str) -> bool:  # as it was: each kind the word ends with, then its forms
        return any(word in _kind_forms(kind) for kind in kinds if word.endswith(kind))

    candidates = {p + k for k in kinds for p in ("", *NAME_PREFIXES, "ال", "x")} | {k[1:] for k in kinds}
    candidates |= {k + "ة" for k in kinds} | {"قناة", "وكالة", "الجزيرة"}
    assert sum(map(plain, candidates)) >= len(kinds)  # the kinds themselves at least
    for word in sorted(candidates):
        assert (word in forms) == plain(word), word
