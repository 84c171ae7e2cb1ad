"""Sentences and tokens of the matching form.

A sentence ends at a line break, or at ``. ! ? ؟`` followed by white space
(a closing quote or bracket stays with the sentence).  A full stop between
digits (``3.5``) or after a single letter (an initial) does not end one.
Arabic commas and semicolons (، ؛) never end a sentence.

>>> from waqia.core.document import Document
>>> doc = split(Document.from_text("قال المصدر: «قتل 3.5». وأضاف أن الهجوم فشل؟ نعم\\nثم"))
>>> [doc.text[s.start:s.end] for s in doc.sentences]
['قال المصدر: "قتل 3.5".', 'واضاف ان الهجوم فشل؟', 'نعم', 'ثم']
"""

from __future__ import annotations

import re

from waqia.core.document import Document, Sentence, Token

_END = re.compile(r"""[.!?؟]+["')\]]*(?=\s)|[.!?؟]+["')\]]*$|\n+""")
_WORD = re.compile(r"\w+")


def split(doc: Document) -> Document:
    """Return ``doc`` with its sentences and tokens."""
    text = doc.text
    sentences: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _keeps_going(text, m.start()):
            continue
        end = m.end() if not m.group().startswith("\n") else m.start()
        _append(sentences, text, start, end)
        start = m.end()
    _append(sentences, text, start, len(text))
    if not sentences:
        sentences.append(Sentence(0, 0, len(text)))
    tokens = []
    si = 0
    for m in _WORD.finditer(text):
        while si + 1 < len(sentences) and m.start() >= sentences[si + 1].start:
            si += 1
        tokens.append(Token(m.start(), m.end(), m.group(), si))
    return doc.add(sentences=tuple(sentences), tokens=tuple(tokens),
                   token_starts=tuple(t.start for t in tokens))


def _keeps_going(text: str, dot: int) -> bool:
    """A dot inside a number or after a one-letter initial."""
    before = text[dot - 2: dot]
    after = text[dot + 1: dot + 2]
    if before[-1:].isdigit() and after.isdigit():
        return True
    return len(before) == 2 and not before[0].isalnum() and before[1].isalpha()


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))
