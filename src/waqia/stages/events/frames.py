"""Event verbs completed after their subject (#10).

Arabic news puts the verb first and its subject right after it, so the words that complete an
event verb come after the subject: «سيطرت قوات الدعم السريع على المدينة», «أطلق مسلحون مجهولون
النار على». A phrase entry («سيطر على») only matches where the two stand together; a frame of
``event_frames.tsv`` matches the verb in every person and looks for its completion within
:data:`REACH` words after it, in the same clause.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from waqia.core.document import Document
from waqia.core.lexicon import Match
from waqia.core.normalize import key
from waqia.stages.claims.context import CLAUSE_BREAK

#: :data:`~waqia.stages.claims.context.CLAUSE_BREAK` as one string, for :meth:`Document.broken` (#14)
BREAKS = "".join(sorted(CLAUSE_BREAK))
#: how many words a verb's subject may take before the completion of the verb
REACH = 6
#: how many words before its verb the subject a frame flagged ``subject`` names may start
SUBJECT_BEFORE = 3
#: the commas that set a time aside
COMMAS = "،,"



@functools.lru_cache(maxsize=64)
def _words(then: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str] | None]:
    """The words of each completion («|» separates those any of which will do) in the matching form,
    and the words one of them starts with (``None`` when one is empty: it completes at any word)."""
    alts = tuple(tuple(key(w) for w in alt.split()) for alt in then.split("|"))
    return alts, None if not all(alts) else frozenset(alt[0] for alt in alts)


def _agreed(doc: Document, sentence: int) -> bool:
    """The sentence names an agreement a handover follows (means ``agreement``: «بموجب اتفاق»)."""
    return any(m.entry.get("means") == "agreement" and doc.sentence_of(m.start) == sentence
               for m in doc.matches_of("event_triggers_means"))


#: the frames last read, with the matches and tokens they were read from (#14: the triggers, the
#: means index and the dispersals all ask for the frames of one document)
_last: tuple[tuple[Match, ...], tuple[Any, ...], tuple[Match, ...]] = ((), (), ())


def framed(doc: Document) -> tuple[Match, ...]:
    """The frames of ``doc`` whose completion follows after a subject, as matches of the verb alone
    (so that event words inside the subject stay words of their own); read once per document."""
    global _last
    last, matches = _last, doc.layer("matches")
    if last[0] is not matches or last[1] is not doc.tokens:
        last = _last = (matches, doc.tokens, tuple(_framed(doc)))
    return last[2]


def asides(doc: Document) -> frozenset[int]:
    """The tokens of a time told between commas («سيطرت الميليشيا، فجر اليوم، على المواقع»,
    «أطلق مسلحون، مساء الثلاثاء، النار على»): an aside that does not end the verb's clause."""
    dates = doc.layer("dates")
    if not dates or not doc.breaks(COMMAS):
        return frozenset()  # no date or no comma: no aside
    toks, out = doc.tokens, set[int]()
    for d in dates:
        first = doc.token_index(d.start)
        if not 0 < first < len(toks) - 1 or not doc.broken(COMMAS, toks[first - 1].end, toks[first].start):
            continue  # the cheap test first: most dates have no comma right before them (#14)
        last = doc.token_index(max(d.end - 1, d.start))
        if first <= last < len(toks) - 1 and toks[first - 1].sentence == toks[last + 1].sentence \
                and doc.broken(COMMAS, toks[last].end, toks[last + 1].start):
            out.update(range(first, last + 1))
    return frozenset(out)


def joined(doc: Document, j: int, aside: frozenset[int]) -> bool:
    """Tokens ``j - 1`` and ``j`` stand in one clause: no clause break between them, or one that sets a time
    aside (:func:`asides`)."""
    toks = doc.tokens
    return not doc.broken(BREAKS, toks[j - 1].end, toks[j].start) or j in aside or j - 1 in aside


def _clause(doc: Document, k: int, aside: frozenset[int]) -> Iterator[int]:
    """The tokens after the verb at ``k`` that a completion may start at: from the second word on, at
    most :data:`REACH` of them, in the verb's sentence and clause (a time between commas is skipped)."""
    toks, counted = doc.tokens, 0
    for j in range(k + 2, len(toks)):
        if toks[j].sentence != toks[k].sentence:
            return
        if j in aside:
            continue  # joined to the word before it (:func:`joined`), and no start
        if j - 1 not in aside and doc.broken(BREAKS, toks[j - 1].end, toks[j].start):
            return  # :func:`joined`, inline: asked for each word of each frame (#14)
        yield j
        counted += 1
        if counted == REACH:
            return


