"""The speaker of a reporting construction, read from the grammar rather than a list.

Arabic news reports speech verb-first: «قال/أعلن/أفاد + SUBJECT + (adjuncts) + أن/إن ...».
The subject is whatever noun phrase fills that slot — a ministry, a titled person, a
proper name nobody listed, a dual («مصدران») — so it is read by position:

* after the verb, past dates, «أيضا» and an addressee («لوكالة X», «لـ"X"»);
* up to the complementiser, a colon, a comma, a quote that opens speech, a date, a
  number, a casualty or event word, or a preposition that starts an adjunct («في بيان»);
* «في» continues a name when a place or body follows («مصدر في الشرطة», «وزارة الصحة في
  غزة») and ends it before a statement noun or a date («في بيان», «في وقت سابق»).

Word lists only classify what this finds (``source_names.tsv`` gives its kind and the
back-references); they do not decide whether there is a speaker.  A verb whose slot is
empty («وأضاف أن», «وأعلن مقتل») has no subject of its own: only such a verb takes an
earlier speaker.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from waqia.core.document import Document, Token
from waqia.core.lexicon import Lexicon, Match
from waqia.core.morphology import (
    ACCUSATIVE,
    ARTICLE,
    CONJUNCTIONS,
    LAM,
    LAM_ARTICLE,
    LONG_PRONOUNS,
    MAQSURA,
    NISBA_ACCUSATIVE,
    NISBA_SINGULAR,
    PREPOSITION_ARTICLES,
    PREPOSITIONS,
)

MAX_SUBJECT_TOKENS = 14
#: a conjunction or a preposition cut loose from its word, left at the end of a phrase
_LONE_CLITICS = frozenset(CONJUNCTIONS) | frozenset(PREPOSITIONS) - {PREPOSITIONS[-1]}
_OPEN = set(':"(')


@dataclass(frozen=True)
class SlotInfo:
    """What the slot reader needs to know about each word of a document."""

    stops: frozenset[int]  # word starts of words that end a name (source_stops.tsv)
    cues: frozenset[int]  # word starts of casualty, event and attribution words
    statements: frozenset[int]  # word starts of statement nouns («بيان», «تصريح»)
    outlets: frozenset[int]  # word starts of outlet names («وكالة», «الأناضول»), clitic ل included
    dates: frozenset[int]  # token indices inside date expressions
    figures: frozenset[int]  # word starts of figures, in digits or in words («12», «ثلاثة»)
    phrases: frozenset[int]  # word starts of prepositional phrases («بمقتل», «لوجود», «بالهجوم»)
    words: dict[str, frozenset[str]]  # speaker_words.tsv: role -> the words (matching form)
    names: frozenset[int] = frozenset()  # token indices of particles that are names here («محمد علي»)


@functools.lru_cache(maxsize=4)
def speaker_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """``speaker_words.tsv`` by role: the function words that bound a speaker's phrase."""
    out: dict[str, set[str]] = {role: set() for role in _ROLES}
    for e in lexicon.concept("speaker_words"):
        for role in e.get("role").split(","):
            out.setdefault(role.strip(), set()).add(e.key)
    return {role: frozenset(words) for role, words in out.items()}


_ROLES = ("filler", "particle", "says", "in", "adjunct", "trailing", "was", "already", "told", "in_name", "not_said", "fronts", "tally", "from", "plural", "link", "person_head", "name_part", "body_in", "what", "homograph")


