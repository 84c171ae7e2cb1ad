"""One person told by name as a victim: the name stands where a count would (claims/named.py, #10).
The sentences are invented for the test."""

import pytest

import waqia

PUBLISHED = "2024-03-07"


def _claims(text: str) -> list[tuple[str, int | None, str, str | None]]:
    doc = waqia.extract(text, published=PUBLISHED)
    return [(c["kind"], c["value"], c["party"]["category"], (c["source"] or {}).get("name"))
            for e in doc["events"] for c in e["claims"]]


@pytest.mark.parametrize("text, expected", [
    ("وحسب منظمة حقوقية فإن الطفل (سالم أحمد ناصر، 11 عاما) قتل بانفجار لغم في قرية الجراحي أمس.",
     [("killed", 1, "civilians", "منظمة حقوقية")]),
    ("وقالت منظمة حقوقية إن الطفل سالم أحمد ناصر قتل بانفجار لغم في قرية الجراحي أمس.",
     [("killed", 1, "civilians", "منظمة حقوقية")]),
    ("وبحسب مصادر محلية، فقد أصيب سالم أحمد ناصر (14 عاما) برصاصة قناص في حي الروضة أمس.",
     [("injured", 1, "civilians", "مصادر محلية")]),
    ("وقالت مصادر ميدانية إن القيادي \"سالم الأحمد\" قتل متأثرا بجراحه في مدينة إنخل أمس.",
     [("killed", 1, "armed_group", "مصادر ميدانية")]),
    ("وقال شهود إن سالم أحمد ناصر (20 عاما) أصيب برصاصة في الصدر خلال المواجهات في بلدة بيتا أمس.",
     [("injured", 1, "civilians", "شهود")]),
], ids=["noun, name and age in brackets, then the verb", "noun and name, then the verb",
        "the verb, then a name and an age", "a leader named in quotes", "a name and an age after «إن»"])
def test_a_person_named_as_a_victim_is_one(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text", [
    "وقالت مصادر محلية إن الطفل في المدرسة قتل بانفجار لغم في قرية الجراحي أمس.",  # a place, not a name
    "أصيب مدير المستشفى بجروح في قصف على حي الروضة أمس.",  # «مدير» is read as its own noun, no name after it
    "وقال شهود إن في المدينة (20 عاما) قتل.",  # words of place, not a name, before the age
], ids=["a place between the noun and the verb", "no age after the words", "a place before an age"])
def test_no_name_no_second_claim(text):
    assert all(value in (None, 1) for _, value, _, _ in _claims(text))
    assert len(_claims(text)) <= 1


def test_an_attacker_wearing_a_belt_is_no_named_victim():
    text = "وقالت المصادر إن الانتحاري مرتديا حزاما ناسفا فجر نفسه عند مدخل السوق في المدينة أمس."
    assert not any(kind == "participants" for kind, _, _, _ in _claims(text))
