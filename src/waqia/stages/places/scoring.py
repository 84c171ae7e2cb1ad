"""How well a candidate reading of a name fits the article: the kind of place its word asks
for, its population, the place the text puts it in, the article's anchors (their countries,
provinces and points), the outlet's country; and why the article refuses a reading
(:mod:`waqia.stages.places.geocode` resolves with it, :mod:`waqia.stages.places.why` explains).
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from typing import TYPE_CHECKING

from waqia.geo.gazetteer import Candidate
from waqia.output import Location
from waqia.stages.places.anchors import Anchor, name_key

if TYPE_CHECKING:
    from waqia.stages.places.patterns import Mention

#: place words that name a town or a place in one
PLACE_KINDS = ("city", "town", "village", "camp", "neighbourhood", "crossing", "airport", "port")
#: how far from the article's places a place in another country may lie and still be read there: a town or
#: a position across a border or a line of contact («كريات شمونة», «الجليل الأعلى» in a story of south Lebanon)
ACROSS_KM = 40


def kind_score(m: Mention, c: Candidate) -> float:
    admin = c.kind in ("country", "admin1")
    if m.kind == "province":
        return 3.0 if c.kind == "admin1" else -1.0
    if m.kind == "countryside":
        return 2.0 if c.kind == "admin1" else (0.5 if c.kind == "locality" else 0.0)
    if m.kind == "direction":  # «شرق الجزيرة», «جنوب لبنان»: a region, a country or a city
        return 1.0 if c.kind in ("country", "admin1") else (0.5 if c.kind == "locality" else 0.0)
    if m.kind in ("district", "subdistrict"):  # «مديرية X», «قضاء X», «ناحية X»
        return 3.0 if c.kind in ("admin2", "admin3") else (0.5 if c.kind == "locality" else -1.0)
    if m.kind in PLACE_KINDS:
        return -2.0 if admin else (1.0 if c.kind in ("locality", "neighbourhood") else 0.0)
    return 1.0 if c.kind == "country" else (0.5 if c.kind == "locality" else 0.0)


class ArticleContext:
    """What the article says about where it is."""

    def __init__(self, anchors: list[tuple[int, Anchor]], outlet: str | None):
        self.anchors = anchors
        self.outlet = outlet
        self.countries = Counter(a.country for _, a in anchors)
        self.admin1s = Counter((a.country, a.admin1) for _, a in anchors if a.admin1)
        #: mentions the text puts inside a place («X بتعز», «X بريف Y»), not beside one («X جنوب Y»)
        self.inside: set[int] = set()
        #: the name of each mention: a name is no evidence for another mention of itself
        self.keys: dict[int, str] = {}
        #: countries the article names only bare, as parties («قالت إسرائيل إنها قصفت بلدات X»):
        #: they refuse no place abroad, nor keep a homonym at home
        self.parties: set[str] = set()
        #: the country (and province) the article's context names, when its places name none
        self.weak: tuple[str, str] | None = None
        #: the one country of the places the text puts inside a mention (:func:`placing.inner_countries`)
        self.inner: dict[int, str] = {}
        self._others: dict[str, list[Anchor]] = {}
        self._summaries: dict[str, tuple[set[str], set[tuple[str, str]], Points]] = {}
        self._scores: dict[tuple[object, ...], tuple[Candidate, Location | None, list[tuple[str, float]], float]] = {}
        self._by_name: tuple[dict[int, str], Counter[Anchor], dict[str, Counter[Anchor]]] | None = None
        self._all: tuple[set[str], set[tuple[str, str]], Points] | None = None  # of every anchor (:meth:`nearby`)

    def home(self, k: int, where_from: str | None) -> tuple[str, str] | None:
        """The region the article's context names (:attr:`weak`), for mention k when no other of the
        article's places nor anything near it places it («طرابلس» ... «الجيش اللبناني»)."""
        if where_from not in (None, "article", "outlet"):
            return None
        inner = self.inner.get(k)
        if inner is not None and all(a.country == inner for a in self.others(k)):
            return inner, ""  # «جبل محسن بطرابلس»: the city its districts are in
        return self.weak if not self.others(k) else None

    def others(self, k: int) -> list[Anchor]:
        """The article's anchors but mention k and the other mentions of its name, each
        distinct anchor once (cached per name; the anchors are counted by name once, so
        that a long text costs time in proportion)."""
        key = self.keys.get(k, f"#{k}")
        if key not in self._others:
            if self._by_name is None or self._by_name[0] is not self.keys:
                by_name: dict[str, Counter[Anchor]] = {}
                for j, a in self.anchors:
                    by_name.setdefault(self.keys.get(j, f"#{j}"), Counter())[a] += 1
                self._by_name = (self.keys, Counter(a for _, a in self.anchors), by_name)
                self._others.clear()
                self._summaries.clear()
                self._scores.clear()
            _, everywhere, names = self._by_name
            here = names.get(key)  # no empty counter made, no missing anchor counted by Python code (#14)
            self._others[key] = [a for a, n in everywhere.items() if n > here.get(a, 0)] if here else list(everywhere)
        return self._others[key]

    def _summary(self, k: int) -> tuple[set[str], set[tuple[str, str]], Points]:
        """The countries, (country, province) pairs and points of :meth:`others` (cached per name)."""
        key = self.keys.get(k, f"#{k}")
        if self._by_name is not None and self._by_name[0] is self.keys and key in self._summaries:
            return self._summaries[key]  # kept while the names are those it was made for
        others = self.others(k)
        if key not in self._summaries:
            points = Points({(a.lat, a.lon) for a in others if a.lat is not None and a.lon is not None})
            self._summaries[key] = ({a.country for a in others}, {(a.country, a.admin1) for a in others}, points)
        return self._summaries[key]

    def score(self, k: int, m: Mention, c: Candidate, container: Location | None,
              local: tuple[str, str] | None = None) -> float:
        """The sum of :meth:`terms` (kept per mention, candidate, container and region: the
        resolution and its why score the same readings)."""
        return self._scored(k, m, c, container, local)[3]

    def terms(self, k: int, m: Mention, c: Candidate, container: Location | None,
              local: tuple[str, str] | None = None) -> list[tuple[str, float]]:
        """The parts of a candidate's score, by name, in the order they are added
        (:mod:`waqia.stages.places.why` tells from them what decided); kept per name, place
        word, candidate, container and region: the resolution and its why ask for the same,
        and so do the mentions of one name."""
        return self._scored(k, m, c, container, local)[2]

    def _scored(self, k: int, m: Mention, c: Candidate, container: Location | None,
                local: tuple[str, str] | None) -> tuple[Candidate, Location | None, list[tuple[str, float]], float]:
        """(candidate, container, :meth:`terms`, their sum), made once per name, place word,
        candidate, container and region."""
        name = self.keys.get(k)
        memo = (name if name is not None else f"#{k}", m.kind, id(c), id(container), local)  # all they depend on
        hit = self._scores.get(memo)
        if hit is not None and hit[0] is c and hit[1] is container:
            return hit
        out = self._terms(k, m, c, container, local)
        s = 0.0
        for i, (_, v) in enumerate(out):
            s = v if i == 0 else s + v
        hit = self._scores[memo] = (c, container, out, s)  # the objects too: their ids stay theirs
        return hit

    def _terms(self, k: int, m: Mention, c: Candidate, container: Location | None,
               local: tuple[str, str] | None) -> list[tuple[str, float]]:
        out = [("kind", kind_score(m, c)), ("population", 0.4 * math.log10(c.population + 1)),
               ("loose", -(2.0 if c.loose else 0.0)), ("own_name", 0.5 if name_key(c.name_ar) == m.key else 0.0)]
        if local is not None:
            out.append(("named_region", (3.0 if c.country == local[0] else -3.0)
                        + (2.0 if local[1] and c.admin1 == local[1] else 0.0)))
        if container is not None and container.country:
            if container.admin1 and c.admin1 == container.admin1 and c.country == container.country:
                out.append(("container", 4.0))
            out.append(("container", 1.5 if c.country == container.country else -3.0))
        countries, provinces, points = self._summary(k)  # of the article's other places
        if c.country in countries:
            out.append(("article_country", 2.0))
        if c.admin1 and (c.country, c.admin1) in provinces:
            out.append(("article_province", 1.5))
        if self.outlet == c.country:
            out.append(("outlet_country", 1.0))
        if points and c.lat is not None and c.lon is not None and c.kind not in ("country", "admin1"):
            near = points.near_km(c.lat, c.lon)
            out.append(("distance", 2.0 if near < 25 else 1.0 if near < 75 else -1.0 if near > 400 else 0.0))
        return out

    def nearby(self, c: Candidate, km: float = 60, skip: int = -1) -> bool:
        """The candidate lies in a province of the article's anchors (but mention
        ``skip``), or within ``km`` of one: read from those anchors' provinces and points,
        kept (:meth:`_summary`), not from each anchor in turn (#14); the nearest point's
        distance is the least :func:`~waqia.stages.places.anchors.distance_km`, as computed."""
        _, provinces, points = self._summary(skip) if skip >= 0 else self._everywhere()
        if c.admin1 and (c.country, c.admin1) in provinces:
            return True
        return bool(points) and c.lat is not None and c.lon is not None and points.near_km(c.lat, c.lon) < km

    def _everywhere(self) -> tuple[set[str], set[tuple[str, str]], Points]:
        """The countries, (country, province) pairs and points of all the article's anchors (made once)."""
        if self._all is None:
            anchors = [a for _, a in self.anchors]
            self._all = ({a.country for a in anchors}, {(a.country, a.admin1) for a in anchors},
                         Points({(a.lat, a.lon) for a in anchors if a.lat is not None and a.lon is not None}))
        return self._all

    def supported(self, c: Candidate, container: Location | None,
                  province: tuple[str, str] | None = None, k: int = -1) -> bool:
        """False when the article points elsewhere and nothing points here: another
        country than its container's, or a small place far from the one province
        all the article's places lie in."""
        return self.refusal(c, container, province, k) is None

    def refusal(self, c: Candidate, container: Location | None,
                province: tuple[str, str] | None = None, k: int = -1) -> str | None:
        """Why the article refuses a candidate (None when it supports it): ``far`` from
        the one province of the article's places, outside its ``container``, or in a
        country none of the article's places (nor its outlet) are in (``country``)."""
        if province and province[1] and not c.big and (c.country, c.admin1) != province and \
                not self.nearby(c, 100, k):
            return "far"
        if container is not None and container.country:
            if c.country != container.country or k in self.inside and not c.big \
                    and container.admin1 and c.admin1 and c.admin1 != container.admin1:
                return "container"  # «الضربة بتعز»: not a hamlet of that name in another province
            return None if not c.loose or bool(container.admin1) and c.admin1 == container.admin1 else "container"
        countries = (set(self.countries) - self.parties) | ({self.outlet} if self.outlet else set())
        if c.loose:
            return None if any(a.admin1 == c.admin1 and a.country == c.country for _, a in self.anchors) else "far"
        return None if c.big or not countries or c.country in countries or self.nearby(c, ACROSS_KM, k) else "country"