def slot_info(doc: Document, lexicon: Lexicon) -> SlotInfo:
    matches: tuple[Match, ...] = doc.layer("matches")
    stops: set[int] = set()
    cues: set[int] = set()
    statements: set[int] = set()
    outlets: set[int] = set()
    phrases = {t.start for t in doc.tokens if t.text.startswith(PREPOSITION_ARTICLES)}
    for m in matches:
        clitics = m.prefix.removesuffix(ARTICLE)
        if clitics[-1:] in PREPOSITIONS and not (clitics == LAM and m.prefix == ARTICLE):
            phrases.add(m.word_start)
        if m.concept == "source_stops":
            stops.add(m.word_start)
        elif m.concept in ("casualty_terms", "event_triggers"):
            cues.add(m.word_start)
        elif m.concept == "attribution":
            (statements if m.entry.get("type") == "statement" else cues).add(m.word_start)
        elif m.concept == "source_names" and m.entry.get("kind") == "outlet":
            # every word of an outlet's name («فرانس برس»), the first with its clitics
            outlets.update(t.start for t in doc.tokens[doc.token_index(m.word_start):doc.token_index(m.end - 1) + 1])
    dates: set[int] = set()
    for d in doc.layer("dates"):
        a, b = doc.token_index(d.start), doc.token_index(max(d.end - 1, d.start))
        dates.update(range(a, b + 1))
    figures = frozenset(q.start for q in doc.layer("numbers"))
    words = speaker_words(lexicon)
    info = SlotInfo(frozenset(stops), frozenset(cues), frozenset(statements), frozenset(outlets),
                    frozenset(dates), figures, frozenset(phrases - outlets), words)
    names = frozenset(i for i, tok in enumerate(doc.tokens) if tok.text in words["homograph"] and _name_here(doc, i, info))
    stops -= {doc.tokens[i].start for i in names}  # source_stops.tsv lists the particle too
    return SlotInfo(frozenset(stops), info.cues, info.statements, info.outlets, info.dates, info.figures, info.phrases, words, names)


def _name_here(doc: Document, i: int, info: SlotInfo, end_only: bool = False) -> bool:
    """A particle spelled like a name («على»/«علي») is the name where the particle cannot stand.

    Written with the dotless final letter it is the preposition.  Otherwise it is a name
    after another word of a name when nothing follows that a preposition could govern
    («قال محمد علي إن», «محمد علي، وهو ضابط»), or at the head of a subject when an
    indefinite word follows («وقال علي حسن إن»); «أكد علي أن» stays the particle.
    """
    toks, text = doc.tokens, doc.text
    if not end_only and doc.span(toks[i].start, toks[i].end).text.endswith(MAQSURA):
        return False
    sent = toks[i].sentence
    prev = toks[i - 1] if i > 0 and toks[i - 1].sentence == sent and _gap_ok(text[toks[i - 1].end:toks[i].start]) else None
    nxt = toks[i + 1] if i + 1 < len(toks) and toks[i + 1].sentence == sent else None
    closed = nxt is None or not _gap_ok(text[toks[i].end:nxt.start]) or nxt.text in info.words["says"] \
        or nxt.text.startswith(LAM) or i + 1 in info.dates
    if end_only:
        return closed
    if prev is None or prev.start in info.cues or prev.text in info.words["filler"] or i - 1 in info.dates:
        if closed or nxt is None or nxt.text in info.words["particle"] or _figure(nxt, info) or nxt.start in info.cues \
                or nxt.start in info.stops:
            return False
        # «علي حسن», or a family name «علي الحسيني» that the speech follows at once
        return not nxt.text.startswith(ARTICLE) or nxt.text.endswith(NISBA_SINGULAR) and _name_here(doc, i + 1, info, end_only=True)
    return closed and prev.text not in info.words["particle"] and not _figure(prev, info) \
        and not prev.text.startswith(ARTICLE)  # «وأكد المصدر علي أن»: a noun, then the particle


@dataclass(frozen=True)
class Slot:
    """A subject found at tokens ``[first, last]``; ``addressee`` the outlet told, if any."""

    first: int
    last: int
    addressee: tuple[int, int] | None = None


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
        if k >= len(toks) or toks[k].sentence != sent or any(ch in _OPEN for ch in gap):
            return None
        if k in info.dates or toks[k].text in info.words["filler"]:
            prev_end, k = toks[k].end, k + 1
            continue
        told = _addressee_at(doc, k, info)
        if told is None:
            break
        addressee = told
        prev_end, k = toks[told[1]].end, told[1] + 1
    if k >= len(toks) or not _opens_subject(doc, k, info):
        return None
    last = _object_trimmed(doc, k, _phrase_end(doc, k, info), info)
    if addressee is None:
        told = _addressee_at(doc, last + 1, info) if last + 1 < len(toks) else None
        addressee = told if told is not None and _gap_ok(text[toks[last].end:toks[last + 1].start]) else None
    return Slot(k, last, addressee)


