"""The speaker of a reporting construction, read from the grammar rather than a list.

Arabic news reports speech verb-first: «قال/أعلن/أفاد + SUBJECT + (adjuncts) + أن/إن ...».
The subject is whatever noun phrase fills that slot — a ministry, a titled person, a
proper name nobody listed, a dual («مصدران») — so it is read by position:

* after the verb, past dates, «أيضا» and an addressee («لوكالة X», «لـ"X"»);
* up to the complementiser, a colon, a comma, a quote that opens speech, a date, a
  number, a casualty or event word, or a preposition that starts an adjunct («في بيان»);
* «في» continues a name when a place or body follows («مصدر في الشرطة», «وزارة الصحة في
  غزة») and ends it before a statement noun or a date («في بيان», «في وقت سابق»).

Word lists only classify what this finds (``source_names.tsv`` gives its kind and the back-references); they
do not decide whether there is a speaker.  A verb whose slot is empty («وأضاف أن», «وأعلن مقتل») has no
subject of its own: only such a verb takes an earlier speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from waqia.core.document import Document
from waqia.core.morphology import (
    ACCUSATIVE,
    ARTICLE,
    CONJUNCTIONS,
    LAM,
    LONG_PRONOUNS,
    NISBA_ACCUSATIVE,
    OUR,
    PREPOSITIONS,
)
from waqia.stages.sources.acronym import bracketed_end, past_gloss
from waqia.stages.sources.addressee import (
    addressee_at,
    bound_pronoun,
    object_head,
    outlet_object,
    owned_after,
    possessed,
    told_word,
    withheld_at,
)
from waqia.stages.sources.called import called_end, quoted_name_end, so_called_end
from waqia.stages.sources.relative import alif_name
from waqia.stages.sources.verbal import opens_object, verbal_after
from waqia.stages.sources.words import SlotInfo, figure, gap_ok, past_adverb, slot_info, speaker_words

__all__ = ["Slot", "SlotInfo", "accusative_object", "fronted_subject", "phrase_from", "possessed", "says_after",
           "slot_info", "speaker_words", "subject_after", "subject_before", "told_after", "told_word"]

MAX_SUBJECT_TOKENS = 14
#: a conjunction or a preposition cut loose from its word, left at the end of a phrase
_LONE_CLITICS = frozenset(CONJUNCTIONS) | frozenset(PREPOSITIONS) - {PREPOSITIONS[-1]}
_OPEN = frozenset(':"(')
_SPEECH = frozenset(':"')  # a colon or a quote: what was said opens
_ASIDE = frozenset("،,(-")


@dataclass(frozen=True)
class Slot:
    """A subject found at tokens ``[first, last]``; ``addressee`` the outlet told, if any."""

    first: int
    last: int
    addressee: tuple[int, int] | None = None
    accusative: bool = False  # after «لكن»: «مصدرا طبيا» is named «مصدر طبي»


def subject_after(doc: Document, pos: int, info: SlotInfo) -> Slot | None:
    """The subject noun phrase of a verb ending at normalised ``pos``, or None when the slot is empty."""
    toks, text = doc.tokens, doc.text
    k = doc.token_index(pos)
    if k >= len(toks) or toks[k].sentence != doc.sentence_of(max(pos - 1, 0)):
        return None
    sent = toks[k].sentence
    addressee = None
    prev_end = pos
    for _ in range(8):  # the prelude: dates, fillers, an addressee
        gap = text[prev_end:toks[k].start] if k < len(toks) else ""
        if addressee is not None and addressee[1] == k - 1:
            gap = gap.replace('"', "", 1)  # the quote that closes «لـ"عنب بلدي"»
        if k < len(toks) and prev_end == pos and gap.strip() in ('"', "(") and toks[k].sentence == sent:
            # «أفادت "الوكالة الوطنية للإعلام" بسقوط», «وأضافت (قسد) أن»
            quoted = quoted_name_end(doc, k, info) if gap.strip() == '"' else bracketed_end(doc, k)
            said = quoted is not None and says_after(doc, past_gloss(doc, quoted), info)  # «"قوات X" (قسد) مقتل»
            return Slot(k, quoted) if said and quoted is not None else None
        if k >= len(toks) or toks[k].sentence != sent or not _OPEN.isdisjoint(gap):
            return None
        if k in info.dates or toks[k].text in info.words["filler"]:
            prev_end, k = toks[k].end, k + 1
            continue
        told = addressee_at(doc, k, info)
        if told is None:
            break
        addressee = told
        prev_end, k = toks[told[1]].end, told[1] + 1
    so_called = so_called_end(doc, k, info, lambda n: _phrase_end(doc, n, info)) \
        if k < len(toks) and toks[k].text.removeprefix(LAM) in info.words["what"] else None  # its first test, before the call
    if so_called is not None:  # «أعلن ما يعرف بـ"جيش العدل"»: the name others give is the subject
        return Slot(k, so_called, addressee)
    if k >= len(toks) or not (_opens_subject(doc, k, info) or alif_name(doc, k, info)):  # «وقال أوكونكوا إن»
        return None
    last = _object_trimmed(doc, k, _phrase_end(doc, k, info), info)
    last = (called_end(doc, last, info) or (last, last))[1]  # «جماعة تطلق على نفسها "X"»
    if addressee is None:
        told = addressee_at(doc, last + 1, info) if last + 1 < len(toks) else None
        addressee = told if told is not None and gap_ok(text[toks[last].end:toks[last + 1].start]) else None
    return Slot(k, last, addressee)


def told_after(doc: Document, last: int, info: SlotInfo) -> int:
    """The last token of an addressee right after token ``last`` («... لوكالة الأنباء»), or ``last``; of an adverb after them («أيضا»)."""
    if last + 1 >= len(doc.tokens) or doc.tokens[last + 1].sentence != doc.tokens[last].sentence:
        return last
    told = addressee_at(doc, last + 1, info)
    return past_adverb(doc, told[1] if told is not None else last, info.words)


def phrase_from(doc: Document, k: int, info: SlotInfo) -> Slot:
    """The noun phrase that starts at token ``k`` whatever opens it («لوزير الصحة فلان» after a statement)."""
    return Slot(k, _phrase_end(doc, k, info))


def says_after(doc: Document, last: int, info: SlotInfo) -> bool:
    """Whether what follows the phrase ending at token ``last`` is what was said.

    Speech goes on after its speaker with a complementiser («أن», «إن»), a colon or a quote, a casualty or
    event word («مقتل», «بمقتل»), a verbal noun («العثور»: :mod:`~waqia.stages.sources.verbal`), «إلى»/«عن»,
    or after adjuncts (a date, «في بيان», an addressee, a comma).
    An object of a verb that reports nothing («أعلنت حالة التأهب في المدينة») is followed by none of these.
    """
    toks, text = doc.tokens, doc.text
    j = last + 1
    for _ in range(8):
        if j >= len(toks):
            return True
        gap = text[toks[j - 1].end:toks[j].start]
        if toks[j].sentence != toks[last].sentence or not _SPEECH.isdisjoint(gap):
            return True
        if not _ASIDE.isdisjoint(gap):
            return _says_after_aside(doc, j, info)
        word = toks[j].text
        if withheld_at(doc, j, info) or word in info.words["relative"] and j == last + 1:
            # «مفضلا عدم ذكر اسمه، إن»; «التحالف الذي تقوده السعودية أنه»: a clause on the speaker
            return _speech_within(doc, j + 1, info, 7)
        if word in info.words["says"] or toks[j].start in info.cues or figure(toks[j], info) \
                or j == last + 1 and verbal_after(doc, j, info.words, True):  # «أعلنت الشرطة العثور على»
            return True  # «أوردت الصفحة أسماء 21 قتيلا»: a figure follows the subject
        if j in info.dates or word in info.words["filler"]:
            j += 1
            continue
        if object_head(doc, j, info) or possessed(word, info) and toks[last].text.startswith(ARTICLE) \
                or bound_pronoun(doc, j):
            return True  # «أعلن الوزير ارتفاع الحصيلة», «أوردت الصفحة أسماء 21 قتيلا», «أعلنت X مسؤوليتها», «مسؤوليته»
        if toks[j].start in info.forces:  # «اتهم الجيش قوات X بقتل ...»: past the object, to its charge
            j += next((n for n in range(1, 6) if j + n >= len(toks) or toks[j + n].start in info.cues
                       or toks[j + n].start in info.phrases or not gap_ok(text[toks[j + n - 1].end:toks[j + n].start])), 5)
            continue
        if word in info.words["in"] and j + 1 < len(toks) and toks[j + 1].text in info.words["adjunct"] \
                and toks[j + 1].sentence == toks[j].sentence:
            return _speech_within(doc, j + 1, info, 7)  # «في حديث لقناة محلية:», «في اتصال هاتفي إن»
        if word in info.words["in"] and j + 1 < len(toks) and toks[j + 1].start in info.statements:
            j += 1
        if toks[j].start in info.statements:
            # «في بيان وزعه مكتبها», «في تصريح صحفي», «في حديث لقناة X:»: the statement and what describes it
            return _speech_within(doc, j, info, 7)
        if word in info.words["medium"]:  # «ذكرت صفحات محلية على فيسبوك أن»: where it was said
            return any((toks[n].text in info.words["says"] or toks[n].start in info.cues)  # «عبر قناتها على تلغرام مقتل»
                       and gap_ok(text[toks[n - 1].end:toks[n].start])
                       for n in range(j + 2, min(j + 6, len(toks))) if toks[n].sentence == toks[j].sentence) \
                or _medium_colon(doc, j)  # «وكتب X على فيسبوك:»
        told = addressee_at(doc, j, info)
        if told is None:
            return False
        j = told[1] + 1
    return False


def _medium_colon(doc: Document, j: int) -> bool:
    """Whether a colon closes the medium adjunct opening at token ``j`` within its three words."""
    toks = doc.tokens
    ends = [toks[n].end for n in range(j + 1, min(j + 4, len(toks))) if toks[n].sentence == toks[j].sentence]
    return any(doc.text[end:end + 2].lstrip().startswith(":") for end in ends)


def _speech_within(doc: Document, j: int, info: SlotInfo, span: int) -> bool:
    """Whether a complementiser, a casualty word, a colon or a quote comes within ``span`` words
    after token ``j`` (a colon may end the sentence: «في حديث لقناة X:» and the quote below)."""
    toks, text = doc.tokens, doc.text
    for n in range(j + 1, min(j + span, len(toks))):
        if not _SPEECH.isdisjoint(text[toks[n - 1].end:toks[n].start]):
            return True
        if toks[n].sentence != toks[j].sentence:
            return False
        if toks[n].text in info.words["says"] or toks[n].start in info.cues:
            return True
    return j + 1 >= len(toks) and ":" in text[toks[j].end:]


def _says_after_aside(doc: Document, j: int, info: SlotInfo) -> bool:
    """After a comma: «، اليوم الأحد، أن ...», «، في بيان له، اليوم، إن ...»: past the asides,
    a complementiser, a casualty word, a colon or a quote must open what was said."""
    toks, text = doc.tokens, doc.text
    sent = toks[j].sentence
    for n in range(j, min(j + 14, len(toks))):
        if toks[n].sentence != sent:
            return False
        if n > j and not _SPEECH.isdisjoint(text[toks[n - 1].end:toks[n].start]):
            return True
        if toks[n].text in info.words["says"] or toks[n].start in info.cues:
            return True
    return False


def subject_before(doc: Document, verb_start: int, info: SlotInfo) -> Slot | None:
    """A subject placed before its verb: «وكان X قد أعلن», «أن X قد أكدت», «إن X أعلن».

    It stands between an opener — «كان» or a complementiser — and the verb (or «قد»), with
    no punctuation between; a figure or a casualty word there means a clause, not a subject.
    """
    toks, text = doc.tokens, doc.text
    v = doc.token_index(verb_start)
    if v < 2:
        return None
    already = toks[v - 1].text in info.words["already"]
    last = v - 2 if already else v - 1
    for j in range(last, max(last - MAX_SUBJECT_TOKENS, -1), -1):
        word = toks[j].text
        if toks[j].sentence != toks[v].sentence or not gap_ok(text[toks[j].end:toks[j + 1].start]):
            return None
        contrast = (word in info.words["contrast"] or word in info.words["fronts"]) and _contrast(doc, j, info)  # «لكن»
        opener = word in info.words["was"] or word in info.words["fronts"] or contrast
        if opener and j + 1 <= last:
            return Slot(j + 1, _trim_end(doc, j + 1, last), None, contrast) if _opens_subject(doc, j + 1, info, contrast) and \
                all(_inside_subject(doc, n, info) for n in range(j + 1, last + 1)) else None
        if word in info.words["particle"] and j not in info.names or toks[j].start in info.cues or word.isdigit():
            return None
    return None


def fronted_subject(doc: Document, verb_start: int, info: SlotInfo, most: int = 4) -> Slot | None:
    """A headline's subject before its present verb («طالبان تعلن مقتل»): the words from the sentence's start up to
    the verb, nothing between («وكانت الوزيرة تقول»: a clause); ``most`` at most («مصدر أمني رفيع قال إن»)."""
    toks, text = doc.tokens, doc.text
    v = doc.token_index(verb_start)
    first = doc.token_index(doc.sentences[toks[v].sentence].start)
    if not 0 < v - first <= most or toks[first].text in info.words["was"] or not _opens_subject(doc, first, info):
        return None
    if any(not gap_ok(text[toks[n].end:toks[n + 1].start]) for n in range(first, v)):
        return None
    inside = all(_inside_subject(doc, n, info) and (toks[n].start not in info.phrases or n > first and toks[n].text.startswith(LAM))
                 for n in range(first, v))  # «المديرية العامة للدفاع المدني قالت»: «ل» of a name's chain
    return Slot(first, v - 1) if inside else None


def _inside_subject(doc: Document, n: int, info: SlotInfo) -> bool:
    tok = doc.tokens[n]
    return not (tok.start in info.cues or tok.text.isdigit() or n in info.dates
                or tok.text in info.words["particle"] and tok.text not in info.words["in"] and n not in info.names)


def _contrast(doc: Document, j: int, info: SlotInfo) -> bool:
    """«لكن», or «أن» after «غير»/«إلا»/«بيد»: what follows is a subject in the accusative."""
    word = doc.tokens[j].text
    return word in info.words["contrast"] and word in info.words["particle"] or \
        word in info.words["fronts"] and j > 0 and doc.tokens[j - 1].text in info.words["contrast"]


def _opens_subject(doc: Document, k: int, info: SlotInfo, accusative: bool = False) -> bool:
    word = (tok := doc.tokens[k]).text
    if tok.start in info.stops or tok.start in info.cues or tok.start in info.statements or k in info.dates:
        return False
    if word.isdigit() or word in info.words["particle"] and k not in info.names or len(word) < 2 or tok.start in info.phrases:
        return False
    if word in info.words["governs"]:
        return False  # «بيانا قالت فيه إن»: a preposition with its pronoun is an adjunct
    # an indefinite accusative («صورا», «بيانا») is an object, not a subject, but after «لكن»
    return accusative or k in info.duals or not (word.endswith(ACCUSATIVE) and not word.startswith(ARTICLE) and len(word) > 4
                and tok.start not in info.outlets and not word.endswith((*NISBA_ACCUSATIVE, *LONG_PRONOUNS, OUR)))


def _phrase_end(doc: Document, k: int, info: SlotInfo) -> int:
    """The last token of the noun phrase that starts at token ``k``, read once a document (``info.ends``, #14)."""
    if k in info.ends:
        return info.ends[k]  # asked again of the same word: the subject, then its title or the name it ends
    toks, text, sent = doc.tokens, doc.text, doc.tokens[k].sentence
    last, j = k, k + 1
    quote = text.find('"', toks[k].start)  # the first quote mark: none before it, none to count (#14)
    withheld = info.words["withheld"]  # each reader below is called only past the cheap test it opens with (#14)
    body = min((b for b in info.bodies if b >= k), default=len(toks))  # the first body's name in the phrase, if any
    while j < len(toks) and j - k < MAX_SUBJECT_TOKENS:
        tok = toks[j]
        if tok.sentence != sent or not gap_ok(text[toks[j - 1].end:tok.start]):
            break
        if j + 1 < len(toks) and toks[j + 1].text in withheld and withheld_at(doc, j, info):
            break  # «أحد السكان طالبا عدم الكشف عن هويته»: an aside, no more of the name
        if tok.text in info.words["in"]:
            if not _in_continues(doc, j, info):
                break  # «في بيان», «في وقت سابق»: an adjunct, not more of the name
            last, j = j + 1, j + 2
            continue
        so_called = so_called_end(doc, j, info, lambda n: _phrase_end(doc, n, info)) \
            if tok.text.removeprefix(LAM) in info.words["what"] else None  # its first test, before the call
        if so_called is not None:  # «المكتب الإعلامي لما يعرف بـ"ولاية X"»
            last, j = so_called, so_called + 1
            continue
        if tok.start in info.stops or tok.start in info.cues and not info.victims_of(doc, k, j) or tok.start in info.statements \
                or j in info.dates or tok.text.isdigit() or tok.start in info.figures \
                or tok.text in info.words["particle"] and j not in info.names \
                or any(tok.text in info.words[r] for r in ("adverb", "demonstrative", "toll_object")) \
                or tok.text in info.words["calls"] and called_end(doc, j - 1, info) is not None:
            break
        quoted = 0 <= quote < tok.start and text.count('"', quote, tok.start) % 2 == 1  # «مندوبة "الوكالة الوطنية للإعلام"»
        if not quoted and tok.text.startswith(LAM) and addressee_at(doc, j, info) is not None \
                or tok.start in info.forces and _object_force(doc, j, info) \
                or body < j and _after_body(doc, k, j, info) or opens_object(doc, k, j, info) \
                or len(tok.text) > 4 and owned_after(doc, k, j, info) \
                or tok.text.endswith(ACCUSATIVE) and _object_of_relative(doc, j, info) \
                or tok.start in info.outlets and outlet_object(doc, k, j, info):
            break
        last, j = j, j + 1
    return info.ends.setdefault(k, _trim_end(doc, k, last))


def _after_body(doc: Document, k: int, j: int, info: SlotInfo) -> bool:
    """«أعلنت الشرطة تفكيك الخلية»: after a body's definite name (no person's name follows one),
    an indefinite word begins the object; «العقيد أحمد» and «وزارة الصحة» go on."""
    if info.bodies.isdisjoint(range(k, j)):
        return False  # no body's name in the phrase so far
    toks = doc.tokens
    word = toks[j].text
    if word.startswith((ARTICLE, LAM)) or word in info.words["link"] or word in info.words["in"] \
            or word in info.words["name_part"] or '"' in doc.text[toks[j - 1].end:toks[j].start]:
        return False  # «المركز الإعلامي لعملية X»: «ل» ties the name on; «الإذاعة الرسمية "X"» names it
    return not info.bodies.isdisjoint(range(k, j)) and all(toks[n].text.startswith(ARTICLE) for n in range(k, j))


def _object_of_relative(doc: Document, j: int, info: SlotInfo) -> bool:
    """«نشرت الجبهة تسجيلا مصورا قالت إنه»: an indefinite object that a relative clause of speech
    describes ends the subject before it."""
    if not accusative_object(doc, j, info):
        return False
    toks = doc.tokens
    n = j + 1
    while n < len(toks) and toks[n].sentence == toks[j].sentence and toks[n].text.endswith(ACCUSATIVE) \
            and not toks[n].text.startswith(ARTICLE) and n - j < 3:
        n += 1  # its indefinite adjectives
    return n + 1 < len(toks) and toks[n].start in info.cues and toks[n + 1].sentence == toks[j].sentence \
        and (toks[n + 1].text in info.words["says"] or toks[n + 1].text in info.words["governs"])


def accusative_object(doc: Document, j: int, info: SlotInfo) -> bool:
    """An indefinite accusative right after a definite word («نشرت الفصائل تسجيلا»): an object.
    Only a verb with no subject of its own asks this (names end in «ا» too)."""
    prev, word = doc.tokens[j - 1].text, doc.tokens[j].text
    return prev.startswith(ARTICLE) and prev not in info.words["link"] and word.endswith(ACCUSATIVE) \
        and not word.startswith(ARTICLE) and len(word) > 4 and not _opens_subject(doc, j, info)


def _object_force(doc: Document, j: int, info: SlotInfo) -> bool:
    """A force named right after a definite word starts the object: «واتهم الجيش قوات X بـ»,
    «اتهمت الحكومة المتمردين»; after «باسم» or «في» it is part of the speaker's name."""
    prev = doc.tokens[j - 1].text
    return doc.tokens[j].start in info.forces and prev.startswith(ARTICLE) \
        and prev not in info.words["link"] and prev not in info.words["in"]


def _object_trimmed(doc: Document, first: int, last: int, info: SlotInfo) -> int:
    """Leave out an object's head caught at the end of a subject: «أوردت صفحة الجبهة أسماء 21 قتيلا».

    Words after a definite word of the phrase agree with it; an indefinite word right
    before the figure or casualty word that broke the phrase begins the object.
    """
    toks = doc.tokens
    if last <= first or not object_head(doc, last, info) or '"' in doc.text[toks[last].end:toks[last + 1].start]:
        return last  # a quote closing there ends a name: «لما يعرف بـ"ولاية سيناء" أسر»
    if not any(toks[n].text.startswith(ARTICLE) for n in range(first, last)):
        return last
    return last - 2 if last - 1 > first and toks[last - 1].text in info.words["in"] else last - 1


def _trim_end(doc: Document, first: int, last: int) -> int:
    """Drop trailing particles such as «و» left at the end of a phrase."""
    while last > first and doc.tokens[last].text in _LONE_CLITICS:
        last -= 1
    return last


def _in_continues(doc: Document, j: int, info: SlotInfo) -> bool:
    """«في» inside a name: a place or a body follows, not a statement or a time."""
    toks = doc.tokens
    n = j + 1
    if n >= len(toks) or toks[n].sentence != toks[j].sentence or not gap_ok(doc.text[toks[j].end:toks[n].start]):
        return False
    nxt = toks[n]
    if nxt.start in info.statements or n in info.dates or nxt.start in info.stops or nxt.start in info.cues:
        return False
    return nxt.text not in info.words["particle"] and not nxt.text.isdigit() \
        and nxt.text not in info.words["adjunct"]