class Points:
    """Points (degrees) in radians with the cosine of their latitude, by latitude: the
    nearest to a place is sought outward from its latitude, not among all of them."""

    def __init__(self, points: set[tuple[float, float]]):
        rad = sorted((math.radians(lat), math.radians(lon)) for lat, lon in points)
        self.lats = [la for la, _ in rad]
        self.points = [(la, lo, math.cos(la)) for la, lo in rad]

    def __bool__(self) -> bool:
        return bool(self.points)

    def near_km(self, lat: float, lon: float) -> float:
        """The least :func:`~waqia.stages.places.anchors.distance_km` from (lat, lon) to a
        point, computed as that function computes it.  A point further in latitude alone
        than the nearest so far (R x the latitude difference bounds the distance from
        below; a millimetre of margin for rounding) is not measured, nor any beyond it.

        >>> round(Points({(35.54, 36.73), (10.0, 10.0)}).near_km(35.93, 36.63))
        44
        """
        la1, lo1 = math.radians(lat), math.radians(lon)
        cos1, sin, asin, sqrt = math.cos(la1), math.sin, math.asin, math.sqrt
        best = math.inf
        at, pts = bisect.bisect_left(self.lats, la1), self.points
        for order in (range(at, len(pts)), range(at - 1, -1, -1)):
            for j in order:
                la2, lo2, cos2 = pts[j]
                if 6371.0 * abs(la2 - la1) > best + 1e-6:
                    break
                d = 6371.0 * 2 * asin(min(1.0, sqrt(sin((la2 - la1) / 2) ** 2 + cos1 * cos2 * sin((lo2 - lo1) / 2) ** 2)))
                best = min(best, d)
        return best


def dominant(context: ArticleContext) -> tuple[str, str] | None:
    """The country (and province) most of the article's places are in, if there is one.

    >>> dominant(ArticleContext([(0, Anchor("SY", "Idlib", None, None))] * 3 + [(1, Anchor("IR", "", None, None))], None))
    ('SY', 'Idlib')
    """
    total = sum(context.countries.values())
    if not total:
        return None
    country, votes = context.countries.most_common(1)[0]
    if votes < 0.75 * total:
        return None
    admin1s = Counter({a: n for (cc, a), n in context.admin1s.items() if cc == country})
    top = admin1s.most_common(1)
    return country, (top[0][0] if top and top[0][1] >= 0.6 * sum(admin1s.values()) else "")
