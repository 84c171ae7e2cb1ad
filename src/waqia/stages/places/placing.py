"""Where a name lies, read from the names around it once they are resolved: the place it lies
in (its container, or its list's), the country of its list's first place, the place named before
it (not the dateline).  :func:`waqia.stages.places.geocode.resolve` asks these for a name nothing else places.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from waqia.stages.places.anchors import anchor_of, big_reading
from waqia.stages.places.patterns import commonness

if TYPE_CHECKING:
    from waqia.core.document import Document
    from waqia.geo.gazetteer import Candidate
    from waqia.output import Location
    from waqia.stages.places.patterns import Mention
    from waqia.stages.places.scoring import ArticleContext


def place_before(mentions: list[Mention], found: dict[int, tuple[Location, str | None]], k: int,
                  where: tuple[str, str] | None, datelines: Collection[int] = ()) -> tuple[tuple[str, str], str] | None:
    """An unknown name nothing gives a province to lies in the province of the nearest place named
    before it in the same country (its sentence first); not the dateline's, where the outlet wrote."""
    for j in range(k - 1, -1, -1):
        loc = found[j][0] if j in found and not mentions[j].context and j not in datelines else None
        if loc is not None and loc.country and loc.admin1 and (where is None or where[0] == loc.country):
            return (loc.country, loc.admin1), "sentence" if mentions[j].sentence == mentions[k].sentence else "before"
    return None


def region_before(mentions: list[Mention], found: dict[int, tuple[Location, str | None]], k: int,
                  where: tuple[str, str] | None, where_from: str | None,
                  datelines: Collection[int] = ()) -> tuple[tuple[str, str] | None, str | None]:
    """Where an unknown name nothing else places lies: the province of the place named before it
    (:func:`place_before`) when nothing gives it one; and when only a region named in an earlier
    sentence or the article's places give it one, the province of a place named before it in its own
    sentence («وفي تعز، أصيب طفل في حي X شرقي المدينة»: Taiz's, not that of a province named before)."""
    if where and where[1] and where_from not in ("earlier", "article", "outlet"):
        return where, where_from
    got = place_before(mentions, found, k, where, datelines)
    if got is None or where and where[1] and got[1] != "sentence":
        return where, where_from
    return got


def head_region(mentions: list[Mention], found: dict[int, tuple[Location, str | None]], k: int,
                 where: tuple[str, str] | None, where_from: str | None) -> tuple[tuple[str, str] | None, str | None]:
    """«قرى X وY»: an item of a list lies in the country of the list's first place, when nothing
    else has put it in that country."""
    head = mentions[k].list_head
    loc = found[head][0] if head is not None and head != k and head in found else None
    if loc is None or not loc.country or where is not None and where[0] == loc.country:
        return where, where_from
    return (loc.country, ""), "list"


def named_before(mentions: list[Mention], found: dict[int, tuple[Location, str | None]],
                  k: int) -> tuple[Location, str | None] | None:
    """The reading of the same name where the article introduced it with a place word, also
    where that was no event place («وفر السكان إلى مخيم X» ... «في X»: the same camp)."""
    return next((found[j] for j, o in enumerate(mentions[:k]) if j in found and o.key == mentions[k].key
                 and o.kind is not None and not o.needs_support), None)


def container_of(mentions: list[Mention], found: dict[int, tuple[Location, str | None]], k: int) -> Location | None:
    """The location of the place mention k lies in (its own, or its list's); when the text
    places that one nowhere, the place it lies in («قرية X بمحلية Y بشرق Z»: Z)."""
    m = mentions[k]
    for c in (m.container, mentions[m.list_head].container if m.list_head is not None else None):
        if c is not None and c in found:
            loc = found[c][0]
            if not loc.country and c != k and mentions[c].container not in (None, k):
                return container_of(mentions, found, c) or loc
            return loc
    return None


def placed_alone(container: Location | None, best: Candidate, context: ArticleContext, key: str,
                 cands: list[Candidate]) -> bool:
    """A small known place that needs no other place of the article near it: the text places it at
    once in a country, by a direction or a preposition («في X جنوب تونس», «قرية X بشمال مالي»), or
    the article names no other place and the name is no word of the language (not in the word list
    at all), its candidates all in one country («في بنقردان»)."""
    if container is not None and container.admin1 is None and container.country == best.country:
        return True
    if context.weak and context.weak[1] and not context.anchors and (best.country, best.admin1) == context.weak:
        return True  # «في الخالدية» ... «مصدر في الأنبار»: the province the article's context names
    return not context.anchors and commonness(key) == 0 and len({c.country for c in cands}) == 1


def where_of(container: Location | None, local: tuple[str, str] | None, fallback: tuple[str, str] | None,
             earlier: tuple[str, str] | None, fallback_from: str) -> tuple[tuple[str, str] | None, str | None]:
    """The country (and province) a name is placed in, and where that comes from: its
    ``container``, a region ``named_region`` near it, the ``article``'s places (or the
    ``outlet``'s country), or a region named ``earlier`` in the article (also when the
    article's places agree on a country only and that region is a province of it)."""
    if container is not None and container.country:
        return (container.country, container.admin1 or ""), "container"
    if local is not None:
        return local, "named_region"
    if fallback is not None and not fallback[1] and earlier is not None and earlier[1] \
            and earlier[0] == fallback[0]:
        return earlier, "earlier"
    if fallback is not None:
        return fallback, fallback_from
    return earlier, "earlier" if earlier is not None else None


