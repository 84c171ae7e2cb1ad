"""The fast paths of the session-26 speed pass (#14) give what the plain way gives.

Each is compared with the code it replaced: on every code point, and on generated text
(letters, marks, presentation forms, digits and punctuation the normaliser changes,
mixed with ones it keeps).
"""

from __future__ import annotations

import random
import re
from collections import Counter

from waqia.core import normalize as norm
from waqia.core.document import Document, Token
from waqia.core.lexicon import Entry, Match, longest
from waqia.stages.places.anchors import Anchor
from waqia.stages.places.scoring import ArticleContext
from waqia.stages.sentences import split

_KEPT = "قتل جندي في هجوم بمدينه 12 ،.\n"


def test_translate_gives_what_str_translate_gives_on_every_code_point() -> None:
    # every code point but the surrogates, each between two characters kept as they are (each one's
    # replacement is then told apart from its neighbours'), and the surrogates alone
    assert "\0" not in norm._TABLE and not any("\0" in r for r in norm._TABLE.values())
    every = "\0".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert norm._translate(every).split("\0") == every.translate(norm._TRANSLATE).split("\0")
    assert all(norm._translate(chr(c)) == chr(c) for c in range(0xD800, 0xE000))


def test_translate_gives_what_str_translate_gives_on_generated_text() -> None:
    rnd = random.Random(26)
    alphabet = sorted(norm._TABLE) + list(_KEPT) * 20
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        assert norm._translate(text) == text.translate(norm._TRANSLATE), text
    assert norm._translate("") == ""
    assert norm._translate(_KEPT) is _KEPT  # nothing to change: the text itself


def test_normalize_keeps_its_offsets_with_the_fast_translation() -> None:
    n = norm.normalize("قُتِلَ ٤٠ جندياً في «الهجوم»")
    assert n.text == 'قتل 40 جنديا في "الهجوم"'
    assert n.original[slice(*n.original_span(7, 12))] == "جندياً"


def _plain_longest(matches: list[Match]) -> list[Match]:
    """:func:`longest` as it was: the longest first (by start on ties), each kept when no character of
    it is taken, then in text order."""
    ordered = sorted(matches, key=lambda m: m.start)
    taken: set[int] = set()
    chosen = []
    for m in sorted(ordered, key=lambda m: m.end - m.start, reverse=True):
        if not taken.intersection(range(m.start, m.end)):
            chosen.append(m)
            taken.update(range(m.start, m.end))
    return sorted(chosen, key=lambda m: m.start)


def _matches(rnd: random.Random, n: int, empty: bool) -> list[Match]:
    entry = Entry("x", "x", "x", False)
    out = []
    for _ in range(n):
        start = rnd.randint(0, 60)
        end = start + rnd.randint(0 if empty else 1, 12)
        out.append(Match(start, end, entry, "", "x", start))
    return out


def test_longest_by_runs_keeps_what_the_plain_way_keeps() -> None:
    rnd = random.Random(2026)
    overlapping = 0
    for case in range(4000):
        found = _matches(rnd, rnd.randint(0, 25), empty=case % 10 == 0)
        kept = longest(found)
        assert kept == _plain_longest(found), found
        assert [id(m) for m in kept] == [id(m) for m in _plain_longest(found)]  # the same objects, in order
        overlapping += len(kept) < len(found)
    assert overlapping > 2000


def test_longest_keeps_the_longest_of_each_run_and_a_match_alone() -> None:
    entry = Entry("x", "x", "x", False)
    a, b, c, d = (Match(s, e, entry, "", "x", s) for s, e in ((0, 4), (2, 9), (9, 12), (20, 22)))
    assert longest([d, c, b, a]) == [b, c, d]  # «b» is longer than «a»; «c» and «d» overlap nothing


def test_anchors_count_by_value_as_the_dataclass_did() -> None:
    a, b, c = Anchor("SY", "Idlib", 35.9, 36.6), Anchor("SY", "Idlib", 35.9, 36.6), Anchor("SY", "", None, None)
    assert a == b and a != c and hash(a) == hash(("SY", "Idlib", 35.9, 36.6))  # a dataclass's hash of its fields
    assert Counter([a, c, b]) == {a: 2, c: 1} and (a.country, a.admin1, c.lat) == ("SY", "Idlib", None)
    context = ArticleContext([(0, a), (1, b), (2, c)], None)
    context.keys = {0: "x", 1: "x", 2: "y"}
    assert context.others(0) == [c] and context.others(2) == [a]  # the other names' anchors, each once


def _plain_original_span(n: norm.Normalized, start: int, end: int) -> tuple[int, int]:
    """``Normalized.original_span`` as it was: marks after the span's last character searched for always."""
    if end <= start:
        s = n.offsets.to_original(start) if start < len(n.text) else len(n.original)
        return s, s
    s, e = (n.offsets.to_original(start), n.offsets.to_original(end - 1) + 1) if n.offsets.points else (start, end)
    while e < len(n.original) and norm.MARKS.match(n.original, e):
        e += 1
    return s, e


def test_original_span_of_a_text_that_changed_no_length_is_the_span_itself() -> None:
    rnd = random.Random(126)
    letters = list("قتلجنديفيهومبرا ،.\n") + ["\u064e", "\u0651", "\u0640", "\u0623", "\u0665", "\ufefb"]
    identity = 0
    for _ in range(200):
        n = norm.normalize("".join(rnd.choice(letters) for _ in range(rnd.randint(0, 24))))
        identity += not n.offsets.points
        for start in range(-1, len(n.text) + 2):
            for end in range(start - 1, len(n.text) + 2):
                assert n.original_span(start, end) == _plain_original_span(n, start, end), (n, start, end)
    assert identity > 20


def test_tokens_are_the_words_of_the_text_as_named_tuples() -> None:
    rnd = random.Random(261)
    pieces = ["قتل", "جنديان", "12", "في", "_x", "،", " ", "  ", ". ", "\n", "«", "»", "؟ "]
    for _ in range(300):
        doc = split(Document.from_text("".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))))
        plain = [(m.start(), m.end(), m.group(), doc.sentence_of(m.start())) for m in re.finditer(r"\w+", doc.text)]
        assert [tuple(t) for t in doc.tokens] == plain, doc.text
        assert all(type(t) is Token for t in doc.tokens) and doc.token_starts == tuple(s for s, _, _, _ in plain)
