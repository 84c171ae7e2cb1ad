"""The evidence rule: named features, weights, vetoes and the undated gate (incident_evidence.py)."""

from __future__ import annotations

from typing import Any

import pytest

from test_store_fixtures import actor, claim, event, loc
from waqia.incidents.evidence import (
    actor_weight,
    lead_weekdays,
    text_shingles,
    text_weight,
    text_words,
    weigh,
)
from waqia.incidents.members import Member

# Invented reports, written for these tests.
SHELLING = ("تعرضت بلدة كفرنبودة صباح الثلاثاء لقصف عنيف بالبراميل استهدف مخبزا ومدرسة ومستوصفا "
            "وخلف دمارا كبيرا في حي الكروم والسوق القديم وقالت فرق الدفاع المدني إن الطواقم انتشلت جثث "
            "الضحايا من تحت الانقاض بعد ساعات من العمل")
SHELLING_2 = ("قال ناشطون إن قصفا بالبراميل طال مخبزا ومدرسة في كفرنبودة الثلاثاء ودمر منازل في حي الكروم "
              "وقرب السوق القديم فيما واصلت الطواقم انتشال الضحايا من تحت الانقاض")
PROTEST = ("خرج طلاب الجامعة في مسيرة سلمية يوم الجمعة للمطالبة بتحسين السكن الجامعي ورفعوا لافتات "
           "تطالب بخفض الرسوم وتوفير المنح للطلاب المتفوقين")

TOWN = loc("Kafr Nabudah", "SY", "Hama", 35.43, 36.50)


def _m(doc: str, text: str | None = None, published: str | None = None, **kw: Any) -> Member:
    kw.setdefault("locations", [TOWN])
    return Member(doc, event("e1", **kw), published, None, text_shingles(text), text_words(text),
                  lead_weekdays(text))


def test_incidents_evidence_text_words_see_through_spelling_and_clitics() -> None:
    assert text_words("بالمدرسة والمدرسة") == text_words("مَدرسة")
    assert text_words("") == text_words(None) == frozenset()
    assert lead_weekdays(SHELLING) == frozenset({1}) and lead_weekdays(PROTEST) == frozenset({4})


def test_incidents_evidence_text_words_leave_out_the_genre_and_not_the_event(monkeypatch: Any) -> None:
    assert text_words("وقال مصدر أمني إن قوات الجيش قتلت خمسة مسلحين في هجوم اليوم") == frozenset()
    assert len(text_words("احترق مخبز الحي ومدرسة البنات")) == 4  # «الحي» (a quarter) is of every report
    def no_lexicon() -> None:
        raise AssertionError("the text evidence must not read the reading lexicon")
    monkeypatch.setattr("waqia.incidents.text.default_lexicon", no_lexicon)
    assert text_words(SHELLING) and text_words(SHELLING) == text_words(SHELLING + " ")


def test_incidents_evidence_text_weight_grows_with_shared_words() -> None:
    same = text_weight(_m("a", SHELLING), _m("b", SHELLING_2))
    other = text_weight(_m("a", SHELLING), _m("b", PROTEST))
    assert same >= 2.0 and other == 0.0
    assert text_weight(_m("a", SHELLING), _m("b", None)) == 0.0


def test_incidents_evidence_undated_reports_do_not_link_on_place_alone() -> None:
    ev = weigh(_m("a", actors=[actor("Hill Brigade")]), _m("b", actors=[actor("Hill Brigade")]))
    assert ev is not None and not ev.linked and ev.blocked
    assert ev.features["place"] == 3.0


def test_incidents_evidence_undated_reports_link_on_text() -> None:
    ev = weigh(_m("a", SHELLING), _m("b", SHELLING_2))
    assert ev is not None and ev.linked, ev
    assert ev.features["text"] > 0 and ev.features["weekday"] > 0


@pytest.mark.parametrize("a, b", [
    (_m("a", date="2021-03-01"), _m("b", date="2021-03-04")),                        # days apart
    (_m("a", date="2021-03-01"), _m("b", date="2021-03-01", locations=[loc("Mosul", "IQ", "Ninawa")])),
    (_m("a", published="2021-03-20"), _m("b", date="2021-03-01")),                   # reported too late
])
def test_incidents_evidence_vetoes(a: Member, b: Member) -> None:
    assert weigh(a, b) is None


