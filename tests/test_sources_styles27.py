"""Who said each figure, in the house styles of many outlets (#10, session 26): our own sentences,
one a line in tests/cases/sources_styles27.jsonl (agencies, pan-Arab channels, Syrian, Iraqi,
Yemeni, Libyan, Sudanese, Somali, Sahel and Afghan reporting).

Speakers after and before the verb, a name with its title before or after it, witnesses and
reporters, medical sources, relays («نقلت X عن Y», «قال Y لـX», «أوردت X عن Y»), speech that goes on
over two or three sentences, attributions that trail their figure in the same sentence or the next
(«، وفق ما أفادت به X», «حسبما نقلت X عن Y.», «ذكرت ذلك X نقلا عن Y.»), figures in the outlet's
own voice beside quoted ones, and speakers of another statement in the figure's sentence
(«وقالت الشرطة إن ...، فيما قتل 4 وفق شهود»: the clause of contrast names its own source).
"""

from __future__ import annotations

from typing import Any

import pytest

from case_files import assert_speakers, claims, family_params, load

CASES = load("sources_styles27")


def test_the_cases_cover_the_styles() -> None:
    assert len(CASES) >= 120
    assert {c["family"] for c in CASES} >= {
        "name-title-after", "title-name", "subject-first", "witness", "reporter", "medical", "relay",
        "continuation", "trailing", "outlet-voice", "not-figure-speaker", "later", "later-relay",
        "relay-verb", "end-trail-after-speaker", "place-outlet", "occasion-after-speech", "occasion-control", "later2", "our-reporter", "quoted-outlet", "told-back", "verbs", "addressee-first", "trailing-verb", "present"}


@pytest.mark.parametrize("case", family_params(CASES))
def test_each_figure_has_its_speaker(case: dict[str, Any]) -> None:
    assert_speakers(case)


@pytest.mark.parametrize(("text", "name"), [
    ("قتل 4 جنود في انفجار لغم. حسبما نقلت وكالة رويترز عن مسؤولين عسكريين.", "مسؤولين عسكريين"),
    ("أصيب 9 من عناصر الشرطة في هجوم بقنبلة. أوردت ذلك وكالة الأنباء الألمانية نقلا عن مصدر أمني.", "مصدر أمني"),
    ("وأوردت قناة العربية عن مصادر أمنية أن 5 مسلحين قتلوا.", "مصادر أمنية"),
])
def test_the_relay_is_not_the_source(text: str, name: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] == name


@pytest.mark.parametrize("text", [
    "وأفادت الوزارة عن مقتل 5 أشخاص في القصف.",  # «عن» and an event: no one relayed
    "وأوردت الوكالة عن الهجوم أن 3 جنود قتلوا.",  # «عن» and a topic in no list: the agency's
])
def test_a_verb_with_an_about_keeps_its_subject(text: str) -> None:
    (claim,) = claims(text)
    assert claim["source"]["name"] in ("الوزارة", "الوكالة")


@pytest.mark.parametrize(("text", "first", "second"), [
    ("قالت وزارة الصحة إن 20 شخصا قتلوا، وأصيب 30 آخرون، بحسب وكالة الأنباء الرسمية.", "وزارة الصحة", "وزارة الصحة"),
    ("قال الجيش إن 3 من جنوده قتلوا، فيما أصيب 5 آخرون بحسب مصادر طبية.", "الجيش", "مصادر طبية"),
])
def test_a_clause_after_the_speakers_figure(text: str, first: str, second: str) -> None:
    got = [c["source"]["name"] for c in claims(text)]
    assert got == [first, second]
