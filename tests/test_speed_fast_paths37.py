"""The fast paths of the speed pass speed37 (#14) give what the plain way gives: the word before a date
(``grammar.word_before``) read backwards from the date, not searched for with ``(\\w+)\\s*$`` at every
position of the thirty characters before it; a date pattern's optional groups asked one by one
(``grammar._group``), not through a dict of every group built for each question; where a date pattern may
begin (``anchors._starts``, ``anchors._runs_back``) found by bisection in the document's tokens, not by
reading the text back a character at a time; the runs of digits of the numbers stage (``digits._RUN``) found
by a regex that opens with one digit; where the lexicon's hits begin and end a word (``Lexicon.scan``) looked
up in the document's tokens, not read from the characters around each hit.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from test_dates_gates import _texts
from waqia.core import lexicon as lex
from waqia.core.document import Document
from waqia.core.morphology import LAM_PREFIXES, PREFIXES, VERB_PREFIXES
from waqia.core.normalize import normalize
from waqia.stages.dates import anchors
from waqia.stages.dates.grammar import Grammar, _group, default_grammar, scan, word_before
from waqia.stages.numbers import digits
from waqia.stages.sentences import split

#: sentences of our own: a date after a word, after white space of several kinds (a tab, a new line, a
#: no-break space, a thin space), after punctuation, glued to a proclitic, digits and Latin before it,
#: words longer than the reach, an underscore
_SENTENCES = (
    "قصفت الطائرات البلدة صباح أمس الثلاثاء",
    "وفي الأسبوع الثاني من الشهر الجاري اندلعت اشتباكات",
    "أعلنت الشرطة،\tيوم الأحد، مقتل شخصين",
    "قال المتحدث:\nالخميس الماضي شهد هجوما",
    "سقطت قذائف على الحي\u00a0مساء السبت",
    "نفذت القوات عملية\u2009فجر اليوم",
    "أفاد تقرير صدر في 2019 الاثنين الماضي",
    "report_2020 yesterday الجمعة",
    "استنفاراتهموالمسلحينالمنتشرينفيالمنطقةالشرقيةيوم الاربعاء",
    "(الأحد) - قتل جندي",
    "   ",
    "",
)


def _plain_word_before(text: str, start: int) -> str | None:
    """As it was: the regex searched in the thirty characters before ``start``."""
    found = re.search(r"(\w+)\s*$", text[max(0, start - 30):start])
    return found.group(1) if found is not None else None


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    g = default_grammar()
    if g is None:
        pytest.skip("the date grammar does not load")
    return g


def test_the_word_before_a_date_is_what_the_regex_finds(grammar: Grammar) -> None:
    texts = [normalize(s).text for s in _SENTENCES] + list(_SENTENCES) + _texts(grammar, 300, 37)
    asked = 0
    for text in texts:
        for start in range(len(text) + 1):
            assert word_before(text, start) == _plain_word_before(text, start), (text, start)
            asked += 1
    assert asked > 5000


def test_a_group_is_asked_as_the_dict_of_groups_gives_it(grammar: Grammar) -> None:
    names = {n for _, p in grammar.patterns for n in p.groupindex} | {"absent"}
    seen = 0
    for text in [normalize(s).text for s in _SENTENCES] + _texts(grammar, 300, 38):
        for _, pattern in grammar.patterns:
            for m in pattern.finditer(text):
                for name in names:
                    assert _group(m, name) == m.groupdict().get(name), (pattern.pattern[:40], name, text)
                seen += 1
    assert seen > 100


def _word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _plain_runs_back(text: str, p: int, runs: int) -> int:
    """``anchors._runs_back`` as it was: the text read back a character at a time."""
    while p and _word(text[p - 1]):
        p -= 1
    for _ in range(runs):
        q = p
        while q and not _word(text[q - 1]):
            q -= 1
        if not q:
            break
        while q and _word(text[q - 1]):
            q -= 1
        p = q
    return p


def _plain_starts(text: str, words: list[int], lead: int) -> list[int]:
    """``anchors._starts`` as it was."""
    out = set()
    for p in words:
        while p and _word(text[p - 1]):
            p -= 1
        out.add(p)
        for _ in range(lead):
            q = p
            while q and text[q - 1].isspace():
                q -= 1
            if q == p or not q or not _word(text[q - 1]):
                break
            while q and _word(text[q - 1]):
                q -= 1
            p = q
            out.add(p)
    return sorted(out)


def _documents(grammar: Grammar) -> list[Document]:
    texts = [normalize(s).text for s in _SENTENCES] + _texts(grammar, 200, 39)
    texts += [" " + t + "\t" for t in texts[:20]] + ["\u00a0و" + t for t in texts[20:40]]
    return [split(Document.from_text(t)) for t in texts]


def test_a_run_is_found_in_the_tokens_as_reading_back_finds_it(grammar: Grammar) -> None:
    asked = 0
    for doc in _documents(grammar):
        text = doc.text
        runs = anchors.Runs(doc.token_starts, doc.token_ends)
        assert tuple(map(list, runs)) == tuple(anchors.runs_of(text))  # the tokens are the runs of word characters
        positions = range(len(text) + 1)
        for back in range(4):
            for p in positions:
                assert anchors._runs_back(p, back, runs) == _plain_runs_back(text, p, back), (text, p, back)
                asked += 1
        for lead in range(4):
            for p in positions:
                assert anchors._starts(text, [p], lead, runs) == _plain_starts(text, [p], lead), (text, p, lead)
            every = list(positions)[::3]
            assert anchors._starts(text, every, lead, runs) == _plain_starts(text, every, lead)
    assert asked > 20000


def test_the_scan_reads_the_same_with_the_tokens(grammar: Grammar) -> None:
    found = 0
    for doc in _documents(grammar):
        got = scan(doc.text, grammar, anchors.Runs(doc.token_starts, doc.token_ends))
        assert got == scan(doc.text, grammar), doc.text
        found += len(got)
    assert found > 100


def test_the_runs_of_digits_are_those_of_the_plain_regex(grammar: Grammar) -> None:
    plain = re.compile(r"\d+(?:[.,،]\d+)*")
    texts = [normalize(s).text for s in _SENTENCES] + _texts(grammar, 300, 40) + [
        "قتل 1,500 شخص و32،070 جريحا و1.5 مليون نازح في 2014.", "٣ قتلى و12.3.4 و.5 و5. و,7 و7,,8 و9،،", "1 2 3",
        "الاثنين2سبتمبر عربي21 (03) 10:30 24/7 +963 11 222 3333", "0", "", "a1b22c333",
    ]
    runs = 0
    for text in texts:
        assert [m.span() for m in digits._RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        runs += len(plain.findall(text))
    assert runs > 200


def _plain_scan(lexicon: lex.Lexicon, text: str) -> list[Any]:
    """``Lexicon.scan`` as it was: whether a hit ends or begins a word read from the characters around it."""
    out: list[Any] = []
    n = len(text)
    for last, code in lexicon._automaton.iter(text):
        end = last + 1
        if end == n or not code & lex._LAST_WORD or not _word(text[end]):
            state = 1
        elif code & 1:
            state = 0
        else:
            continue
        start = end - (code >> 1 & lex._LENGTH_MASK)
        prefix, ws = "", start
        if start and code & lex._FIRST_WORD and _word(text[start - 1]):
            ws = start - 1
            while ws and start - ws <= lex._LONGEST_PREFIX and _word(text[ws - 1]):
                ws -= 1
            prefix = text[ws:start]
            if prefix not in lex._CHAIN_STATE:
                continue
            state += lex._CHAIN_STATE[prefix]
        for entry, concept in lex._accepted(lexicon._values[code >> lex._ID_SHIFT], prefix, state & 1 == 1):
            out.append((start, end, entry, prefix, concept, ws))
    out.sort(key=lambda m: m[1], reverse=True)
    out.sort(key=lambda m: m[0])
    return out


def _lexicon_texts(lexicon: lex.Lexicon, n: int, seed: int) -> list[str]:
    """The lexicon's own keys, glued to proclitic chains, to letters before and after them (inside a word),
    to digits, Latin letters and an underscore, or standing alone, with separators of every kind."""
    rnd = random.Random(seed)
    keys = sorted({e.key for e in lexicon.entries if e.key})
    chains = sorted(PREFIXES | LAM_PREFIXES | VERB_PREFIXES)
    glue = [*chains, "ت", "ي", "ن", "ها", "ات", "وا", "1", "x", "_", "كال", "بالل"]
    seps = [" ", " ", "  ", "\n", "،", ".", "-", "/", "\t", "\u00a0", "(", "\"", ""]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            word = rnd.choice(keys)
            if rnd.random() < 0.4:
                word = rnd.choice(glue) + word
            if rnd.random() < 0.3:
                word += rnd.choice(glue)
            parts += [word, rnd.choice(seps)]
        out.append("".join(parts))
    return out


#: a lexicon of our own with keys that begin or end with no word character (the shipped one has none), stems
#: and words with the article
_EDGES = "form\tflags\n(ق\t\nق.\t\n-ب-\t\nم.ت*\t\nالهجوم\t\nقصف*\t\nنار\tnoclitic\nx-1\t\n"


@pytest.mark.parametrize("lexicon", [lex.default_lexicon(), lex.Lexicon(lex.read_tsv("t", _EDGES)[0])],
                         ids=["shipped", "edges"])
def test_the_lexicon_reads_word_edges_in_the_tokens_as_in_the_text(lexicon: lex.Lexicon) -> None:
    texts = [normalize(s).text for s in _SENTENCES] + _lexicon_texts(lexicon, 400, 41)
    found = inside = 0
    for raw in texts:
        doc = split(Document.from_text(raw))
        text = doc.text
        want = _plain_scan(lexicon, text)
        for got in (lexicon.scan(text, (doc.token_starts, doc.token_ends)), lexicon.scan(text)):
            assert [tuple(m) for m in got] == want, text
        found += len(want)
        inside += sum(1 for m in want if m[3])
    assert found > 1000 and inside > 100  # many hits, and many after a proclitic chain


def test_a_document_not_split_reads_its_dates_as_one_split() -> None:
    from waqia.core.context import Context
    from waqia.settings import Settings
    from waqia.stages.dates.stage import find_dates

    ctx = Context(Settings(), lex.default_lexicon(), None)
    read = 0
    for text in _SENTENCES + ("قصفت الطائرات مساء أمس الأربعاء البلدة", "وصباح يوم الجمعة الماضي، وفي 3 آذار 2021"):
        whole = Document.from_text(text, published="2021-03-10")

        def days(doc: Document) -> list[tuple[Any, ...]]:
            return [(d.start, d.end, d.date, d.precision, d.day_part) for d in find_dates(doc, ctx).layer("dates")]

        assert days(whole) == days(split(whole)), text
        read += len(days(whole))
    assert read >= 8
