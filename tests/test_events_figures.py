"""The figures of one event, once each (#14: the same result as comparing every pair by position)."""

from __future__ import annotations

import itertools
import random

from waqia.core.document import Span
from waqia.output import Claim, Party, Source
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.events.figures import _same_voice, distinct_claims

BODY, SPEAKER, OTHER = "الدفاع المدني", "المتحدث باسم الدفاع المدني", "وزارة الصحة"


def _claim(kind: str, value: int, source: str | None, approx: bool = False) -> ClaimMention:
    src = Source(Span(0, len(source), source), source) if source else None
    return ClaimMention(Claim(kind, value, value, value, approx, Party(None, None, "civilians"), src, (0, 1)), 0, 0)


def _plain(claims: list[ClaimMention]) -> tuple[Claim, ...]:
    """Every pair compared, the earlier by its position in the list."""
    kept: dict[tuple[object, ...], Claim] = {}
    for cm in claims:
        c = cm.claim
        kept.setdefault((c.kind, c.value, c.party.category, c.source.name if c.source else None), c)
    out = [c for c in kept.values()]
    return tuple(c for c in out if not any(o is not c and _same_voice(o, c) and out.index(o) < out.index(c)
                                           for o in out))


def test_one_figure_from_one_body_said_twice_is_one_claim() -> None:
    got = distinct_claims([_claim("killed", 5, BODY), _claim("killed", 5, SPEAKER), _claim("killed", 5, OTHER)])
    assert [c.source.name for c in got if c.source] == [BODY, OTHER]


def test_distinct_claims_keep_what_comparing_every_pair_keeps() -> None:
    rnd = random.Random(14)
    pool = [_claim(k, v, s) for k, v, s in itertools.product(("killed", "injured"), (3, 5), (BODY, SPEAKER, OTHER, None))]
    for _ in range(300):
        claims = rnd.sample(pool, rnd.randint(0, 10))
        assert distinct_claims(claims) == _plain(claims)
