"""Resolve place mentions against a gazetteer, using the article's context.

Every mention gets its candidates (:meth:`waqia.gazetteer.Gazetteer.candidates`);
each candidate is scored with what the article says elsewhere:

- the place it lies in («X بريف Y», «قرى X وY في محافظة Z»): same province wins;
- the countries and provinces of the article's unambiguous places (anchors);
- distance to those anchors (nearby candidates win);
- the outlet's country (from its web domain), population and feature kind.

A candidate that nothing in the article supports is refused ("none of
these"): the mention then stays a place with ``name_ar`` its text, no
coordinates, and the country / province of its container or of the article
when that is clear.  A failing lookup never drops the document: the mention
stays unresolved and a warning is added.

>>> from waqia.pipeline import default_pipeline
>>> from waqia.settings import Settings
>>> doc = default_pipeline(Settings()).analyse("اقتحمت القوات مدينة جنين في الضفة الغربية.")
>>> [(p.location.name, p.location.country, p.location.admin1) for p in doc.layer("places")][0]
('Jenin', 'PS', 'West Bank')
"""

from __future__ import annotations

import math
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .document import Document
from .errors import GazetteerError
from .gazetteer import Candidate
from .output import Location

if TYPE_CHECKING:
    from .places import Mention, Place

#: country of an outlet from its domain (top-level domain, or a country word in the name)
_TLD = {"sy", "iq", "ye", "ly", "lb", "ps", "sd", "so", "eg", "jo", "tr", "sa", "ma", "dz", "tn",
        "ae", "qa", "kw", "om", "bh", "af", "ml", "ng", "il"}
_DOMAIN_WORDS = {"syria": "SY", "iraq": "IQ", "yemen": "YE", "libya": "LY", "leban": "LB",
                 "sudan": "SD", "somal": "SO", "masr": "EG", "egypt": "EG", "palestin": "PS",
                 "gaza": "PS", "jordan": "JO", "djazair": "DZ"}
_PLACE_KINDS = ("city", "town", "village", "camp", "neighbourhood", "crossing")


@dataclass(frozen=True)
class Anchor:
    """A place the article names without doubt."""

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


def _lookup(gazetteer: Any, m: Mention, warnings: list[str]) -> list[Candidate]:
    if gazetteer is None or not m.known:
        return []
    try:
        return list(gazetteer.candidates(m.key))
    except (sqlite3.Error, GazetteerError) as e:
        warnings.append(f"gazetteer lookup failed for a place ({e}); it was kept unresolved")
        return []


def _anchor(m: Mention, cands: list[Candidate]) -> Candidate | None:
    """The candidate of an unambiguous mention, or None."""
    exact = [c for c in cands if not c.loose]
    if not exact:
        return None
    if len({c.country for c in exact}) == 1 and len({c.admin1 for c in exact}) == 1:
        return max(exact, key=lambda c: c.population)
    big = [c for c in exact if c.big]
    if len({(c.country, c.admin1) for c in big}) == 1:
        return big[0]
    return None


def _kind_score(m: Mention, c: Candidate) -> float:
    admin = c.kind in ("country", "admin1")
    if m.kind == "province":
        return 3.0 if c.kind == "admin1" else -1.0
    if m.kind == "countryside":
        return 2.0 if c.kind == "admin1" else (0.5 if c.kind == "locality" else 0.0)
    if m.kind in _PLACE_KINDS:
        return -2.0 if admin else (1.0 if c.kind in ("locality", "neighbourhood") else 0.0)
    return 1.0 if c.kind == "country" else (0.5 if c.kind == "locality" else 0.0)


