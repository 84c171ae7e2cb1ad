"""The fast paths of the session-26 speed pass (#14) give what the plain way gives.

Each is compared with the code it replaced: on every code point, and on generated text
(letters, marks, presentation forms, digits and punctuation the normaliser changes,
mixed with ones it keeps).
"""

from __future__ import annotations

import random

from waqia.core import normalize as norm

_KEPT = "قتل جندي في هجوم بمدينه 12 ،.\n"


def test_translate_gives_what_str_translate_gives_on_every_code_point() -> None:
    # one text of every code point but the surrogates, and each alone
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert norm._translate(every) == every.translate(norm._TRANSLATE)
    changed = [c for c in range(0x110000) if norm._translate(chr(c)) != chr(c).translate(norm._TRANSLATE)]
    assert changed == []


def test_translate_gives_what_str_translate_gives_on_generated_text() -> None:
    rnd = random.Random(26)
    alphabet = sorted(norm._TABLE) + list(_KEPT) * 20
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        assert norm._translate(text) == text.translate(norm._TRANSLATE), text
    assert norm._translate("") == ""
    assert norm._translate(_KEPT) is _KEPT  # nothing to change: the text itself


def test_normalize_keeps_its_offsets_with_the_fast_translation() -> None:
    n = norm.normalize("قُتِلَ ٤٠ جندياً في «الهجوم»")
    assert n.text == 'قتل 40 جنديا في "الهجوم"'
    assert n.original[slice(*n.original_span(7, 12))] == "جندياً"
