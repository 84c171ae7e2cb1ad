"""The fast paths of core and the sentences stage (#14) give what the plain way gives.

Each fast path is compared with a straightforward version of itself (the code it
replaced) on generated text: the lexicon's own keys, the proclitic chains, digits,
underscores, marks and separators, glued together or apart.
"""

from __future__ import annotations

import bisect
import dataclasses
import random
import re

import pytest

from waqia.core.document import Document, Sentence
from waqia.core.lexicon import _ID_SHIFT, Lexicon, Match, default_lexicon, longest
from waqia.core.morphology import ARTICLE, LAM_PREFIXES, PREFIXES, VERB_PREFIXES
from waqia.core.normalize import ARABIC_LETTER, arabic_ratio, arabic_share_at_least, normalize
from waqia.stages.sentences import split

_WORD = re.compile(r"\w+")
GLUE = [" ", " ", " ", "  ", "", "", "_", "1", "7.5", ".", ". ", "\n", "؟ ", "«", "»", "x", "\u064b", "\u0640"]


def _texts(lexicon: Lexicon, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    keys = sorted(lexicon._automaton.keys())
    chains = sorted(PREFIXES | LAM_PREFIXES | VERB_PREFIXES)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(0, 10)):
            pick = rnd.random()
            parts.append(rnd.choice(chains) if pick < 0.3 else rnd.choice(keys) if pick < 0.85 else
                         rnd.choice(keys)[: rnd.randint(1, 3)])
            parts.append(rnd.choice(GLUE))
        out.append("".join(parts))
    return out


def _plain_scan(lexicon: Lexicon, text: str) -> list[Match]:
    """The scan as it was: the words by regex, each hit's word found by bisection."""
    out = []
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    starts, ends = [a for a, _ in spans], {b for _, b in spans}
    keys = {code: key for key, code in lexicon._automaton.items()}
    for last, code in lexicon._automaton.iter(text):
        end = last + 1
        start = end - len(keys[code])
        values = lexicon._values[code >> _ID_SHIFT]
        at_word_end = end in ends or not _WORD.fullmatch(text[end - 1])
        i = bisect.bisect_right(starts, start) - 1
        prefix = text[starts[i] if i >= 0 and spans[i][1] > start else start:start]
        for entry, elided in values:
            if not entry.stem and not at_word_end:
                continue
            if prefix:
                if not entry.clitics or entry.verbal and prefix not in VERB_PREFIXES:
                    continue
                if elided and prefix not in LAM_PREFIXES:
                    continue
                if not elided and (prefix not in PREFIXES or
                                   (prefix.endswith(ARTICLE) and entry.key.startswith(ARTICLE))):
                    continue
            elif elided:
                continue
            out.append(Match(start, end, entry, prefix, entry.concept, start - len(prefix)))
    return sorted(out, key=lambda m: (m.start, -m.end))


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _texts(default_lexicon(), 4000, seed=14)


def test_the_scan_finds_what_the_plain_scan_finds(texts: list[str]) -> None:
    lexicon = default_lexicon()
    found = 0
    for text in texts:
        matches = lexicon.scan(normalize(text).text)
        assert matches == _plain_scan(lexicon, normalize(text).text), text
        found += len(matches)
        assert all(m.word_start == m.start - len(m.prefix) for m in matches)
    assert found > 2 * len(texts)  # the texts hold many matches, inside words and after chains


def test_tokens_are_the_words_with_their_sentence(texts: list[str]) -> None:
    for text in texts:
        doc = split(Document.from_text(text))
        plain, si = [], 0
        for m in _WORD.finditer(doc.text):
            while si + 1 < len(doc.sentences) and m.start() >= doc.sentences[si + 1].start:
                si += 1
            plain.append((m.start(), m.end(), m.group(), si))
        assert [tuple(t) for t in doc.tokens] == plain, text
        assert doc.token_starts == tuple(t.start for t in doc.tokens)


