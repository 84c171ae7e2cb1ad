"""How common a word is in running text: a name that is a common word needs more evidence
to be a place (:mod:`waqia.stages.places.stage` and :mod:`waqia.stages.places.names` ask).
"""

from __future__ import annotations

import functools
import re

from waqia.core.normalize import key as norm_key
from waqia.core.wordlist import buckets, zipf_of
from waqia.geo.build.writer import strip_article

#: Zipf frequency from which a word is common (about once in 1,000 words per million)
#: and from which it is very common: such a name needs more evidence to be a place.
COMMON, VERY_COMMON = 3.0, 4.0
#: wordfreq's frequency buckets are centibels: bucket 600 is Zipf 3.0 (= COMMON)
_LAST_BUCKET = 600


@functools.lru_cache(maxsize=1)
def _common_words() -> dict[str, float]:
    """Every Arabic word of Zipf frequency 3.0 or more, in matching form, with its
    frequency: read once from the word list the wordfreq package installs with itself
    (no network; its lists are CC BY-SA 4.0 and are used, not redistributed: see NOTICE).

    The list is read bucket by bucket and left once the last common bucket is read, so
    the rest of it (about a million rarer words) is never held: ``wordfreq``'s own
    ``get_frequency_list`` would keep all of it for the life of the process (#14).
    """
    arabic = re.compile("[\u0621-\u064a]+")
    out: dict[str, float] = {}
    for i, words in buckets("ar", last=_LAST_BUCKET):
        for word in words:
            if arabic.fullmatch(word):
                out.setdefault(norm_key(word), zipf_of(i))
    return out


@functools.lru_cache(maxsize=65536)  # the same names in every article (#14)
def commonness(key: str) -> float:
    """How common a name is as a word of running text (Zipf frequency; 0 for rare words).

    A name of several words counts one less than its rarest word.

    >>> commonness("سراقب") < COMMON <= VERY_COMMON <= commonness("كانت")
    True
    """
    words = _common_words()
    zs = [words.get(w) or words.get(strip_article(w), 0.0) for w in key.split(" ")]
    return min(zs) - (1.0 if len(zs) > 1 else 0.0)
