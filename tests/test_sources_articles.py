"""Who said each figure, in whole articles (#10, tenth round).

tests/cases/sources_articles.jsonl holds 76 articles written for these tests, most of four to six
paragraphs, in the house styles of agencies (AFP, Reuters, Anadolu, Xinhua, UN News) and of Sudanese,
Yemeni, Libyan, Somali, Sahel, Nigerian, Iraqi, Kurdish, Syrian, Palestinian, Lebanese, Afghan,
Gulf and Egyptian outlets: a lead toll in the outlet's voice then a body's statement with figures
of its own, a spokesman named in one paragraph and going on in the next («وأضاف», «وتابع»,
«وأشار»), the other side («في المقابل», «من جهتها», «بدوره»), residents and medics, relays («نقلت
X عن Y», «بحسب ما قال مصدران لرويترز», «أفاد مصدر أمني وكالة فرانس برس»), quotes over two
paragraphs, back-references («المنظمة الأممية», «المصادر» after «مصدران», «الأخيرة») and closing
background paragraphs.  Each article is ``{"outlet", "family", "text", "claims": [{"kind",
"value", "source", "source_alt"?, "xfail"?}]}``: the expected source of each figure by GUIDELINES
(null in the outlet's own voice).  ``xfail`` names a known limitation (most are claims the claims
stage does not read yet) and runs as a strict xfail.
"""

from __future__ import annotations

import functools
from typing import Any

import pytest

import waqia
from case_files import load, param
from waqia.evaluation.match import same_source

ARTICLES = load("sources_articles")


@functools.cache
def _claims(index: int) -> list[dict[str, Any]]:
    doc = waqia.extract(ARTICLES[index]["text"], published="2025-03-04")
    return [c for e in doc["events"] for c in e["claims"]]


def _params() -> list[Any]:
    return [param(i, claim, id=f"{i:02d}-{article['outlet']}-{claim['kind']}-{claim['value']}", xfail=claim.get("xfail"))
            for i, article in enumerate(ARTICLES) for claim in article["claims"]]


def test_the_articles_are_whole_and_varied() -> None:
    assert len(ARTICLES) >= 40
    assert sum(a["text"].count("\n") >= 3 for a in ARTICLES) >= 40  # four paragraphs or more
    assert len({a["outlet"] for a in ARTICLES}) >= 25
    assert any(c["source"] is None for a in ARTICLES for c in a["claims"])  # the outlet's own voice
    assert any(c.get("source_alt") for a in ARTICLES for c in a["claims"])  # a relay


@pytest.mark.parametrize("index, claim", _params())
def test_each_figure_has_its_speaker(index: int, claim: dict[str, Any]) -> None:
    found = [c["source"] for c in _claims(index) if (c["kind"], c["value"]) == (claim["kind"], claim["value"])]
    assert found, f"no claim {claim['kind']} {claim['value']}"
    assert any(same_source(claim["source"], claim.get("source_alt", []), s) for s in found), (claim, found)


@pytest.mark.parametrize("index", [i for i, a in enumerate(ARTICLES) if not a["claims"]])
def test_an_article_of_earlier_figures_only_gives_no_claim(index: int) -> None:
    """Figures of other, earlier events («خطفوا الأسبوع الماضي», «منذ بداية العام») are left out
    (GUIDELINES): an article told only with them gives no claim."""
    assert _claims(index) == []
