"""The article's anchors: the places it names without doubt, which the resolution of
every other name leans on (:mod:`waqia.stages.places.geocode`).

An anchor is the one reading of a name (all its readings in one province, or one
famous one); the likely reading of an ambiguous big name (a city of 100,000 against
hamlets of the same name) and small places anchor only when the article's firm
places agree with them (:func:`coherent`).
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any, NamedTuple

from waqia.core.normalize import key as normalize_key
from waqia.geo.gazetteer import Candidate

#: country of an outlet from its domain (top-level domain, or a country word in the name)
_TLD = {"sy", "iq", "ye", "ly", "lb", "ps", "sd", "so", "eg", "jo", "tr", "sa", "ma", "dz", "tn",
        "ae", "qa", "kw", "om", "bh", "af", "ml", "ng", "il"}
_DOMAIN_WORDS = {"syria": "SY", "iraq": "IQ", "yemen": "YE", "libya": "LY", "leban": "LB",
                 "sudan": "SD", "somal": "SO", "masr": "EG", "egypt": "EG", "palestin": "PS",
                 "gaza": "PS", "jordan": "JO", "djazair": "DZ"}
#: place words that name a town, not a province or a country
_TOWN_WORDS = ("city", "town", "village", "camp", "neighbourhood", "airport", "port")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """``normalize.key`` of a name, kept (#14): the candidates of a name are scored again in every
    article that names it, and the places' names and texts are keyed again when their roles are read."""
    return normalize_key(name)


class Anchor(NamedTuple):
    """A place the article names without doubt.

    A named tuple, not a frozen dataclass (#14): the article's anchors are made once per
    article and then counted by value in :class:`~waqia.stages.places.scoring.ArticleContext`,
    whose counters hash and compare them in C, not through a generated ``__hash__`` and
    ``__eq__`` (the same values: a dataclass hashes the tuple of its fields).
    """

    country: str
    admin1: str
    lat: float | None
    lon: float | None


def outlet_country(meta: dict[str, Any]) -> str | None:
    """The country an outlet is based in, when its domain says so.

    >>> outlet_country({"outlet": "sana.sy"}), outlet_country({"url": "https://www.syria.tv/x"})
    ('SY', 'SY')
    """
    raw = str(meta.get("outlet") or meta.get("url") or "").lower()
    host = re.sub(r"^[a-z]+://", "", raw).split("/")[0]
    if not host:
        return None
    tld = host.rsplit(".", 1)[-1]
    if tld in _TLD:
        return tld.upper()
    for word, cc in _DOMAIN_WORDS.items():
        if word in host:
            return cc
    return None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km.

    >>> round(distance_km((35.93, 36.63), (35.54, 36.73)))
    44
    """
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def readings(kind: str | None, cands: list[Candidate]) -> list[Candidate]:
    """The readings of a name its place word allows: a town word before the name of a
    province («بمدينة تعز») reads the town of that name in that province, a province word
    («محافظة X») the provinces; otherwise every reading stays.

    >>> city = Candidate("g:1", "Taizz", "تعز", "locality", "YE", "Ta`izz", "", "", "", 13.6, 44.0, 940600)
    >>> province = Candidate("g:2", "Taizz", "تعز", "admin1", "YE", "Ta`izz", "", "", "", 13.5, 44.0, 2393425)
    >>> [c.kind for c in readings("city", [province, city])], len(readings(None, [province, city]))
    (['locality'], 2)
    """
    provinces = {(c.country, c.admin1) for c in cands if c.kind == "admin1"}
    if kind in _TOWN_WORDS:
        narrowed = [c for c in cands if c.kind not in ("country", "admin1") and (c.country, c.admin1) in provinces
                    and not c.loose]
    elif kind == "province":
        narrowed = [c for c in cands if c.kind == "admin1" and not c.loose]
    else:
        return cands
    return narrowed or cands


def anchor_of(cands: list[Candidate]) -> Candidate | None:
    """The candidate of an unambiguous mention, or None."""
    exact = [c for c in cands if not c.loose]
    if not exact:
        return None
    if len({c.country for c in exact}) == 1 and len({c.admin1 for c in exact}) == 1:
        return max(exact, key=lambda c: c.population)
    famous = [c for c in exact if c.kind in ("country", "admin1") or c.population >= 500_000]
    if len({(c.country, c.admin1) for c in famous}) == 1:
        return famous[0]
    return None


def big_reading(cands: list[Candidate]) -> Candidate | None:
    """The one big reading of a name whose other readings are small places («غزة»: the
    city of 410,000, not a Lebanese hamlet); it anchors only what the article's other
    places do not contradict (see :func:`coherent`)."""
    big = [c for c in cands if c.big and not c.loose]
    return max(big, key=lambda c: c.population) if len({(c.country, c.admin1) for c in big}) == 1 else None


def coherent(anchors: list[tuple[int, Candidate]], likely: list[tuple[int, Candidate]],
              outlet: str | None) -> list[tuple[int, Anchor]]:
    """The anchors that agree with the article.  The countries of its big unambiguous
    places (countries, provinces, cities of 100,000) are firm, else those of the likely
    readings of its ambiguous big names and of its outlet; a small
    place (the only one of its name in the gazetteer, «زمزم» in Yemen) or a likely
    reading beside firm places elsewhere («الرملة» in Israel) anchors only inside them:
    elsewhere it is a homonym of a place the gazetteer lacks.

    >>> big = Candidate("g:1", "Gaza", "غزة", "locality", "PS", "Gaza Strip", "", "", "", 31.5, 34.4, 410000)
    >>> small = Candidate("g:2", "X", "س", "locality", "IQ", "Babil", "", "", "", 32.0, 44.0, 0)
    >>> [a.country for _, a in coherent([(0, big), (1, small)], [], None)]
    ['PS']
    """
    firm = {c.country for _, c in anchors if c.big} or \
        {c.country for _, c in likely} | ({outlet} if outlet else set())
    kept = [(k, c) for k, c in anchors if c.big or not firm or c.country in firm]
    kept += [(k, c) for k, c in likely if c.country in firm]
    return [(k, Anchor(c.country, c.admin1, c.lat, c.lon)) for k, c in sorted(kept, key=lambda kc: kc[0])]
