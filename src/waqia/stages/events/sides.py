"""The sides of an event: the forces named near its words, and the attacking force it counts."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace

from waqia.core.document import Document, Span
from waqia.core.lexicon import Entry
from waqia.core.morphology import has_article
from waqia.output import Actor, Claim
from waqia.stages.actors import ActorMention
from waqia.stages.claims.context import background_positions, in_background


def _no_side(a: ActorMention) -> bool:
    """A force named for what it is to another, not for its part in the event: the body a speaker
    belongs to, the holder of the ground, the armed group a side is linked or loyal to («المرتبطة
    بتنظيم القاعدة»; militias loyal to an army fight for it, so the army stays a side)."""
    return a.role in ("speaker", "holder") or a.role == "patron" and a.category == "armed_group"


@dataclass(frozen=True)
class Named:
    """What every event of a document reads the same way (#14: read once per document, not per event):
    the places' extents, where each side is first named, the extents of the nouns for civilians."""
    places: list[tuple[int, int]]
    first: dict[str, Span]
    civilians: list[tuple[int, int]]
    states: frozenset[str] = frozenset()  # the names of the state forces the article names by name, not by kind


#: the name of the forces of a government named by kind («القوات النظامية», «القوات الحكومية»)
GOVERNMENT = "Government forces"


def _the_named_state(a: ActorMention, states: frozenset[str]) -> ActorMention:
    """A government's forces named by kind («القوات النظامية», :data:`GOVERNMENT`) in an article that names one state force
    by name («قوات النظام السوري») are that force: one side, shown as the article names it."""
    if a.kind and a.name == GOVERNMENT and len(states) == 1:
        return replace(a, name=next(iter(states)), kind=False)
    return a


def named_in(doc: Document) -> Named:
    """The :class:`Named` of ``doc``."""
    places = [(p.start, p.end) for p in doc.layer("places")]
    states = frozenset(a.name for a in doc.layer("actors") if a.category == "state_forces" and not a.kind)
    return Named(places, _first_named(doc, places), _civilian_words(doc), states)


def event_actors(doc: Document, mentions: list[ActorMention], claims: tuple[Claim, ...] = (),
                 named: Named | None = None) -> tuple[Actor, ...]:
    """The sides, once each; a side whose people are counted as casualties is a target.  A force
    named as the body a speaker belongs to, or inside a place's name, is no side.  ``named``:
    :func:`named_in` of ``doc``, when the caller has it."""
    victims = [(c.party.span.start, c.party.span.end) for c in claims
               if c.party.span is not None and c.kind in ("killed", "injured", "captured", "missing")]
    named = named_in(doc) if named is None else named
    places, first = named.places, named.first
    out: list[Actor] = []
    names: set[str] = set()
    for a in _one_armed_side(mentions):
        a = _the_named_state(a, named.states)
        if a.name in names or _no_side(a):  # «مصدر في الشرطة», «تحت سيطرة X»
            continue
        if a.kind and a.category == "state_forces" and any(
                o.category == "state_forces" and {o.role, a.role} != {"initiator", "target"} for o in out):
            continue  # «الجيش» after «قوات الأمن» in one story: one state's forces, one side
        if any(s <= a.start and a.end <= e for s, e in places):  # «ساحة الطيران» is a square
            continue
        names.add(a.name)
        span = doc.span(a.start, a.end)
        role = a.role if a.role in ("initiator", "target") else "other"  # «الموالية للجيش»: a patron army is a side
        if role == "other" and any(s <= span.start and span.end <= e for s, e in victims):
            role = "target"
        if role == "other" and a.reports:
            continue  # «وفق الشرطة», «فتحت الشرطة تحقيقا»: the police tell and investigate, no side of the event
        out.append(Actor(first.get(a.name, span), a.name, a.category, role))
    for c in claims:  # «انتحاريان فجرا نفسيهما»: the attacking force counted is the initiator, unless one of its side is
        if c.kind == "participants" and c.party.span is not None and c.party.name not in names \
                and not any(o.role == "initiator" and o.category == c.party.category for o in out):
            names.add(str(c.party.name))
            out.append(Actor(_first_said(doc, c.party.span), str(c.party.name), c.party.category, "initiator"))
    return tuple(out + _victims(out, claims, named.civilians))


def _first_said(doc: Document, span: Span) -> Span:
    """Where the noun of a force counted and told back by the article («عدد المسلحين تراوح بين 10 و15») is first
    said in the article: the same entry of actor_terms in another inflection («أنزلهم مسلحون»), earlier; else
    ``span`` (an indefinite noun, «انتحاريين اثنين», is where the force is named)."""
    terms = doc.matches_of("actor_terms")
    line = next((m.entry.line for m in terms if m.start <= doc.normal_pos(span.start) < m.end and has_article(m.prefix)), None)
    first = min((m for m in terms if m.entry.line == line and m.end <= doc.normal_pos(span.start)), default=None,
                key=lambda m: m.start)
    return span if line is None or first is None else doc.span(first.start, first.end)


def acting_sides(doc: Document, blocked: set[int]) -> set[int]:
    """Where the subjects of verbs of violence (``violence_verbs.tsv``) begin, outside the background:
    the side right after the verb («استهدفت قوات X مدنا»), right before it («أن قوات X استهدفت»), or
    the speaker of «قال الجيش إنه استهدف»; a side read as a target («استهدفت مواقع X») is none.  Where no trigger tells an event, they still name who did it;
    «القصف» is a noun, no verb."""
    verbs = doc.matches_of("violence_verbs")
    says = {doc.token_index(m.start) for m in verbs if m.entry.get("type") == "says"}
    actors: dict[int, list[ActorMention]] = {}  # by sentence, in layer order
    for a in doc.layer("actors"):
        if a.role not in ("speaker", "holder", "patron", "target"):
            actors.setdefault(a.sentence, []).append(a)
    out: set[int] = set()
    past: list[int] | None = None
    for m in verbs:
        if m.entry.get("type") != "verb" or has_article(m.prefix):
            continue
        s = doc.sentence_of(m.start)
        if s in blocked:
            continue
        if past is None:  # read once, and only for a document with a verb to read it for (#14)
            past = background_positions(doc, ("past", "general"))  # «منذ مساء أمس» dates the act
        if in_background(doc, m.start, past):
            continue
        ti = doc.token_index(m.start)
        mine = actors.get(s, [])
        after = [a for a in mine if ti < doc.token_index(a.start) <= ti + 2]  # «اختطفهم تنظيم "X"»
        before = [a for a in mine if a.end <= m.start and doc.token_index(max(a.end - 1, a.start)) == ti - 1]
        speaker = [a for a in mine if a.end <= m.start] if ti - 1 in says else []
        for a in after or before or speaker[-1:]:
            out.add(a.start)
    return out


def _one_armed_side(mentions: list[ActorMention]) -> list[ActorMention]:
    """Armed men named by a noun for people («مسلحون», «انتحاري») are the men of the armed group the
    event names beside them, not a side of their own: «هجوم لحركة الشباب نفذه مسلحون» has one side.  With
    no group named, the armed men of one event are one side, as first named: «هاجم مسلحون القرية ...
    وفر المهاجمون» names one side."""
    if any(a.category == "armed_group" and not (a.person or a.kind) and a.role != "target" for a in mentions):
        return [a for a in mentions if not (a.person and a.category == "armed_group")]
    men = [a for a in mentions if a.person and a.category == "armed_group"]
    return [a for a in mentions if not men or a is men[0] or not (a.person and a.category == "armed_group")]


def _first_named(doc: Document, places: list[tuple[int, int]]) -> dict[str, Span]:
    """Where the article first names each side: a side is written one way in every event
    («الحوثيون» in the lead, «للحوثيين» further down are one side, shown as first named)."""
    out: dict[str, Span] = {}
    for a in doc.layer("actors"):
        if a.name not in out and not _no_side(a) and not any(s <= a.start and a.end <= e for s, e in places):
            out[a.name] = doc.span(a.start, a.end)
    return out


def _victims(sides: list[Actor], claims: tuple[Claim, ...], named: list[tuple[int, int]]) -> list[Actor]:
    """Civilians counted as casualties are the side the event struck when no state force is named as
    its target: «قتل 4 مدنيين في قصف» lists «مدنيين»; with «استهدف الجيش» the target is the army.  An
    armed group read as a target does not stop them: the words before it are often its own men
    («نفذه عناصر من التنظيم»), not an attack on it."""
    if any(a.category == "civilians" or a.role == "target" and a.category == "state_forces" for a in sides):
        return []
    parties = [c.party for c in claims if c.kind in ("killed", "injured", "captured", "missing")
               and c.party.category == "civilians" and c.party.span is not None and c.party.name
               and any(s < c.party.span.end and c.party.span.start < e for s, e in named)]
    first = min(parties, key=lambda p: p.span.start if p.span else 0, default=None)  # as first written
    if first is not None and _mostly_forces(claims):
        return []
    return [Actor(first.span, str(first.name), "civilians", "target")] if first and first.span else []


def _mostly_forces(claims: tuple[Claim, ...]) -> bool:
    """More of the state's men than civilians among the dead or wounded the event counts («مقتل 9 من
    رجال الأمن وامرأة»): the attack struck the forces, the civilians fell beside them."""
    def counted(side: str) -> int:
        return sum(c.value or 0 for c in claims if c.kind in ("killed", "injured") and c.party.category == side)
    return counted("state_forces") > counted("civilians")


def _civilian_words(doc: Document) -> list[tuple[int, int]]:
    """Where nouns for civilian people are written (original offsets), but for the generic ones:
    «قتل 3 أشخاص» says nothing of who they were."""
    out = []
    for m in doc.matches_of("actor_terms"):
        if _civilian_noun(m.entry):
            span = doc.span(m.start, m.end)
            out.append((span.start, span.end))
    return out


@functools.lru_cache(maxsize=4096)
def _civilian_noun(entry: Entry) -> bool:
    """A noun for civilian people that says who they were (read once per entry, #14)."""
    return entry.get("type") == "person" and entry.get("category") == "civilians" and "generic" not in entry.get("flags")
