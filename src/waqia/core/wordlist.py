"""The Arabic word-frequency list that the wordfreq package installs with itself, read offline.

wordfreq's own ``get_frequency_list`` keeps the whole list (about a million words) for the life of
the process; :func:`buckets` reads it one frequency bucket at a time, so a caller keeps only what
it needs and may stop early.  The list is CC BY-SA 4.0 and is used, not redistributed (NOTICE).
"""

from __future__ import annotations

from collections.abc import Iterator

#: the list's buckets are centibels: bucket i holds the words of frequency 10^(-i/100), Zipf 9 - i/100
CENTIBELS = 100


def zipf_of(bucket: int) -> float:
    """The Zipf frequency of the words in ``bucket``."""
    return round(9 - bucket / CENTIBELS, 2)


def buckets(language: str = "ar", last: int | None = None) -> Iterator[tuple[int, list[str]]]:
    """(bucket number, its words as written) from the most common bucket down, up to ``last``."""
    import gzip

    import msgpack
    from wordfreq import available_languages

    with gzip.open(available_languages("best")[language], "rb") as f:
        unpacker = msgpack.Unpacker(f, raw=False)
        count = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected wordfreq list header: {header!r}")
        for i in range(count if last is None else min(count, last + 1)):
            yield i, unpacker.unpack()