class _Context:
    """What the article says about where it is."""

    def __init__(self, anchors: list[tuple[int, Anchor]], outlet: str | None):
        self.anchors = anchors
        self.outlet = outlet
        self.countries = Counter(a.country for _, a in anchors)
        self.admin1s = Counter((a.country, a.admin1) for _, a in anchors if a.admin1)

    def score(self, k: int, m: Mention, c: Candidate, container: Location | None) -> float:
        s = _kind_score(m, c) + 0.4 * math.log10(c.population + 1) - (2.0 if c.loose else 0.0)
        if container is not None and container.country:
            if container.admin1 and c.admin1 == container.admin1 and c.country == container.country:
                s += 4.0
            s += 1.5 if c.country == container.country else -3.0
        others = [a for j, a in self.anchors if j != k]
        if any(a.country == c.country for a in others):
            s += 2.0
        if any(a.admin1 == c.admin1 and a.country == c.country for a in others if a.admin1):
            s += 1.5
        if self.outlet == c.country:
            s += 1.0
        points = [(a.lat, a.lon) for a in others if a.lat is not None and a.lon is not None]
        if points and c.lat is not None and c.lon is not None:
            near = min(distance_km((c.lat, c.lon), p) for p in points)  # type: ignore[arg-type]
            s += 2.0 if near < 25 else 1.0 if near < 75 else -1.0 if near > 400 else 0.0
        return s

    def nearby(self, c: Candidate) -> bool:
        """The candidate lies in a province of the article's anchors, or within 60 km of one."""
        for _, a in self.anchors:
            if a.country == c.country and a.admin1 and a.admin1 == c.admin1:
                return True
            if None not in (a.lat, a.lon, c.lat, c.lon) and \
                    distance_km((c.lat, c.lon), (a.lat, a.lon)) < 60:  # type: ignore[arg-type]
                return True
        return False

    def supported(self, c: Candidate, container: Location | None) -> bool:
        """False when the article points elsewhere and nothing points here."""
        if container is not None and container.country:
            if c.country != container.country:
                return False
            return not c.loose or bool(container.admin1) and c.admin1 == container.admin1
        countries = set(self.countries) | ({self.outlet} if self.outlet else set())
        if c.loose:
            return any(a.admin1 == c.admin1 and a.country == c.country for _, a in self.anchors)
        return c.big or not countries or c.country in countries


def _precision(m: Mention, c: Candidate) -> int:
    base = 3 if c.kind in ("country", "admin1") else 2 if c.kind in ("admin2", "admin3", "feature") else 1
    if c.kind == "country":
        return 3
    if base == 3:
        return 2 if m.precision == 2 else 3
    return max(base, m.precision, 2 if c.loose else 1)


def _location(doc: Document, m: Mention, c: Candidate | None, container: Location | None,
              fallback: tuple[str, str] | None) -> Location:
    span = doc.span(m.start, m.end)
    if c is not None:
        return Location(span, c.name or None, c.name_ar or span.text, c.country or None, c.admin1 or None,
                        c.admin2 or None, c.lat, c.lon, _precision(m, c), c.gazetteer_id)
    country, admin1 = (container.country, container.admin1) if container is not None else \
        (fallback if fallback else (None, None))
    return Location(span, None, span.text, country, admin1, None, None, None, 2 if admin1 else 3, None)


def _order(mentions: list[Mention]) -> list[int]:
    """Containers before what they contain."""
    done: list[int] = []
    seen: set[int] = set()

    def visit(k: int, depth: int = 0) -> None:
        if k in seen:
            return
        seen.add(k)
        c = mentions[k].container
        if c is not None and depth < 5:
            visit(c, depth + 1)
        done.append(k)
    for k in range(len(mentions)):
        visit(k)
    return done


def resolve(doc: Document, mentions: list[Mention], gazetteer: Any, ctx: Any = None) -> tuple[list[Place], list[str]]:
    """Resolve every mention; returns the places (in text order) and warnings."""
    from .places import Place

    warnings: list[str] = []
    cands = [_lookup(gazetteer, m, warnings) for m in mentions]
    anchors = [(k, Anchor(a.country, a.admin1, a.lat, a.lon)) for k, m in enumerate(mentions)
               if not m.context and not m.extra.get("needs_support")
               and (a := _anchor(m, cands[k])) is not None]
    context = _Context(anchors, outlet_country(doc.meta))
    fallback = _dominant(context)
    locations: dict[int, Location] = {}
    for k in _order(mentions):
        m = mentions[k]
        container = locations.get(m.container) if m.container is not None else None
        if container is None and m.list_head is not None and mentions[m.list_head].container is not None:
            container = locations.get(mentions[m.list_head].container)  # type: ignore[arg-type]
        scored = sorted(((context.score(k, m, c, container), c) for c in cands[k]),
                        key=lambda sc: (-sc[0], sc[1].gazetteer_id))
        best = next((c for _, c in scored if context.supported(c, container)), None)
        if m.extra.get("needs_support") and (best is None or not context.nearby(best)):
            continue  # a common word that some far-away village is called
        locations[k] = _location(doc, m, best, container, fallback if m.strong else None)
    places = [Place(m.start, m.end, locations[k], m.kind, m.context, m.sentence, m.preposition,
                    m.known, m.container if m.container in locations else None)
              for k, m in enumerate(mentions) if k in locations]
    return places, warnings


def _dominant(context: _Context) -> tuple[str, str] | None:
    """The one country (and province) the article's places are in, if there is one."""
    if len(context.countries) != 1:
        return None
    country = next(iter(context.countries))
    admin1s = [a for (cc, a) in context.admin1s if cc == country]
    return country, (admin1s[0] if len(admin1s) == 1 else "")
