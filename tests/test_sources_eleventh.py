"""Who said each figure: the eleventh round's probes (#10), in the styles of outlets the dev set lacks.

tests/cases/sources_eleventh.jsonl holds sentences, paragraphs and short articles written for these
tests, one case a line (``{"family", "text", "sources": [[value, name or null], ...]}``, as in
tests/test_sources_ninth.py), for the three families of the round: names taken as speakers that
are none (a count, a medium, the mourned, the one told, the outlet's own voice), a speaker carried
past the end of what it said (a closed quotation, a new paragraph, a second event, a counter-claim),
and speakers not found (a statement of one that another published, an acronym in brackets, a
participle after a denial, a relay after «على لسان», a conference a channel carried). ``xfail`` names a known
limitation and runs as a strict xfail.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_eleventh")


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 100
    assert len({c["family"] for c in CASES}) >= 60
    assert any(name is None for c in CASES for _, name in c["sources"])  # the outlet's own voice


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


def _source(text: str) -> dict[str, Any] | None:
    (claim,) = claims(text)
    return claim["source"]


@pytest.mark.parametrize("text", [
    "وقال أحد السكان: \"سمعنا دوي الانفجار ثم انهار السقف\".\nوأصيب في الانفجار 13 شخصا.",
    "وقالت إحدى الأمهات: «فقدنا كل شيء». وقتل في القصف 6 أطفال.",
])
def test_a_closed_quotation_gives_the_voice_back_to_the_outlet(text: str) -> None:
    assert _source(text) is None


def test_what_a_statement_told_after_a_colon_is_still_its_speakers() -> None:
    source = _source("وقال الجيش في بيان: قواتنا صدت الهجوم على الموقع.\nوقتل 6 من المهاجمين.")
    assert source is not None and source["name"] == "الجيش"


def test_a_statement_published_by_another_is_its_owners_through_the_publisher() -> None:
    source = _source("وبثت قناة محلية بيانا لقيادة الشرطة قالت فيه إن 5 من عناصرها أصيبوا.")
    assert source is not None
    assert source["name"] == "قيادة الشرطة" and source["relay"] == "قناة محلية"


def test_an_own_statement_stays_its_issuers() -> None:
    source = _source("وأصدرت وزارة الداخلية بيانا قالت فيه إن 7 من المطلوبين اعتقلوا.")
    assert source is not None and source["name"] == "وزارة الداخلية" and not source.get("relay")


def test_an_acronym_in_brackets_speaks_for_the_name_it_stands_for() -> None:
    text = "وأعلنت هيئة تحرير الشام (هتش) السيطرة على التلة. وأضافت (هتش) أن 9 من عناصر النظام قتلوا."
    source = _source(text)
    assert source is not None and source["name"] == "هيئة تحرير الشام"


def test_an_acronym_never_spelled_out_is_its_own_name() -> None:
    source = _source("وقالت (أونسميل) في بيان إن 8 مدنيين قتلوا في الاشتباكات.")
    assert source is not None and source["name"] == "أونسميل"


@pytest.mark.parametrize("text, name", [
    ("وأوردت الإذاعة على لسان قائد المنطقة أن 11 مسلحا قتلوا.", "قائد المنطقة"),
    ("وقال محافظ الإقليم في مؤتمر صحفي نقلته قناة رسمية إن 15 شخصا قتلوا.", "محافظ الإقليم"),
])
def test_the_one_quoted_speaks_and_the_carrier_relays(text: str, name: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == name


def test_a_stray_closing_quote_opens_no_quotation() -> None:
    text = "وقال قائد القوة إن عناصره داهموا الموقع وضبطوا الأسلحة\". وقتل 3 مدنيين في قصف على القرية المجاورة."
    assert _source(text) is None


def test_a_trailing_source_attributes_what_precedes_it_only() -> None:
    found = {c["value"]: c["source"]["name"] for c in claims(
        "قتل 6 جنود، بحسب مصدر عسكري، وأصيب 9 مدنيين، وفق مسعفين في المنطقة.")}
    assert found == {6: "مصدر عسكري", 9: "مسعفين في المنطقة"}


def test_an_opening_source_covers_the_figures_after_it() -> None:
    found = {c["value"]: c["source"]["name"] for c in claims(
        "وبحسب مصدر عسكري، قتل 6 جنود وأصيب 9 آخرون في الهجوم على الثكنة.")}
    assert found == {6: "مصدر عسكري", 9: "مصدر عسكري"}


@pytest.mark.parametrize("text, name", [
    ("وكتب الصحفي سامر خليل على فيسبوك: خطف المسلحون 12 تلميذا من الصف.", "الصحفي سامر خليل"),
    ("وغردت الوزيرة: استشهد 4 مسعفين أثناء أداء واجبهم.", "الوزيرة"),
])
def test_a_medium_before_a_colon_and_a_tweet_report(text: str, name: str) -> None:
    source = _source(text)
    assert source is not None and source["name"] == name


def test_the_statement_told_back_after_came_in_is_its_issuers() -> None:
    text = "وأصدرت إدارة السجن بيانا مقتضبا.\nوجاء في البيان: أصيب 15 حارسا أثناء أعمال الشغب."
    source = _source(text)
    assert source is not None and source["name"] == "إدارة السجن"