def test_incidents_evidence_conflicting_weekdays_weigh_against() -> None:
    friday = SHELLING_2.replace("الثلاثاء", "الجمعة")
    ev = weigh(_m("a", SHELLING), _m("b", friday))
    assert ev is not None and ev.features["weekday"] < 0


@pytest.mark.parametrize("kw_b, better", [
    ({"claims": [claim("killed", 7), claim("injured", 12)]}, True),   # equal figures add
    ({"event_type": "Protests", "sub": "Peaceful protest"}, False),   # an incompatible type takes away
])
def test_incidents_evidence_figures_and_types(kw_b: dict[str, Any], better: bool) -> None:
    base: dict[str, Any] = {"date": "2021-03-01", "claims": [claim("killed", 7), claim("injured", 12)]}
    plain = weigh(_m("a", **base), _m("b", date="2021-03-01"))
    other = weigh(_m("a", **base), _m("b", date="2021-03-01", **kw_b))
    assert plain is not None and other is not None
    assert (other.score > plain.score) is better


def test_incidents_evidence_no_place_read_is_unknown_not_elsewhere() -> None:
    # a copy of the report whose reading found no place: the close text makes the place count
    ev = weigh(_m("a", SHELLING), _m("b", SHELLING_2, locations=[]))
    assert ev is not None and ev.linked and ev.features["place"] == 2.0, ev
    # without texts that agree, an unknown place is no evidence at all
    ev = weigh(_m("a", SHELLING, date="2021-03-02"), _m("b", PROTEST, date="2021-03-02", locations=[]))
    assert ev is not None and not ev.linked and ev.features["place"] == 0.0


def test_incidents_short_texts_sharing_a_place_name_are_no_text_evidence() -> None:
    from waqia.incidents.text import text_weight

    a = _m("a", "اشتباك قرب تلة الزيتون الشرقية")
    b = _m("b", "هجوم على مدنيين في تلة الزيتون الشرقية")
    assert text_weight(a, b) == 0.0


def test_incidents_evidence_words_a_report_repeats_weigh_more() -> None:
    """Texts are compared by the cosine of counted content words: two reports that both keep
    coming back to the same words (the bakery, the school) are closer than two that name them once."""
    from waqia.incidents.text import text_cosine, text_counts

    def member(doc: str, text: str) -> Member:
        return Member(doc, event("e1"), words=text_words(text), counts=text_counts(text))

    a, b = "قصف مخبز ومدرسة في كفرنبودة وقال الأهالي", "قصف مخبز ومدرسة في كفرنبودة وقال المسعفون"
    again = " عن المخبز والمدرسة"
    assert text_words(a + again) == text_words(a)  # the same words, counted twice
    once = text_cosine(member("a", a), member("b", b))
    twice = text_cosine(member("a", a + again), member("b", b + again))
    assert twice > once
    assert text_counts(a + again)[next(iter(text_words("مخبز")))] == 2


def test_incidents_evidence_every_feature_has_an_arabic_label_on_the_page() -> None:
    """The incident view names each feature of a link in Arabic (api/static/links.js FEATURE_AR)."""
    import re
    from pathlib import Path

    import waqia

    def member(doc: str) -> Member:
        return Member(doc, event("e1", date="2024-03-05", locations=[loc("Saraqib", "SY", "Idlib", 35.86, 36.8)]),
                      words=text_words("قصف سوق"))

    ev = weigh(member("a"), member("b"))
    assert ev is not None
    js = (Path(waqia.__file__).parent / "api" / "static" / "links.js").read_text(encoding="utf-8")
    table = js[js.index("FEATURE_AR"):js.index("};", js.index("FEATURE_AR"))]
    labels = set(re.findall(r"(\w+):", table))
    assert set(ev.features) <= labels, set(ev.features) - labels


# Two invented reports of different events in one town: they share its name (said again and again)
# and a few words of any report from there.
TOWN_A = ("سقطت قذيفة على سوق الخضار في معرزيتا صباحا وقال أهالي معرزيتا إن القذيفة أحرقت سيارة قرب "
          "جامع معرزيتا الكبير وحطمت نوافذ المدرسة الابتدائية في معرزيتا")
