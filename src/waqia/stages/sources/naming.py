"""Names of speakers: the mention a subject slot fills, back-references that shorten a name,
the outlet told, the speaker a relay names, and the owner of a count as subject.

Used by :mod:`waqia.stages.sources.stage`; the grammar of the slot is in
:mod:`waqia.stages.sources.slot`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from itertools import islice
from operator import attrgetter

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.morphology import ACCUSATIVE, AND, ARTICLE, LAM, NISBA_ENDINGS, PREFIXES, PRONOUNS
from waqia.core.normalize import key as normalize_key
from waqia.stages.sources.acronym import expanded
from waqia.stages.sources.called import called_name, quoted_name_end
from waqia.stages.sources.complement import flags_of
from waqia.stages.sources.mentions import SourceMention, mention_after, mention_at, quote_closed
from waqia.stages.sources.slot import Slot, SlotInfo, phrase_from, possessed, subject_after
from waqia.stages.sources.words import figure, gap_ok

MAX_NAME_TOKENS = 6
_START = attrgetter("start")
#: the accusative ending of an indefinite word, with its tanween: «مصدراً»
_ACCUSATIVE_END = re.compile(ACCUSATIVE + "[\u064b-\u0652]*$")


def shortens(short: str, earlier: str) -> bool:
    """True when a name is the start of a fuller name given before it, word for word."""
    a, b = _key_words(short), _key_words(earlier)
    return 1 < len(a) < len(b) and b[:len(a)] == a


def made_definite(short: str, earlier: str) -> bool:
    """True when an indefinite name given before is told back with the article on each of its words, whole
    or its start: «المصدر الأمني» after «مصدر أمني مسؤول» (the source just named)."""
    a, b = _key_words(short), _key_words(earlier)
    return 0 < len(a) <= len(b) and all(w.startswith(ARTICLE) and len(w) > len(ARTICLE) + 1 for w in a) \
        and not b[0].startswith(ARTICLE) and tuple(w.removeprefix(ARTICLE) for w in a) == b[:len(a)]


@functools.lru_cache(maxsize=4096)
def _key_words(name: str) -> tuple[str, ...]:
    """The words of a name in matching form, split once per name: the readers above compare the
    same names again and again (#14)."""
    return tuple(normalize_key(name).split())


def completes(short: str, earlier: str) -> bool:
    """True when a fuller name given before goes on from ``short`` with words that continue a
    name only: definite nouns, with «و» or not, and nisba adjectives («مركز X والدعم»), not an
    outlet told or a clause read into it."""
    return completes_words(normalize_key(short).split(), normalize_key(earlier).split())


def completes_words(a: list[str], b: list[str]) -> bool:
    """:func:`completes` on the two names' words in their matching form, split once by a caller that
    weighs one name against many (#14)."""
    return 0 < len(a) < len(b) and b[:len(a)] == a and all(
        w.removeprefix(AND).startswith(ARTICLE) or w.endswith(NISBA_ENDINGS) for w in b[len(a):])


def restates(words: list[str], earlier: str) -> bool:
    """True when a name of two adjectives or more after its head says a fuller name given before in other
    words of the same stems: «المرصد الحقوقي الآشوري» after «المرصد الآشوري لحقوق الإنسان» (a noun told
    back as its adjective, the order changed); a definite head only: «مصدر أمني» twice may be two
    sources. ``words``: the name's words in their matching form."""
    b = normalize_key(earlier).split()
    if len(words) < 3 or len(b) < len(words) or words[0] != b[0] or not words[0].startswith(ARTICLE):
        return False
    known = {_stem(w) for w in b[1:]}
    return all(_stem(w) in known for w in words[1:])


def _stem(word: str) -> str:
    """A word without its proclitics and its nisba ending («لحقوق» and «الحقوقي»: «حقوق»)."""
    for p in sorted((p for p in PREFIXES if p and word.startswith(p) and len(word) - len(p) >= 3), key=len, reverse=True)[:1]:
        word = word[len(p):]
    end = next((e for e in sorted(NISBA_ENDINGS, key=len, reverse=True) if word.endswith(e) and len(word) - len(e) >= 3), "")
    return word[:len(word) - len(end)] if end else word


def nominative(mention: SourceMention) -> SourceMention:
    """The name of a subject in the accusative («لكن مصدرا طبيا قال») as a name is written: each
    indefinite word without its accusative ending («مصدر طبي»)."""
    words = [w if w.startswith(ARTICLE) or len(w) < 4 else _ACCUSATIVE_END.sub("", w) for w in mention.name.split(" ")]
    return dataclasses.replace(mention, name=" ".join(words))


def relay_owned(doc: Document, src: SourceMention, relay: SourceMention | None) -> SourceMention:
    """«نقلت شبكة X عن مصادرها»: sources with a pronoun of the relay are named with the relay in
    full, as a back-reference is: «مصادر شبكة X», the relay as written up to «عن»."""
    word = src.name.strip()
    end = next((p for p in sorted(PRONOUNS, key=len, reverse=True) if word.endswith(p)), "")
    if relay is None or not end or " " in word or word.startswith(ARTICLE) or len(word) - len(end) < 4 \
            or not relay.end <= src.start or relay.sentence != src.sentence:
        return src
    owner = doc.original_text(relay.start, src.start).split()[:-1]  # up to «عن»
    if not owner or len(owner) > MAX_NAME_TOKENS:
        return src
    return dataclasses.replace(src, name=f"{word[:-len(end)]} {' '.join(owner)}")


def is_tally(doc: Document, k: int, info: SlotInfo) -> bool:
    """Whether token ``k`` is a count («حصيلة», «التقديرات»), with or without its article."""
    return doc.tokens[k].text.removeprefix(ARTICLE) in info.words["tally_bare"]


def tally_owner(doc: Document, slot: Slot, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """«وبينت الإحصائية الصادرة عن المكتب الإعلامي أن»: a count as subject speaks for its owner."""
    if not is_tally(doc, slot.first, info):
        return None
    known = mention_after(doc, doc.tokens[slot.first].end, mentions, slot.last - slot.first + 3)
    if known is not None:
        return known
    count, k = doc.tokens[slot.first], slot.first + 1
    if k < len(doc.tokens) and not count.text.startswith(ARTICLE) and doc.text[count.end:doc.tokens[k].start].strip() == '"' \
            and (end := quoted_name_end(doc, k, info)) is not None:
        return slot_mention(doc, k, end, mentions, {}, info)  # «معلومات "الجديد"»: the outlet's own
    for k in range(slot.first + 1, min(slot.last + 3, len(doc.tokens))):
        if doc.tokens[k].text in info.words["from"]:  # «الصادرة عن X»: X, known or not
            owner = subject_after(doc, doc.tokens[k].end, info)
            return None if owner is None else slot_mention(doc, owner.first, owner.last, mentions, {}, info)
    return None


def known_slot(mentions: list[SourceMention], doc: Document, slot: Slot) -> Slot | None:
    """The part of a subject slot that a known source name fills, if one starts it."""
    known = mention_at(mentions, doc.tokens[slot.first].start)
    if known is None:
        return None
    return Slot(slot.first, min(slot.last, doc.token_index(max(known.end - 1, known.start))), slot.addressee)


def only_where(doc: Document, start: int, end: int, info: SlotInfo) -> bool:
    """Whether what the subject adds to a known name is «في» and a place or body."""
    words = doc.text[start:end].split()
    return bool(words) and words[0] in info.words["in"]


def slot_mention(doc: Document, first: int, last: int, mentions: list[SourceMention],
                  recent: dict[str, SourceMention], info: SlotInfo) -> SourceMention:
    """The source mention for a subject at tokens ``[first, last]``.

    A mention of the lexicon that starts the phrase gives its back-reference or canonical
    name; otherwise the phrase itself is the name, and a later definite head alone
    («الحكومة» after «الحكومة الفلسطينية في غزة») refers back to it.
    """
    toks = doc.tokens
    start, end = toks[first].start, quote_closed(doc.text, toks[first].start, toks[last].end)
    calls = info.words["calls"]  # a self-given name needs a verb of naming after its head: no reading without one (#14)
    named = next((c for n in range(first, last) if toks[n + 1].text in calls
                  and (c := called_name(doc, first, n, info)) and c[0] == last), None)
    full = expanded(doc, start, end, info) if first == last else None
    if full is not None:  # «وأضافت (قسد)» after «قوات سوريا الديمقراطية (قسد)»: the name it stands for
        return SourceMention(start, end, normalize_key(full).split()[0].removeprefix(ARTICLE), full, True, toks[first].sentence)
    if named is not None:  # «جماعة تطلق على نفسها "X"»: «جماعة X»
        return SourceMention(start, end, named[1].split()[0], named[1], False, toks[first].sentence)
    known = mention_at(mentions, start)
    said = normalize_key(doc.text[start:end]).split()
    if known is not None and known.head in recent and (shortens(doc.text[start:end], recent[known.head].name)
                                                       or restates(said, recent[known.head].name)
                                                       or known.backref and (completes(known.name, recent[known.head].name)
                                                                             or _read_longer(known, recent[known.head], mentions))):
        # the full name the slot read before («مركز X والدعم»), for the name or for «المركز» told back
        known = dataclasses.replace(known, name=recent[known.head].name)
    after = doc.token_index(known.end) if known is not None else len(toks)
    if known is not None and (known.end >= end or known.backref or only_where(doc, known.end, end, info)
                              or after < len(toks) and possessed(toks[after].text, info)):
        if not known.backref and len(said) > 2 and said[0].startswith(ARTICLE):
            recent.setdefault(known.head, known)  # a full name, for one told back in other words later
        return known  # «مركز المصالحة الروسي في سوريا», «حركة X مسؤوليتها»: the name alone
    words = said  # the words of the phrase, read once (#14)
    head = words[0].removeprefix(ARTICLE) if words else ""
    sentence = toks[first].sentence
    if head in recent and (len(words) == 1 and words[0].startswith(ARTICLE) or shortens(doc.text[start:end], recent[head].name)
                           or restates(words, recent[head].name)):
        # «الحكومة», or «الناطق باسم الجهاز» after «الناطق باسم الجهاز فلان»: the same speaker
        return SourceMention(start, end, head, recent[head].name, True, sentence)
    mention = SourceMention(start, end, head, doc.original_text(start, end), False, sentence)
    if len(words) > 1:
        recent[head] = mention
    return mention


def _read_longer(known: SourceMention, full: SourceMention, mentions: list[SourceMention]) -> bool:
    """Whether ``known``, a name told back, tells back the lexicon's name that the slot read in full as
    ``full`` («بحسب مراسل تلفزيون X» ... «وأفاد مراسلنا»: the reporter of X)."""
    first = mention_at(mentions, full.start)
    if first is None or first.name != known.name or not full.name.startswith(known.name + " "):
        return False
    return not full.name[len(known.name) + 1:].startswith(LAM)  # «مصدر أمني لوكالة X»: who was told, no name


def told(doc: Document, src: SourceMention, mentions: list[SourceMention],
         outlets: frozenset[int] = frozenset()) -> SourceMention | None:
    """«قالت مصادر طبية لوكالة الأناضول», «أفاد مصدر أمني وكالة فرانس برس»: the outlet told, right
    after the speaker (after «ل», or as the verb's object), relays."""
    for m in islice(mentions, bisect.bisect_left(mentions, src.end, key=_START), None):  # no tail copied (#14)
        if m.start - src.end > 2:
            break
        if (m.addressee or m.start in outlets and not doc.text[src.end:m.start].strip()) and m.sentence == src.sentence:
            return m
    return None


def relayed_by(doc: Document, m: Match, src: SourceMention, mentions: list[SourceMention],
               info: SlotInfo) -> tuple[SourceMention, SourceMention | None]:
    """A verb of reporting that also passes words on (attribution.tsv flag ``relays``: «أورد», «أفاد»)
    with «عن» and a speaker right after its subject («أوردت قناة X عن مصادر أمنية أن»): that speaker,
    through the subject; otherwise the subject, and the outlet it told (:func:`told`)."""
    k = doc.token_index(src.end) if "relays" in flags_of(m.entry) else len(doc.tokens)  # most verbs: no look (#14)
    if k < len(doc.tokens) and doc.tokens[k].text in info.words["from"] \
            and doc.tokens[k].sentence == src.sentence and src.end <= doc.tokens[k].start:
        speaker = mention_after(doc, doc.tokens[k].end, mentions, 2)
        if speaker is not None and not speaker.addressee:
            return speaker, src
    return src, told(doc, src, mentions, info.outlets)


def speaker_after_an(doc: Document, pos: int, mentions: list[SourceMention], info: SlotInfo,
                     learned: bool = False) -> SourceMention | None:
    """In «نقلت وكالة X عن Y», the Y after the preposition (speaker_words.tsv role ``from``); after a
    verb of learning, after «من» (role ``learned_from``: «علمت X من مصادر أمنية أن»)."""
    ti = doc.token_index(pos)
    froms = info.words["learned_from"] if learned else info.words["from"]
    for k in range(ti, min(ti + 3, len(doc.tokens))):
        if doc.tokens[k].text in froms:
            return mention_after(doc, doc.tokens[k].end, mentions, 2) or quoted_speaker(doc, k + 1, mentions, info) \
                or _unlisted_after_an(doc, k + 1, mentions, info)
    return None


def relayed(doc: Document, m: Match, mentions: list[SourceMention], info: SlotInfo,
            last: SourceMention | None = None) -> tuple[SourceMention | None, SourceMention | None]:
    """The relay and the original speaker of a relay verb: «نقلت وكالة X عن Y» (Y after the relay);
    «علمت X من Y أن» (flag ``learned``: Y after «من» within three words of the verb, X before it);
    «على ما نقلت عنه وكالة X»: the one who spoke ``last`` in the sentence, whom «عنه» stands for."""
    relay = mention_after(doc, m.end, mentions, 2)
    if last is not None and from_him(doc, doc.token_index(m.end), info):
        return relay, last
    if "ascribed" in m.entry.get("flags"):
        return relay, _ascribed_to(doc, relay.end if relay else m.end, mentions, info)
    if "learned" not in m.entry.get("flags"):
        return relay, speaker_after_an(doc, relay.end if relay else m.end, mentions, info)
    speaker = speaker_after_an(doc, m.end, mentions, info, learned=True)
    return (relay if relay is not None and speaker is not None and relay.end <= speaker.start else None), speaker


def told_as(doc: Document, m: Match, mentions: list[SourceMention], info: SlotInfo, relay: SourceMention | None,
            speaker: SourceMention | None) -> tuple[SourceMention | None, SourceMention | None, str]:
    """The relay, the speaker and the kind of a relay verb (``relay``, ``speaker``: as :func:`relayed` read
    them, kept when it named either). Right after «ما» (speaker_words roles ``what``, ``trailing``) its
    subject in no list is read: «وفق ما نقل تجمع X» passes on what the sentence told, X the source, the
    verb one of saying (no people carried); «وفق ما نقل X عن مصادر محلية»: the sources, through X."""
    v = doc.token_index(m.start)
    if relay is not None or speaker is not None or v == 0 or m.prefix \
            or doc.tokens[v - 1].text not in info.words["what"] | info.words["trailing"]:
        return relay, speaker, m.entry.get("type")
    slot = subject_after(doc, m.end, info)
    told = slot_mention(doc, slot.first, slot.last, mentions, {}, info) if slot is not None else None
    said = speaker_after_an(doc, told.end, mentions, info) if told is not None else None
    return told, said, "verb" if told is not None and said is None else m.entry.get("type")


def named_only(m: Match) -> bool:
    """A relay verb that reports only with the one it names (flags ``learned``, ``ascribed``)."""
    return "learned" in m.entry.get("flags") or "ascribed" in m.entry.get("flags")


def _ascribed_to(doc: Document, pos: int, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """«نسبت الوكالة إلى مصدر أمني قوله إن»: the one named after «إلى» right after the subject, with
    «قوله» after him; with none («نسبت الشرطة الهجوم إلى التنظيم») no words were passed on."""
    ti = doc.token_index(pos)
    if ti < len(doc.tokens) and doc.tokens[ti].text in info.words["ascribed_to"]:
        return quoted_speaker(doc, ti + 1, mentions, info)
    return None


def from_him(doc: Document, k: int, info: SlotInfo) -> bool:
    """Whether token ``k`` is «عن» with a pronoun («عنه», «عنها»): the relay's source named before."""
    word = doc.tokens[k].text if k < len(doc.tokens) else ""
    return any(word.startswith(w) and word[len(w):] in PRONOUNS for w in info.words["from"])


def carries_people(doc: Document, relay: SourceMention | None, info: SlotInfo) -> bool:
    """«ونقل الهلال الأحمر 20 جريحا إلى المستشفى», «نقلت فرق الإسعاف الجرحى»: a relay verb whose
    subject is followed at once by a figure or a casualty word carried people, it passed on no words."""
    if relay is None:
        return False
    toks = doc.tokens
    n = doc.token_index(relay.end)
    return n < len(toks) and toks[n].sentence == relay.sentence and gap_ok(doc.text[relay.end:toks[n].start]) \
        and (figure(toks[n], info) or toks[n].start in info.cues)


def _unlisted_after_an(doc: Document, k: int, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """«نقلت رويترز عن مصدرين أمنيين أن»: a speaker in no list, the noun phrase after «عن» that
    the complementiser follows at once."""
    toks = doc.tokens
    if k >= len(toks) or toks[k].sentence != toks[k - 1].sentence or not gap_ok(doc.text[toks[k - 1].end:toks[k].start]):
        return None
    slot = phrase_from(doc, k, info)
    n = slot.last + 1
    if n >= len(toks) or toks[n].sentence != toks[k].sentence or toks[n].text not in info.words["says"] \
            or toks[k].start in info.cues or figure(toks[k], info) or toks[k].text in info.words["particle"]:
        return None
    return slot_mention(doc, slot.first, slot.last, mentions, {}, info)


def quoted_speaker(doc: Document, k: int, mentions: list[SourceMention], info: SlotInfo) -> SourceMention | None:
    """«نقل موقع X عن الناشط فلان قوله إن»: the phrase before «قوله» is the speaker, known or not."""
    toks = doc.tokens
    for n in range(k + 1, min(k + MAX_NAME_TOKENS + 2, len(toks))):
        if toks[n].sentence != toks[k].sentence:
            return None
        if toks[n].text in info.words["saying"]:
            return slot_mention(doc, k, n - 1, mentions, {}, info)
    return None


def same_source(doc: Document, ti: int, bare: bool, head: str, out: list[SourceMention],
                 last_by_head: dict[str, SourceMention], words: dict[str, frozenset[str]]) -> SourceMention | None:
    """«المصدر ذاته», «المصادر نفسها»: a bare definite head with «ذاته» names the source before."""
    if not bare or ti >= len(doc.tokens) or doc.tokens[ti].text not in words["same"]:
        return None
    earlier = [o for o in out if not o.addressee]
    return last_by_head.get(head, earlier[-1]) if earlier else None
