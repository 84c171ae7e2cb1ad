"""The fast paths of the session-27 speed pass over this session's reading rounds (#14) give what the
plain way gives: the times set aside between commas found with the cheap test first, the words of a
frame's clause read with the break inline, and a frame flagged ``subject`` tried only at a word one of
its completions starts with.  (The reordered tests of claims/totals.py, claims/steps.py,
sources/backward.py and events/subtypes.py are conjunctions of pure predicates; the probes of their
families, e.g. tests/test_claims_articles30a.py, read them.)
"""

from __future__ import annotations

from conftest import read_before
from waqia.core.document import Document
from waqia.stages.events.frames import COMMAS, REACH, _clause, _subject_before, _words, asides, joined

#: sentences of our own: times between commas after a verb, after its subject, at a sentence's end,
#: with no comma at all, an aircraft before a verb of striking, and no date
_TEXTS = (
    "سيطرت الميليشيا، فجر اليوم، على المواقع الشرقية للبلدة بعد معارك عنيفة.",
    "أطلق مسلحون، مساء الثلاثاء، النار على دورية للشرطة في حي السلام.",
    "أسقطت الدفاعات الجوية، صباح أمس، طائرة مسيرة فوق المطار، وقال الجيش إن الطائرة كانت محملة.",
    "قال مصدر أمني إن الطيران الحربي استهدف مواقع للمسلحين يوم الجمعة الماضي",
    "وأكدت الوزارة أن القوات الجوية استهدفت، ليلة الأحد، مخازن للسلاح قرب الحدود.",
    "اندلعت اشتباكات بين الجيش والمسلحين الثلاثاء وسيطرت القوات على التلة",
    "نصب عناصر التنظيم كمينا لقافلة عسكرية، وأصيب ثلاثة جنود.",
    "وفي 12 مايو، استهدفت مقاتلات مجهولة رتلا للمسلحين، وقتل خمسة منهم.",
)


def _read(text: str) -> Document:
    return read_before("events.v1", text)


def _asides_plain(doc: Document) -> frozenset[int]:
    toks, out = doc.tokens, set[int]()
    for d in doc.layer("dates"):
        first, last = doc.token_index(d.start), doc.token_index(max(d.end - 1, d.start))
        if 0 < first <= last < len(toks) - 1 and toks[first - 1].sentence == toks[last + 1].sentence \
                and any(ch in COMMAS for ch in doc.norm.text[toks[first - 1].end:toks[first].start]) \
                and any(ch in COMMAS for ch in doc.norm.text[toks[last].end:toks[last + 1].start]):
            out.update(range(first, last + 1))
    return frozenset(out)


def test_asides_are_those_of_every_date() -> None:
    found = 0
    for text in _TEXTS:
        doc = _read(text)
        assert asides(doc) == _asides_plain(doc), text
        found += bool(asides(doc))
    assert found >= 3  # the probes set times aside


def _clause_plain(doc: Document, k: int, aside: frozenset[int]) -> list[int]:
    toks, out = doc.tokens, []
    for j in range(k + 2, len(toks)):
        if toks[j].sentence != toks[k].sentence or not joined(doc, j, aside):
            break
        if j not in aside:
            out.append(j)
            if len(out) == REACH:
                break
    return out


def test_clause_words_are_those_of_the_plain_walk() -> None:
    skipped = 0
    for text in _TEXTS:
        doc = _read(text)
        aside = asides(doc)
        for k in range(len(doc.tokens)):
            assert list(_clause(doc, k, aside)) == _clause_plain(doc, k, aside), (text, k)
            assert list(_clause(doc, k, frozenset())) == _clause_plain(doc, k, frozenset()), (text, k)
            skipped += _clause_plain(doc, k, aside) != _clause_plain(doc, k, frozenset())
    assert skipped  # a time set aside changes some clauses


def test_subject_frames_tried_at_their_first_words_only() -> None:
    alts, firsts = _words("الطيران|طيران|سلاح الجو|القوات الجوية|المقاتلات|مقاتلات")
    assert firsts is not None
    hits = 0
    for text in _TEXTS:
        doc = _read(text)
        for k in range(len(doc.tokens)):
            fast = _subject_before(doc, k, alts, firsts)
            assert fast == _subject_before(doc, k, alts, None), (text, k)
            hits += fast
    assert hits >= 2  # the aircraft before «استهدف» in the probes
