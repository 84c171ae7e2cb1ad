"""Rules of the coding guidelines that join or split drafted events.

«An attack by armed men on army positions is an Armed clash; car bombs, shells or
drones used inside such a ground attack are part of the battle and not coded
apart»: a weapon the article names without a toll of its own, in an article that
reports ground fighting, is folded into the fighting.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar


class Draft(Protocol):
    event_type: str
    sub_event_type: str
    claims: list[Any]
    places: list[Any]
    actors: list[Any]
    triggers: list[Any]


#: sub-event types of ground fighting
GROUND = frozenset({"Armed clash", "Non-state actor overtakes territory", "Government regains territory"})
#: strikes from the air are their own events even beside ground fighting
FROM_THE_AIR = frozenset({"Air/drone strike"})
#: bombs set off on the ground, that open an assault told after them
BOMBS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})


D = TypeVar("D", bound=Draft)


def fold_weapons_into_battles(drafts: list[D], fresh: frozenset[int] | set[int] = frozenset(),
                              sequels: frozenset[int] | set[int] = frozenset()) -> list[D]:
    """Drop an explosion event with no figures of its own when the article reports ground
    fighting of its day; its places and sides go to the first battle (``fresh``: the sentences that open
    another item of the news, «وفي حادث منفصل», whose bomb opened no attack told before; ``sequels``: the
    sentences that name the blast by a definite word, scope.after_blasts)."""
    battles = [d for d in drafts if d.event_type == "Battles" and d.sub_event_type in GROUND]
    if not battles:
        return drafts
    kept = []
    for d in drafts:
        if d.event_type != "Explosions/Remote violence" or d.sub_event_type in FROM_THE_AIR:
            kept.append(d)
        elif not d.claims and not all(fired_apart(t, [u for b in battles for u in b.triggers]) for t in d.triggers) \
                and any(None in (_day(b), _day(d)) or _day(b) == _day(d) for b in battles):  # a bomb of another day stays
            battles[0].places.extend(p for p in d.places if p not in battles[0].places)
            battles[0].actors.extend(a for a in d.actors if a not in battles[0].actors)
        elif (host := _opened(d, battles, sequels) or _opening(d, battles, fresh)) is not None:
            _join(host, d)
        else:
            kept.append(d)
    return kept or drafts


def fired_apart(t: Any, triggers: list[Any]) -> bool:
    """A shelling by a weapon fired from the ground («قصفت القوات الأحياء بالمدفعية», «قذائف الهاون»: flag or
    means ``ground``) told in a sentence of its own, no battle word in it: an event of its own beside the
    fighting, not a weapon used inside the ground attack."""
    return getattr(t, "ground", False) and t.event_type == "Explosions/Remote violence" \
        and not any(u.sentence == t.sentence and u.event_type == "Battles" for u in triggers)


def _opening(d: Draft, battles: list[D], fresh: frozenset[int] | set[int]) -> D | None:
    """The ground attack a bomb told after it opened («هاجم المسلحون القاعدة ... بدأوا هجومهم بتفجير سيارة
    مفخخة ... وقتل الجنود 23 من المهاجمين»): a bomb with no place the battle lacks, whose figures it holds only as the
    nearest event (no word of its own, a bare «الهجوم» aside, in their sentences), after a battle of its
    day told by a word of its own («هاجم», «كمين»; a bare «هجوم إرهابي» names the bombing itself)."""
    own = {t.sentence for t in d.triggers if not getattr(t, "generic", False)}  # «الانفجار» is its own, «الهجوم» any
    if not d.claims or not own or own & fresh or any(getattr(c, "sentence", None) in own for c in d.claims) \
            or all(fired_apart(t, [u for b in battles for u in b.triggers]) for t in d.triggers):
        return None  # a shelling fired from the ground in a sentence of its own stays its own event
    first = min(t.pos for t in d.triggers)
    return next((b for b in reversed(battles) if _day(b) == _day(d) and all(p in b.places for p in d.places)
                 and any(t.pos < first and not getattr(t, "generic", False) for t in b.triggers)), None)


def _opened(d: Draft, battles: list[D], sequels: frozenset[int] | set[int] = frozenset()) -> D | None:
    """The battle a blast opened: one told in the blast's own sentences, after it, on its day («فجر
    انتحاري سيارة مفخخة عند الحاجز، ثم اقتحم المسلحون الحاجز»), or in the sentence right after, which names
    the blast back (``sequels``: «وحاول مسلحون اقتحام القاعدة عقب الانفجار»): the bomb was the first blow of
    the ground attack, and its toll is the battle's (the sentence after only for a bomb: ``BOMBS``)."""
    at = {t.sentence for t in d.triggers}
    first = min((t.pos for t in d.triggers), default=None)
    bomb = d.sub_event_type in BOMBS  # a shell told apart («ضربة منفصلة بقذيفة هاون») is no first blow
    return next((b for b in battles if _day(b) == _day(d) and first is not None and any(
        t.pos > first and (t.sentence in at or bomb and t.sentence in sequels and t.sentence - 1 in at)
        for t in b.triggers)), None)


