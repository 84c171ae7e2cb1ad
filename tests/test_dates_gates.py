"""The gates of the date grammar only skip patterns that cannot match: a pattern whose
gates all fail on a text finds nothing in it, and the scan reads what it reads without gates."""

from __future__ import annotations

import dataclasses
import random

import pytest

from waqia.stages.dates.grammar import Grammar, _trie, default_grammar, scan

SEPARATORS = [" ", " ", " ", "  ", "\n", "/", "-", ".", ",", "،", "(", ")", " - ", ":", "_"]
LETTERS = ["و", "ف", "ب", "ل", "ال", "ه", "ا", "x", "st", "th"]


def _words(g: Grammar) -> list[str]:
    words = [*g.months, *g.weekdays, *g.relative, *g.parts, *g.roles, *g.numbers, *g.units]
    return sorted(set(words)) + ["1", "7", "12", "31", "2019", "2021", "1999", "05", "123"]


def _role(g: Grammar, *roles: str) -> list[str]:
    return sorted(k for k, r in g.roles.items() if r & set(roles))


def _phrases(g: Grammar, rnd: random.Random) -> list[str]:
    """Pieces in the order the templates read them: a numeric date, a day of this month, a year."""
    day, sep = str(rnd.randint(1, 31)), rnd.choice("/-.")
    return [
        sep.join([day, str(rnd.randint(1, 13)), rnd.choice(["2019", "2020", "1999", "19"])]),
        sep.join([rnd.choice(["2019", "2020"]), str(rnd.randint(1, 12)), day]),
        " ".join([day, *_role(g, "of")[:1], rnd.choice(_role(g, "this_month")),
                  rnd.choice(_role(g, "past", "current", "next"))]),
        " ".join([rnd.choice(_role(g, "this_month")), rnd.choice(_role(g, "past", "current", "next"))]),
        rnd.choice(_role(g, "year_word")) + rnd.choice([" ", "  ", ""]) + rnd.choice(["2019", "2020", "1899"]),
        " ".join([rnd.choice(_role(g, "ago")), rnd.choice(["3", "", *g.numbers]), rnd.choice(sorted(g.units))]),
    ]


def _texts(g: Grammar, n: int, seed: int) -> list[str]:
    """Random runs of the grammar's own words and phrases, digits, proclitic letters and
    separators, often glued together (no separator), so that every template and its edges
    are tried."""
    rnd = random.Random(seed)
    words = _words(g)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 9)):
            if rnd.random() < 0.25:
                parts.append(rnd.choice(LETTERS))
            parts.append(rnd.choice(_phrases(g, rnd)) if rnd.random() < 0.2 else rnd.choice(words))
            parts.append(rnd.choice(SEPARATORS) if rnd.random() < 0.8 else "")
        out.append("".join(parts))
    return out


@pytest.fixture(scope="module")
def grammar() -> Grammar:
    g = default_grammar()
    assert g is not None
    return g


def test_every_match_of_a_pattern_passes_its_gate(grammar: Grammar) -> None:
    matched = {name: 0 for (name, _), gates in zip(grammar.patterns, grammar.gates) if gates}
    for text in _texts(grammar, 6000, seed=14):
        for (name, pattern), gates in zip(grammar.patterns, grammar.gates):
            if gates and pattern.search(text):
                matched[name] += 1
                assert any(gate.search(text) for gate in gates), (name, text)
    # the texts reach every gated pattern, many times, so that every gate is tested
    assert min(matched.values()) >= 50, matched


def test_the_scan_reads_the_same_without_gates(grammar: Grammar) -> None:
    ungated = dataclasses.replace(grammar, gates=tuple(() for _ in grammar.gates))
    for text in _texts(grammar, 3000, seed=15):
        assert scan(text, grammar) == scan(text, ungated), text


def test_a_gate_skips_a_pattern(grammar: Grammar) -> None:
    """A text of words and no month: the month patterns are not run, the gates say so."""
    text = " ".join(sorted(grammar.weekdays)[:3])
    gates = dict(zip((name for name, _ in grammar.patterns), grammar.gates))
    assert not any(gate.search(text) for gate in gates["explicit"] + gates["month"])


def test_the_trie_matches_the_words_of_the_alternation() -> None:
    import re

    words = ["ab", "abc", "a b", "b", "abd"]
    trie = re.compile(_trie(words) + r"\Z")
    for w in [*words, "a  b", "abcd", "a", ""]:
        assert bool(trie.match(w)) == (" ".join(w.split()) in words), w
    assert re.compile(_trie([])).search("anything") is None


def test_the_anchored_patterns_find_what_finditer_finds(grammar: Grammar) -> None:
    """«relative» tried only where a match may begin (a run of word characters at most its
    lead before a weekday or a relative day) finds every match ``finditer`` finds (#14)."""
    anchors = grammar.anchors
    assert anchors is not None and anchors.leads == {"relative": 3}
    patterns = dict(grammar.patterns)
    found = 0
    for text in _texts(grammar, 4000, seed=16):
        words = anchors.find(text)
        for name, lead in anchors.leads.items():
            expected = [(m.span(), m.groupdict()) for m in patterns[name].finditer(text)]
            got = [(m.span(), m.groupdict()) for m in anchors.finditer(patterns[name], text, words.get(name, []), lead)]
            assert got == expected, (name, text)
            found += len(expected)
    assert found >= 1000, found


