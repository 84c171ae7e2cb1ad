"""The fast paths of the sources stage (#14) give what the plain way gives."""

from __future__ import annotations

import itertools

from waqia.stages.sources.words import gap_ok


def test_a_gap_is_ok_when_only_spaces_and_quotes_are_in_it() -> None:
    for n in range(6):
        for chars in itertools.product(' "\'x\t،\n', repeat=n):
            gap = "".join(chars)
            assert gap_ok(gap) == all(ch in ' "\'' for ch in gap), repr(gap)