def fold_labels(drafts: list[D]) -> list[D]:
    """An event told only by a word that judges it («مجزرة») is the nearest other event of the
    article: its figures, places and sides go there."""
    told = [d for d in drafts if d.triggers and not all(getattr(t, "label", False) for t in d.triggers)]
    if not told:
        return drafts
    kept = []
    for d in drafts:
        if d.triggers and all(getattr(t, "label", False) for t in d.triggers):
            at = d.triggers[0].sentence
            host = min(told, key=lambda o: min(abs(t.sentence - at) for t in o.triggers))
            host.claims.extend(d.claims)
            host.places.extend(p for p in d.places if p not in host.places)
            host.actors.extend(a for a in d.actors if a not in host.actors)
        else:
            kept.append(d)
    return kept


def _join(host: Draft, d: Draft) -> None:
    """``d``'s figures, places and sides go to ``host``; its figures stay in text order."""
    host.claims.extend(d.claims)
    host.claims.sort(key=lambda c: getattr(c, "pos", 0))
    host.places.extend(p for p in d.places if p not in host.places)
    host.actors.extend(a for a in d.actors if a not in host.actors)


#: event types whose strong words tell the event a generic «هجوم» of the same story names
NAMED_BY_GENERIC = frozenset({"Explosions/Remote violence", "Battles"})


def fold_generic_attacks(drafts: list[D], assault: bool = False) -> list[D]:
    """An event told only by nouns for any attack («الهجوم», «هجوم إرهابي») in a story that tells a
    bombing, a strike or a battle by its own words is that event: its figures, places and sides go to
    the nearest such event (a weak definite word that joined it, «الانفجار», refers back and does not
    count); so is an assassination («اغتيال») told beside a bombing or a strike, never beside a battle.  In a story of a ground ``assault`` («اقتحامه», «هاجم») the weapons are
    part of the assault, so the attack folds only into a battle.  An attack with a toll of its own folds only into
    an event of its day («قتل عشرة قرويين في هجوم ... يوم السبت» beside a strike of Monday is another event); one
    only alluded to («بعد هجوم الأحد») still names the strike."""
    hosts = {"Battles"} if assault else NAMED_BY_GENERIC
    told = [d for d in drafts if d.event_type in hosts and any(_tells(t, d.event_type) for t in d.triggers)]
    if not told:
        return drafts
    kept = []
    for d in drafts:
        acts = any(getattr(t, "act", False) for t in d.triggers)  # «اغتيال» is no battle
        hosts_here = [o for o in told if o.event_type != "Battles"] if acts else told
        if d.event_type == "Violence against civilians":  # «قتل مسلحون 12 مدنيا في هجوم على قرية»: a battle
            own = {t.sentence for t in d.triggers}  # of other sentences is another event (the pursuit)
            hosts_here = [o for o in hosts_here if o.event_type != "Battles" or any(t.sentence in own for t in o.triggers)]
        if d.claims:  # an attack with a toll of its own on another day than a host is another event
            hosts_here = [o for o in hosts_here if None in (_day(o), _day(d)) or _day(o) == _day(d)]
        if d.triggers and d not in told and hosts_here and any(_names_any(t) for t in d.triggers) \
                and all(_names_any(t) or _refers_back(t) for t in d.triggers):
            at = d.triggers[0].sentence
            host = min(hosts_here, key=lambda o: min(abs(t.sentence - at) for t in o.triggers))
            _join(host, d)
        else:
            kept.append(d)
    return kept


