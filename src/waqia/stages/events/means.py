"""The means of an attack named beside its word (``event_triggers_means.tsv``).

«قصف الطيران منزلا», «قصفت الميليشيا السجن باستخدام الطائرات المسيرة», «طائرات
أطلقت عددا من الصواريخ»: a shelling word told with an aircraft in its clause
reports an air or drone strike, as does «هجوم» followed by one («هجوم بطائرة
بدون طيار»).  «هجوم على حاجز» is an assault on a post, not any attack; a story
that tells a storming («قبل اقتحامه») tells a ground assault.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Entry, Match
from waqia.core.morphology import PLURAL_NOMINATIVE, VERB_PLURAL
from waqia.stages.events.frames import asides, completion_end, framed, joined, past_aside
from waqia.stages.events.weapons import USE_REACH, listed_from, opened_way

#: how many words apart an aircraft and the event word may stand
REACH = 6
#: the words a doer's clause («شنه مسلحون مرتبطون بالتنظيم») adds to the reach of an attack word's object
DOER_REACH = 4
#: the most words one entry of the means spans («من دون طيار»), so one ending near may start further back
SPAN = 4
#: punctuation that ends a clause
CLAUSE_BREAKS = "،,؛;.:"
#: what ends the gap between two words of one clause: a clause break or a new line, looked up in the
#: document's break positions (:meth:`Document.broken`), not read character by character (#14)
_GAP_BREAKS = CLAUSE_BREAKS + "\n"


@dataclass
class _Index:
    """The matches of ``event_triggers_means`` of one document, by means (in text order, with the
    token each starts at) and by sentence."""
    by_means: dict[str, tuple[list[int], list[Match]]] = field(default_factory=dict)
    by_sentence: dict[int, list[Match]] = field(default_factory=dict)
    #: the words for bringing a weapon down (flag ``weapon`` in ``event_triggers.tsv``), in text order
    downers: list[Match] = field(default_factory=list)


_last: tuple[tuple[Match, ...], _Index] = ((), _Index())


def _index(doc: Document) -> _Index:
    """The index of the document last asked about (kept: every trigger asks again)."""
    global _last
    last, matches = _last, doc.layer("matches")  # read once: another thread may replace it
    if last[0] is not matches:
        idx = _Index()
        for m in doc.matches_of("event_triggers_means"):
            starts, found = idx.by_means.setdefault(m.entry.get("means"), ([], []))
            starts.append(doc.token_index(m.start))
            found.append(m)
            idx.by_sentence.setdefault(doc.sentence_of(m.start), []).append(m)
        idx.downers = sorted((m for m in (*doc.matches_of("event_triggers"), *framed(doc)) if _downer(m.entry)),
                             key=lambda m: m.end)  # a frame's verb too: «أبطل الخبراء مفعول عبوة»
        last = _last = (matches, idx)
    return last[1]


@functools.lru_cache(maxsize=4096)
def _downer(entry: Entry) -> bool:
    """A word for bringing a weapon down (flag ``weapon``; read once per entry, #14)."""
    return "weapon" in (entry.get("flags") or "")


def in_sentence(doc: Document, sentence: int) -> list[Match]:
    """The matches of ``event_triggers_means`` in ``sentence``, in text order (from the index, #14)."""
    return _index(doc).by_sentence.get(sentence, [])


def _nearby(doc: Document, means: str, first: int, last: int) -> list[Match]:
    """The matches of ``means`` that start within :data:`REACH` words of tokens ``first``..``last``."""
    starts, found = _index(doc).by_means.get(means, ([], []))
    return found[bisect.bisect_left(starts, first - REACH - SPAN):bisect.bisect_right(starts, last + REACH)]


def means_near(doc: Document, pos: int, end: int, means: str, *, before: bool = True) -> bool:
    """An entry of ``means`` within :data:`REACH` words of the word at ``[pos, end)``, in its clause
    (after it only, unless ``before``)."""
    if means not in _index(doc).by_means:
        return False  # none in the document (most triggers ask for a means the story never names)
    first, last = doc.token_index(pos), doc.token_index(max(end - 1, pos))
    for m in _nearby(doc, means, first, last):
        if m.start >= end:
            gap, words = (end, m.start), doc.token_index(m.start) - last
        elif before and m.end <= pos:
            gap, words = (m.end, pos), first - doc.token_index(max(m.end - 1, m.start))
        else:
            continue
        if words <= REACH and not doc.broken(_GAP_BREAKS, *gap):
            return True
    return False


def by_air(doc: Document, sub_event_type: str, weight: int, pos: int, end: int) -> bool:
    """A shelling told with an aircraft in its clause, a weak «هجوم» followed by one, or a load of explosives
    right after an aircraft («بثلاث طائرات مسيرة محملة بالمتفجرات»: the drones' load, no bomb of its own)."""
    if sub_event_type == "Shelling/artillery/missile attack":
        return means_near(doc, pos, end, "air")
    if sub_event_type == "Remote explosive/landmine/IED":
        at = doc.token_index(pos)
        return any(doc.token_index(max(m.end - 1, m.start)) == at - 1 for m in _nearby(doc, "air", at, at))
    return sub_event_type == "Armed clash" and weight < 2 and means_near(doc, pos, end, "air", before=False) \
        and not _taking_part(doc, pos, end)


def _taking_part(doc: Document, pos: int, end: int) -> bool:
    """A word of taking part (means ``using``, flag ``part``) after the battle word at ``[pos, end)`` in its clause
    («عملية مطاردة تلت الكمين شاركت فيها طائرات مسيرة»): the aircraft after it fought in that battle."""
    last = doc.token_index(max(end - 1, pos))
    return any("part" in (m.entry.get("flags") or "") and m.start >= end and doc.token_index(m.start) - last <= REACH
               and not doc.broken(_GAP_BREAKS, end, m.start) for m in in_sentence(doc, doc.sentence_of(pos)))


def disrupts_weapons(doc: Document, pos: int) -> bool:
    """A word for disrupting weapons use («أسقط», «اعتراض») with a weapon or an aircraft in its sentence
    («أسقطت طائرة مسيرة»; «أطلقت ثلاثة صواريخ، واعترضت القبة اثنين منها»); «طالبوا بإسقاط النظام»
    brings no weapon down."""
    return any(m.entry.get("means") in ("weapon", "air", "ground") for m in _index(doc).by_sentence.get(doc.sentence_of(pos), []))


def brought_down(doc: Document, pos: int) -> bool:
    """The weapon word at ``pos`` is the object of a word for bringing it down or intercepting it
    (flag ``weapon`` in ``event_triggers.tsv``) within :data:`REACH` words before it, in its clause:
    «أسقطت الدفاعات 30 طائرة مسيرة», «اعتراض صاروخ باليستي» tell the weapon stopped, not a strike."""
    at, downers = doc.token_index(pos), _index(doc).downers
    before = downers[:bisect.bisect_right(downers, pos, key=lambda m: m.end)][-REACH:]  # the nearest ones
    if not before:
        return False
    if any(at - doc.token_index(max(m.end - 1, m.start)) <= REACH and not doc.broken(_GAP_BREAKS, m.end, pos) for m in before):
        return True  # the times set aside read only when no word brings it down at once (#14)
    aside = asides(doc)  # «أسقطت الدفاعات، مساء أمس، طائرة مسيرة»: a time between commas is no break
    return bool(aside) and any(_apart(doc, doc.token_index(max(m.end - 1, m.start)), at, aside) for m in before)


def _apart(doc: Document, downer: int, at: int, aside: frozenset[int]) -> bool:
    """The weapon at token ``at`` stands within :data:`REACH` words after the word ending at token ``downer``
    (a time set aside not counted), in its clause and line."""
    words = sum(1 for j in range(downer + 1, at) if j not in aside)
    return words < REACH and not doc.broken("\n", doc.tokens[downer].end, doc.tokens[at].start) \
        and all(joined(doc, j, aside) for j in range(downer + 1, at + 1))


def people_after(doc: Document, end: int) -> bool:
    """People or a number of them within :data:`REACH` words after a word, in its clause: «أوقفت الشرطة
    ثلاثة مشتبه بهم» takes people, «أوقفت الشركة رحلاتها» does not (flag ``people`` in
    ``event_triggers.tsv``).  A time set aside between commas does not end the clause («أوقفت، في نفس الليلة،
    ثلاثة أشخاص», «أوقفت وحدات الحرس، مساء الجمعة، خمسة عناصر»: frames.past_aside)."""
    window = _clause_after(doc, doc.token_index(max(end - 1, 0)), end)
    if any(any(ch.isdigit() for ch in doc.tokens[ti].text) for ti in window):
        return True
    return any(doc.token_index(m.start) in window and m.start >= end
               for m in doc.matches_of("actor_terms", "number_words")
               if m.concept == "number_words" or m.entry.get("type") == "person")


def _clause_after(doc: Document, last: int, end: int) -> set[int]:
    """The tokens of the :data:`REACH` words after the word ending at ``end`` (token ``last``) in its clause,
    past a time set aside between commas."""
    toks, out = doc.tokens, set[int]()
    last, end = past_aside(doc, last, end)
    ti = last + 1
    while ti < len(toks) and len(out) < REACH:
        if doc.broken(_GAP_BREAKS, end, toks[ti].start):
            k, after = past_aside(doc, ti - 1, toks[ti - 1].end)
            if k == ti - 1:
                break
            ti, end = k + 1, after
            continue
        out.add(ti)
        ti += 1
    return out


def raids(doc: Document, pos: int) -> bool:
    """The word at ``pos`` is a storming of a place (means ``raid``: «اقتحمت», «داهمت»)."""
    return any(m.start == pos and (m.entry.get("means") == "raid" or "raid" in (m.entry.get("flags") or ""))
               for m in _index(doc).by_sentence.get(doc.sentence_of(pos), []))


def fired_at_force(doc: Document, pos: int, end: int) -> bool:
    """The gunfire of the frame whose verb is at ``pos`` («أطلق مسلحون النار على», «فتحوا النار على») is aimed at a
    force: right after its completion a post or patrol (means ``position``: «دورية», «نقطة للجيش») or a side of the
    state («جنود», «عناصر الشرطة»).  Armed men firing at a force fight it: a clash, no attack on civilians."""
    end = completion_end(doc, pos) or end  # a frame's completion, or the phrase itself («أطلقوا النار على»)
    if not any(m.end == end for m in _index(doc).by_means.get("shooting", ([], []))[1]):
        return False  # «اعتدى على»: no gunfire
    at, sentence = doc.token_index(end), doc.sentence_of(pos)
    return any(doc.token_index(m.start) == at for m in _nearby(doc, "position", at, at)) \
        or any(m.entry.get("category") == "state_forces" and doc.token_index(m.start) == at and doc.sentence_of(m.start) == sentence
               for m in doc.matches_of("actor_terms"))


def led_away(doc: Document) -> set[int]:
    """The sentences with a word of leading people away (means ``taken``: «واقتادوا الطلاب»)."""
    return {doc.sentence_of(m.start) for m in _index(doc).by_means.get("taken", ([], []))[1]}


def storms(doc: Document, pos: int) -> bool:
    """The word at ``pos`` is a ground assault (means ``assault``: «هاجم», «اقتحم»)."""
    return any(m.start == pos and m.entry.get("means") == "assault"
               for m in _index(doc).by_sentence.get(doc.sentence_of(pos), []))


def on_settlement(doc: Document, pos: int, end: int, *, direct: bool = False) -> bool:
    """A weak attack word whose object is where people live or the people themselves, introduced by
    «على» («هجوم على قرية», «هجمات على قرى»), not a post held by a force: an attack on civilians.
    «هجوم قرب البلدة» says where, not on whom."""
    first, last = doc.token_index(pos), doc.token_index(max(end - 1, pos))
    last += _doer_clause(doc, last)
    onto = {doc.token_index(m.start) + 1 for m in _nearby(doc, "onto", first, last)}
    return any(m.start >= end and (direct or doc.token_index(m.start) in onto) and doc.token_index(m.start) - last <= REACH
               and not doc.broken(_GAP_BREAKS, end, m.start)
               for m in _nearby(doc, "settlement", first, last)) \
        and not means_near(doc, pos, end, "position", before=False) and not repelled(doc, pos)


def _doer_clause(doc: Document, last: int) -> int:
    """The words the doer's clause right after an attack word may take (:data:`DOER_REACH`), where a verb of
    launching with the attack as its pronoun (means ``doer``) follows it, after «الذي» at most: «هجوم شنه متمردون
    مرتبطون بالتنظيم على قرية»; else none."""
    return DOER_REACH if any(0 < doc.token_index(m.start) - last <= 2 for m in _nearby(doc, "doer", last, last)) else 0


def repelled(doc: Document, pos: int) -> bool:
    """The attack word at ``pos`` is the object of a word of repelling (means ``assault``, flag ``repel``: «دحرت
    القوات هجوما», «التصدي لهجوم») within :data:`REACH` words before it, in its clause: defenders met it."""
    at = doc.token_index(pos)
    return any(m.end <= pos and "repel" in (m.entry.get("flags") or "") and at - doc.token_index(max(m.end - 1, m.start)) <= REACH
               and not doc.broken(_GAP_BREAKS, m.end, pos) for m in _nearby(doc, "assault", at, at))


def tells_assault(doc: Document, matches: tuple[Match, ...], blocked: set[int]) -> bool:
    """The story tells a ground assault («اقتحامه», «هاجم») outside its background sentences."""
    return any(doc.sentence_of(m.start) not in blocked for m in _index(doc).by_means.get("assault", ([], []))[1])


def names_protesters(doc: Document, blocked: set[int]) -> bool:
    """Protesters («متظاهرين», «المحتجون») are named outside the background sentences."""
    return any(doc.sentence_of(m.start) not in blocked for m in _index(doc).by_means.get("protesters", ([], []))[1])


def at_protesters(doc: Document, sentence: int) -> bool:
    """Gunfire and protesters in the sentence, the protesters as the ones hit («أطلقت قوات الأمن النار
    على متظاهرين»), not as the subject («اقتحم متظاهرون المبنى»)."""
    here = _index(doc).by_sentence.get(sentence, [])
    return any(m.entry.get("means") == "shooting" for m in here) and any(
        m.entry.get("means") == "protesters" and not doc.tokens[doc.token_index(m.start)].text.endswith(PLURAL_NOMINATIVE)
        for m in here)


def protesters_against(doc: Document, end: int) -> bool:
    """A clash word ending at ``end`` whose two sides follow after «بين» (means ``between``), protesters one of
    them, with no armed men in its sentence: «اندلعت مواجهات بين محتجين وقوات الأمن» tells a riot."""
    last = doc.token_index(max(end - 1, 0))
    sides = [m for m in _nearby(doc, "between", last, last) if m.start >= end and doc.token_index(m.start) - last <= 2
             and not doc.broken(_GAP_BREAKS, end, m.start)]
    if not sides or any(a.sentence == doc.sentence_of(end - 1) and a.category == "armed_group" for a in doc.layer("actors")):
        return False
    at, after = doc.token_index(sides[0].start), sides[0].end
    return any(m.start >= after and doc.token_index(m.start) - at <= 4
               and not doc.broken(_GAP_BREAKS, after, m.start)
               for m in _nearby(doc, "protesters", at, at))


def mob_storms(doc: Document, pos: int, end: int) -> bool:
    """The storming word at ``[pos, end)`` (means ``assault``) has civilians for its subject, right after it or
    after a word for a crowd of them («هاجم الأهالي», «هاجمت مجموعة من الأهالي مركزا للشرطة»): a mob.
    «هاجمت القوات الأهالي» has its subject before the civilians."""
    last = doc.token_index(max(end - 1, pos))
    if not storms(doc, pos) or doc.tokens[last].text.endswith(VERB_PLURAL):
        return False  # «هاجموا الأهالي»: the subject is in the verb, the civilians its object
    crowd = [doc.token_index(m.end - 1) for m in _nearby(doc, "crowd", last, last) if doc.token_index(m.start) == last + 1]
    subject = {last + 1, *(k + 1 for k in crowd)}
    residents = [*_nearby(doc, "residents", last, last), *(m for m in _nearby(doc, "settlement", last, last)
                                                          if "residents" in (m.entry.get("flags") or ""))]
    return any(doc.token_index(m.start) in subject and m.start >= end for m in residents) \
        or any(doc.token_index(m.start) in subject and m.entry.get("category") == "civilians"
               and m.entry.get("type") == "group" and m.start >= end for m in doc.matches_of("actor_terms"))


def mob_hands(doc: Document, sentence: int) -> bool:
    """«قتل شاب ضربا على أيدي حشد من سكان الحي»: a killing or a beating whose doer, after «على أيدي», «على يد»
    (actor_roles.tsv role ``initiator``, a phrase), is civilians right after it or after a word for a crowd
    of them (means ``crowd``), as :func:`mob_storms` reads a storming's subject: a mob, no armed attack."""
    hands = [doc.token_index(m.end - 1) for m in doc.matches_of("actor_roles")
             if m.entry.get("role") == "initiator" and " " in m.entry.key and doc.sentence_of(m.start) == sentence]
    if not hands:
        return False
    here = in_sentence(doc, sentence)
    subject = {k + 1 for k in hands} | {doc.token_index(m.end - 1) + 1 for m in here if m.entry.get("means") == "crowd"
                                        and doc.token_index(m.start) - 1 in hands}
    return any(doc.token_index(m.start) in subject for m in here if m.entry.get("means") == "residents"
               or m.entry.get("means") == "settlement" and "residents" in (m.entry.get("flags") or "")) \
        or any(doc.token_index(m.start) in subject and m.entry.get("category") == "civilians"
               and m.entry.get("type") == "group" for m in doc.matches_of("actor_terms"))


def withdrawn(doc: Document, sentence: int) -> bool:
    """A force leaving or handing over a place in the sentence (means ``withdrawal``: «انسحبت», «سلم»)."""
    return any(m.entry.get("means") == "withdrawal" for m in _index(doc).by_sentence.get(sentence, []))


def protesters_in(doc: Document, sentence: int) -> bool:
    """Protesters named in the sentence («اقتحم متظاهرون المقر»)."""
    return any(m.entry.get("means") == "protesters" for m in _index(doc).by_sentence.get(sentence, []))


#: the event type of weapons that strike from afar
EXPLOSIONS = "Explosions/Remote violence"


def used(doc: Document, pos: int, sentence: int, told: list[Any]) -> bool:
    """The weapon word at ``pos`` is the means a battle word told before it in its sentence used: a word of
    using (means ``using``: «مستخدمة», «باستخدام») within :data:`USE_REACH` words before it, in its clause
    («شنت الميليشيا هجوما على المدينة من عدة محاور، مستخدمة المدفعية والطائرات المسيرة»: the drones are the
    assault's, not a strike of their own; with no event word before, «استهدفت ... باستخدام مسيرة» is the strike).
    After a battle told before, a verb of using names its means in a sentence of its own too («واستخدم المهاجمون
    سيارة مفخخة وقذائف هاون في الهجوم»)."""
    verb_only = not any(t.sentence == sentence and t.event_type == "Battles" for t in told)
    if verb_only and not any(t.event_type == "Battles" for t in told):
        return False  # a shelling's drones («قصفت ... باستخدام المسيرات») make it an air strike
    at = doc.token_index(listed_from(doc, pos, sentence))
    for m in _index(doc).by_sentence.get(sentence, []):  # in a sentence of its own, a verb of using («استخدم»)
        if m.entry.get("means") == "using" and m.end <= pos and (not verb_only or m.entry.get("flags") == "verb") and at - doc.token_index(max(m.end - 1, m.start)) <= USE_REACH \
                and not doc.broken(_GAP_BREAKS, m.end, pos):
            return True
    return False


#: how many words may stand between a word of seizing and a weapon in the list of what was seized («ضبط 4 بنادق
#: آلية وكمية من الذخائر وعبوتين ناسفتين»)
SEIZE_REACH = 10


def unfired(doc: Document, pos: int, sentence: int, told: list[Any]) -> bool:
    """The weapon word at ``pos`` goes off in no event of its own: the means of a battle told before (:func:`used`),
    arms seized or found (:func:`seized`), a bomb defused (:func:`defused`), or a bomb that opened the way for
    the storming told with it (:func:`weapons.opened_way`)."""
    return used(doc, pos, sentence, told) or seized(doc, pos) or defused(doc, pos, sentence) \
        or opened_way(doc, pos, sentence)


def defused(doc: Document, pos: int, sentence: int) -> bool:
    """The bomb word at ``pos`` is told back by a word of defusing after it in its sentence (flag ``back``:
    «عثرت القوة على عبوتين ناسفتين وفككتهما», «وقامت بتفكيكها»), no other weapon word between: it never went off."""
    found = [m for m in doc.matches_of("event_triggers") if m.start > pos and doc.sentence_of(m.start) == sentence
             and (m.entry.get("event_type") == "Explosions/Remote violence" or "back" in (m.entry.get("flags") or ""))]
    first = min(found, key=lambda m: m.start, default=None)
    return first is not None and "back" in (first.entry.get("flags") or "")


def seized(doc: Document, pos: int) -> bool:
    """The weapon word at ``pos`` is among the things a word for seizing or finding (means ``seize``: «ضبط»,
    «حجز», «العثور على», «استرجاع») took, within :data:`SEIZE_REACH` words before it in its clause: «حجز
    سلاحين وحزام ناسف», «العثور على ثلاثة أحزمة ناسفة» tell arms taken, not a bombing."""
    if "seize" not in _index(doc).by_means:
        return False  # no word of seizing in the document (most stories)
    at = doc.token_index(pos)
    starts, found = _index(doc).by_means["seize"]
    near = found[bisect.bisect_left(starts, at - SEIZE_REACH):bisect.bisect_left(starts, at)]
    if not any(m.end <= pos and not doc.broken(_GAP_BREAKS, m.end, pos) for m in near):
        return _found_besides(doc, pos, near)
    first = min(m.end for m in near)  # «عثر على جثث 3 أشخاص قتلوا بانفجار عبوة»: a death between, the bomb went off
    return not any(first <= c.start < pos for c in doc.matches_of("casualty_terms"))


def _found_besides(doc: Document, pos: int, near: list[Match]) -> bool:
    """The weapon word at ``pos`` follows at once a word of «besides» (means ``besides``: «إضافة إلى», «فضلا عن»)
    that a word of seizing in ``near`` stands before in its sentence: one more thing found past a comma («عثرت
    القوة على جثث المسلحين، إضافة إلى أحزمة ناسفة»), not a bombing."""
    sentence = doc.sentence_of(pos)
    link = next((m for m in in_sentence(doc, sentence) if m.entry.get("means") == "besides" and m.end <= pos
                 and not doc.text[m.end:pos].strip()), None)
    return link is not None and any(m.end <= link.start and doc.sentence_of(m.start) == sentence for m in near)


#: the sub-event type of shells, rockets and missiles fired from afar
SHELLING = "Shelling/artillery/missile attack"


def fired_with(doc: Document, t: Any, triggers: list[Any]) -> bool:
    """A noun for any attack followed at once by the shells or rockets it was made with («تعرضت القاعدة لهجوم
    بالصواريخ», «هجوم بقذائف الهاون»): a shelling, not a ground assault (as «هجوم بطائرة مسيرة» is an air strike)."""
    last = doc.token_index(max(t.end - 1, t.pos))
    return any(u.sub_event_type == SHELLING and u.sentence == t.sentence and 0 < doc.token_index(u.pos) - last <= 1
               for u in triggers)
