"""What a word is, for the source readers, classified once per spelling rather than per position (#14).

The readers of :mod:`waqia.stages.sources` ask of the words of every article whether one opens
a prepositional phrase («بمقتل»), heads a force's name («قوات», «حركة»), is a particle spelled
like a name («علي») or a title («والي»), a speaker's dual in construct («شاهدا»), or «ل» with
those told («للصحفيين»).  Each spelling is classified the first time it is met and kept with
its lexicon, so that one pass over an article's tokens gives every such word.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from waqia.core.lexicon import Lexicon
from waqia.core.morphology import ARTICLE, LAM, LAM_ARTICLE, PREPOSITION_ARTICLES

PHRASE = 1  # opens with a preposition and the article («بالهجوم»)
FORCE_HEAD = 2  # the indefinite first word of a force's name («قوات»)
HOMOGRAPH = 4  # a particle spelled like a name («علي»)
TITLE = 8  # a title spelled like a particle («والي»)
DUAL = 16  # a speaker's head with the dual ending of a construct («شاهدا»)
TOLD = 32  # «ل» alone, or «ل» with the people or media told («للصحفيين»)

#: past this many spellings the kept classes start again (an article has a few hundred words)
_MAX_KEPT = 200_000


def told_word(word: str, words: dict[str, frozenset[str]]) -> bool:
    """«للصحفيين», «لوسائل الإعلام»: the people or media a statement was made to."""
    if not word.startswith(LAM):
        return False
    rest = word[2:] if word.startswith(LAM_ARTICLE) else word[1:]
    return rest in words["told"] or ARTICLE + rest in words["told"]


def classifier(words: dict[str, frozenset[str]], force_heads: AbstractSet[str],
               duals: AbstractSet[str]) -> Callable[[str], int]:
    """The class of a spelling: the flags above, or 0."""
    homographs, titles = words["homograph"], words["title_homograph"]

    def classify(word: str) -> int:
        return (PHRASE if word.startswith(PREPOSITION_ARTICLES) else 0) \
            | (FORCE_HEAD if word in force_heads else 0) | (HOMOGRAPH if word in homographs else 0) \
            | (TITLE if word in titles else 0) | (DUAL if word in duals else 0) \
            | (TOLD if word[:1] == LAM and (word == LAM or told_word(word, words)) else 0)
    return classify


@functools.lru_cache(maxsize=4)
def kept(lexicon: Lexicon) -> dict[str, int]:
    """The classes met so far with ``lexicon``, by spelling (filled by :func:`classes_of`)."""
    return {}


def classes_of(texts: list[str], lexicon: Lexicon, classify: Callable[[str], int]) -> list[int]:
    """The class of each word of ``texts``, from those kept, classifying the new ones."""
    known = kept(lexicon)
    if len(known) > _MAX_KEPT:
        known.clear()
    out = list(map(known.get, texts))
    if None in out:  # words not met before
        for i, c in enumerate(out):
            if c is None:
                out[i] = known[texts[i]] = known.get(texts[i]) or classify(texts[i])
    return out  # type: ignore[return-value]
