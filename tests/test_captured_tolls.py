"""A running count of the captured is a claim, as one of the dead is: «ارتفع عدد المختطفين إلى 40»
(casualty_terms.tsv role ``toll``, kind ``captured``). The sentences are invented for the test."""

import pytest

import waqia

PUBLISHED = "2024-03-07"


def _captured(text: str) -> list[int | None]:
    doc = waqia.extract(text, published=PUBLISHED)
    return sorted(c["value"] for e in doc["events"] for c in e["claims"] if c["kind"] == "captured")


@pytest.mark.parametrize("text, value", [
    ("قالت الهيئة اليوم إن عدد المختطفين لدى الجماعة من قرى ريف المدينة ارتفع إلى 40 شخصا.", 40),
    ("وصلت حصيلة المختطفين في هجوم المسلحين على قرية كورا أمس إلى 60 شخصا.", 60),
    ("ارتفع عدد المعتقلين في حملة المداهمات التي نفذتها الشرطة بمدينة درعا أمس إلى 35.", 35),
    ("أعلنت اللجنة أن حصيلة الاعتقالات في احتجاجات أمس بالعاصمة بلغت 120 متظاهرا.", 120),
])
def test_a_count_of_the_captured_that_rises_is_a_claim(text, value):
    assert _captured(text) == [value]


def test_the_dead_of_the_same_count_stay_the_dead():
    doc = waqia.extract("ارتفع عدد القتلى في الهجوم على قرية كورا أمس إلى 12 شخصا.", published=PUBLISHED)
    assert [(c["kind"], c["value"]) for e in doc["events"] for c in e["claims"]] == [("killed", 12)]
