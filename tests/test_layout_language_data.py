"""No Arabic word lives in Python (issue 9): words, affixes and particles are language
data under ``src/waqia/lang/ar``; code reads them from there or from ``core/morphology``.

Punctuation («،», «؛», «؟») and the tatweel may appear in patterns; the normaliser's
character table (``core/normalize.py``), which says how letters fold, is the one exception.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "waqia"
LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a]")  # Arabic letters, not punctuation or tatweel
EXCEPTIONS = {"core/normalize.py"}


def arabic_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every string literal with an Arabic letter, docstrings left out."""
    found = []
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.STRING or not LETTER.search(tok.string):
            continue
        before = next((t for t in reversed(tokens[:i]) if t.type not in (tokenize.NL, tokenize.COMMENT)), None)
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        docstring = (before is None or before.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)) \
            and after is not None and after.type in (tokenize.NEWLINE, tokenize.NL)
        if not docstring:
            found.append((tok.start[0], tok.string))
    return found


def test_layout_no_arabic_word_in_python() -> None:
    bad = [f"{path.relative_to(SRC)}:{line}: {lit[:40]}"
           for path in sorted(SRC.rglob("*.py")) if str(path.relative_to(SRC)) not in EXCEPTIONS
           for line, lit in arabic_literals(path.read_text(encoding="utf-8"))]
    assert not bad, "Arabic words belong in lang/ar:\n" + "\n".join(bad)


def test_layout_the_check_sees_a_word_list() -> None:
    source = 'def f(w):\n    """«في» is fine in a docstring."""\n    return w in ("بين", "من")  # «و»\n'
    assert [line for line, _ in arabic_literals(source)] == [3, 3]
    assert arabic_literals('x = re.compile(r"[،؛]+")\n') == []
