"""Speakers that point back: «هذه المجموعة», «هذا التنظيم», and a generic official
(«المسؤول اليمني») after a titled person has spoken.

* A demonstrative (speaker_words.tsv role ``points``) and a definite noun name no one
  new: the speaker is the last group named before it whose head is that noun («هذه
  الحركة» → «حركة الشباب»), else the last one of the noun's side in ``actor_terms.tsv``
  («هذا التنظيم» → the armed group named last), else the last group named.
* «أحدهما», «أحدهم» (role ``one_of``) alone: one of the speakers who spoke last («قال شاهدا
  عيان ... وأضاف أحدهما»), named as they were.
* «المصدر ذاته», «المصدر نفسه» (role ``same``) with no source of its head named before:
  the last speaker, whoever the slot reader found him to be («أعلن نادي الأسير ... ووفق
  المصدر ذاته»).
* «الأخيرة», «الأخير» (role ``latter``) alone: the latter, the last body or force named before it
  (no titled person) in the two sentences before («اتهم الجيش حركة الشباب بالهجوم، فيما قالت الأخيرة إن»).
* A definite generic official (role ``official``) with nothing but nisba adjectives
  after it, when no official of that head was named before, is the last titled person
  (role ``title``) who spoke: «قال وزير الصحة ... وأضاف المسؤول اليمني».
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from waqia.core.document import Document
from waqia.core.morphology import ARTICLE, LAM, LAM_ARTICLE, NISBA_ENDINGS
from waqia.stages.sources.bodies import bodies_in_full
from waqia.stages.sources.forces import full_forces
from waqia.stages.sources.glossed import glossed_names
from waqia.stages.sources.headlined import named_in_full_after
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.words import SlotInfo


def refer_back(doc: Document, attributions: list[Attribution], named: Sequence[SourceMention],
               info: SlotInfo) -> list[Attribution]:
    """The attributions with pointing speakers replaced by whom they point to."""
    out: list[Attribution] = []
    for a in attributions:
        src = a.source
        words = None if src.backref else _words(doc, src)  # read once for the three tests (#14)
        ref = None if words is None else _pointed(doc, src, words, named, out, info) \
            or _official(doc, src, words, out, named, info) or _one_of(doc, src, words, out, info) \
            or _same_speaker(doc, src, words, out, info) or _latter(doc, src, words, named, info)
        out.append(a if ref is None else dataclasses.replace(a, source=dataclasses.replace(src, name=ref, backref=True)))
    out = full_forces(doc, _named_elsewhere(doc, out, info))
    return named_in_full_after(glossed_names(doc, bodies_in_full(doc, out, named, info), named, info), info)


def _named_elsewhere(doc: Document, attributions: list[Attribution], info: SlotInfo) -> list[Attribution]:
    """«أعلن محافظ عدن ...» and, in another sentence, «وقال المحافظ أحمد لملس»: a titled speaker
    whose person the article names with the bare definite title elsewhere is that person,
    «محافظ عدن أحمد لملس» (one person named so, else no one)."""
    people: dict[str, set[str]] = {}
    titles, toks = info.words["title"], doc.tokens
    for a in attributions:
        first = doc.token_index(a.source.start)  # the first of _words(doc, a.source), if any
        word = toks[first].text if first < len(toks) else ""
        if word.startswith(ARTICLE) and word.removeprefix(ARTICLE) in titles:
            person = _person_after(doc, first, info)
            if person:
                people.setdefault(word.removeprefix(ARTICLE), set()).add(person)
    if not people:
        return attributions
    fuller: dict[str, str] = {}
    for a in attributions:
        words = _words(doc, a.source)
        names = people.get(words[0].removeprefix(ARTICLE) if words else "", set())
        if len(names) == 1 and not a.source.backref and len(words) >= 2 and not any(n in a.source.name for n in names):
            fuller[a.source.name] = fuller[next(iter(names))] = f"{a.source.name} {next(iter(names))}"
    out = []
    for a in attributions:  # «القائد موسى أدامو» is «قائد شرطة الولاية موسى أدامو» too
        words = _words(doc, a.source)
        person = _person_after(doc, doc.token_index(a.source.start), info) if words and words[0].startswith(ARTICLE) else ""
        name = fuller.get(a.source.name) or (fuller.get(person) if person and len(words) > 1 else None)
        out.append(dataclasses.replace(a, source=dataclasses.replace(a.source, name=name)) if name else a)
    return out


def _person_after(doc: Document, k: int, info: SlotInfo) -> str:
    """The person's name right after the definite title at token ``k`` («المحافظ أحمد حامد لملس»),
    up to what was said; empty when another word follows the title."""
    toks = doc.tokens
    n = k + 1
    while n < len(toks) and n - k <= 4 and toks[n].sentence == toks[k].sentence \
            and not doc.text[toks[n - 1].end:toks[n].start].strip() \
            and (_a_name(toks[n].text, info) or n > k + 1 and toks[n].text.startswith(ARTICLE)) \
            and toks[n].text not in info.words["says"] and toks[n].start not in info.cues and toks[n].start not in info.outlets:
        n += 1
    done = n >= len(toks) or toks[n].sentence != toks[k].sentence or toks[n].text in info.words["says"] \
        or toks[n].start in info.outlets \
        or doc.text[toks[n - 1].end:toks[n].start].strip() in ("،", ",")
    return doc.original_text(toks[k + 1].start, toks[n - 1].end) if n > k + 1 and done else ""


def _a_name(word: str, info: SlotInfo) -> bool:
    """A word that can begin a person's name after a title: not definite, not a nisba, no particle."""
    return not word.startswith((ARTICLE, LAM_ARTICLE)) and word not in info.words["link"] and word not in info.words["in_name"] \
        and word not in info.words["particle"] and word not in info.words["in"]


