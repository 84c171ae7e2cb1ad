"""Who said each figure, in the house styles of outlets the dev set does not have (#10, eighth round).

tests/cases/sources_styles.jsonl holds short items written for these tests in the manner of news
agencies (SANA, WAFA, Saba, INA, NNA, APS, SPA, Anadolu, AFP and Reuters in Arabic), Gulf, Egyptian,
Iraqi, Syrian opposition and Kurdish, Sudanese, Libyan, Yemeni, Somali, Sahel, Palestinian and Lebanese
sites and TV sites: titles and names in both orders, relays, addressees, statements on social media,
correspondents, paragraph-initial «وأضاف» after a paragraph in the outlet's own voice, private sources,
tolls in the outlet's own voice (null), two speakers in one sentence, a new speaker that must not be
replaced by an earlier one.  A case is ``{"family", "text", "sources": [[value, name or null], ...]}``:
the item gives exactly these figures, each from that speaker (a name as the scorer compares names:
the name given or a fuller one); ``xfail`` names a known limitation and runs as a strict xfail.

The constructions this round added are tested whole below.
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_styles")


def test_the_cases_are_many_and_varied() -> None:
    assert len(CASES) >= 60
    assert len({c["family"] for c in CASES}) >= 20
    assert any(name is None for c in CASES for _, name in c["sources"])  # the outlet's own voice


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize("text", [
    "وزارة الصحة في غزة: 40 شهيدا في غارات على المخيم خلال يوم",
    "مصدر أمني في كركوك: مقتل 3 جنود بهجوم على نقطة للجيش",
])
def test_a_headline_speaker_with_a_place_before_the_colon_speaks(text: str) -> None:
    (claim,) = claims(text)
    assert claim["source"] is not None and text.startswith(claim["source"]["name"])


def test_a_headline_whose_colon_follows_no_speaker_has_none() -> None:
    (claim,) = claims("مقتل 3 جنود في كركوك: الهجوم وقع ليلا على نقطة للجيش")
    assert claim["source"] is None


@pytest.mark.parametrize("text, name", [
    ('ونقلت شبكة "الخبر اليوم" عن مصادرها أن 6 عسكريين قتلوا في الضربة.', 'مصادر شبكة "الخبر اليوم"'),
    ("ونقل الموقع عن مصادره أن 17 قرويا قتلوا في الهجوم.", "مصادر الموقع"),
])
def test_sources_of_the_relay_are_named_with_the_relay(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


def test_our_own_sources_stay_ours() -> None:
    (claim,) = claims("ونقلت الوكالة عن مصادرنا أن 15 شخصا قتلوا في الغارة.")
    assert claim["source"]["name"] == "مصادرنا"


@pytest.mark.parametrize("text", [
    ("وقالت وزارة الصحة إن 9 أشخاص قتلوا في الغارة.\n\nوطالبت الوزارة المنظمات الدولية بالتدخل، "
     "وأشارت إلى أن 20 مصابا نقلوا إلى المستشفيات."),
    ("وقالت وزارة الصحة إن 9 أشخاص قتلوا في الغارة.\n\nوناشدت الوزارة الهيئات الإغاثية التدخل، "
     "ولفتت إلى أن 20 مصابا نقلوا إلى المستشفيات."),
])
def test_a_plural_after_a_definite_body_is_its_object_not_its_name(text: str) -> None:
    assert {c["value"]: c["source"]["name"] for c in claims(text)} == {9: "وزارة الصحة", 20: "وزارة الصحة"}


def test_a_name_after_a_definite_body_is_its_object_not_its_name() -> None:
    (claim,) = claims("واتهم الجيش حركة الشباب بتنفيذ الهجوم الذي أسفر عن مقتل 10 جنود.")
    assert claim["source"]["name"] == "الجيش"


@pytest.mark.parametrize("name", ["غرفة العمليات المشتركة", "لجنة الحريات العامة", "القيادة العامة للقوات المسلحة"])
def test_a_plural_in_construct_or_after_a_preposition_stays_in_the_name(name: str) -> None:
    (claim,) = claims(f"وقالت {name} إن 5 مسلحين قتلوا في الاشتباك.")
    assert claim["source"]["name"] == name


@pytest.mark.parametrize("count", ["إحصائية صادرة عن", "الإحصائية الصادرة عن", "آخر حصيلة صادرة عن",
                                   "أرقام رسمية صادرة عن"])
def test_a_count_issued_by_a_body_is_that_bodys(count: str) -> None:
    (claim,) = claims(f"وقتل 70 مدنيا في الهجوم على السوق، وفق {count} وزارة الصحة.")
    assert claim["source"]["name"] == "وزارة الصحة"


@pytest.mark.parametrize("count, name", [("حصيلة أولية غير نهائية", None), ("حصيلة غير رسمية", None),
                                         ("حصيلة غير نهائية لوزارة الصحة", "وزارة الصحة")])
def test_a_negated_adjective_describes_the_count_and_names_no_one(count: str, name: str | None) -> None:
    (claim,) = claims(f"وقتل 70 مدنيا في الهجوم على السوق، بحسب {count}.")
    assert (claim["source"] or {}).get("name") == name


@pytest.mark.parametrize("text, name", [
    ('وأشارت معلومات "الجديد" إلى أن 4 أشخاص قتلوا في الغارة.', "الجديد"),
    ('وأشارت الحصيلة "غير النهائية" إلى أن 4 أشخاص قتلوا في الغارة.', None),
])
def test_a_count_in_construct_with_a_quoted_outlet_is_the_outlets(text: str, name: str | None) -> None:
    (claim,) = claims(text)
    assert (claim["source"] or {}).get("name") == name