def _names_any(t: Any) -> bool:
    """A noun for any attack («هجوم») or for an act whatever its means («اغتيال»)."""
    return getattr(t, "generic", False) or getattr(t, "act", False)


def _tells(t: Any, event_type: str) -> bool:
    """A trigger that tells its event by its own word: a strong one, or for a bombing or a strike any
    word that does not refer back («انفجارات هزت المطار», «صواريخ»): «الهجوم» of its story is that blast."""
    if getattr(t, "weight", 1) >= 2:
        return True
    return event_type == "Explosions/Remote violence" and not getattr(t, "definite", False) \
        and not getattr(t, "generic", False)


def _refers_back(t: Any) -> bool:
    """A weak definite word («الانفجار») that joined the draft as a word for an event already told:
    it does not make a generic attack an event of its own."""
    return getattr(t, "definite", False) and getattr(t, "weight", 1) < 2


def fold_rockets_into_air_strikes(drafts: list[D]) -> list[D]:
    """Rockets or a bombardment told only by weak words («صواريخ», «قصف المستشفى») in a story of an
    air strike are the strike as another source tells it: one event, not a second one.  Artillery
    («المدفعية», flagged ``ground``) is fired from the ground and stays its own event; so do rockets of
    another day than every strike («صاروخ» today, a drone yesterday)."""
    strikes = [d for d in drafts if d.sub_event_type in FROM_THE_AIR]
    if not strikes:
        return drafts
    kept = []
    for d in drafts:
        if d.sub_event_type == "Shelling/artillery/missile attack" and d.triggers \
                and all(getattr(t, "weight", 1) < 2 and not getattr(t, "ground", False) for t in d.triggers) \
                and any(_day(d) is None or _day(o) in (None, _day(d)) for o in strikes):
            at = d.triggers[0].sentence
            host = min(strikes, key=lambda o: min(abs(t.sentence - at) for t in o.triggers) if o.triggers else 99)
            _join(host, d)
        else:
            kept.append(d)
    return kept


def fold_bombs_into_suicide_attacks(drafts: list[D]) -> list[D]:
    """A car bomb or an explosion («سيارة مفخخة», «الانفجار») in a story of a suicide attack is the
    bomber's device: one event, not a remote explosive of its own.  Its figures, places and sides go
    to the nearest suicide attack."""
    suicide = [d for d in drafts if d.sub_event_type == "Suicide bomb" and d.triggers]
    if not suicide:
        return drafts
    kept = []
    for d in drafts:
        host = min(suicide, key=lambda o: min(abs(t.sentence - d.triggers[0].sentence) for t in o.triggers)) \
            if d.triggers else None
        if host is not None and d.sub_event_type == "Remote explosive/landmine/IED" \
                and _day(d) in (None, _day(host)):  # a bomb of another day is another event
            _join(host, d)
        else:
            kept.append(d)
    return kept


def _day(d: Any) -> Any:
    return getattr(getattr(d, "date", None), "date", None)


#: sub-event types of a weapon fired or brought down: a blast told beside them is that weapon going off
FIRED = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Disrupted weapons use"})
#: ... and of a weapon a word of disrupting can stop before it goes off: brought down, or a bomb defused
#: («فككت فرق الهندسة عبوات ناسفة»: no blast)
STOPPED = FIRED | {"Remote explosive/landmine/IED"}


def fold_blasts_into_strikes(drafts: list[D]) -> list[D]:
    """An explosion told only by words for a blast of any cause («انفجارات هزت المطار», flagged
    ``blast``) in a story of a strike, a shelling or an interception of the same day is that weapon
    going off, not a bomb of its own: its figures, places and sides go to the nearest such event."""
    fired = [d for d in drafts if d.sub_event_type in FIRED and d.triggers]
    if not fired:
        return drafts
    kept = []
    for d in drafts:
        if d.sub_event_type == "Remote explosive/landmine/IED" and d.triggers \
                and all(getattr(t, "blast", False) for t in d.triggers):
            at = d.triggers[0].sentence
            host = min(fired, key=lambda o: min(abs(t.sentence - at) for t in o.triggers))
            if _day(d) in (None, _day(host)) or _day(host) is None:
                _join(host, d)
                continue
        kept.append(d)
    return kept


