"""Which recognised places are event places: the roles a place plays in the text.

:func:`mark_roles` runs after resolution and marks as ``context`` (background,
never an event place):

- places inside an organisation's, a group's or a speaker's name, and where a
  speaker sits («الدفاع المدني في غزة», «مراسلنا في دمشق»);
- the dateline: a place that opens the text and is set off by a dash, a colon
  or an agency in brackets («صنعاء -», «بغداد (رويترز) -», «● X»): where the
  outlet writes from, unless nothing else in the text places the event.

(Recognition already marks places after organisation words, seats, distances
and directions of movement: see ``lang/ar/place_context.tsv``.)

>>> from waqia.pipeline import default_pipeline
>>> from waqia.settings import Settings
>>> doc = default_pipeline(Settings()).analyse("دمشق - قتل ثلاثة مدنيين بقصف على مدينة سراقب.")
>>> [(doc.text[p.start:p.end], p.context) for p in doc.layer("places")]
[('دمشق', True), ('سراقب', False)]
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from waqia.core.document import Document
from waqia.core.morphology import AND, ARTICLE, IN
from waqia.output import Location
from waqia.stages.places.anchors import distance_km, name_key

if TYPE_CHECKING:
    from waqia.stages.places.patterns import Place

_ADMIN_KINDS = ("district", "subdistrict", "province")
_PUNCTUATION = ".,،؛:()-\n"
_DASHES = ("-", "–", "—")
#: ends of a road named with a dash further apart than this (km) are ends of a highway
_ROAD_KM = 40
#: how far into the text a dateline may stand (characters of the matching form)
DATELINE_REACH = 200
_BEFORE = re.compile(r"(?:^|[\n/|●•*])[\s\-–—ـ:|●•*\"'«]*(?:[^\s()\n]{1,20}\s*\()?$")  # «الأخبار (أبوجا) -»
_AFTER = re.compile(r"^\s*(?:\([^()\n]{1,40}\)|[\-–—ـ:/|]|\)\s*[\-–—ـ:])")


def text_names(doc: Document) -> tuple[list[tuple[int, int]], set[int]]:
    """The names a place may lie inside (:func:`_names`) and the ends of the verbs of saying
    (:func:`_verb_ends`): read once per document for both passes (#14)."""
    return _names(doc), _verb_ends(doc)


def mark_roles(doc: Document, places: list[Place],
               names: tuple[list[tuple[int, int]], set[int]] | None = None) -> list[Place]:
    """The places with ``context`` set for names inside names, speakers' seats and datelines
    (``names``: :func:`text_names` of ``doc``, when read already)."""
    spans, verbs = names or text_names(doc)
    admin = _admin_ends(places)
    inside = _inside_names(spans + [s for s in _source_mentions(doc) if not _admin_phrase(doc, s, admin)])
    speakers = {a.source.end for a in doc.layer("sources")}  # only names that speak in the text
    out = [dataclasses.replace(p, context=True)
           if not p.context and (inside(p.start, p.end) or _after_speaker(doc, p.start, speakers) or _bare_country(p)
                                 or _speaking_city(doc, p, verbs))
           else p for p in places]
    again = _said_again(out) | _long_road(doc, out)
    out = [dataclasses.replace(p, context=True) if k and _beside_province(doc, out[k - 1], p) or k in again
           else p for k, p in enumerate(out)]
    datelines = {k for k, p in enumerate(out) if not p.context and is_dateline(doc.text, p.start, p.end)}
    if datelines and any(not p.context for k, p in enumerate(out) if k not in datelines):
        out = [dataclasses.replace(p, context=True) if k in datelines else p for k, p in enumerate(out)]
    return out


def _long_road(doc: Document, places: list[Place]) -> set[int]:
    """«على طريق السلمية - الرقة», «على الطريق السريع بين دمشق ودرعا»: the two ends of a road named
    with a dash or after «بين», when they lie more than ``_ROAD_KM`` apart, name a highway, not
    where on it the event was (the ends of a village road, «طريق الدوير-الشرقية», «الطريق بين
    المنصور والبريقة», are its places).  The indices of such ends."""
    out: set[int] = set()
    for k in range(1, len(places)):
        a, b = places[k - 1].location, places[k].location
        gap = doc.text[places[k - 1].end:places[k].start].strip()
        ends = gap in _DASHES or gap == AND and places[k].kind == "road" and places[k - 1].preposition is not None
        if places[k - 1].kind != "road" or not ends or None in (a.lat, a.lon, b.lat, b.lon):
            continue
        if distance_km((a.lat, a.lon), (b.lat, b.lon)) > _ROAD_KM:  # type: ignore[arg-type]
            out |= {k - 1, k}
    return out


def _beside_province(doc: Document, prev: Place, place: Place) -> bool:
    """«محافظة صلاح الدين شمال بغداد»: a place named by a direction right after a province says
    where the province lies, it is no place of the event (a country so named is left to
    :func:`drop_covered_countries`; after a town, «قرية X غرب مدينة Y», the gold keeps it)."""
    if place.kind != "direction" or prev.level != "admin1" or place.level == "country" or prev.context:
        return False
    gap = doc.text[prev.end:place.start]
    return len(gap.split()) <= 2 and not any(c in gap for c in _PUNCTUATION)


def _said_again(places: list[Place]) -> set[int]:
    """«قطاع غزة» ... «شمال القطاع»: the first word of a place's name with the article names that
    place again (the gazetteer knows it so), whether the text has named it already or the reader knows
    it («شمال القطاع» alone: the Strip, an anchor of the article but no event place).  The indices of
    such places."""
    named: set[tuple[str, Any, Any]] = set()  # (first word, country, province) of the names read so far
    out = set()
    for k, p in enumerate(places):
        loc = p.location
        if loc.gazetteer_id is None:
            continue
        key, own = name_key(loc.span.text), name_key(loc.name_ar or "").split(" ")
        if " " not in key and key.startswith(ARTICLE) and ((key[len(ARTICLE):], loc.country, loc.admin1) in named
                                                          or len(own) > 1 and own[0] == key[len(ARTICLE):]):
            out.add(k)
        named.add((key.split(" ")[0], loc.country, loc.admin1))
    return out


def _bare_country(place: Place) -> bool:
    """«قالت إسرائيل», «تبادلت إسرائيل وحزب الله القصف»: a country named with no preposition and
    no place word stands for its state, a party to the event, not the place it happened in."""
    return place.level == "country" and place.preposition is None and place.kind is None


def _verb_ends(doc: Document) -> set[int]:
    """Where the verbs of saying («قال», «اتهم») and of denial («نفى») of the text end."""
    return {m.end for m in doc.matches_of("attribution", "background_cues")
            if m.entry.get("type") == "verb" or m.entry.get("reading") == "denial"}


def _speaking_city(doc: Document, place: Any, verb_ends: set[int]) -> bool:
    """«نفت دمشق», «اتهمت طهران»: a city named bare (no preposition, no place word) right after a
    verb of saying or denial (``verb_ends``) stands for its government, a speaker, not a place
    (a country so named is left to :func:`_bare_country`)."""
    if place.preposition is not None or place.kind is not None or getattr(place, "level", None) == "country":
        return False
    i = doc.token_index(place.start)
    return i > 0 and doc.tokens[i - 1].end in verb_ends and doc.tokens[i - 1].sentence == doc.tokens[i].sentence


def mark_named_mentions(doc: Document, mentions: list[Any],
                        names: tuple[list[tuple[int, int]], set[int]] | None = None) -> list[Any]:
    """Before resolution: a name inside a source's or a body's name («وكالة الأنباء السعودية»),
    or a city that speaks («نفت دمشق»), is no evidence of where the event happened, so it anchors nothing."""
    spans, verbs = names or text_names(doc)
    admin = _admin_ends(mentions)
    inside = _inside_names(spans + [s for s in _source_mentions(doc) if not _admin_phrase(doc, s, admin)])
    for m in mentions:
        if not m.context and (inside(m.start, m.end) or _speaking_city(doc, m, verbs)):
            m.context = True
    return mentions


def is_dateline(text: str, start: int, end: int) -> bool:
    """A name at the head of the text (or of a line near it) set off as a dateline.

    >>> is_dateline("بغداد (رويترز) - قال", 0, 5), is_dateline("في بغداد قال", 3, 8)
    (True, False)
    """
    if start > DATELINE_REACH:
        return False
    return bool(_BEFORE.search(text[max(0, start - 60):start])) and bool(_AFTER.match(text[end:end + 50]))


def drop_covered_countries(groups: list[list[Place]], is_country: Callable[[Place], bool]) -> list[list[Place]]:
    """A country is no event place when some event of the article names a place in it
    («في شرق العراق» beside «قرية في محافظة ديالى»); ``groups`` are the events' places."""
    finer = {p.location.country for g in groups for p in g if not is_country(p)}
    return [[p for p in g if not (is_country(p) and p.location.country in finer)] for g in groups]


def locates(place: Any) -> bool:
    """An event place that says where something happened: not context, and read with
    a preposition of place or a place word («في X», «بX», «قرية X»).  A name said bare
    («دمشق تتهم», «صواريخ X») places no weak event word of its sentence.

    >>> from types import SimpleNamespace as P
    >>> locates(P(context=False, preposition="في", kind=None)), locates(P(context=False, preposition=None, kind=None))
    (True, False)
    """
    return not getattr(place, "context", False) and (place.preposition is not None or place.kind is not None)


def is_country(place: Any) -> bool:
    """A place that names a whole country («سوريا», «وسط اليمن»)."""
    level = getattr(place, "level", None)
    if level is not None:
        return bool(level == "country")
    loc = place.location
    return loc.admin1 is None and loc.geo_precision == 3 and bool(loc.name) and bool(loc.country)


def event_locations(places: list[Any]) -> tuple[Location, ...]:
    """Places of an event, most precise first (the first is the event's point); a country
    only when nothing finer is named; each name once."""
    if any(not is_country(p) for p in places):
        places = [p for p in places if not is_country(p)]
    seen: set[tuple[Any, ...]] = set()
    out = []
    for p in sorted(places, key=lambda p: getattr(p.location, "geo_precision", 3)):
        key = (name_key(p.location.span.text), p.location.gazetteer_id)
        if key not in seen:
            seen.add(key)
            out.append(p.location)
    return tuple(out)


def _names(doc: Document) -> list[tuple[int, int]]:
    names = [(m.start, m.end) for m in doc.matches_of("actor_terms", "source_names")
             if m.concept == "actor_terms" and m.entry.get("type") == "group"
             or m.concept == "source_names" and m.entry.get("type") == "name"]
    names += [(a.source.start, a.source.end) for a in doc.layer("sources")]
    names += [(a.relay.start, a.relay.end) for a in doc.layer("sources") if a.relay is not None]  # «لـ"عدن الغد"»
    names += list(doc.layer("speaker_phrases"))  # «الدفاع المدني في غزة»: the speaker's whole phrase
    return names + _quoted_bodies(doc)


_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”"}


def _quoted_bodies(doc: Document) -> list[tuple[int, int]]:
    """A name in quotes that opens with the word for a body («مسلحي "مجلس شورى مجاهدي X"», «"لواء
    X"»): a place inside it is part of the name."""
    text, out = doc.text, []
    for m in doc.matches_of("place_context", "source_names"):
        if m.entry.get("role") not in ("org", "direct") and m.entry.get("type") != "head":
            continue
        at = m.word_start
        close = _OPEN_QUOTES.get(text[at - 1:at]) if at else None
        end = text.find(close, at, at + 80) if close else -1
        if end > at and "\n" not in text[at:end]:
            out.append((at, end))
    return out


def _source_mentions(doc: Document) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.layer("source_mentions")]  # «لجنة أطباء السودان»