def test_the_scan_reads_the_same_without_anchors(grammar: Grammar) -> None:
    plain = dataclasses.replace(grammar, anchors=None)
    for text in _texts(grammar, 3000, seed=17):
        assert scan(text, grammar) == scan(text, plain), text


def test_a_pattern_without_its_words_is_not_run(grammar: Grammar) -> None:
    """A text of months and numbers holds no weekday, relative day, word for a year or «ago»."""
    assert grammar.anchors is not None
    text = " ".join([*sorted(grammar.months)[:4], "12", "2020"])
    assert not {"relative", "year", "ago"} & set(grammar.anchors.find(text))
    assert "relative" in grammar.anchors.find(text + " " + min(grammar.weekdays))


def test_a_match_may_open_three_runs_before_its_word(grammar: Grammar) -> None:
    """A two-word day part, a word for a day, then the relative day, a conjunction glued on:
    the match begins three runs before the run of its word, and is found whole."""
    part = max(grammar.parts, key=lambda k: (len(k.split()), k))
    day = _role(grammar, "day_word")[0]
    rel = min(k for k in grammar.relative if len(k.split()) == 1)
    text = "x " + "و" + part + "  " + day + "\n" + rel + " x"
    assert grammar.anchors is not None
    pattern = dict(grammar.patterns)["relative"]
    expected = [m.span() for m in pattern.finditer(text)]
    assert expected == [(2, len(text) - 2)]
    got = grammar.anchors.finditer(pattern, text, grammar.anchors.find(text)["relative"], grammar.anchors.leads["relative"])
    assert [m.span() for m in got] == expected


def test_a_gate_tried_near_its_words_says_what_its_search_says(grammar: Grammar) -> None:
    """The month gates, tried only where a month is written (or, the ordinal's, only where a
    month follows an ordinal's last word), pass exactly where searching the text finds them."""
    anchors = grammar.anchors
    assert anchors is not None and len(anchors.near) == 3
    passed = dict.fromkeys(anchors.near, 0)
    for text in _texts(grammar, 6000, seed=18):
        found = anchors.find(text)
        for gate in anchors.near:
            expected = gate.search(text) is not None
            assert anchors.passes(gate, text, found) == expected, (gate.pattern[:40], text)
            passed[gate] += expected
    assert min(passed.values()) >= 20, passed


def test_the_month_patterns_tried_near_the_months_find_what_finditer_finds(grammar: Grammar) -> None:
    """«explicit» and «month» tried only where a match may begin before a month (a run of word
    characters or of digits, at most their reach before the run holding a month, whatever stands
    between) find every match ``finditer`` finds (#14)."""
    anchors = grammar.anchors
    assert anchors is not None and anchors.reach == {"explicit": 5, "month": 1}
    patterns = dict(grammar.patterns)
    found = dict.fromkeys(anchors.reach, 0)
    for text in _texts(grammar, 3000, seed=18) + _explicit_texts(grammar, 3000, seed=19):
        places = anchors.find(text).get("months", [])
        for name, reach in anchors.reach.items():
            expected = [(m.span(), m.groupdict()) for m in patterns[name].finditer(text)]
            got = [(m.span(), m.groupdict()) for m in anchors.near_finditer(patterns[name], text, places, reach)]
            assert got == expected, (name, text)
            found[name] += len(expected)
    assert min(found.values()) >= 300, found


def _explicit_texts(g: Grammar, n: int, seed: int) -> list[str]:
    """Explicit dates with every optional word before the month, glued or apart, amid other words."""
    rnd = random.Random(seed)
    words, months = _words(g), sorted(g.months)
    ordinals = sorted(k for k, v in g.numbers.items() if v <= 31)
    out = []
    for _ in range(n):
        parts = [rnd.choice(words) for _ in range(rnd.randint(0, 3))]
        date = [rnd.choice(_role(g, "article"))] if rnd.random() < 0.3 else []
        date.append(str(rnd.randint(1, 31)) + rnd.choice(["", "", "st"]) if rnd.random() < 0.6 else rnd.choice(ordinals))
        date += [rnd.choice(_role(g, "of"))] if rnd.random() < 0.3 else []
        date += [rnd.choice(_role(g, "month_word"))] if rnd.random() < 0.3 else []
        date += [rnd.choice(months)] + ([rnd.choice(["2019", "2020"])] if rnd.random() < 0.5 else [])
        parts.append("".join(w + rnd.choice([" ", " ", ", ", "  ", "", "\n"]) for w in date))
        parts += [rnd.choice(words) for _ in range(rnd.randint(0, 3))]
        out.append(rnd.choice(LETTERS + [""]) + rnd.choice(SEPARATORS).join(parts))
    return out


def test_a_month_pattern_reaches_five_runs_back_and_no_further(grammar: Grammar) -> None:
    """«في الحادي عشر من شهر مارس»: the article, two words of the ordinal, «من» and «شهر» before the
    month are the five runs «explicit» reaches; a sixth run before them is never where a match begins."""
    anchors = grammar.anchors
    assert anchors is not None
    month = min(k for k in grammar.months if " " not in k)
    pattern = dict(grammar.patterns)["explicit"]
    for text in (f"12 {month} 2020", f"ب12{month}", f"وقعت الحادثة، 3 ، {month}", f"x 12 {month}"):
        got = [m.span() for m in anchors.near_finditer(pattern, text, anchors.find(text).get("months", []), 5)]
        assert got == [m.span() for m in pattern.finditer(text)], text