def _framed(doc: Document) -> list[Match]:
    """:func:`framed`, read."""
    found = doc.matches_of("event_frames")
    if not found:
        return []
    toks = doc.tokens
    out = []
    aside = asides(doc)
    cues: set[int] | None = None  # the prepositions of place, read for a frame flagged ``object``
    for m in found:
        k = doc.token_index(m.start)
        if "agreed" in (m.entry.get("flags") or "") and not _agreed(doc, toks[k].sentence):
            continue  # «انسحبت القوات من البلدة» after a battle is ground lost, under an agreement a handover
        alts, firsts = _words(m.entry.get("then"))
        object_only = "object" in (m.entry.get("flags") or "")
        if object_only and cues is None:
            cues = {doc.token_index(c.end - 1) for c in doc.matches_of("place_cues")}
        if "subject" in (m.entry.get("flags") or ""):
            if _subject_before(doc, k, alts, firsts):
                out.append(m._replace(concept="event_triggers"))
            continue
        for j in _clause(doc, k, aside):  # one word of subject at least
            if object_only and cues is not None and j - 1 in cues:
                break  # «دمرت الغارة سيارة قرب منزل»: a place the verb's object was near, not its object
            if firsts is not None and toks[j].text not in firsts:
                continue  # no completion starts here (#14: most words start none)
            if any(j + len(then) <= len(toks) and all(toks[j + i].text == w for i, w in enumerate(then))
                   for then in alts):
                out.append(m._replace(concept="event_triggers"))
                break
    return out


def _subject_before(doc: Document, k: int, alts: tuple[tuple[str, ...], ...], firsts: frozenset[str] | None) -> bool:
    """A frame flagged ``subject``: its completion is the subject that stands before the verb at token ``k``,
    within :data:`SUBJECT_BEFORE` words, in its clause («أن الطيران الحربي الروسي استهدف», «إن القوات الجوية
    استهدفت»); an aircraft, so the verb tells the strike.  ``firsts``: the words a completion starts with
    (:func:`_words`), or ``None``."""
    toks = doc.tokens
    for j in range(k - 1, max(k - 1 - SUBJECT_BEFORE, -1), -1):
        if toks[j].sentence != toks[k].sentence or doc.broken(BREAKS, toks[j].end, toks[j + 1].start):
            return False
        if firsts is not None and toks[j].text not in firsts:
            continue  # no completion starts here (#14: most words start none)
        if any(then and j + len(then) <= k and all(toks[j + i].text == w for i, w in enumerate(then)) for then in alts):
            return True
    return False


def completion_end(doc: Document, pos: int) -> int | None:
    """The end of the completion of the frame whose verb starts at ``pos`` («سقطت البلدة في أيدي»), or
    ``None`` where no frame's verb starts there or none completes."""
    toks = doc.tokens
    for m in doc.matches_of("event_frames"):
        if m.start != pos:
            continue
        k = doc.token_index(m.start)
        alts, _ = _words(m.entry.get("then"))
        for j in _clause(doc, k, asides(doc)):
            for then in alts:
                if then and j + len(then) <= len(toks) and all(toks[j + i].text == w for i, w in enumerate(then)):
                    return toks[j + len(then) - 1].end
    return None


def disperses(doc: Document, blocked: set[int]) -> bool:
    """A frame flagged ``gathering`` outside the ``blocked`` sentences: its completion names the
    protest itself («فرقت قوات الأمن مسيرة لأنصار المعارضة»), so force met a protest even where no
    protester is named."""
    return any("gathering" in m.entry.get("flags") and doc.sentence_of(m.start) not in blocked
               for m in framed(doc))


def past_aside(doc: Document, last: int, end: int) -> tuple[int, int]:
    """The last token and end of a verb at token ``last``, moved past an aside between commas right after it
    (:data:`ASIDE_REACH` words at most, in its sentence: «أوقفت، في نفس الليلة، ثلاثة أشخاص»): the clause goes on
    after the aside; unchanged when none stands there."""
    toks = doc.tokens
    if last + 1 >= len(toks) or not doc.broken(COMMAS, end, toks[last + 1].start):
        return last, end
    for k in range(last + 1, min(last + 1 + ASIDE_REACH, len(toks) - 1)):
        if toks[k + 1].sentence != toks[last].sentence or doc.broken(_STOPS, toks[k].end, toks[k + 1].start):
            break
        if doc.broken(COMMAS, toks[k].end, toks[k + 1].start):
            return k, toks[k + 1].start
    return last, end


#: how many words an aside between commas right after a verb may hold («، في نفس الليلة،»)
ASIDE_REACH = 4
#: what ends a sentence's clause but a comma
_STOPS = "؛;.:\n"
