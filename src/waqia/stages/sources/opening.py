"""A speaker that opens its sentence before a colon: «مصادر: مقتل خمسة جنود», «المرصد: ...».

Headlines and short news items name the source first and let a colon stand for the verb.
The speaker is a source name that starts the sentence (after a conjunction at most) and
ends right before the colon; what follows in the sentence is what it said.

The mirror form closes a headline: «مقتل 5 في غارة - المرصد», «... (رويترز).»: a source set
off by a dash, or an agency in brackets, with nothing after it, is the source of the sentence.
"""

from __future__ import annotations

import re

from waqia.core.document import COMMAS, Document
from waqia.core.morphology import ARTICLE, AT, CONJUNCTIONS
from waqia.stages.sources.addressee import addressee_at
from waqia.stages.sources.mentions import Attribution, SourceMention
from waqia.stages.sources.slot import phrase_from
from waqia.stages.sources.words import SlotInfo

_LABEL_MARK = re.compile(r"\s*([|:])\s*")
_LABEL_SPLIT = re.compile(r"\s*[|:]\s*")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_BULLETS = frozenset("-–—•*▪")
#: one or two labels of one or two words, each closed by «|» or a colon, the longer tried first
_LEAD_LABELS = tuple(re.compile(rf"\s*(?:[^\s|:]+(?:[ \t]+[^\s|:]+){{0,2}}\s*[|:]\s*){{{n}}}") for n in (2, 1))


def colon_speakers(doc: Document, mentions: list[SourceMention],
                   attributions: list[Attribution], info: SlotInfo | None = None) -> list[Attribution]:
    """``attributions`` with the speakers that open a sentence before a colon, in text order."""
    told = {a.sentence for a in attributions}
    added = []
    for m in mentions:
        if m.sentence in told or m.addressee:
            continue
        sent = doc.sentences[m.sentence]
        lead = doc.text[sent.start:m.start].strip()
        if lead and lead not in CONJUNCTIONS and not (info is not None and _labels(lead, info)):
            continue
        end = _told_end(doc, m.end, info) if info is not None else m.end  # «مصدر طبي لـ"عنب بلدي": ...»
        rest = doc.text[end:sent.end]
        if not rest.lstrip(' "').startswith(":") and info is not None:
            end = _told_end(doc, _placed_end(doc, m, info), info)  # «الصحة في غزة: ...»
            rest = doc.text[end:sent.end]
        if not rest.lstrip(' "').startswith(":") or info is not None and _rubric(doc, m, info):
            continue
        colon = end + rest.index(":")
        added.append(Attribution(colon, colon + 1, "verb", m.sentence, m))
        told.add(m.sentence)
    added += _ministries_by_domain(doc, told, info)
    return sorted([*attributions, *added], key=lambda a: a.pos) if added else attributions


def _labels(lead: str, info: SlotInfo) -> bool:
    """Whether the words before a speaker are a breaking-news page's labels only: one or two, each of one
    to three words with no figure, closed by «|» («الشرق |», «عاجل |», «تحديث 19:20 |») or by a colon after
    a word of breaking news («عاجل:», speaker_words.tsv role ``breaking``): «عاجل: مصادر محلية: ...»,
    «الشرق | عاجل: الصحة في غزة: ...»; or a bullet alone («- الجيش: ...»)."""
    lead = _TIME.sub("", lead)  # «تحديث 19:20 |»: the time of an update, no colon of a label
    if lead in _BULLETS:  # «- وزارة الصحة: ...»: a bullet line
        return True
    marks = _LABEL_MARK.findall(lead)
    if not 0 < len(marks) <= 2 or not lead.endswith(tuple(marks[-1:])):
        return False
    labels = [w.split() for w in _LABEL_SPLIT.split(lead)[:-1]]
    return all(0 < len(words) <= 3 and not any(c.isdigit() for w in words for c in w)
               and (mark == "|" or all(w in info.words["breaking"] for w in words)) for words, mark in zip(labels, marks))


def _past_labels(doc: Document, start: int, end: int, info: SlotInfo | None) -> int:
    """Where a sentence's words begin past the labels of a breaking-news page (:func:`_labels`), or ``start``."""
    if info is None or "|" not in doc.text[start:end] and ":" not in doc.text[start:end]:
        return start
    for pattern in _LEAD_LABELS:
        m = pattern.match(doc.text, start, end)
        if m is not None and _labels(m.group().strip(), info):
            return m.end()
    return start


def _rubric(doc: Document, m: SourceMention, info: SlotInfo) -> bool:
    """A head alone that is also the label of a headline («شاهد:» watch, «صور:» pictures; speaker_words.tsv
    role ``rubric``): no speaker before the colon, while «شاهد عيان:» and «مصادر:» are."""
    k = doc.token_index(m.start)
    return doc.tokens[k].end >= m.end and doc.tokens[k].text in info.words["rubric"]