def _admin_ends(places: list[Any]) -> dict[int, list[Any]]:
    """The places of an administrative kind by where they end."""
    out: dict[int, list[Any]] = {}
    for p in places:
        if p.kind in _ADMIN_KINDS:
            out.setdefault(p.end, []).append(p)
    return out


def _admin_phrase(doc: Document, span: tuple[int, int], admin: dict[int, list[Any]]) -> bool:
    """«مديرية مجز», «ناحية X»: a source mention that opens with an administrative word and
    the place it names («مديرية حيس جنوبي X») reads as the place, at its level (``admin``:
    :func:`_admin_ends`)."""
    return any(span[0] <= p.start and end <= span[1] and " " not in doc.text[span[0]:p.start].strip()
               for end, ps in admin.items() for p in ps)


def _after_speaker(doc: Document, start: int, speaker_ends: set[int]) -> bool:
    """«الدفاع المدني في قطاع غزة», «مراسلنا في دمشق»: where the speaker is, not where it happened."""
    i = doc.token_index(start)
    for k in range(i - 1, max(i - 3, 0), -1):  # «في» right before the name, or before its place word
        if doc.tokens[k].text == IN:
            return doc.tokens[k - 1].end in speaker_ends
    return False


def _inside_names(names: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test: does ``[start, end)`` lie inside one of these longer names?"""
    spans = sorted(names)
    starts = [a for a, _ in spans]

    def inside(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start)
        return any(a <= start and end <= b and (a, b) != (start, end) for a, b in spans[max(i - 8, 0):i])
    return inside
