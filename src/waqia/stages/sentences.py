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
from bisect import bisect_left
from itertools import accumulate, chain, pairwise, repeat

from waqia.core.document import Document, Sentence, Token

# the look-ahead first: a position that opens none of the three is passed over at once (#14: the
# alternation alone tried each of them at every character, 2.5 times as long)
_END = re.compile(r"""(?=[.!?؟\n])(?:[.!?؟]+["')\]]*(?=\s)|[.!?؟]+["')\]]*$|\n+)""")
_WORD_SPLIT = re.compile(r"(\w+)")
_new_tuple = tuple.__new__  # called by ``map`` with the class repeated: no ``partial`` layer a token (#14)


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
    tokens, token_starts = tokenize(text, sentences)
    return doc.add(sentences=tuple(sentences), tokens=tokens, token_starts=token_starts)


def tokenize(text: str, sentences: list[Sentence]) -> tuple[tuple[Token, ...], tuple[int, ...]]:
    """The tokens of ``text`` (every ``\\w+``, with its sentence) and their starts.

    Built without a Python step per word: ``re.split`` on the words, their
    offsets summed up, one bisection per sentence.
    """
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word ..., gap
    offsets = list(accumulate(map(len, parts)))
    words = parts[1::2]
    ends = offsets[1::2]
    starts = offsets[0::2][:len(words)]
    # a word belongs to the last sentence that starts at or before it (the first one if none does)
    bounds = [0, *(bisect_left(starts, s.start) for s in sentences[1:]), len(words)]
    which = chain.from_iterable(repeat(i, b - a) for i, (a, b) in enumerate(pairwise(bounds)))
    tokens = tuple(map(_new_tuple, repeat(Token), zip(starts, ends, words, which)))
    return tokens, tuple(starts)


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