def _ministries_by_domain(doc: Document, told: set[int], info: SlotInfo | None = None) -> list[Attribution]:
    """«الصحة الفلسطينية: ...», «الداخلية العراقية: ...»: a ministry named by its domain and its
    country's adjective, in no list, opening a sentence before a colon (a place such as «الضفة
    الغربية» has no country adjective); or by a domain of ``speaker_words.tsv`` (role ``domain``)
    and where it sits («الصحة في غزة: ...», «الداخلية بعدن: ...», «صحة غزة: ...»)."""
    countries = {m.word_start for m in doc.matches_of("place_nisba")}
    domains = info.words["domain"] if info is not None else frozenset()
    out = []
    for n, sent in enumerate(doc.sentences):
        if n in told or doc.text.find(":", sent.start, sent.end) < 0:  # no colon, no speaker before one (#14)
            continue
        begin = _past_labels(doc, sent.start, sent.end, info)  # «عاجل | الصحة في غزة: ...»
        colon = doc.text.find(":", begin, sent.end)
        words = doc.text[begin:colon].split() if colon > 0 else []
        if not 2 <= len(words) <= 4 or any(c.isdigit() for w in words for c in w):
            continue
        k, start = doc.token_index(colon - 1), doc.token_index(begin)
        if k >= len(doc.tokens) or start > k:
            continue  # «; X:»: marks, no word before the colon
        last = doc.tokens[k]
        if last.end != len(doc.text[:colon].rstrip()):
            continue
        first = doc.tokens[start]
        if not (len(words) <= 3 and words[0].startswith(ARTICLE) and last.start in countries
                or _domain_placed(doc, start, domains, info)):
            continue
        name = doc.original_text(first.start, last.end)
        out.append(Attribution(colon, colon + 1, "verb", n, SourceMention(
            first.start, last.end, first.text.removeprefix(ARTICLE), name, False, n)))
    return out


def _domain_placed(doc: Document, k: int, domains: frozenset[str], info: SlotInfo | None) -> bool:
    """Whether token ``k`` is a ministry's domain or a service followed by where it sits: «في» or
    «بـ» and a place after the definite domain, or a place or name in construct after the bare one
    («صحة غزة», «مستشفى ناصر»)."""
    if info is None or k + 1 >= len(doc.tokens):
        return False
    domain, nxt = doc.tokens[k].text, doc.tokens[k + 1].text
    if domain.removeprefix(ARTICLE) not in domains:
        return False
    if not domain.startswith(ARTICLE):
        return nxt not in info.words["particle"] and nxt not in info.words["in"]  # «صحة غزة», «إسعاف الضفة»
    return nxt in info.words["in"] or nxt.startswith(AT) and len(nxt) > 3  # «الصحة في غزة», «الداخلية بعدن»


def _placed_end(doc: Document, m: SourceMention, info: SlotInfo) -> int:
    """Where the speaker's phrase ends as the slot reader reads it: with «في» and the place or
    body it continues into («مصدر أمني في كركوك», «وزارة الصحة في غزة»), or ``m.end``."""
    k = doc.token_index(m.start)
    if k >= len(doc.tokens):
        return m.end
    return max(m.end, doc.tokens[phrase_from(doc, k, info).last].end)


def _told_end(doc: Document, end: int, info: SlotInfo) -> int:
    """Where the outlet told right after a speaker ends («لـ"عنب بلدي"»), or ``end``."""
    k = doc.token_index(end)
    if k >= len(doc.tokens) or doc.tokens[k].sentence != doc.sentence_of(max(end - 1, 0)):
        return end
    told = addressee_at(doc, k, info)
    return doc.tokens[told[1]].end if told is not None else end


#: dashes that set a source off at the end of a headline: «مقتل 5 في غارة - المرصد»
_DASHES = "-–—"


def tail_speakers(doc: Document, mentions: list[SourceMention], outlets: frozenset[int],
                  attributions: list[Attribution]) -> list[Attribution]:
    """``attributions`` with the sources that close their sentence after a dash («... - مصادر
    أمنية») or, for an agency, in brackets («... (رويترز).»): the source of what came before."""
    added = []
    for m in mentions:
        if m.addressee:
            continue
        sent = doc.sentences[m.sentence]
        after = doc.text[m.end:sent.end].strip(" .\n")
        if after and after != ")":
            continue  # the sentence goes on after the source: no bracket, no dash closes it
        before = doc.text[sent.start:m.start].rstrip(" ")
        bracket = before.endswith("(") and after == ")" and m.start in outlets
        dash = before[-1:] in _DASHES and before[-2:-1] == " " and not after
        if (bracket or dash) and len(before.split()) > 3:
            added.append(Attribution(m.start, m.end, "trailing", m.sentence, m))
    return sorted([*attributions, *added], key=lambda a: a.pos) if added else attributions


def opening_subject(doc: Document, sentence: int, names: list[SourceMention], before: int) -> SourceMention | None:
    """A named body or force standing right after the first word of the sentence (its verb), or
    after the head of its name («وتبنى تنظيم داعش»); the sentence may open with an adjunct before a
    comma («في المقابل، نفت الحركة ذلك، مؤكدة أن»): the verb is the word after it. Failing that, a name
    that opens the sentence itself (:func:`_fronted_name`)."""
    toks = doc.tokens
    first = doc.token_index(doc.sentences[sentence].start)
    first = next((k + 1 for k in range(first, min(first + 3, len(toks) - 1)) if toks[k + 1].start < before
                  and toks[k + 1].sentence == sentence and not COMMAS.isdisjoint(doc.text[toks[k].end:toks[k + 1].start])
                  and not any(toks[first].start <= x.start < toks[k + 1].start for x in names)), first)
    if first + 1 >= len(toks):
        return None
    second = toks[first + 1]
    third = toks[first + 2] if first + 2 < len(toks) and toks[first + 2].sentence == sentence else second
    return next((x for x in names if (second.start <= x.start <= second.start + 2 or x.start == third.start)
                 and x.end <= before), None) or _fronted_name(toks[first].start, names, before)


def _fronted_name(start: int, names: list[SourceMention], before: int) -> SourceMention | None:
    """A name that opens the sentence (after an adjunct and its comma at most), its subject placed before
    its first verb: a verb joined by «و» later, with no subject of its own, is that subject's too
    («الحوثيون قصفوا ...، وقالوا إن», «الجيش السوداني شن غارات على مواقع X وأعلن مقتل»)."""
    opening = next((x for x in names if start <= x.start <= start + 2), None)
    return None if opening is None or opening.end > before else opening
