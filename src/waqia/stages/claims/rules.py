"""Rules over a document's claims once they are read: sides carried over, civilians by
default, figureless mentions and steps towards a toll dropped."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar

from waqia.core.morphology import ARTICLE, OF
from waqia.core.normalize import key as norm_key
from waqia.output import Claim, Party


@dataclass(frozen=True)
class ClaimMention:
    """A claim with its normalised position, before events group them."""

    claim: Claim
    pos: int
    sentence: int
    role: str = "act"
    detail: str = ""


#: the role of a claim told only through care (claims/cared.py): its sentence tells no occurrence, and its
#: places are not the event's («ونقلت الجرحى من بلدة ...», «المستشفى الذي نقل إليه الجرحى في ...»: stages/events)
CARED = "care"
#: the role of the wounded who died («بعد وفاة أحد المصابين», «وفاة اثنين من الجرحى», claims/steps.py): a step
#: towards any larger toll of the dead its sentence gives in the same voice, whatever that toll's role
DIED = "died"

#: the name ``actor_terms.tsv`` gives «الطرفين», «الجانبين»
BOTH_SIDES = "Both sides"


def inherit_parties(claims: list[ClaimMention], others: AbstractSet[str] = frozenset(),
                    more: Callable[[ClaimMention], bool] | None = None) -> list[ClaimMention]:
    """«مقتل شخص وإصابة 11 آخرين»: «آخرين» and unnamed sides take the side before; «آخرون» at
    the head of the next sentence («... 5 مدنيين. وأصيب 10 آخرون») too (``others``: those words),
    and a noun with an ordinal («3 عناصر قتلوا. وأصيب عنصر رابع»: one more of them, ``more``)."""
    out: list[ClaimMention] = []
    sides: dict[tuple[int, str], set[str]] = {}  # the categories told at one position, by kind
    prev: ClaimMention | None = None
    for cm in claims:
        c = cm.claim
        # «لقي 4 جنود ومقاتلان مصرعهم وأصيب آخرون»: others after a list of two sides are of neither;
        # «من الطرفين» says the figure is of no one side; attackers are not their victims.
        # The tests in order of cost: the words of the side are read last (#14)
        if prev is not None and c.party.category == "unknown" and c.party.name != BOTH_SIDES \
                and prev.claim.party.category != "unknown" and "participants" not in (c.kind, prev.claim.kind) \
                and len(sides.get((prev.pos, prev.claim.kind), ())) < 2 and _near(prev, cm, others, more):
            party = Party(c.party.span, prev.claim.party.name, prev.claim.party.category)
            cm = replaced(cm, claim=replace_party(c, party))
        out.append(cm)
        sides.setdefault((cm.pos, cm.claim.kind), set()).add(cm.claim.party.category)
        prev = cm
    return out


def _near(prev: ClaimMention, cm: ClaimMention, others: AbstractSet[str],
          more: Callable[[ClaimMention], bool] | None) -> bool:
    """The claim before stands in the sentence of ``cm``, or in the one before when ``cm`` is a
    counted «10 آخرون» (a bare «وأصيب آخرون» stays a mention of its own, GUIDELINES); a counted «آخرين» reaches
    two sentences further back past sentences of no figure («راح ضحيتها 23 شخصا. وقال البيان إن المسلحين
    اقتحموا القرية. وأضاف أن 30 آخرين أصيبوا»: the claim before is still the toll they add to)."""
    if prev.sentence == cm.sentence:
        return True
    if not 1 <= cm.sentence - prev.sentence <= (3 if cm.claim.value is not None else 1):
        return False
    words = cm.claim.party.span.text.split() if cm.claim.party.span is not None else []
    if cm.claim.value is None:  # «... 6 من عناصر النظام. وأضاف أن آخرين أصيبوا»: more of those, of their side
        return bool(words) and norm_key(words[0]) in others
    return bool(words) and norm_key(words[0]) in others or more is not None and more(cm)


def _voice(cm: ClaimMention) -> str | None:
    """Who said the figure (its source's name), or None in the outlet's own voice."""
    return cm.claim.source.name if cm.claim.source is not None else None


def _one_account(a: ClaimMention, b: ClaimMention) -> bool:
    """Two figures of one sentence told by the same speaker, or one of them in the outlet's voice;
    «قال المرصد إن 5 قتلوا، فيما تحدثت مصادر محلية عن عشرات القتلى» holds two accounts."""
    return _voice(a) is None or _voice(b) is None or _voice(a) == _voice(b)


def drop_increments(claims: list[ClaimMention]) -> list[ClaimMention]:
    """«انتشال 11 جثة ما رفع الحصيلة إلى 21»: beside a toll, a smaller figure of its kind is a step."""
    tolls = [(cm.sentence, cm.claim.kind, cm.claim.value, _voice(cm), cm.role == "toll") for cm in claims
             if cm.role != DIED and cm.claim.value is not None]
    # «قال شهود إن 10 قتلوا، بينما قال مسؤول إن عدد القتلى 14»: two accounts, no step of one
    return [cm for cm in claims if cm.role not in ("victim", "post", DIED) or not any(
        s == cm.sentence and k == cm.claim.kind and cm.claim.value is not None and cm.claim.value < v
        and (who is None or _voice(cm) is None or who == _voice(cm)) and (toll or cm.role == DIED)
        for s, k, v, who, toll in tolls)]


def drop_subsumed(claims: list[ClaimMention],
                  apart: Callable[[ClaimMention, ClaimMention], bool] | None = None) -> list[ClaimMention]:
    """A figureless mention («قتلى», «جرحى») gives way to a figure of the same kind said in
    its sentence or by its speaker, if the figure fits its bounds («العشرات» is not 5); a
    number-less lead (the article's first sentence) stays a claim even when its speaker gives
    figures later (GUIDELINES), and so does one of another speaker; a lead's figure of the dead and the
    wounded together is no number-less lead.  An attacking force is a
    claim only with its size.  ``apart(o, cm)``: the figure ``o`` is told of other victims than ``cm``'s."""
    counted = [cm for cm in claims if cm.claim.value is not None]

    def subsumed(cm: ClaimMention) -> bool:
        c = cm.claim
        for o in counted:
            near = o.sentence == cm.sentence and _one_account(o, cm) \
                or (cm.sentence > 0 or _share_of_count(c)) and _voice(o) is not None and _voice(o) == _voice(cm)
            if near and not (apart is not None and apart(o, cm)) and o.claim.kind == c.kind and (o.claim.party.category == c.party.category
                                                    or c.party.span is None) and _within(o.claim.value, c):
                return True
        return False

    return [cm for cm in claims if cm.claim.value is not None
            or (cm.claim.kind != "participants" or cm.claim.vague is not None) and not subsumed(cm)]


def _share_of_count(c: Claim) -> bool:
    """«7 أشخاص سقطوا بين قتيل وجريح»: each kind's share of a figure of both, bounded by it above
    only (claims/totals.py). A lead that gives it carries a number: the figures of each kind its
    speaker gives later split it, and it is no number-less lead (GUIDELINES)."""
    return c.value is None and c.low is None and c.high is not None


def _within(value: int | None, vague: Claim) -> bool:
    """Whether a figure can count the victims of a vague amount: «مقتل المئات» (200..999) is not
    «مقتل 9»; a mention without bounds («قتلى») takes any figure."""
    if value is None:
        return False
    return (vague.low is None or value >= vague.low) and (vague.high is None or value <= vague.high)


def default_civilians(claims: list[ClaimMention], posts: Mapping[int, str] | None = None) -> list[ClaimMention]:
    """Victims (the killed, injured, missing and captured) named by no side are civilians, unless
    their sentence or the one before names a side for them, or splits a toll by sides; in a
    sentence that tells of an attack on an armed side's post they take the side ``posts`` gives
    (claims/targets.py).  Attackers («participants») name no side for the victims near them."""
    by_sentence: dict[int, list[ClaimMention]] = {}
    for o in claims:
        if o.claim.kind != "participants":
            by_sentence.setdefault(o.sentence, []).append(o)
    out: list[ClaimMention] = []
    named: list[ClaimMention] = []  # claims so far whose side is named, in text order
    last_split: ClaimMention | None = None
    for cm in claims:
        c = cm.claim
        if c.party.span is None and c.party.category == "unknown" and c.party.name != BOTH_SIDES and (
                c.kind in ("killed", "injured", "missing", "captured")):
            sides = {o.claim.party.category for o in by_sentence.get(cm.sentence, ()) if o is not cm}
            ahead = {o.claim.party.category for o in by_sentence.get(cm.sentence, ()) if o is not cm and o.pos < cm.pos}
            before = _last_named(named, cm.sentence)
            # «مقتل 27 مسلحا. وقال إن 19 من القتلى سقطوا في X و8 في Y، مضيفا أن ثلاثة جنود قتلوا»: figures of no
            # side that split the toll told just before take its side; another side told after them is another toll
            split = before is not None and named[-1].sentence < cm.sentence and not ahead - {before, "unknown"} \
                and (_told_back(c) or bool(out) and out[-1] is last_split and out[-1].claim.kind == c.kind)
            if before is not None and (not sides - {before, "unknown"} or split):
                cm = replaced(cm, claim=replace_party(c, Party(None, None, before)))
                last_split = cm if split else None
            elif not sides & {"state_forces", "armed_group"}:
                side = (posts or {}).get(cm.sentence, "civilians")
                cm = replaced(cm, claim=replace_party(c, Party(None, None, side)))
        out.append(cm)
        if cm.claim.party.span is not None and cm.claim.kind != "participants" \
                and cm.claim.party.category != "unknown":
            named.append(cm)
    return out


def echoed_sides(claims: list[ClaimMention]) -> list[ClaimMention]:
    """«قتل 8 جنود وأصيب 15 آخرون ... . وأوضح مصدر طبي أن المستشفى استقبل ... و15 جريحا»: a figure of two or more
    named by no side (civilians by default) that tells again the kind and figure of a toll of one armed side in an
    earlier sentence is that toll told back: it takes its side."""
    told: dict[tuple[str, int], list[tuple[int, str]]] = {}
    out: list[ClaimMention] = []
    for cm in claims:
        c = cm.claim
        if c.value is None:
            out.append(cm)
            continue
        earlier = {side for sentence, side in told.get((c.kind, c.value), ()) if sentence < cm.sentence}
        if c.value >= 2 and c.party.span is None and c.party.category == "civilians" and len(earlier) == 1 \
                and earlier <= {"state_forces", "armed_group"}:
            cm = replaced(cm, claim=replace_party(c, Party(None, None, next(iter(earlier)))))
        told.setdefault((c.kind, c.value), []).append((cm.sentence, cm.claim.party.category))
        out.append(cm)
    return out


def _told_back(c: Claim) -> bool:
    """«19 من القتلى»: a figure of the victims told before, by «من» and their noun with the article."""
    words = norm_key(c.span.text).split() if c.span is not None else []
    return len(words) >= 3 and words[1] == OF and words[2].startswith(ARTICLE)


def _last_named(named: list[ClaimMention], sentence: int) -> str | None:
    """The side of the last named claim if it stands at most one sentence before ``sentence``
    (claims come in text order, so no earlier one is nearer)."""
    if named and sentence - named[-1].sentence <= 1:
        last = named[-1]
        told = {o.claim.party.category for o in named if last.sentence - o.sentence <= 1}
        # «14 مدنيا قتلوا ... وأحد جنود الجيش قتل أيضا. و9 جرحى نقلوا»: the sides told just before
        # are two, and the wounded are of neither as much as of the last
        return last.claim.party.category if len(told) == 1 else None
    return None


def replace_party(c: Claim, party: Party) -> Claim:
    return replaced(c, party=party)


_T = TypeVar("_T")


def replaced(obj: _T, **changes: Any) -> _T:
    """:func:`dataclasses.replace` for the frozen dataclasses of a claim (:class:`Claim`,
    :class:`ClaimMention`: no ``__post_init__``, every field set by ``__init__``), without its generic
    machinery: a copy of the fields with ``changes`` (#14: it runs for most claims)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__, **changes)
    return new
