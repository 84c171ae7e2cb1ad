"""Reporting verbs spelled like prepositions: «بيّن» (he showed) is written «بين» (between).

Such a form (``complement`` in the flags of ``attribution.tsv``) reports only when what follows
it, or its subject and the outlet told, opens with a complementiser («وبين أن», «وبين مدير
الصحة أن») or a colon; «اشتباكات بين الجيش والمسلحين» reports nothing.
"""

from __future__ import annotations

import functools

from waqia.core.document import COMMAS, Document
from waqia.core.lexicon import Entry, Match
from waqia.core.morphology import CONJUNCTIONS
from waqia.stages.sources.relative import relative_aside
from waqia.stages.sources.slot import SlotInfo, subject_after, told_after
from waqia.stages.sources.verbal import points_object


@functools.lru_cache(maxsize=4096)
def flags_of(entry: Entry) -> frozenset[str]:
    """The words of an entry's ``flags``, split once per entry rather than at each of its matches (#14)."""
    return frozenset(entry.get("flags").split())


def not_reporting(doc: Document, m: Match, info: SlotInfo) -> bool:
    """A form that is no reporting verb here: «بين» with no complementiser, «حمل» with no «مسؤولية»,
    «تابع» with no conjunction before it."""
    if _SPECIAL.isdisjoint(flags_of(m.entry)):
        return False  # most forms carry none of the three flags: no reader to ask (#14)
    return needs_complement(m) and not opens_speech(doc, m, info) or charges_nothing(doc, m, info) \
        or charges_nothing(doc, m, info, "toll", "raised") or charges_nothing(doc, m, info, "publish", "allowed") \
        or unjoined(doc, m) or watches(doc, m, info)


#: the flags of the forms that report only in some places (:func:`not_reporting`)
_SPECIAL = frozenset(("complement", "charge", "joined", "toll", "watch", "publish"))


def watches(doc: Document, m: Match, info: SlotInfo) -> bool:
    """A form flagged ``watch`` («رصد»: recorded, also spotted) whose subject a word of movement follows (role
    ``watched``): «ذكر المراسل أن وحدات الجيش رصدت تحركات مجموعة مسلحة» tells what the army spotted, not what it said."""
    if "watch" not in flags_of(m.entry):
        return False
    verb, slot = doc.token_index(m.start), subject_after(doc, m.end, info)
    return _watched_at(doc, verb, verb + 1, info) or slot is not None and _watched_at(doc, verb, slot.last + 1, info)


def _watched_at(doc: Document, verb: int, j: int, info: SlotInfo) -> bool:
    """A word of movement (role ``watched``) at token ``j`` of the verb's sentence, past dates and fillers: right
    after the verb whose subject came before it («القوات رصدت تجمعات»), or after its subject («رصدت القوات تحركات»)."""
    toks = doc.tokens
    while j < len(toks) and toks[j].sentence == toks[verb].sentence and (j in info.dates or toks[j].text in info.words["filler"]):
        j += 1
    return j < len(toks) and toks[j].sentence == toks[verb].sentence and toks[j].text in info.words.get("watched", ())


def unjoined(doc: Document, m: Match) -> bool:
    """A form flagged ``joined`` («تابع»: he went on; also «affiliated», «تابع للجيش») that no «و» or «ف»
    opens, attached («وتابع») or written apart («و تابع»): no verb that goes on with a speaker."""
    if "joined" not in flags_of(m.entry) or m.prefix[:1] in CONJUNCTIONS:
        return False
    k = doc.token_index(m.start)
    toks = doc.tokens
    return not (k > 0 and toks[k - 1].sentence == toks[k].sentence and toks[k - 1].text in CONJUNCTIONS)


def needs_complement(m: Match) -> bool:
    """Whether the form is a reporting verb only before a complementiser."""
    return "complement" in flags_of(m.entry)


def charges_nothing(doc: Document, m: Match, info: SlotInfo, flag: str = "charge", role: str = "charged") -> bool:
    """A form flagged ``charge`` («حمّل») with no «مسؤولية» in the few words after it: «حمل السلاح»,
    «حملت الطائرة 90 راكبا» charge no one and report nothing; so a form flagged ``toll`` («رفع») with
    no «حصيلة» (role ``raised``): «رفعت الحكومة الأسعار» tells no toll; and a form flagged ``publish`` («سمح»)
    with no «بالنشر» or «بنشر» (role ``allowed``): «سمح الجيش بإدخال المساعدات» tells nothing, while «سمح الجيش
    بالنشر عن مقتل جنديين» announces the deaths."""
    if flag not in flags_of(m.entry):
        return False
    v = doc.token_index(m.start)
    ahead = [t for t in doc.tokens[v + 1:v + 1 + _CHARGE_REACH] if t.sentence == doc.tokens[v].sentence]
    return not any(t.text in info.words[role] for t in ahead)


#: how many words the subject and the one charged may take before «مسؤولية»
_CHARGE_REACH = 12


def opens_speech(doc: Document, m: Match, info: SlotInfo) -> bool:
    """Whether a complementiser or a colon follows the verb at ``m``, past its subject, the
    outlet told, dates and fillers."""
    toks, text = doc.tokens, doc.text
    slot = subject_after(doc, m.end, info)
    verb = doc.token_index(m.start)
    j = told_after(doc, slot.last if slot is not None else verb, info) + 1  # «وبين للصحفيين أن»
    while j < len(toks) and toks[j].sentence == toks[verb].sentence and (j in info.dates or toks[j].text in info.words["filler"]):
        j += 1
    if j >= len(toks) or toks[j].sentence != toks[verb].sentence:
        return False
    if ":" in text[toks[j - 1].end:toks[j].start]:
        return True
    return toks[j].text in info.words["complement"]


def after_quote(doc: Document, verb_start: int, info: SlotInfo | None = None) -> bool:
    """«"..."، قال أحد الناجين لمراسلنا في المخيم»: a verb right after a closed quote and a comma
    has its speaker after it, whatever follows the speaker; so after a closed quote, a comma and a
    word that trails («"..."، هكذا روى محمد، أحد سكان القرية.») when ``info`` is given."""
    v = doc.token_index(verb_start)
    if info is not None and v > 1 and doc.tokens[v - 1].text in info.words["trailing"] \
            and doc.tokens[v - 1].text not in info.words["fronting"]:
        v -= 1
    if v == 0:
        return False
    gap = doc.text[doc.tokens[v - 1].end:doc.tokens[v].start]
    return '"' in gap and not COMMAS.isdisjoint(gap)


def subject_follows(doc: Document, m: Match, last: int, info: SlotInfo) -> bool:
    """Whether the phrase after the verb of ``m``, ending at token ``last``, is its subject whatever
    follows it: after a closed quote and a comma (:func:`after_quote`), when the verb carries its
    object as a pronoun («وفقا لما قاله أحمد الجبوري، أحد وجهاء العشيرة»: the object is «ما», the
    name the speaker), before a relative clause on it that runs into what was said
    (:func:`~waqia.stages.sources.relative.relative_aside`), or before a demonstrative object («هذه الرواية»)."""
    return after_quote(doc, m.start, info) or "possessive" in flags_of(m.entry) or relative_aside(doc, last, info) \
        or points_object(doc, last + 1, info)  # «ونفى رحماني هذه الأرقام»


def speech_between(doc: Document, start: int, end: int, info: SlotInfo) -> bool:
    """Whether a complementiser («أن», «إن») stands between normalised ``start`` and ``end``."""
    toks = doc.tokens
    return any(toks[k].text in info.words["complement"]
               for k in range(doc.token_index(start), min(doc.token_index(end), len(toks))))
