"""Resolve place mentions against a gazetteer, using the article's context.

Every mention gets its candidates (:meth:`waqia.geo.gazetteer.Gazetteer.candidates`);
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

import functools
import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.normalize import key as normalize_key
from waqia.errors import GazetteerError
from waqia.geo.gazetteer import Candidate
from waqia.output import Location, Why
from waqia.stages.places.anchors import (
    anchor_of,
    big_reading,
    coherent,
    outlet_country,
    readings,
)
from waqia.stages.places.patterns import COMMON, commonness
from waqia.stages.places.placing import (
    abroad,
    container_of,
    from_name,
    head_region,
    in_country,
    in_lands,
    inner_countries,
    named_before,
    near_region,
    placed_alone,
    region_before,
    weak_region,
    where_of,
)
from waqia.stages.places.roles import is_dateline
from waqia.stages.places.scoring import ACROSS_KM, PLACE_KINDS, ArticleContext, dominant
from waqia.stages.places.why import NAMED_BEFORE, Explainer

if TYPE_CHECKING:
    from waqia.stages.places.patterns import Mention, Place

#: the level of an unresolved name, from the place word before it
_WORD_LEVELS = {"city": "locality", "town": "locality", "village": "locality", "camp": "locality",
                "neighbourhood": "neighbourhood", "province": "admin1", "district": "admin2",
                "subdistrict": "admin3", "countryside": "region", "area": "region", "axis": "region",
                "region": "region", "direction": "region", "crossing": "feature", "airport": "locality",
                "port": "locality"}
#: place words that make a country or province name a part of it («جنوب لبنان», «ريف إدلب»)
_PART_KINDS = ("countryside", "direction", "axis", "area")


def _lookup(gazetteer: Any, m: Mention, warnings: list[str],
            seen: dict[str, list[Candidate]] | None = None) -> list[Candidate]:
    """The candidates of a known mention (``seen``: those of the names looked up before in
    the document, each name once; a failed look-up is not kept)."""
    if gazetteer is None or not m.known:
        return []
    if seen is not None and m.key in seen:
        return list(seen[m.key])
    try:
        found = list(gazetteer.candidates(m.key))
    except (sqlite3.Error, GazetteerError) as e:
        warnings.append(f"gazetteer lookup failed for a place ({e}); it was kept unresolved")
        return []
    if seen is not None:
        seen[m.key] = found
    return list(found)


def _precision(m: Mention, c: Candidate) -> int:
    base = 3 if c.kind in ("country", "admin1") else 2 if c.kind in ("admin2", "admin3", "feature") else 1
    if c.kind == "country":
        return 3
    if base == 3:
        return 2 if m.precision == 2 else 3
    return max(base, m.precision, 2 if c.loose else 1)


def _location(doc: Document, m: Mention, c: Candidate | None, container: Location | None,
              fallback: tuple[str, str] | None, why: Why | None = None) -> Location:
    span = doc.span(m.start, m.end)
    if c is not None:
        return Location(span, c.name or None, c.name_ar or span.text, c.country or None, c.admin1 or None,
                        c.admin2 or None, c.lat, c.lon, _precision(m, c), c.gazetteer_id, why)
    country, admin1 = (container.country, container.admin1) if container is not None else \
        (fallback if fallback else (None, None))
    return Location(span, None, span.text, country or None, admin1 or None, None, None, None,
                    2 if admin1 else 3, None)


def level(m: Mention, c: Candidate | None) -> str | None:
    """What a mention denotes: the candidate's kind, ``region`` for a part of a
    province («ريف إدلب الجنوبي»), else the kind its place word names.  A part of
    a country named by a direction («وسط اليمن») stays ``country``: it locates
    nothing finer.

    >>> from waqia.stages.places.patterns import Mention
    >>> level(Mention(0, 0, 0, 4, "تبنين", 0, kind="town"), None)
    'locality'
    >>> level(Mention(0, 0, 0, 5, "ادلب", 0, kind="countryside", precision=2), None)
    'region'
    """
    if c is None:
        return _WORD_LEVELS.get(m.kind or "")
    if c.kind == "admin1" and (m.kind in _PART_KINDS or m.precision == 2):
        return "region"
    return c.kind or None


@functools.lru_cache(maxsize=4)
def _directions(lexicon: Any) -> frozenset[str]:
    """Per lexicon, once (#14): the direction words (place_words.tsv role ``direction``), in matching form."""
    return frozenset(normalize_key(e.form) for e in lexicon.concept("place_words") if e.get("role") == "direction")


def _country_part(m: Mention, c: Candidate | None, gazetteer: Any, ctx: Any) -> bool:
    """«جنوب لبنان», a province the gazetteer knows by a direction and a country's name, is
    told like a country named with a direction («شمال العراق»): it counts only when nothing
    finer in that country is named."""
    if c is None or c.kind != "admin1" or ctx is None or " " not in m.key:
        return False
    directions = _directions(ctx.lexicon)
    words = m.key.split(" ")
    return any(" ".join(words[:n]) in directions and any(x.kind == "country" for x in gazetteer.candidates(" ".join(words[n:])))
               for n in (1, 2) if len(words) > n)


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


def region_of(cands: list[Candidate], kind: str | None = None) -> tuple[str, str] | None:
    """(country, province) when a name is explicitly a country or province (its
    exact country/admin1 readings agree and all its readings lie in one country), else None.
    After a province word («محافظة ديار بكر») a province spelt otherwise in the data counts."""
    exact = [c for c in cands if not c.loose or kind == "province" and c.kind == "admin1"]
    regions = {(c.country, c.admin1 if c.kind == "admin1" else "") for c in exact if c.kind in ("country", "admin1")}
    if len(regions) != 1 or len({c.country for c in exact}) != 1:
        return None
    return next(iter(regions))


def local_regions(mentions: list[Mention], regions: list[tuple[str, str] | None],
                  datelines: Collection[int] = ()) -> list[tuple[str, str] | None]:
    """The nearest explicit country or province of each mention: its own, else the
    last one before it in its sentence (a place after it counts only as its
    container, «X بريف Y»: see :mod:`waqia.stages.places.stage`); a dateline gives
    the names after it its country only (the outlet wrote there)."""
    out: list[tuple[str, str] | None] = []
    last: dict[int, tuple[str, str]] = {}  # sentence -> the last region named in it so far
    for k, m in enumerate(mentions):
        own = regions[k]
        out.append(own or last.get(m.sentence))
        if own is not None:
            last[m.sentence] = (own[0], "") if k in datelines else own
    return out


def _so_far(regions: list[tuple[str, str] | None]) -> list[tuple[str, str] | None]:
    """For each mention, the last region named before it in the article (one pass).

    >>> _so_far([None, ("SY", ""), None, ("IQ", "x"), None])
    [None, None, ('SY', ''), ('SY', ''), ('IQ', 'x')]
    """
    out: list[tuple[str, str] | None] = []
    last = None
    for r in regions:
        out.append(last)
        if r is not None:
            last = r
    return out


def _pool(cands: list[Candidate], where: tuple[str, str] | None, context: ArticleContext,
          strict: bool = True) -> list[Candidate]:
    """Candidates of an ambiguous name inside the country it is placed in; outside
    it only famous places (countries, provinces, cities of 500,000), big ones
    within 300 km of the article's places, any within :data:`~waqia.stages.places.scoring.ACROSS_KM` of them (a town across
    the border: «كريات شمونة» in a story of south Lebanon), and, when only a region named
    earlier in the article placed it (not ``strict``), the places in the article's countries."""
    if where is None or len({c.country for c in cands}) < 2:
        return cands
    inside = [c for c in cands if c.country == where[0]]
    if inside:
        return inside
    return [c for c in cands if c.kind in ("country", "admin1") or c.population >= 500_000
            or c.big and context.nearby(c, 300) or not c.loose and context.nearby(c, ACROSS_KM)
            or not strict and c.country in context.countries]


def resolve(doc: Document, mentions: list[Mention], gazetteer: Any, ctx: Any = None) -> tuple[list[Place], list[str]]:
    """Resolve every mention; returns the places (in text order) and warnings."""
    from waqia.stages.places.patterns import Place

    warnings: list[str] = []
    seen: dict[str, list[Candidate]] = {}
    datelines = {k for k, m in enumerate(mentions) if not m.context and is_dateline(doc.text, m.start, m.end)}
    cands = in_lands(doc, mentions, [_province_over_district(m, _lookup(gazetteer, m, warnings, seen)) for m in mentions])
    context = _article_context(mentions, cands, outlet_country(doc.meta), weak_region(doc, mentions, cands))
    article = _off_dateline(dominant(context), context, datelines)
    fallback = article or ((context.outlet, "") if context.outlet and not context.anchors else None)
    explainer = Explainer(doc, mentions, cands, context)
    regions, local, earlier = _regions(mentions, cands, datelines)
    found: dict[int, tuple[Location, str | None]] = {}
    for k, m in ((k, mentions[k]) for k in _order(mentions)):
        country_named = m.kind not in PLACE_KINDS and any(c.kind == "country" and not c.loose for c in cands[k])
        container = None if country_named or m.bare else container_of(mentions, found, k)
        where, where_from = where_of(container, None if m.bare else local[k], fallback, earlier[k],
                                   "article" if article else "outlet")  # «في كانداجي»: the article's place
        where, where_from = head_region(mentions, found, k, where, where_from)
        if m.country and (where is None or where[0] != m.country):
            where, where_from = (m.country, ""), "adjective"  # «رفح المصرية»
        near = near_region(m, local[k], regions[k])
        home, foreign = abroad(context, k, where_from, cands[k], container is None and not country_named)
        where, where_from = ((foreign, ""), "context") if foreign else (where, where_from)  # «قرية الشوف»
        pool = [] if foreign else [c for c in cands[k] if c.kind == "country" and not c.loose] if country_named \
            else _pool(in_country(cands[k], home), None if where_from == "article" and where and where[0] in context.parties else where,
                       context, where_from != "earlier")  # «الجزائر» is the country, not a village of that name
        scored = rank(context, k, m, pool, container, near)
        best = next((c for _, c in scored if context.supported(c, container, where, k)), None)
        if m.short and (best is None or not context.nearby(best)):
            best = _shorter(doc, gazetteer, context, k, m, container, near, where) or best
        if m.needs_support and not (k in context.inside and commonness(m.key) < COMMON) \
                and (best is None or not context.nearby(best)
                     and not placed_alone(container, best, context, m.key, cands[k])):
            same = named_before(mentions, found, k)  # «مخيم زمزم» ... «في زمزم»: the place named before
            span = doc.span(m.start, m.end)
            if same is not None and span is not None:
                found[k] = (_with(same[0], span=span, why=explainer.why(k, "named_before", NAMED_BEFORE)), same[1])
            continue  # else a common word that some far-away village is called
        if best is None and m.known and not m.strong and commonness(m.key) >= COMMON:
            continue  # «في عشرات الخيام» in Gaza: a common word whose every reading lies far away names no place
        if best is None:
            where, where_from, container = from_name(gazetteer, m, container, where, where_from, mentions)
        if best is None and container is None:
            where, where_from = region_before(mentions, found, k, where, where_from, datelines)
            if m.bare and not (where and (where[1] or where_from != "outlet")):
                continue  # «في كانداجي» with no country the article gives (the outlet's is too weak): not found
        why = explainer.resolved(k, best, pool, container, near, where, where_from, country_named,
                                 scored if pool is cands[k] else None) if best is not None else None
        loc = _location(doc, m, best, container, where if m.strong else None, why)  # made once, with its why (#14)
        if why is None:  # an unresolved one's why tells the region its location holds
            loc = _with(loc, why=explainer.unresolved(k, loc, container is not None, where_from))
        found[k] = (loc, "country" if _country_part(m, best, gazetteer, ctx) else level(m, best))
        m.container = None if country_named else m.container  # a country lies in nothing
    index = {k: n for n, k in enumerate(sorted(found))}
    places = [Place(m.start, m.end, found[k][0], m.kind, m.context, m.sentence, m.preposition,
                    m.known, index.get(m.container) if m.container is not None else None, found[k][1])
              for k, m in enumerate(mentions) if k in found]
    return places, warnings


def _with(loc: Location, **changes: Any) -> Location:
    """``dataclasses.replace(loc, **changes)`` without its generic machinery (#14): a
    :class:`Location` has no ``__post_init__``, so its fields are copied and set."""
    new = object.__new__(Location)
    new.__dict__.update(loc.__dict__, **changes)
    return new


def _regions(mentions: list[Mention], cands: list[list[Candidate]], datelines: set[int]) -> tuple[
        list[tuple[str, str] | None], list[tuple[str, str] | None], list[tuple[str, str] | None]]:
    """Each mention's own region (:func:`region_of`), the nearest one in its sentence
    (:func:`local_regions`) and the last one named before it (a dateline's: its country only)."""
    regions = [region_of(c, m.kind) for m, c in zip(mentions, cands, strict=True)]
    earlier = _so_far([(r[0], "") if r is not None and k in datelines else r for k, r in enumerate(regions)])
    return regions, local_regions(mentions, regions, datelines), earlier


def _off_dateline(article: tuple[str, str] | None, context: ArticleContext,
                  datelines: set[int]) -> tuple[str, str] | None:
    """The article's region without the dateline's province when only the dateline names it
    («باماكو - ... قرب بلدة X»: X lies in the country, not in the outlet's province)."""
    if article is None or not article[1]:
        return article
    named = [k for k, a in context.anchors if (a.country, a.admin1) == article]
    return (article[0], "") if named and all(k in datelines for k in named) else article


def rank(context: ArticleContext, k: int, m: Mention, cands: list[Candidate], container: Location | None,
         near: tuple[str, str] | None) -> list[tuple[float, Candidate]]:
    """(score, candidate) of every candidate of mention k, best first (ties by gazetteer id)."""
    return sorted(((context.score(k, m, c, container, near), c) for c in cands),
                  key=lambda sc: (-sc[0], sc[1].gazetteer_id))


def _shorter(doc: Document, gazetteer: Any, context: ArticleContext, k: int, m: Mention, container: Location | None,
             near: tuple[str, str] | None, where: tuple[str, str] | None) -> Candidate | None:
    """«أطراف الناقورة الجنوبية»: when the whole name reads only a far hamlet, the name without its
    last word, an adjective, may read a place near the article's: the mention then ends before it."""
    short = [c for c in gazetteer.candidates(m.short) if context.supported(c, container, where, k) and context.nearby(c)]
    best = next((c for _, c in rank(context, k, m, short, container, near)), None)
    if best is not None:
        m.key, m.last, m.end, m.precision = m.short or m.key, m.last - 1, doc.tokens[m.last - 1].end, 2
    return best


def _article_context(mentions: list[Mention], cands: list[list[Candidate]], outlet: str | None,
                     weak: tuple[str, str] | None = None) -> ArticleContext:
    """What the article's places with one reading say about where it is (and its context, ``weak``)."""
    plain: dict[int, Candidate | None] = {}  # anchor_of(cands[k]), where asked: firm[k] is often cands[k] (#14)
    eligible = [k for k, m in enumerate(mentions) if not m.context and not m.needs_support
                and not _outsidecontainer_of(mentions, cands, k, plain)]
    firm = [readings(m.kind, c) for m, c in zip(mentions, cands, strict=True)]
    own = {k: plain[k] if k in plain and firm[k] is cands[k] else anchor_of(firm[k]) for k in eligible}  # once (#14)
    anchors = coherent([(k, a) for k in eligible if (a := own[k]) is not None],
                       [(k, a) for k in eligible if own[k] is None and (a := big_reading(firm[k])) is not None],
                       outlet)
    context = ArticleContext(anchors, outlet)
    context.weak, context.inner = weak, inner_countries(mentions, cands)
    context.inside = {k for k, m in enumerate(mentions) if _insidecontainer_of(mentions, k)}
    context.keys = {k: m.key for k, m in enumerate(mentions)}
    bare = [(a.country, _bare_country(mentions[k], cands[k])) for k, a in anchors]  # each anchor asked once
    context.parties = {c for c, b in bare if b} - {c for c, b in bare if not b}
    return context


def _bare_country(m: Mention, cands: list[Candidate]) -> bool:
    """«قالت إسرائيل»: a country named with no preposition and no place word stands for its state
    (``roles.mark_roles`` makes it context)."""
    return m.preposition is None and m.kind is None and any(c.kind == "country" and not c.loose for c in cands)


def _province_over_district(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """A name that is a province and one of its districts («ريف دمشق») is the province,
    unless a district word stands before it («مديرية X»)."""
    if m.kind in ("district", "subdistrict"):
        return cands
    provinces = {(c.country, c.admin1) for c in cands if c.kind == "admin1" and not c.loose}
    return [c for c in cands if c.kind not in ("admin2", "admin3") or (c.country, c.admin1) not in provinces]


def _outsidecontainer_of(mentions: list[Mention], cands: list[list[Candidate]], k: int,
                         plain: dict[int, Candidate | None] | None = None) -> bool:
    """«منطقة الباب ببغداد»: none of the container's readings lies in the country of the
    mention's own reading (al-Bab of Aleppo): that reading anchors nothing.  The reading is
    sought only for a mention with a container, and kept in ``plain`` by mention (#14)."""
    container = mentions[k].container
    if container is None:
        return False
    own = anchor_of(cands[k])
    if plain is not None:
        plain[k] = own
    if own is None:
        return False
    inside = {c.country for c in cands[container] if not c.loose}
    return bool(inside) and own.country not in inside


def _insidecontainer_of(mentions: list[Mention], k: int) -> bool:
    """The text puts mention k (or its list) inside its container: «X بتعز», «X بريف Y», «X في
    محافظة Z»; not beside it («X جنوب Y», «X قرب Y»)."""
    m = mentions[k]
    c = m.container if m.container is not None else \
        mentions[m.list_head].container if m.list_head is not None else None
    return c is not None and mentions[c].kind not in ("direction", "near")
