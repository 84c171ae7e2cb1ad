"""Relations between the place mentions of a document, once they are read: which place
contains a list of others, and which mentions are context only (an organisation's seat,
where the wounded were taken, a reference point, where people or fire went or came from).

Word lists: ``lang/ar/place_context.tsv`` (organisation words, seats, distances, origins)
and ``lang/ar/place_cues.tsv`` (role ``toward``).
"""

from __future__ import annotations

import bisect
from typing import Any

from waqia.core.document import Token
from waqia.core.morphology import ARTICLE, AT, IN, OF
from waqia.stages.places.patterns import Mention, Words, cue_forms, name_words


def link_containers(out: list[Mention], lexicon: Any) -> None:
    """«X وY بريف Z», «قرية X التابعة لمديرية Z»: Z contains the list X, Y."""
    within = cue_forms(lexicon, "within")
    for k, m in enumerate(out[1:], 1):
        prev = out[k - 1]
        if prev.sentence != m.sentence or m.first - prev.last > 3:
            continue
        if m.list_head is not None and m.list_head <= k - 1:
            continue
        if m.coordinated:
            continue  # «X وفي Y»: another item, not the place X lies in
        if m.preposition in (AT, IN) or m.preposition in within or m.kind in ("countryside", "province", "direction", "near") \
                or m.directed:
            head = prev.list_head if prev.list_head is not None else k - 1
            while head > 0 and out[head].coordinated and out[head].preposition is None \
                    and out[head - 1].sentence == m.sentence and out[head].first - out[head - 1].last <= 3 \
                    and out[head].container is None:  # «ومحيط X», not «وفي X»: a phrase of its own
                before = out[head - 1].list_head
                head = before if before is not None else head - 1
            for item in out[head:k]:  # «أحياء X وY ومحيط Z بتعز»: the coordinated place phrases too
                if item.container is None:
                    item.container = k


def _clash(out: list[Mention], m: Mention, words: Words) -> bool:
    """«اشتباكات بين X وY», «معارك عنيفة بين X وY»: a word of an event within two words before «بين»
    names a clash between two places, both where it happened (not the two ends of a road)."""
    first = out[m.list_head].first if m.list_head is not None else m.first
    return any(k in words.attacks for k in (first - 2, first - 3))


def mark_context(out: list[Mention], words: Words, toks: tuple[Token, ...], lexicon: Any) -> None:
    """Places inside an organisation's name, where a body sits, where the wounded were
    taken, reference points of a distance, and where people or fire went
    («باتجاه X», «نحو X»: the event happened on the way, not there), and the two ends of a
    stretch named bare after «بين» («على الطريق بين X وY»: the event lies between them; with a
    place word, «بين بلدتي X وY», the two places are where it happened)."""
    toward, between, to = name_words(lexicon)[2], cue_forms(lexicon, "between"), cue_forms(lexicon, "to")
    origins: set[int] = set()
    starts = sorted(words.context)  # where the context words open: only those tokens are read back (#14)
    for m in out:
        if m.preposition in toward and not _aimed(m, words, toks) and not _where(m, words, toks) \
                or m.preposition in between and m.kind is None and not _clash(out, m, words):
            m.context = True
            continue
        first = out[m.list_head].first if m.list_head is not None else m.first
        # the context words opening up to _WAY_REACH tokens before the name, nearest first, while in its
        # sentence (token sentences never decrease: past a token of another one, all are)
        for k in reversed(starts[bisect.bisect_left(starts, first - _WAY_REACH):bisect.bisect_left(starts, first)]):
            if toks[k].sentence != m.sentence:
                break
            hit, back = words.context[k], first - k
            if hit[0] >= first:
                continue
            role = str(hit[1].entry.get("role"))
            origin = role == "way" and _trip_end(m, hit[0], first, words, to) \
                or role == "sent" and back <= _SENT_REACH and m.preposition in to \
                or back <= _REACH and role in ("from", "dwell") and _origin(role, m, hit[0], first, words)
            if origin or back <= 5 and _context_role(role, m, hit[0], first, back, words):
                m.context = True
                if origin:
                    origins.add(id(m))
                break
    _context_containers(out, origins)
    _people_of(out, words, toks)
    _named_again(out, origins, words, toks)


