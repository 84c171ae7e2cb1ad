"""Places of sentences that tell no event: which event, if any, they place (#11).

A place named in a sentence with no event word, no figure and no event date is no event's
but in two cases:

- the event it would join is placed nowhere or in a country only: it takes the places of the
  untold sentences nearest it, in that country;
- its sentence says, outside the background, that something happened there: a verb of
  occurrence or of violence governs it («للحادث الذي وقع في منطقة X», «الهجمات التي استهدفت
  نقطة في مخيم X»), or it is the subject of «تعرض» with an attack after it («منطقة X تعرضت أيضا
  للاعتداء»).  The words are ``place_happened.tsv`` and the verbs of ``violence_verbs.tsv``; the
  place joins the nearest event when that event is placed in the same country.

>>> from waqia.pipeline import default_pipeline
>>> from waqia.settings import Settings
>>> doc = default_pipeline(Settings()).analyse(
...     "قتل ثلاثة مدنيين في قصف على ريف إدلب أمس. وقال ناشطون إن الحادث وقع في قرية كفرنبل.")
>>> [loc.span.text for loc in doc.layer("events")[0].locations]
['كفرنبل', 'إدلب']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from waqia.core.morphology import has_article
from waqia.stages.claims.context import background_positions, in_background
from waqia.stages.places.roles import is_country

if TYPE_CHECKING:
    from waqia.core.document import Document

#: how many words after a verb of occurrence its place may stand (a list of places included), unless
#: its entry says (``reach``)
REACH = 12
#: how many words after a source's name its own place may begin («مصدر في شرطة محافظة X»)
SPEAKER_REACH = 5
#: how many words before «تعرض» its subject may end
SUBJECT_REACH = 4
#: how many words after «تعرض» the attack it suffered must begin («تعرضت أيضا للاعتداء»)
OBJECT_REACH = 2


def attach_untold(doc: Document, drafts: list[Any], hosts: Any, untold: list[Any]) -> None:
    """Give ``untold`` places (finer than a country, with a province, of sentences no event is
    told in) to the nearest event when it is placed nowhere or in their country only, or when
    their sentence says that something happened there and the event is placed in their country."""
    placeless = {id(d): {p.location.country for p in d.places} for d in drafts  # an event its own sentences place
                 if all(is_country(p) for p in d.places)}
    happened = _happened(doc, untold) if untold else set()
    for p in untold:
        host = hosts.nearest(p.sentence, p.start)
        if id(host) in placeless and placeless[id(host)] <= {p.location.country}:
            host.places.append(p)  # in the country the event is placed in, if any
        elif id(p) in happened and p.location.country in {q.location.country for q in host.places}:
            host.places.append(p)
    countries = {q.location.country for d in drafts for q in d.places}
    if all(is_country(q) for d in drafts for q in d.places):
        _speakers_place(doc, hosts, countries)
    else:
        _speakers_event(doc, hosts, drafts)


def _speakers_place(doc: Document, hosts: Any, countries: set[str]) -> None:
    """When nothing places the story but a country, the province or town of a local speaker who tells
    it («قال المتحدث باسم الشرطة في ولاية X إن مسلحين قتلوا ...», «أفاد مصدر طبي في مدينة X بمقتل ...»):
    the first place, finer than a country and in the story's country if any, a few words after a
    source's name in its sentence."""
    for p in _spoken_places(doc):
        if countries <= {p.location.country}:
            hosts.nearest(p.sentence, p.start).places.append(p)
            return


def _speakers_event(doc: Document, hosts: Any, drafts: list[Any]) -> None:
    """An event of a placed story that nothing places but a country, told by a local speaker in a sentence of
    its own («وفي حادث منفصل، قال مصدر أمني في محافظة X إن مسلحين خطفوا ...»), takes that speaker's place: the
    sentence names no other place and tells a new event after it (a trigger without the article: a verb, not
    «الهجوم» retold by a rival source)."""
    placeless = {id(d) for d in drafts if all(is_country(q) for q in d.places)}
    if not placeless:
        return
    placed = {p.sentence for p in doc.layer("places") if not p.context and not is_country(p)}
    told = [(doc.sentence_of(m.start), m.start) for m in doc.matches_of("event_triggers") if not has_article(str(m.prefix))]
    for p in _spoken_places(doc):
        if p.sentence in placed or not any(s == p.sentence and at > p.end for s, at in told):
            continue
        host = hosts.nearest(p.sentence, p.start)
        if id(host) in placeless and {q.location.country for q in host.places} <= {p.location.country}:
            host.places.append(p)
            placeless.discard(id(host))


def _spoken_places(doc: Document) -> list[Any]:
    """The places, finer than a country and with a province, a few words after a source's name in their
    sentence («مصدر طبي في مدينة X»): where a local speaker sits."""
    if "source_mentions" not in doc.layers:
        return []
    ends = {doc.token_index(max(s.end - 1, s.start)) for s in doc.layer("source_mentions")}
    out = []
    for p in doc.layer("places"):
        first = doc.token_index(p.start)
        if p.context and not is_country(p) and p.location.admin1 \
                and any(k in ends and doc.sentence_of(doc.tokens[k].start) == p.sentence
                        for k in range(first - SPEAKER_REACH, first)):
            out.append(p)
    return out


def _happened(doc: Document, places: list[Any]) -> set[int]:
    """The ids of ``places`` governed by a word of ``place_happened.tsv`` or a verb of violence."""
    found = doc.matches_of("place_happened")

    def last(m: Any) -> int:
        return doc.token_index(max(m.end - 1, m.start))

    attacks = {doc.token_index(m.start) for m in doc.matches_of("event_triggers")}
    attacks |= {doc.token_index(m.start) for m in found if m.entry.get("side") == "attack"}
    cues = [(m, m.entry.get("side"), int(m.entry.get("reach") or REACH))
            for m in found if m.entry.get("side") in ("after", "before")]
    cues += [(m, "after", REACH) for m in doc.matches_of("violence_verbs") if m.entry.get("type") == "verb"]
    cues = [c for c in cues if c[1] == "after" or any(last(c[0]) < t <= last(c[0]) + OBJECT_REACH for t in attacks)]
    if not cues:
        return set()
    past = background_positions(doc, ("past", "general"))
    by_sentence: dict[int, list[tuple[int, int, str, int]]] = {}  # sentence -> (first, last token, side, reach)
    for m, side, reach in cues:
        if not in_background(doc, m.start, past):
            by_sentence.setdefault(doc.sentence_of(m.start), []).append((doc.token_index(m.start), last(m), side, reach))
    out: set[int] = set()
    for p in places:
        first, end = doc.token_index(p.start), doc.token_index(max(p.end - 1, p.start))
        if any(side == "after" and 0 < first - b <= reach or side == "before" and 0 < a - end <= SUBJECT_REACH
               for a, b, side, reach in by_sentence.get(p.sentence, ())):
            out.add(id(p))
    return out