def fold_downed_into_interceptions(drafts: list[D]) -> list[D]:
    """A strike or a shelling told only by the weapon an interception brought down («أسقطت الدفاعات
    30 طائرة مسيرة», «اعتراض صاروخ باليستي») and with no figures of its own is that interception, not a
    strike: its places and sides go to the nearest disrupted weapons use.  With a toll (the debris
    killed or wounded) the weapon struck, and the strike stays.  With no interception told in full (its
    word lacked a place or a side: «أسقطت الدفاعات الجوية طائرة مسيرة فوق المدينة»), the weapon brought
    down tells no strike either (#10)."""
    stopped = [d for d in drafts if d.sub_event_type == "Disrupted weapons use" and d.triggers]
    kept = []
    for d in drafts:
        if d.sub_event_type in STOPPED - {"Disrupted weapons use"} and d.triggers and not d.claims \
                and all(getattr(t, "downed", False) for t in d.triggers):
            at = d.triggers[0].sentence
            if stopped:
                _join(min(stopped, key=lambda o: min(abs(t.sentence - at) for t in o.triggers)), d)
        else:
            kept.append(d)
    return kept


#: sub-event types of a weapon that struck from afar
STRUCK = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})


def fold_struck_interceptions(drafts: list[D]) -> list[D]:
    """An interception with dead or wounded of its own («اعترضت صاروخا ... وأدى تناثر شظاياه إلى مقتل
    شخص», «أسقطت الدفاعات بعض الصواريخ، وقتل اثنان بسقوط أحدها») is the attack it failed to stop:
    the strike or shelling of its day told in the story, else one of the weapon it brought down (a
    missile's shelling when none is named).  Without a toll of its own, where the weapon it brought down
    in its sentence holds one («أسقطت مسيرة ... وأسفر سقوط حطامها عن مقتل امرأة»), it is that strike."""
    kept: list[D] = []
    joined: set[int] = set()
    for d in drafts:
        if d.sub_event_type != "Disrupted weapons use" or not d.triggers:
            kept.append(d)
            continue
        at = d.triggers[0].sentence
        if not _hurt(d):  # «اعترضت صاروخا ... وأدى سقوط شظاياه إلى إصابة ثلاثة»: the toll went to the weapon
            hit = next((o for o in drafts if o.sub_event_type in STRUCK and o.triggers and _hurt(o)
                        and all(getattr(t, "downed", False) and t.sentence == at for t in o.triggers)), None)
            if hit is None:
                kept.append(d)
            else:
                _join(hit, d)
            continue
        strikes = [o for o in drafts if o is not d and o.sub_event_type in STRUCK and o.triggers and _day(o) == _day(d)]
        told = [o for o in strikes if not all(getattr(t, "downed", False) for t in o.triggers)]
        if told:
            _join(min(told, key=lambda o: min(abs(t.sentence - at) for t in o.triggers)), d)
            continue
        d.event_type, d.sub_event_type = "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if strikes:  # the weapon brought down: «صاروخا بالستيا», «طائرة مسيرة»
            downed = min(strikes, key=lambda o: min(abs(t.sentence - at) for t in o.triggers))
            d.sub_event_type = downed.sub_event_type
            _join(d, downed)
            joined.add(id(downed))
        kept.append(d)
    return [d for d in kept if id(d) not in joined]


def _hurt(d: Draft) -> bool:
    """The draft holds dead or wounded."""
    return any(getattr(getattr(c, "claim", None), "kind", None) in ("killed", "injured") for c in d.claims)


#: sub-event types of ground taken by a side
TAKEN = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
HANDOVER = "Non-violent transfer of territory"


def fold_taken_into_handovers(drafts: list[D]) -> list[D]:
    """Ground taken in a story that tells a handover («انسحبت القوات من البلدة دون مواجهات ... وأحكم مسلحو
    الحركة سيطرتهم عليها») and no fighting is the side taking over what was handed over: ACLED's
    non-violent transfer, not ground won in a battle.  Its figures, places and sides go to the handover."""
    handovers = [d for d in drafts if d.sub_event_type == HANDOVER]
    if not handovers or any(d.event_type == "Battles" and d.sub_event_type not in TAKEN for d in drafts):
        return drafts
    kept = []
    for d in drafts:
        if d.sub_event_type in TAKEN and d.triggers:
            at = d.triggers[0].sentence
            _join(min(handovers, key=lambda o: min((abs(t.sentence - at) for t in o.triggers), default=0)), d)
        else:
            kept.append(d)
    return kept
