"""Sub-event types adjusted by what a trigger's sentence says about the sides."""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Entry
from waqia.stages.claims.context import without
from waqia.stages.claims.rules import ClaimMention
from waqia.stages.events.crowds import crowd_fights
from waqia.stages.events.means import (
    SHELLING,
    at_protesters,
    by_air,
    fired_at_force,
    fired_with,
    led_away,
    means_near,
    mob_hands,
    mob_storms,
    names_protesters,
    on_settlement,
    protesters_against,
    protesters_in,
    raids,
    repelled,
    storms,
)
from waqia.stages.events.scope import denied_by_without, fresh_items
from waqia.stages.events.territory import OVERTAKES, held, managed, overran_by, taken_by

#: a shooting at protesters is force against their protest («أطلقت النار على متظاهرين»)
SHOOTINGS = ("Attack", "Armed clash")
#: a protest that its riot is in its sentence: the one event is the riot («تظاهر المئات وأحرقوا الإطارات»; tear gas
#: at protesters who throw stones meets the riot), unless protesters fell (force against them stays its own)
QUELLED = ("Peaceful protest", "Protest with intervention")
#: the sub-event type of people taken away by a side of no state
ABDUCTION = "Abduction/forced disappearance"
#: the event types of an armed attack: arson by armed men in a story that tells one is part of it
ASSAULTS = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def arson(doc: Document, triggers: list[Any], blocked: set[int]) -> list[Any]:
    """Setting fire (sub-event type ``arson``: «أضرم النار») is a riot when protesters do it or no armed
    men are named; by armed men («مسلحون نهبوا المحال وأضرموا النار فيها») it is no riot: part of their
    attack when the story tells one («اقتحموا السوق»), else the destruction of property.  Settlers' arson
    stays for :func:`refine` (an attack on civilians).  «أحرق» (sub-event type ``burning``) burns anything
    (a flag, a body, tyres): a riot or the settlers' attack as arson is, by armed men nothing of its own."""
    if any(t.sub_event_type == "destroyed" for t in triggers):
        triggers = _destroyed(triggers)
    if not any(t.sub_event_type in ("arson", "burning") for t in triggers):
        return triggers
    armed = not names_protesters(doc, blocked) and (
        any(a.category == "armed_group" for a in doc.layer("actors")) or any(
            m.entry.get("type") == "person" and m.entry.get("category") == "armed_group"
            for m in doc.matches_of("actor_terms")))
    attack = any(t.event_type in ASSAULTS for t in triggers)
    out = []
    for t in triggers:
        if t.sub_event_type not in ("arson", "burning"):
            out.append(t)
        elif not armed or protesters_in(doc, t.sentence) or _civilian_assailants(doc, t):
            out.append(replace(t, sub_event_type="Violent demonstration"))
        elif not attack and t.sub_event_type == "arson":
            out.append(replace(t, event_type="Strategic developments", sub_event_type="Looting/property destruction",
                               weight=1))
    return out


def _destroyed(triggers: list[Any]) -> list[Any]:
    """A building blown up or destroyed by its verb (sub-event type ``destroyed``: «نسفت القوات منزل الأسير»)
    is the destruction of property, but beside an assault in its sentence («دمرت الغارة منزلا»): the
    assault's damage, no event of its own."""
    assaults = {t.sentence for t in triggers if t.event_type in ASSAULTS}
    return [replace(t, sub_event_type="Looting/property destruction") if t.sub_event_type == "destroyed" else t
            for t in triggers if not (t.sub_event_type == "destroyed" and t.sentence in assaults)]