def test_arabic_ratio_counts_letters(texts: list[str]) -> None:
    letters = re.compile(r"[^\W\d_]")
    for text in [*texts, "", "2024", "abc", "ab" + texts[1]]:
        n = len(letters.findall(text))
        assert arabic_ratio(text) == (len(ARABIC_LETTER.findall(text)) / n if n else 0.0)


def test_adding_a_layer_is_a_replace() -> None:
    doc = Document.from_text("text", published="2020-01-01").add(warnings=("w",))
    added = doc.add("numbers", [1, 2], warnings=("x",))
    assert added == dataclasses.replace(doc, layers={"numbers": (1, 2)}, warnings=("w", "x"))
    assert doc.layers == {} and added.meta is doc.meta and type(added) is Document


def _plain_longest(matches: list[Match]) -> list[Match]:
    ordered = sorted(matches, key=lambda m: (-(m.end - m.start), m.start))
    taken: set[int] = set()
    chosen = []
    for m in ordered:
        if not taken & set(range(m.start, m.end)):
            chosen.append(m)
            taken |= set(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def test_longest_keeps_the_longest_of_overlapping_matches() -> None:
    rnd = random.Random(14)
    entry = default_lexicon().entries[0]
    for _ in range(3000):
        matches = []
        for i in range(rnd.randint(0, 12)):
            start = rnd.randint(0, 30)
            matches.append(Match(start, start + rnd.randint(0, 6), entry, "", str(i), start))
        assert [m.concept for m in longest(iter(matches))] == [m.concept for m in _plain_longest(matches)]


def test_longest_of_matches_apart_or_touching_keeps_them_all_in_text_order() -> None:
    """The path where no two matches overlap, and its edge: an empty match where another begins."""
    rnd = random.Random(7)
    entry = default_lexicon().entries[0]
    for _ in range(3000):
        matches, pos = [], 0
        for i in range(rnd.randint(0, 8)):
            start = pos + rnd.randint(0, 2)
            pos = start + rnd.randint(0, 4)
            matches.append(Match(start, pos, entry, "", str(i), start))
        rnd.shuffle(matches)
        assert [m.concept for m in longest(matches)] == [m.concept for m in _plain_longest(matches)]


def test_sentence_of_is_the_last_sentence_starting_at_or_before() -> None:
    rnd = random.Random(14)
    for _ in range(500):
        starts = sorted(rnd.sample(range(50), rnd.randint(0, 8)))
        doc = Document.from_text("x").add(sentences=tuple(Sentence(i, s, s + 1) for i, s in enumerate(starts)))
        for pos in range(-2, 55):
            plain = max((i for i, s in enumerate(starts) if s <= pos), default=0)
            assert doc.sentence_of(pos) == plain, (starts, pos)


def test_the_normalising_table_changes_what_the_steps_change() -> None:
    """Characters mapped to themselves (to spare str.translate a KeyError each) change nothing."""
    from waqia.core.normalize import _TABLE, _TRANSLATE

    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    assert every.translate(_TRANSLATE) == every.translate(str.maketrans(_TABLE))
    assert len(_TRANSLATE) > len(_TABLE)


def test_the_scan_memo_stays_small(texts: list[str]) -> None:
    """What a key accepts is memoised by class of proclitic chain, not by chain or by text."""
    from waqia.core.lexicon import _CHAIN_CLASS, _STATES

    lexicon = default_lexicon()
    for text in texts:
        lexicon.scan(normalize(text).text)
    assert _STATES == 2 * len(set(_CHAIN_CLASS.values())) < 2 * len(_CHAIN_CLASS)
    assert len(lexicon._memo) == _STATES * len(lexicon._values) == _STATES * len(lexicon._automaton)
    filled = sum(accepted is not None for accepted in lexicon._memo)
    assert filled > len(lexicon._values) // 2  # the texts did fill the memos of many keys


def test_a_key_too_long_for_the_automaton_value_is_refused() -> None:
    from waqia.core.lexicon import _LENGTH_MASK, Entry
    from waqia.errors import LexiconError

    Lexicon([Entry("x", "b" * _LENGTH_MASK, "b" * _LENGTH_MASK, False)])
    with pytest.raises(LexiconError, match="more than"):
        Lexicon([Entry("x", "b" * (_LENGTH_MASK + 1), "b" * (_LENGTH_MASK + 1), False)])


def test_the_arabic_share_is_the_ratio_compared(texts: list[str]) -> None:
    """``arabic_share_at_least`` says what comparing ``arabic_ratio`` says, at every share
    (those the Arabic letters of all characters decide and those they do not)."""
    latin = ["abc ", "x", "Ab1 ", "² ", "ß"]
    rnd = random.Random(3)
    mixed = ["".join(rnd.choice([t, *latin]) for _ in range(rnd.randint(1, 6))) for t in texts[:800]]
    decided = 0
    for text in [*texts[:800], *mixed, "", "2024", "abc", " . ", "قال AB"]:
        ratio = arabic_ratio(text)
        for share in (-1.0, 0.0, 0.2, 0.5, ratio, 0.9, 1.0, 1.5):
            assert arabic_share_at_least(text, share) == (ratio >= share), (text, share)
        decided += len(ARABIC_LETTER.findall(text)) >= 0.2 * len(text) + 1
    assert decided > 300  # the shortcut decides many of them, and so is tested


def test_the_sentence_ends_are_those_of_the_plain_alternation(texts: list[str]) -> None:
    """The sentence-end regex, its look-ahead first, finds what the bare alternation finds."""
    from waqia.stages.sentences import _END

    plain = re.compile(r"""[.!?؟]+["')\]]*(?=\s)|[.!?؟]+["')\]]*$|\n+""")
    ends = ["", ".", '."', "?)", "!']", "\n", ".\n", "؟ \n\n"]
    found = 0
    for text in [*texts, *(t + end for t in texts[:500] for end in ends)]:
        t = normalize(text).text
        expected = [m.span() for m in plain.finditer(t)]
        assert [m.span() for m in _END.finditer(t)] == expected, t
        found += len(expected)
    assert found > 2000


def test_original_spans_and_texts_are_those_of_the_offset_map(texts: list[str]) -> None:
    """A text whose characters keep their length maps positions to themselves (no bisection);
    ``original_text`` is the text of ``span``.  Both kinds of text are among the generated ones."""
    kinds = set()
    for text in texts:
        doc = Document.from_text(text)
        norm = doc.norm
        kinds.add(bool(norm.offsets.points))
        for start in range(0, len(doc.text) + 1, 3):
            for end in (start, start + 1, start + 4, len(doc.text)):
                if end > len(doc.text):
                    continue
                s = norm.offsets.to_original(start) if end > start or start < len(doc.text) else len(text)
                e = norm.offsets.to_original(end - 1) + 1 if end > start else s
                while end > start and e < len(text) and re.match("[\u064b-\u065f\u0640]", text[e]):
                    e += 1
                assert norm.original_span(start, end) == (s, e), (text, start, end)
                assert doc.original_text(start, end) == doc.span(start, end).text == text[s:e]
    assert kinds == {True, False}


def test_a_key_that_opens_or_ends_on_no_word_character_is_bounded_as_the_plain_scan_bounds_it() -> None:
    """The automaton value says whether a key's first and last characters are word characters (#14),
    so that the scan does not read them in the text per hit: keys that open or end on punctuation, a
    space or a mark are found where the plain scan finds them."""
    from waqia.core.lexicon import Entry

    keys = ["ب.", ".ب", "-جد-", "قصف", "قصف ", " قصف", "ال.ب", "x_", "_x", "12."]
    lexicon = Lexicon([Entry("c", k, k, stem, line=i) for i, k in enumerate(keys) for stem in (False, True)])
    rnd = random.Random(14)
    pieces = [*keys, "و", "بال", "ال", "ف", " ", "  ", ".", "-", "_", "x", "ب", "1"]
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        assert lexicon.scan(text) == _plain_scan(lexicon, text), text