def weak_region(doc: Document, mentions: list[Mention], cands: list[list[Candidate]]) -> tuple[str, str] | None:
    """The one country (and province) an article names outside its event places: by the places of
    its context («قال مصدر أمني في محافظة عكار») and a country's adjectives («الجيش اللبناني»).  A name
    of several countries («طرابلس») is read there when one of its readings lies there, and a small
    place of a common name in that province needs no other place near it."""
    found = [a for m, cs in zip(mentions, cands, strict=True) if m.context and (a := anchor_of(cs))]
    countries = {a.country for a in found} | {str(x.entry.get("country")) for x in doc.matches_of("place_nisba")}
    if len(countries) != 1:
        return None
    provinces = {a.admin1 for a in found if a.admin1}
    return countries.pop(), provinces.pop() if len(provinces) == 1 else ""


def in_country(cands: list[Candidate], weak: tuple[str, str] | None) -> list[Candidate]:
    """The readings of a name in the ``weak`` region's country, or all of them when none lies there."""
    inside = [c for c in cands if c.country == weak[0]] if weak else []
    return inside or cands


def near_region(m: Mention, local: tuple[str, str] | None, own: tuple[str, str] | None) -> tuple[str, str] | None:
    """The region named near a mention; a name that is itself a province («صنعاء», «إدلب») does not
    pull its own reading to the province."""
    if local is not None and local == own and m.kind not in ("countryside", "province"):
        return local[0], ""
    return local


def abroad(context: ArticleContext, k: int, where_from: str | None, cands: list[Candidate],
           free: bool) -> tuple[tuple[str, str] | None, str | None]:
    """The region the article's context names for mention k (:meth:`ArticleContext.home`), and its
    country when every reading of the name, placed in nothing else (``free``), lies outside it and
    each is a hamlet (fewer than 1,000 people): the name is a place of that country the gazetteer
    lacks, not a homonym abroad («قرية الشوف» ... «الوكالة اللبنانية»: no Yemeni village; «بلدة عين
    الأسد» ... «الجيش العراقي»: no Lebanese village); a town abroad stays («كفرنبل» ... «تركيا»)."""
    home = context.home(k, where_from)
    if home is None or not free or not cands or any(
            c.country == home[0] or c.kind in ("country", "admin1") or c.population >= 1000 for c in cands):
        return home, None
    return home, home[0]


def inner_countries(mentions: list[Mention], cands: list[list[Candidate]]) -> dict[int, str]:
    """The one country of the places the text puts inside each container («حي جبل محسن بطرابلس»: every
    reading of «جبل محسن» lies in Lebanon), for the containers whose contents agree."""
    inner: dict[int, set[str]] = {}
    for m, cs in zip(mentions, cands, strict=True):
        countries = {c.country for c in cs if not c.loose}
        if m.container is not None and len(countries) == 1:
            inner.setdefault(m.container, set()).update(countries)
    return {k: v.pop() for k, v in inner.items() if len(v) == 1}


def named_after(gazetteer: Any, name: str, where: tuple[str, str] | None) -> tuple[tuple[str, str], str] | None:
    """«صوامع تل أبيض», «سد الموصل»: works named after a known place lie in its province when the name
    has one province in the country the article places them in, or in its one big reading (a town of
    100,000, a province); else nowhere («جسر الهوة» is no works of a far hamlet «الهوة»)."""
    cands = [c for c in gazetteer.candidates(name) if not c.loose and (where is None or c.country == where[0])]
    regions = {(c.country, c.admin1) for c in cands if c.admin1}
    big = big_reading(cands)
    region = (big.country, big.admin1) if big and big.admin1 else regions.pop() if where and len(regions) == 1 else None
    return (region, "named_after") if region else None


def from_name(gazetteer: Any, m: Mention, container: Location | None, where: tuple[str, str] | None,
              where_from: str | None, mentions: Sequence[Mention] = ()) -> tuple[
                  tuple[str, str] | None, str | None, Location | None]:
    """Where an unknown name lies by a known name inside it: its first word's province («قضاء طوز
    خرماتو»), or, when the text puts it in nothing, the place works are named after («سد الموصل»).  A name
    of a list the text puts in a place («قريتي خراب عشك وY في ريف X») lies there, not in its first word's province."""
    listed = container is not None and (m.list_head is not None or any(
        x.list_head is not None and mentions[x.list_head] is m for x in mentions))
    stem = _stem_region(gazetteer, m.stem, where) if m.stem and not listed else None
    if stem is not None:
        return stem[0], stem[1], None
    if m.named_after and container is None:
        where, where_from = named_after(gazetteer, m.named_after, where) or (where, where_from)
    return where, where_from, container


def _stem_region(gazetteer: Any, stem: str, where: tuple[str, str] | None) -> tuple[tuple[str, str], str] | None:
    """«قضاء طوز خرماتو»: an unknown name that goes on from a known first word lies in that word's
    province (the press shortens the name to it), when it has one province in the country it is placed in."""
    regions = {(c.country, c.admin1) for c in gazetteer.candidates(stem) if c.admin1
               and (where is None or c.country == where[0])}
    return (regions.pop(), "stem") if len(regions) == 1 else None


def in_lands(doc: Document, mentions: list[Mention], cands: list[list[Candidate]]) -> list[list[Candidate]]:
    """«مستوطنة المطلة», «كيبوتس X»: a place word with ``lands`` (place_words.tsv) names the countries every
    place of its kind lies in; the name right after it keeps only its readings there (Metula of Galilee, not a
    village of the Chouf that shares its name); with none there it is read as a name the gazetteer lacks (not
    the village of Mafraq called «المنارة»)."""
    ends = {x.end: x.entry.get("lands", "").split() for x in doc.matches_of("place_words") if x.entry.get("lands")}
    if not ends:
        return cands
    toks = doc.tokens
    kept = []
    for m, found in zip(mentions, cands, strict=True):
        lands = ends.get(toks[m.first - 1].end) if m.first else None
        kept.append([c for c in found if c.country in lands] if lands else found)
    return kept
