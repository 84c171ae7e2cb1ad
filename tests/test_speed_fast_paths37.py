"""The fast paths of the speed pass speed37 (#14) give what the plain way gives: the word before a date
(``grammar.word_before``) read backwards from the date, not searched for with ``(\\w+)\\s*$`` at every
position of the thirty characters before it; a date pattern's optional groups asked one by one
(``grammar._group``), not through a dict of every group built for each question.
"""

from __future__ import annotations

import re

import pytest

from test_dates_gates import _texts
from waqia.core.normalize import normalize
from waqia.stages.dates.grammar import Grammar, _group, default_grammar, word_before

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