def says_after(doc: Document, last: int, info: SlotInfo) -> bool:
    """Whether what follows the phrase ending at token ``last`` is what was said.

    Speech goes on after its speaker with a complementiser («أن», «إن»), a colon or a
    quote, a casualty or event word («مقتل», «بمقتل»), «إلى»/«عن», or after adjuncts
    (a date, «في بيان», an addressee, a comma).  An object of a verb that reports
    nothing («أعلنت حالة التأهب في المدينة») is followed by none of these.
    """
    toks, text = doc.tokens, doc.text
    j = last + 1
    for _ in range(8):
        if j >= len(toks):
            return True
        gap = text[toks[j - 1].end:toks[j].start]
        if toks[j].sentence != toks[last].sentence or any(ch in ':"' for ch in gap):
            return True
        if any(ch in "،,(-" for ch in gap):
            return _says_after_aside(doc, j, info)
        word = toks[j].text
        if word in info.words["says"] or toks[j].start in info.cues or _figure(toks[j], info):
            return True  # «أوردت الصفحة أسماء 21 قتيلا»: a figure follows the subject
        if j in info.dates or word in info.words["filler"]:
            j += 1
            continue
        if _object_head(doc, j, info):
            return True  # «أعلن الوزير ارتفاع الحصيلة», «أوردت الصفحة أسماء 21 قتيلا»
        if word in info.words["in"] and j + 1 < len(toks) and toks[j + 1].start in info.statements:
            j += 1
        if toks[j].start in info.statements:
            # «في بيان وزعه مكتبها», «في تصريح صحفي»: the statement and what describes it
            return any(toks[n].text in info.words["says"] or toks[n].start in info.cues
                       for n in range(j + 1, min(j + 7, len(toks))) if toks[n].sentence == toks[j].sentence)
        told = _addressee_at(doc, j, info)
        if told is None:
            return False
        j = told[1] + 1
    return False


def _says_after_aside(doc: Document, j: int, info: SlotInfo) -> bool:
    """After a comma: «، اليوم الأحد، أن ...», «، في بيان له، اليوم، إن ...»: past the asides,
    a complementiser, a casualty word, a colon or a quote must open what was said."""
    toks, text = doc.tokens, doc.text
    sent = toks[j].sentence
    for n in range(j, min(j + 14, len(toks))):
        if toks[n].sentence != sent:
            return False
        if n > j and any(ch in ':"' for ch in text[toks[n - 1].end:toks[n].start]):
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
        if toks[j].sentence != toks[v].sentence or not _gap_ok(text[toks[j].end:toks[j + 1].start]):
            return None
        opener = word in info.words["was"] or (word in info.words["fronts"] and already)
        if opener and j + 1 <= last:
            return Slot(j + 1, _trim_end(doc, j + 1, last)) if _opens_subject(doc, j + 1, info) and \
                all(_inside_subject(doc, n, info) for n in range(j + 1, last + 1)) else None
        if word in info.words["particle"] and j not in info.names or toks[j].start in info.cues or word.isdigit():
            return None
    return None


def _inside_subject(doc: Document, n: int, info: SlotInfo) -> bool:
    tok = doc.tokens[n]
    return not (tok.start in info.cues or tok.text.isdigit() or n in info.dates
                or tok.text in info.words["particle"] and tok.text not in info.words["in"] and n not in info.names)


def _opens_subject(doc: Document, k: int, info: SlotInfo) -> bool:
    tok = doc.tokens[k]
    word = tok.text
    if tok.start in info.stops or tok.start in info.cues or tok.start in info.statements or k in info.dates:
        return False
    if word.isdigit() or word in info.words["particle"] and k not in info.names or len(word) < 2 or tok.start in info.phrases:
        return False
    # an indefinite accusative («صورا», «بيانا») is an object, not a subject
    return not (word.endswith(ACCUSATIVE) and not word.startswith(ARTICLE) and len(word) > 4
                and tok.start not in info.outlets and not word.endswith(NISBA_ACCUSATIVE))


def _phrase_end(doc: Document, k: int, info: SlotInfo) -> int:
    """The last token of the noun phrase that starts at token ``k``."""
    toks, text = doc.tokens, doc.text
    sent = toks[k].sentence
    last = k
    j = k + 1
    while j < len(toks) and j - k < MAX_SUBJECT_TOKENS:
        tok = toks[j]
        if tok.sentence != sent or not _gap_ok(text[toks[j - 1].end:tok.start]):
            break
        if tok.text in info.words["in"] and _in_continues(doc, j, info):
            last, j = j + 1, j + 2
            continue
        if tok.start in info.stops or tok.start in info.cues or tok.start in info.statements \
                or j in info.dates or _figure(tok, info) or tok.text in info.words["particle"] and j not in info.names:
            break
        if _addressee_at(doc, j, info) is not None:
            break
        last, j = j, j + 1
    return _trim_end(doc, k, last)