TOWN_B = ("أغلق أصحاب المحلات في سوق الخضار في معرزيتا أبوابهم احتجاجا على انقطاع الكهرباء عن المدرسة "
          "الابتدائية وتجمع العشرات أمام جامع معرزيتا الكبير صباحا مطالبين بحل الأزمة في معرزيتا")


def test_incidents_evidence_text_leaves_out_the_place_both_events_name() -> None:
    """The place both events name is weighed by ``place``: its name said again and again in both texts
    is not text evidence too (two reports of different events in one town repeat it as much)."""
    from waqia.incidents.text import place_words, text_cosine, text_counts, text_rarity

    def member(doc: str, text: str, places: list[dict[str, Any]]) -> Member:
        return Member(doc, event("e1", locations=places), None, None, text_shingles(text), text_words(text),
                      counts=text_counts(text), rarity=text_rarity(text))
    town = loc("معرزيتا", admin1="Idlib")
    unnamed = text_weight(member("a", TOWN_A, []), member("b", TOWN_B, []))
    named = text_weight(member("a", TOWN_A, [town]), member("b", TOWN_B, [town]))
    assert unnamed == 4.0 and named < 1.0  # the undated gate asks for 1
    assert text_cosine(member("a", TOWN_A, [town]), member("b", TOWN_B, [town])) > 0.12  # the words are there
    assert place_words(["معرزيتا"]) <= text_words(TOWN_A) & text_words(TOWN_B)


def test_incidents_evidence_a_state_s_forces_are_one_side_whatever_arm_a_report_names() -> None:
    police = {"actors": [{"name": "Police forces", "category": "state_forces"}, {"name": "al-Shabaab", "category": "armed_group"}]}
    security = {"actors": [{"name": "Security forces", "category": "state_forces"}, {"name": "al-Shabaab", "category": "armed_group"}]}
    rebels = {"actors": [{"name": "Other rebels", "category": "armed_group"}]}
    assert actor_weight(police, security) == 1.0
    assert actor_weight(police, rebels) == 0.0


def test_incidents_evidence_tolls_no_rising_toll_joins_weigh_against() -> None:
    """Two dead and seven wounded, then four dead and four wounded: from 2 to 4 dead the casualties
    would have fallen from 9 to 8, and from 4 to 2 the dead would have fallen; not one event."""
    two = [claim("killed", 2, "state_forces"), claim("injured", 7, "state_forces")]
    four = [claim("killed", 4, "state_forces"), claim("injured", 4, "state_forces")]
    text = SHELLING
    ev = weigh(_m("a", text, claims=two), _m("b", text, claims=four))
    assert ev is not None and ev.features["figures"] == -3.0 and not ev.linked
    # the wounded who die: 2 dead and 7 wounded, then 4 dead and 5 wounded is one rising toll
    later = [claim("killed", 4, "state_forces"), claim("injured", 5, "state_forces")]
    ev = weigh(_m("a", text, claims=two), _m("b", text, claims=later))
    assert ev is not None and ev.features["figures"] == 0.0 and ev.linked
    # other parties' tolls, or a party with only its dead given, say nothing
    civilians = [claim("killed", 4, "civilians"), claim("injured", 4, "civilians")]
    assert weigh(_m("a", text, claims=two), _m("b", text, claims=civilians)).features["figures"] == 0.0
    assert weigh(_m("a", text, claims=two), _m("b", text, claims=four[:1])).features["figures"] == 0.0


@pytest.mark.parametrize("killed, linked", [(12, True), (4, False)])
def test_incidents_evidence_one_large_equal_toll_opens_the_undated_gate(killed: int, linked: bool) -> None:
    """Two undated reports of one town, type and side: twelve dead in both is specific to an event
    (two unrelated events share a toll of 12 far less often than one of 4), four dead is not."""
    kw: dict[str, Any] = {"actors": [actor("Hill Brigade")], "claims": [claim("killed", killed)]}
    ev = weigh(_m("a", **kw), _m("b", **kw))
    assert ev is not None and ev.linked is linked, ev
    assert ev.features["figures"] == (3.0 if linked else 1.5)