def _named_again(out: list[Mention], origins: set[int], words: Words, toks: tuple[Token, ...]) -> None:
    """«فر السكان من قرية X إلى Y بعد هجوم على القرية»: where people fled from is the event's
    place when its place word comes back with the article after «على» or «في» later in the sentence."""
    for m in out:
        if id(m) not in origins or m.kind is None:
            continue
        for k in range(m.last + 1, len(toks)):
            hit = words.words.get(k)
            if toks[k].sentence != m.sentence:
                break
            cue = words.cue_ending.get(k - 1)
            if hit is not None and hit[1].entry.get("kind") == m.kind and str(hit[1].prefix).endswith(ARTICLE) \
                    and cue is not None and cue[1].entry.get("role") in ("in", "on"):
                m.context = False
                break


#: how many words after «حيث» the event it tells must end within
_WHERE_REACH = 2


def _where(m: Mention, words: Words, toks: tuple[Token, ...]) -> bool:
    """«تقدمت القوات نحو مدينة X حيث اندلعت اشتباكات»: «حيث» (role ``where``) right after the name
    and an event word or a verb of violence within two words say that something happened at the place
    the movement went to («فروا نحو مدينة X حيث يقيم أقاربهم» stays where they went)."""
    hit = words.context.get(m.last + 1)
    return hit is not None and hit[1].entry.get("role") == "where" and toks[m.last + 1].sentence == m.sentence \
        and any(k in words.attacks or k in words.violent for k in range(m.last + 2, m.last + 2 + _WHERE_REACH))


def _aimed(m: Mention, words: Words, toks: tuple[Token, ...]) -> bool:
    """«اعترضت الدفاعات صاروخا أطلق باتجاه مدينة X»: a word of interception (role ``aimed``)
    earlier in the sentence, or a rocket, shell or drone (role ``projectile``) a few words before the name
    («أطلقت عدة صواريخ باليستية باتجاه مدينة X»), places the event where the weapon was aimed."""
    return any(toks[k].sentence == m.sentence and (hit[1].entry.get("role") == "aimed" or hit[1].entry.get(
        "role") == "projectile" and m.first - hit[0] <= _AIMED_REACH) for k, hit in words.context.items() if k < m.first)


_AIMED_REACH = 5  # from a weapon's last word to the name it was aimed at («صواريخ باليستية باتجاه مدينة X»)


def _people_of(out: list[Mention], words: Words, toks: tuple[Token, ...]) -> None:
    """«من أهالي بلدة X» (role ``people``, right before the name or its place words): where
    someone comes from, context when another place of the sentence is where it happened («قتل
    الشاب، وهو من أهالي بلدة X، بغارة على مدينة Y»); alone it stays («قال شهود من سكان مدينة X إن
    مسلحين أحرقوا سوق المدينة»: the witnesses' town is the event's)."""
    held = [m for m in out if not m.context and m.preposition is None and any(
        (hit := words.context.get(k)) is not None and hit[1].entry.get("role") == "people"
        and all(t in words.words for t in range(hit[0] + 1, m.first)) for k in range(max(m.first - 4, 0), m.first))]
    ids = {id(m) for m in held}
    placed = {o.sentence for o in out if not o.context and id(o) not in ids}
    for m in held:
        if m.sentence in placed or _victims_kin(m, words, toks):
            m.context = True


def _victims_kin(m: Mention, words: Words, toks: tuple[Token, ...]) -> bool:
    """«أن القتيلين من أبناء محافظة X», «الجرحى الأربعة من أهالي مدينة X»: a noun naming the dead or the hurt
    (casualty_terms.tsv role ``victim``) within three words before «من أهالي/أبناء» tells where the victims came
    from, even alone in its sentence (not «قال شهود من سكان مدينة X إن ...»)."""
    k = next((k for k in range(max(m.first - 4, 0), m.first) if (hit := words.context.get(k)) is not None
              and hit[1].entry.get("role") == "people"), None)
    return k is not None and any(v in words.victims and toks[v].sentence == m.sentence for v in range(k - 3, k))


def _context_containers(out: list[Mention], origins: set[int]) -> None:
    """«إلى X في ولاية Y», «ينحدر من قرية X بريف Y»: the place that only contains where
    people came from or went (``origins``) is told to place them, and is context with them
    (not so the ends of a stretch: «بين X وY في ولاية Z» places the event in Z)."""
    held: dict[int, list[Mention]] = {}
    for m in out:
        if m.container is not None:
            held.setdefault(m.container, []).append(m)
    for k, items in held.items():
        if all(id(i) in origins for i in items) and out[k].preposition in (AT, IN):
            out[k].context = True


#: how far before a name a word of origin («ينحدر ... من X») may stand
_REACH = 8
#: how far before a name «في طريقه» may stand («في طريقه من X في ولاية Y، الواقعة ...، إلى Z»)
_WAY_REACH = 14
#: how many words after a word of taking someone away («نقلوا إلى مستشفى X ثم إلى Y») its ends may stand
_SENT_REACH = 8


