from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from waqia.core.document import Document
from waqia.core.normalize import explain, key, normalize


@pytest.mark.parametrize("original, expected", [
    ("قُتِلَ", "قتل"),
    ("جنديـــا", "جنديا"),
    ("٤٠ و۱۲", "40 و12"),
    ("إدلب", "ادلب"),
    ("مستشفى", "مستشفي"),
    ("المدينة", "المدينه"),
    ("«سانا»", '"سانا"'),
    ("ﻻ", "لا"),
    ("A\u200fB", "ab"),
    ("١٬٥٠٠", "1,500"),
])
def test_normalize_matching_form(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_normalize_span_maps_back_with_marks() -> None:
    original = "مقتلُ ٤٠ جندياً في إدلبَ"
    norm = normalize(original)
    i = norm.text.index("جنديا")
    s, e = norm.original_span(i, i + len("جنديا"))
    assert original[s:e] == "جندياً"
    j = norm.text.index("ادلب")
    s, e = norm.original_span(j, j + 4)
    assert original[s:e] == "إدلبَ"


def test_normalize_key_collapses_space() -> None:
    assert key("  وزارة   الدفاع ") == "وزاره الدفاع"


def test_normalize_explain_lists_each_step() -> None:
    steps = {name for name, *_ in explain("٤ًأ")}
    assert steps == {"digits", "delete_marks", "fold_letters"}


arabicish = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآؤئء ـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩«»“”،؛؟.\n\u200f\u202eﻻﷲ") + ["A", "z", "1"]),
    max_size=80)


@given(arabicish, st.data())
@settings(max_examples=300, deadline=None)
def test_normalize_every_span_is_valid(text: str, data: st.DataObject) -> None:
    doc = Document.from_text(text)
    n = len(doc.text)
    a = data.draw(st.integers(0, n))
    b = data.draw(st.integers(a, n))
    span = doc.span(a, b)
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start:span.end] == span.text