def _figure(tok: Token, info: SlotInfo) -> bool:
    return tok.text.isdigit() or tok.start in info.figures


def _object_head(doc: Document, j: int, info: SlotInfo) -> bool:
    """An indefinite noun at token ``j`` right before a figure or a casualty word: the head of an object."""
    toks = doc.tokens
    return j + 1 < len(toks) and toks[j + 1].sentence == toks[j].sentence and not toks[j].text.startswith(ARTICLE) \
        and (_figure(toks[j + 1], info) or toks[j + 1].start in info.cues) and _gap_ok(
            doc.text[toks[j].end:toks[j + 1].start]) and toks[j].text not in info.words["particle"]


def _object_trimmed(doc: Document, first: int, last: int, info: SlotInfo) -> int:
    """Leave out an object's head caught at the end of a subject: «أوردت صفحة الجبهة أسماء 21 قتيلا».

    Words after a definite word of the phrase agree with it; an indefinite word right
    before the figure or casualty word that broke the phrase begins the object.
    """
    toks = doc.tokens
    if last <= first or not _object_head(doc, last, info):
        return last
    return last - 1 if any(toks[n].text.startswith(ARTICLE) for n in range(first, last)) else last


def _trim_end(doc: Document, first: int, last: int) -> int:
    """Drop trailing particles such as «و» left at the end of a phrase."""
    while last > first and doc.tokens[last].text in _LONE_CLITICS:
        last -= 1
    return last


def _in_continues(doc: Document, j: int, info: SlotInfo) -> bool:
    """«في» inside a name: a place or a body follows, not a statement or a time."""
    toks = doc.tokens
    n = j + 1
    if n >= len(toks) or toks[n].sentence != toks[j].sentence or not _gap_ok(doc.text[toks[j].end:toks[n].start]):
        return False
    nxt = toks[n]
    if nxt.start in info.statements or n in info.dates or nxt.start in info.stops or nxt.start in info.cues:
        return False
    return nxt.text not in info.words["particle"] and not nxt.text.isdigit() \
        and nxt.text not in info.words["adjunct"]


def _addressee_at(doc: Document, k: int, info: SlotInfo) -> tuple[int, int] | None:
    """«لوكالة الأناضول», «لـ"عنب بلدي"», «للصحفيين»: who was told, tokens ``[k, end]``."""
    toks, text = doc.tokens, doc.text
    word = toks[k].text
    bare = word == LAM
    if not bare and told_word(word, info.words):
        return (k, k)  # «للصحفيين»
    if not bare and not (word.startswith(LAM) and toks[k].start in info.outlets):
        return None
    end = k + 1 if bare else k
    quoted = bare and '"' in text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else False
    limit = min(k + 5, len(toks) - 1)
    while end < limit and toks[end + 1].sentence == toks[k].sentence:
        gap = text[toks[end].end:toks[end + 1].start]
        if not _gap_ok(gap) or toks[end + 1].start in info.stops or toks[end + 1].start in info.cues:
            break
        if quoted and '"' in gap:
            break
        nxt = toks[end + 1].text
        if not quoted and not (nxt.startswith(ARTICLE) or toks[end + 1].start in info.outlets):
            break
        end += 1
    return (k, max(end, k))


def told_word(word: str, words: dict[str, frozenset[str]]) -> bool:
    """«للصحفيين», «لوسائل الإعلام»: the people or media a statement was made to."""
    if not word.startswith(LAM):
        return False
    rest = word[2:] if word.startswith(LAM_ARTICLE) else word[1:]
    return rest in words["told"] or ARTICLE + rest in words["told"]


def possessed(word: str, info: SlotInfo) -> bool:
    """A noun with an attached pronoun («مسؤوليتها», «بيانهم») is no part of a name."""
    return len(word) > 4 and word.endswith(LONG_PRONOUNS) and word not in info.words["in_name"]


def _gap_ok(gap: str) -> bool:
    return all(ch in ' "\'' for ch in gap)