def _words(doc: Document, src: SourceMention) -> list[str]:
    toks = doc.tokens
    first, last = doc.token_index(src.start), doc.token_index(max(src.end - 1, src.start))
    return [t.text for t in toks[first:last + 1]]


def _pointed(doc: Document, src: SourceMention, words: list[str], named: Sequence[SourceMention],
             out: list[Attribution], info: SlotInfo) -> str | None:
    if len(words) < 2 or words[0] not in info.words["points"] or not words[1].startswith(ARTICLE):
        return None
    # the side of each actor, only for a speaker that points («هذه الجماعة»): few articles have one
    sides = {m.word_start: m.entry.get("category") for m in doc.matches_of("actor_terms")}
    noun = words[1].removeprefix(ARTICLE)
    side = sides.get(doc.tokens[doc.token_index(src.start) + 1].start)
    spoke = [a.source for a in out if a.source.end <= src.start and not _person(doc, a.source, info)]
    before = [x for x in named if x.end <= src.start and not x.addressee and not x.backref and x.start in info.forces]
    for pool, test in ((spoke + before, lambda x: _first(doc, x) == noun),
                       (before, lambda x: side is not None and sides.get(x.start) == side),
                       (spoke, lambda x: side is None), (before, lambda x: side is None)):
        hit = max((x for x in pool if test(x) and _words(doc, x)[0] not in info.words["points"]),
                  key=lambda x: x.start, default=None)
        if hit is not None:
            return hit.name
    return None


def _first(doc: Document, x: SourceMention) -> str:
    """The first word of a speaker without its article or the «ل» of «لوزير الصحة»."""
    word = _words(doc, x)[0]
    return word.removeprefix(ARTICLE) if word.startswith(ARTICLE) else word.removeprefix(LAM) \
        if word.startswith(LAM) and len(word) > 4 else word


def _person(doc: Document, x: SourceMention, info: SlotInfo) -> bool:
    first = _first(doc, x)
    return first in info.words["title"] or first in info.words["person_head"]


def _official(doc: Document, src: SourceMention, words: list[str], out: list[Attribution],
              named: Sequence[SourceMention], info: SlotInfo) -> str | None:
    head = words[0]
    if not head.startswith(ARTICLE) or head.removeprefix(ARTICLE) not in info.words["official"] \
            or not all(w.endswith(NISBA_ENDINGS) for w in words[1:]):
        return None
    if any(_words(doc, x)[0].removeprefix(ARTICLE) == head.removeprefix(ARTICLE) for x in named if x.end <= src.start):
        return None  # «مسؤول يمني» ... «المسؤول اليمني»: the same one, already named
    for a in reversed(out):
        if _first(doc, a.source) in info.words["title"] and a.source.start < src.start:
            return a.source.name
    return None


def _one_of(doc: Document, src: SourceMention, words: list[str], out: list[Attribution], info: SlotInfo) -> str | None:
    """«وأضاف أحدهما»: one of the two (or more) who spoke last, named as they were."""
    if len(words) != 1 or _first(doc, src) not in info.words["one_of"]:  # one word: the token at src.start (#14)
        return None
    return next((a.source.name for a in reversed(out) if a.source.end <= src.start and not a.source.addressee), None)


def _same_speaker(doc: Document, src: SourceMention, words: list[str], out: list[Attribution],
                  info: SlotInfo) -> str | None:
    """«ووفق المصدر ذاته»: a bare definite head that no earlier name resolved, before «ذاته»: the last speaker;
    «المصدر الأمني ذاته»: a definite head and its adjective before it, the last speaker of that head («مصدر في
    الشرطة»), else the last one."""
    last = doc.token_index(max(src.end - 1, src.start))
    same = words[-1] in info.words["same"]
    if same:
        words = words[:-1]
    elif last + 1 >= len(doc.tokens) or doc.tokens[last + 1].text not in info.words["same"]:
        return None
    if not 1 <= len(words) <= 2 or not all(w.startswith(ARTICLE) for w in words) or len(words) == 2 and not same:
        return None
    earlier = [a for a in reversed(out) if a.source.end <= src.start and not a.source.addressee]
    if len(words) == 1:
        return earlier[0].source.name if earlier else None
    head, adjective = (w.removeprefix(ARTICLE) for w in words)
    named = [(a.source.name, _words(doc, a.source)) for a in earlier]
    return next((name for name, w in named if w[:2] == [head, adjective]), None) \
        or next((name for name, w in named if _of_head(w, head, adjective)), None)


def _of_head(name: list[str], head: str, adjective: str) -> bool:
    """A speaker's words open with ``head`` and carry no other adjective of origin right after it («مصدر في
    الشرطة», «مصدر أمني» for «المصدر الأمني»; not «مصدر طبي»)."""
    if name[:1] != [head]:
        return False
    second = name[1] if len(name) > 1 else ""
    return second == adjective or len(second) < 3 or not second.endswith(NISBA_ENDINGS)


def _latter(doc: Document, src: SourceMention, words: list[str], named: Sequence[SourceMention],
            info: SlotInfo) -> str | None:
    """«فيما قالت الأخيرة إن»: the last body or force named before it (no titled person), in the
    two sentences before it at most."""
    if len(words) != 1 or words[0] not in info.words["latter"]:
        return None
    hit = max((x for x in named if x.end <= src.start and not x.addressee and src.sentence - 2 <= x.sentence
               and not _person(doc, x, info)),
              key=lambda x: x.start, default=None)
    return hit.name if hit is not None else None
