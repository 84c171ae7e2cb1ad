"""Arabic morphology the stages share: the article, clitics and nisba endings.

Everything here reads a word in the matching form (``waqia.core.normalize``:
no harakat, ة as ه, ى as ي).  Functions answer questions about one word; word
lists stay in ``lang/ar``.

>>> nisba("السوريين"), nisba("الحديديه"), nisba("وزير")
(True, True, False)
>>> definite("الجيش"), definite("جيش"), without_article("الجيش")
(True, False, 'جيش')
"""

from __future__ import annotations

ARTICLE = "ال"
#: endings of a nisba adjective (of origin or relation): «سوري», «سورية», «سوريون», «سوريين», «سوريا», «سوريان»
NISBA_ENDINGS = ("ي", "يين", "يون", "يه", "يا", "يان")


def definite(word: str) -> bool:
    """Whether ``word`` carries the article (clitics already removed)."""
    return word.startswith(ARTICLE) and len(word) > len(ARTICLE) + 1


def without_article(word: str) -> str:
    return word[len(ARTICLE):] if definite(word) else word


def nisba(word: str) -> bool:
    """An adjective of origin or relation («سوريين», «المصري», «الحديدية»)."""
    w = without_article(word)
    return len(w) > 3 and w.endswith(NISBA_ENDINGS)
