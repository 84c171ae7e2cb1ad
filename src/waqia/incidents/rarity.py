"""How rare a word is in Arabic at large: the weight of a content word in the text evidence.

Two reports of one event from different witnesses share the names of that event (the
village, the victims, the unit) more than the common words of any report, so the text cosine
(:func:`waqia.incidents.text.text_cosine`) weighs each word by its *rarity*: minus the
decimal logarithm of its frequency in general Arabic, ``9 - Zipf`` (an inverse document
frequency taken from a background list instead of a collection): «قال» about 3, a village
name 6 to 8, and a word the list does not know 9, the most.

The frequencies are wordfreq's Arabic list (installed with the package, read offline; CC BY-SA
4.0, used, not redistributed: see NOTICE).  The list is read once per process, bucket by
bucket, and only the CRC32 of each word's matching form and its bucket are kept, in two
arrays (3.7 MB for its 620,000 words: the Latin words of Arabic text, «https», «afp», are there
too, and weigh as what they are, common); a word is looked up by bisection, and the words met
are cached with a bound.  See ``docs/incidents.md``.
"""

from __future__ import annotations

import array
import bisect
import zlib
from functools import lru_cache

from waqia.core.normalize import key
from waqia.core.wordlist import CENTIBELS, buckets

#: the rarity of a word the list does not know (Zipf 0: rarer than its rarest bucket, Zipf 1)
UNKNOWN = 9.0


@lru_cache(maxsize=1)
def _table() -> tuple[array.array, array.array]:
    """(sorted CRC32 hashes of the list's words in matching form, the bucket of each), the most
    common bucket kept where two words share a matching form."""
    packed = array.array("Q")
    for i, words in buckets("ar"):
        packed.extend(zlib.crc32(w.encode("utf-8")) << 16 | i for w in key(" ".join(words)).split())
    ordered = sorted(packed)
    return array.array("I", (x >> 16 for x in ordered)), array.array("H", (x & 0xFFFF for x in ordered))


@lru_cache(maxsize=65536)
def rarity(word: str) -> float:
    """``9 - Zipf`` of a word in matching form (:data:`UNKNOWN` when the list does not know it).

    >>> rarity("قال") < 4 < rarity("مستشفي") < 6 < rarity("zzqqxx") == UNKNOWN
    True
    >>> rarity("https") < 5
    True
    """
    hashes, found = _table()
    h = zlib.crc32(word.encode("utf-8"))
    i = bisect.bisect_left(hashes, h)
    return found[i] / CENTIBELS if i < len(hashes) and hashes[i] == h else UNKNOWN


def word_rarity(forms: list[str]) -> float:
    """The rarity of a word read several ways (as written, and without each proclitic): that
    of its most common reading, so that «فندق» is not taken for the rare «ندق».

    >>> word_rarity(["فندق", "ندق"]) == rarity("فندق")
    True
    """
    return min(rarity(f) for f in forms)