def refine(doc: Document, triggers: list[Any], claims: list[ClaimMention]) -> list[Any]:
    """Adjust sub-event types with what the sentence says about the sides."""
    out = []
    by_sentence: dict[int, list[ClaimMention]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    shot = {t.pos for t in triggers if t.sub_event_type in SHOOTINGS and t.weight < 2 and at_protesters(doc, t.sentence)}
    days, fresh = days_named(doc), fresh_items(doc)
    shot_at = {t.sentence for t in triggers if t.pos in shot}
    protest_subs: dict[int, str] = {}
    doc_sides = {a.category for a in doc.layer("actors") if not a.person} & {"state_forces", "armed_group"}
    doc_cats = {c.claim.party.category for c in claims}
    # a story told by strong clash words («معارك»): its weak battle words («معركة») are that battle
    fought = any(t.sub_event_type == "Armed clash" and t.weight >= 2 for t in triggers)
    arrests, led = _takings(doc, triggers)
    clashes = {t.sentence for t in triggers if t.sub_event_type == "Armed clash" and t.weight >= 2}
    # «اعتقلت الشرطة عشرات المحتجين»: protesters arrested met force (the arrests stay an event of their own)
    seized = {s for s in arrests if protesters_in(doc, s)}
    for t in triggers:
        if t.weight < 2 and t.event_type == "Battles" and (t.sentence in arrests or t.sentence in led) and raids(doc, t.pos) \
                and (t.sentence in arrests or not means_near(doc, t.pos, t.end, "position", before=False)):  # sets first (#14)
            continue  # «اقتحمت القوات البلدة واعتقلت خمسة», «اقتحموا المدرسة واقتادوا الطلاب»: the raid of the taking
        if t.weight < 2 and t.sub_event_type == "Attack" and t.sentence in clashes and t.pos not in shot \
                and not shot_apart(t, triggers, days, fresh):
            continue  # «اندلع الاشتباك عندما أطلق مسلحون النار على ضابط»: the shot that opened the clash
        cats = {c.claim.party.category for c in by_sentence.get(t.sentence, [])} or doc_cats
        if by_air(doc, t.sub_event_type, t.weight, t.pos, t.end):
            t = replace(t, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", definite=False)
        elif t.generic and t.weight < 2 and t.event_type == "Battles" and fired_with(doc, t, triggers):
            t = replace(t, event_type="Explosions/Remote violence", sub_event_type=SHELLING, definite=False)
        elif t.event_type == "Protests" or t.pos in shot:
            if t.sentence not in protest_subs:  # read once per sentence (#14)
                protest_subs[t.sentence] = _protest_sub_type(triggers, _uncaused(doc, claims), shot_at, t.sentence, days, seized)
            t = replace(t, event_type="Protests", sub_event_type=protest_subs[t.sentence])
        elif t.sub_event_type == "Attack" and t.weight < 2 and fired_at_force(doc, t.pos, t.end):
            t = replace(t, event_type="Battles", sub_event_type="Armed clash")  # «أطلقوا النار على دورية للجيش»
        elif t.sub_event_type == "Armed clash" and (t.weight < 2 and protesters_in(doc, t.sentence)
                                                    or protesters_against(doc, t.end) or crowd_fights(doc, t.pos, t.end)):
            # «اقتحم متظاهرون المقر»: the protest turned violent (a strong clash word beside protesters stays: check fell)
            t = replace(t, event_type="Riots", sub_event_type="Violent demonstration")
        elif t.sub_event_type == "Armed clash" and t.weight < 2 and mob_storms(doc, t.pos, t.end):
            t = replace(t, event_type="Riots", sub_event_type="Mob violence")  # «هاجم الأهالي مركز الشرطة»
        elif t.event_type == "Battles" and t.sub_event_type == "Armed clash" and t.weight < 2 \
                and ((t.generic or not fought or shot_apart(t, triggers, days, fresh))
                     and _one_sided(doc, t, cats, 1 if t.shot else len(doc_sides))
                     or _stormed_and_killed(doc, t, by_sentence.get(t.sentence, []))):
            t = replace(t, event_type="Violence against civilians", sub_event_type="Attack")
        elif t.sub_event_type in ("territory", "fallen", "overran"):
            taken = taken_by(doc, t)
            if held(doc, t.pos) or t.sub_event_type == "overran" and not _overran(doc, t, taken, by_sentence.get(t.sentence, [])):
                continue  # «المواقع التي سيطر عليها التنظيم»: ground held, it tells no taking
            # «تمكن المهاجمون من السيطرة على الموقع»: the verbal noun tells the taking, it refers back to no event
            t = replace(t, sub_event_type=taken, definite=t.definite and not managed(doc, t.pos))
        if (t.event_type == "Riots" or t.sub_event_type == "Armed clash" and t.weight < 2) \
                and _civilian_assailants(doc, t):
            t = replace(t, event_type="Violence against civilians", sub_event_type="Attack")
        out.append(t)
        if t.generic and t.sub_event_type == "Armed clash" and _both_fell(by_sentence.get(t.sentence, []), doc):
            out.append(replace(t, event_type="Violence against civilians", sub_event_type="Attack"))
    return _mobbed(doc, _rioted(out, triggers))


def _mobbed(doc: Document, out: list[Any]) -> list[Any]:
    """An attack on civilians whose doers, after «على أيدي», are a crowd of civilians (:func:`mob_hands`) is mob
    violence: «قتل شاب ضربا على أيدي حشد من السكان»."""
    if not any(t.sub_event_type == "Attack" for t in out):
        return out
    return [replace(t, event_type="Riots", sub_event_type="Mob violence")
            if t.sub_event_type == "Attack" and mob_hands(doc, t.sentence) else t for t in out]


def _takings(doc: Document, triggers: list[Any]) -> tuple[set[int], set[int]]:
    """The sentences of arrests, and those of abductions or of people led away in a story of a taking
    («واقتادوا الطلاب»: means ``taken``)."""
    arrests = {t.sentence for t in triggers if t.sub_event_type == "Arrests"}
    taken = {t.sentence for t in triggers if t.sub_event_type == ABDUCTION}
    if taken or arrests:
        taken |= led_away(doc)
    return arrests, taken


def _rioted(out: list[Any], triggers: list[Any]) -> list[Any]:
    """«اقتحم محتجون المبنى»: the protesters riot; force that felled them there stays its own event.  With no word
    of a gathering in the story, a dispersal in a sentence of its own («خلال محاولة تفريق المحتجين») is the riot's."""
    riots = {t.sentence for t in out if t.event_type == "Riots"}
    gathered = bool(riots) and any(t.sub_event_type == "Peaceful protest" and t.weight >= 2 for t in triggers)  # asked of a riot (#14)
    return [t for t in out if not (t.event_type == "Protests" and t.sub_event_type in QUELLED
                                   and (t.sentence in riots or riots and not gathered))]


def _both_fell(own: list[ClaimMention], doc: Document) -> bool:
    """A generic attack whose sentence counts civilians and the state's men killed, the civilians no fewer
    («قتل 40 مدنيا و10 جنود في هجوم للمسلحين»), or names both in the one side of a toll («قتل مئات المدنيين
    والعسكريين»): the civilians were a target of their own, an attack on them beside the battle; a civilian or
    two among the forces' dead («5 شرطيين ... وامرأة») fell in the battle."""
    if any(c.claim.kind == "killed" and _names_both(doc, c.claim.party) for c in own):
        return True
    dead = {"civilians": 0, "state_forces": 0}
    for c in own:
        if c.claim.kind == "killed" and c.claim.party.category in dead and c.claim.value:
            dead[c.claim.party.category] += c.claim.value
    return dead["state_forces"] > 0 and dead["civilians"] >= max(dead["state_forces"], 2)


def _names_both(doc: Document, party: Any) -> bool:
    """The side of a toll, one noun phrase, names civilians and the state's men («المدنيين والعسكريين»,
    «الجنود والمدنيين»: words of actor_terms inside its span)."""
    span = getattr(party, "span", None)
    if span is None:
        return False
    cats = {m.entry.get("category") for m in doc.matches_of("actor_terms") if span.start <= m.start and m.end <= span.end}
    return cats >= {"civilians", "state_forces"}


def _overran(doc: Document, t: Any, taken: str, own: list[ClaimMention]) -> bool:
    """«اجتاح» tells ground taken by an armed group of no state named right after it («اجتاح مسلحو الحركة
    البلدة»); a state's incursion («اجتاحت قوات الاحتلال المخيم») is a raid, settlers who sweep over land
    attack civilians, and a village overrun where only civilians fell («اجتاحت القوات القرية وقتلت مئة من
    سكانها») is the attack on them."""
    fell = {c.claim.party.category for c in own if c.claim.kind in ("killed", "injured")}
    return taken == OVERTAKES and overran_by(doc, t) and not _civilian_assailants(doc, t) and fell != {"civilians"}


def _one_sided(doc: Document, t: Any, cats: set[str], sides: int) -> bool:
    """An attack with civilians only as victims: in a story of one side (or shot by a side named as the
    fire they fell to: «برصاص»), stormed by armed men of no named force («هاجم مسلحون قرية»), or told by a word for any
    attack whose object is where people live («قتلت 34 شخصا في هجمات على قرى»); never an attack that defenders
    repelled («دحرت القوات هجوما للمتمردين على المدينة»), whatever civilians fell elsewhere in the story."""
    if repelled(doc, t.pos):
        return False
    if cats == {"civilians"} and sides < 2:
        return True
    if t.generic:
        return "civilians" in cats and not cats & {"state_forces", "armed_group"} and on_settlement(doc, t.pos, t.end)
    # «هاجم مسلحون مجهولون قرية»: armed men of no named force storming where people live, no fighter falling
    return sides == 0 and storms(doc, t.pos) and not cats & {"state_forces", "armed_group"} \
        and on_settlement(doc, t.pos, t.end, direct=True)


def _stormed_and_killed(doc: Document, t: Any, own: list[ClaimMention]) -> bool:
    """«هاجم مسلحون قرية سيتنغا وقتلوا عشرين مدنيا»: armed men storming where people live, civilians the only
    ones fallen in that sentence: an attack on them even in a story that tells a battle elsewhere.  A raid by
    state forces («اقتحام الجيش المخيم») in such a story may be the battle: left as it is."""
    fell = {c.claim.party.category for c in own if c.claim.kind in ("killed", "injured")}
    return fell == {"civilians"} and storms(doc, t.pos) and on_settlement(doc, t.pos, t.end, direct=True) \
        and not any(a.sentence == t.sentence and a.category == "state_forces" for a in doc.layer("actors"))


def _civilian_assailants(doc: Document, t: Any) -> bool:
    """The subject of the trigger is a group whose members are civilians but who attack as a side
    (``victims_civilians`` in ``actor_terms.tsv``: settlers), right after a verb that comes first or
    right before it («أضرم مستوطنون النار في منازل», «عشرات المستوطنين هاجموا القرية»): their arson
    or assault is an attack on civilians, not a riot or a battle."""
    first, last = doc.token_index(t.pos), doc.token_index(max(t.end - 1, t.pos))
    return any(0 < doc.token_index(m.start) - last <= 2 or 0 < first - doc.token_index(max(m.end - 1, m.start)) <= 1
               or _aside_before(doc, m.end, t.pos) for m in _assailants(doc).get(t.sentence, ()))


def _aside_before(doc: Document, end: int, pos: int) -> bool:
    """The group ending at ``end`` is the subject of the verb at ``pos`` across an aside between commas of at
    most :data:`ASIDE` words: «نحو 40 مستوطنا، بعضهم مسلحون، اقتحموا القرية»."""
    if end > pos:
        return False
    gap = doc.norm.text[end:pos].strip()
    return gap[:1] in ",،" and gap[-1:] in ",،" and 1 < len(gap) and len(gap[1:-1].split()) <= ASIDE \
        and not any(c in gap[1:-1] for c in ",،.؛;:\n")


#: the most words of an aside between a group and its verb («، بعضهم مسلحون،»)
ASIDE = 3

_seen: tuple[object, dict[int, list[Any]]] = (None, {})


def _assailants(doc: Document) -> dict[int, list[Any]]:
    """The groups flagged ``victims_civilians`` of the document last asked about, by sentence."""
    global _seen
    matches = doc.layer("matches")
    if _seen[0] is not matches:
        found: dict[int, list[Any]] = {}
        for m in doc.matches_of("actor_terms"):
            if _victims_civilians(m.entry):
                found.setdefault(doc.sentence_of(m.start), []).append(m)
        _seen = (matches, found)
    return _seen[1]


@functools.lru_cache(maxsize=4096)
def _victims_civilians(entry: Entry) -> bool:
    """An entry flagged ``victims_civilians`` (read once per entry, #14)."""
    return "victims_civilians" in (entry.get("flags") or "")


def days_named(doc: Document) -> dict[int, set[Any]]:
    """The days each sentence names as event dates («وفي يوم الإثنين»)."""
    out: dict[int, set[Any]] = {}
    for d in doc.layer("dates"):
        if d.date and getattr(d, "is_event_date", not getattr(d, "background", False)):
            out.setdefault(doc.sentence_of(d.start), set()).add(d.date)
    return out


def _uncaused(doc: Document, claims: list[ClaimMention]) -> list[ClaimMention]:
    """The claims but those of what a protest protests («تظاهروا احتجاجا على مقتل ناشط»: the activist fell
    before, not to force against this protest)."""
    cues = without(doc, "cause")
    return [c for c in claims if not denied_by_without(doc, c.pos, cues)] if cues else claims


def _protest_sub_type(triggers: list[Any], claims: list[ClaimMention], shot_at: set[int], sentence: int,
                      days: dict[int, set[Any]], seized: set[int]) -> str:
    """The protest told in ``sentence`` met by force: with intervention, or excessive force when protesters
    fell or were shot at (``shot_at``: sentences); protesters arrested in its sentence (``seized``) met force.
    Force told on another day than the protest's («تجمع المحتجون يوم الأحد ... وفي يوم الإثنين أطلقت قوات الأمن الرصاص») met another protest."""
    def near(s: int) -> bool:
        return not (s != sentence and days.get(s) and days.get(sentence) and not days[s] & days[sentence])

    protest_sentences = {t.sentence for t in triggers if t.event_type == "Protests"}
    # the toll of a sentence that tells another event is that event's («قتل مسلحون مزارعين ... وفي يوم
    # الثلاثاء خرج مئات في مظاهرة»): only the protest's own sentence or an untold one beside it counts
    other = {t.sentence for t in triggers if t.event_type != "Protests" and t.sentence not in shot_at} - protest_sentences
    if any(near(s) for s in shot_at) or any(
            c.claim.kind in ("killed", "injured") and c.claim.party.category == "civilians" and near(c.sentence)
            and abs(c.sentence - s) <= 1 and c.sentence not in other for c in claims for s in protest_sentences):
        return "Excessive force against protesters"
    if any(t.sub_event_type == "Protest with intervention" and near(t.sentence) for t in triggers) or sentence in seized:
        return "Protest with intervention"
    return "Peaceful protest"


def told_by_figures(doc: Document, claims: list[ClaimMention]) -> tuple[str, str]:
    """The type of an event no word tells, only figures: captives are arrested (abducted when civilians),
    civilians alone were attacked (by a mob when a crowd of civilians did it: :func:`mob_hands`), other sides
    fought."""
    cats = {c.claim.party.category for c in claims}
    kinds = {c.claim.kind for c in claims}
    if kinds <= {"captured"}:
        return ("Strategic developments", "Arrests") if "civilians" not in cats else \
            ("Violence against civilians", "Abduction/forced disappearance")
    if cats <= {"civilians"}:
        return ("Riots", "Mob violence") if mob_hands(doc, claims[0].sentence) else ("Violence against civilians", "Attack")
    return "Battles", "Armed clash"


def freed(doc: Document, pos: int) -> bool:
    """A weak word for people taken («رهائن») within three words after a word of release (claim_blockers.tsv
    effect ``release``: «حرر سبعة رهائن», «لتحرير رهائن محتجزين»): the people set free, no taking told."""
    k = doc.token_index(pos)
    return any(m.entry.get("effect") == "release" and 0 < k - doc.token_index(m.end - 1) <= 3
               and doc.sentence_of(m.start) == doc.tokens[k].sentence for m in doc.matches_of("claim_blockers"))


def shot_apart(t: Any, triggers: list[Any], days: dict[int, set[Any]], fresh: set[int] | frozenset[int] = frozenset()) -> bool:
    """The fire someone fell to («برصاص», flag ``shot``) on a day of its own («اندلعت الاشتباكات عقب مقتل شاب برصاص
    مجهولين يوم الخميس» after clashes told on Friday): its sentence names an event day (``days``: days_named) and
    the sentences of the other events told name days, none of them its own: an earlier killing, an event apart.
    So is the fire of a sentence that opens a new item of the news (``fresh``: scope.new_items, «وفي حادث منفصل، قتل
    شاب برصاص مجهولين»), when every other event is told in other sentences."""
    if not getattr(t, "shot", False):
        return False
    others = [u for u in triggers if not getattr(u, "shot", False)
              and u.event_type not in ("Strategic developments", "Protests")]
    if t.sentence in fresh and others and all(u.sentence != t.sentence for u in others):
        return True
    if others and all(u.sentence != t.sentence and u.sub_event_type == "Air/drone strike" for u in others):
        return True  # «واستشهد مواطن آخر برصاص حرس الحدود» after air strikes: fire is no strike from the air
    own = days.get(t.sentence, set())
    told = [days[u.sentence] for u in others if u.sentence != t.sentence and u.sentence in days]
    return bool(own and told) and not any(o & own for o in told)


def arrests_apart(doc: Document, triggers: list[Any], claims: list[ClaimMention]) -> set[int]:
    """Where the definite words for arrests stand («القبض على») that have the count of those taken right after them
    in a sentence no other event word and no dead or wounded tell anything in («وأعلن جهاز الأمن الوطني القبض على
    ثلاثة متهمين»): arrests of their own, not the event told before referred back to (beside the fighting's dead,
    «القضاء على 10 مسلحين وإلقاء القبض على اثنين مجروحين», they are the battle's captives).  A sweep after the count
    in its clause (means ``sweep``: «ألقت القبض على خمسة آخرين خلال عمليات التمشيط») tells an operation of its own
    even in the battle's sentence."""
    arrests = [t for t in triggers if t.definite and t.sub_event_type == "Arrests"]
    if not arrests:
        return set()
    counts = {doc.token_index(q.start) for q in doc.layer("numbers")}
    fell = {c.sentence for c in claims if c.claim.kind in ("killed", "injured")}
    return {t.pos for t in arrests if doc.token_index(t.end) in counts
            and (means_near(doc, t.pos, t.end, "sweep", before=False) or t.sentence not in fell
                 and not any(u.sentence == t.sentence and u.sub_event_type != "Arrests" for u in triggers))}