def _trip_end(m: Mention, last: int, first: int, words: Words, to: frozenset[str]) -> bool:
    """«في طريقه من X إلى Y», «قافلة متجهة إلى Y»: where a trip began or was going (cue «من» or
    «إلى», or «في» a word or two after «إلى»: «فروا إلى المساجد في X»), unless «على» names a
    target between («متجهة إلى X ... على Y»)."""
    roles = {str(words.cues[t][1].entry.get("role")) for t in range(last + 1, first) if t in words.cues}
    near = {str(words.cues[t][1].entry.get("role")) for t in range(max(last + 1, first - 4), first - 1) if t in words.cues}
    return (m.preposition == OF or m.preposition in to or m.preposition == IN and "to" in near) and "on" not in roles


def _origin(role: str, m: Mention, last: int, first: int, words: Words) -> bool:
    """«ينحدر من X», «المدعومة من X», «قادمة من X»: where people came from, or who
    backs them (``from``: the name's own cue is «من», and no «على», «إلى» between names a
    target); «يقيم في X»: where someone lives (``dwell``: its cue is «في», four words on at most)."""
    if role == "dwell":
        return (m.preposition == IN or _titled_in(m, words)) and first - last <= 5
    roles = {str(words.cues[t][1].entry.get("role")) for t in range(last + 1, first) if t in words.cues}
    return m.preposition == OF and not roles & {"on", "to", "toward"}


def _landmark(word: int, words: Words) -> bool:
    """The context word at token ``word`` is itself where an event happened: a word of nearness
    («قرب», «محيط») or a word that reports an attack («قصف», «استهداف») stands right before it, an
    attack word and «على» or «في» do («غارة على مستشفى X», «انفجار في جامعة X»), or a verb of violence
    stands up to three words before it, its subject between («استهدفت مستشفى X», «اقتحم مسلحون جامعة X»)."""
    near = words.words.get(word - 1)
    if word - 1 in words.attacks or any(t in words.violent for t in range(word - 3, word)):
        return True  # the verb's object, its subject between («اقتحم مسلحون جامعة X»)
    cue = words.cue_ending.get(word - 1)
    if cue is not None and cue[1].entry.get("role") in ("on", "in") and cue[0] - 1 in words.attacks:
        return True
    return near is not None and near[0] == word - 1 and near[1].entry.get("role") == "near"


def _context_role(role: str, m: Mention, last: int, first: int, back: int, words: Words) -> bool:
    """Whether the context word ending at token ``last`` makes mention ``m`` context."""
    right_before = last == first - 1
    if role in ("seat", "distance"):
        return True
    if role == "facility":  # «أستاذ في جامعة X» names the university; «اقتحموا جامعة X» is where it happened
        return right_before and not m.preposition and not _landmark(last, words)
    if role == "direct":  # «قوات X»: right before the name («اقتحمت القوات بلدات X» is no body's name)
        return right_before and not m.preposition
    if role in ("speaks", "sent"):  # «ما ذكرته بغداد اليوم», «نقلته عدن الغد»: the subject of a verb of
        # saying or passing on (a bare name right after it) is an outlet or a government
        return right_before and not m.preposition and m.kind is None
    if role == "office":  # «حاكم ولاية X», «إدارة محافظة X»: right before the name or its place words
        return not m.preposition and (right_before or all(t in words.words for t in range(last + 1, first)))
    if role == "hospital" and _landmark(last, words):
        return False  # «قرب مستشفى X», «قصف مستشفى X»: the hospital is where it happened, named by its town
    if role == "hospital" and (right_before or all(t in words.words for t in range(last + 1, first))):
        return True  # «مستشفيات مدينة X»
    return role in ("org", "hospital") and (m.preposition == IN and m.kind is None or _titled_in(m, words)) \
        and back <= 4


def _titled_in(m: Mention, words: Words) -> bool:
    """«في العاصمة X», «بالعاصمة X»: a name after the word for a capital (role ``title``, past its nisba
    adjective) is said with «في» when that word is, on its own or with the proclitic ب."""
    for k in (m.first - 1, m.first - 2):
        hit = words.cue_ending.get(k)
        if hit is not None and hit[1].entry.get("role") == "title":
            before = words.cue_ending.get(hit[0] - 1)
            return AT in str(hit[1].prefix) or before is not None and before[1].entry.get("role") == "in"
    return False
