"""Properties of find_numbers: it never raises, and every quantity lies inside the text, in order."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from waqia.core.document import Document
from waqia.core.lexicon import default_lexicon
from waqia.stages.numbers.stage import Quantity, find_numbers, numbers_in

OWN_FORMS = sorted({e.form for c in ("number_words", "hedges") for e in default_lexicon().concept(c)})
PIECES = st.one_of(
    st.sampled_from(OWN_FORMS),
    st.sampled_from(["و", "ب", "ال", "الـ", "لل", " ", "  ", "، ", ".", "-", "%", "/", ":", "+", "\n", "ً", "ـ",
                     "قتل", "جنديا", "عام", "الساعة", "يناير", "M", "٬", "٫", "،"]),
    st.integers(min_value=0, max_value=10**12).map(str),
    st.integers(min_value=0, max_value=10**7).map(lambda n: f"{n:,}"),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩.,،", min_size=1, max_size=12),
)
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map(" ".join), st.lists(PIECES, max_size=40).map("".join),
                  st.text(max_size=300))
FAST = settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))


def _check(text: str, found: tuple[Quantity, ...]) -> None:
    n = len(text)
    for q in found:
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= n, q
        assert q.value is not None or q.vague, q
        if q.low is not None and q.high is not None:
            assert q.low <= q.high, q
        if q.unit is not None:
            assert text[q.unit_start:q.unit_end] == q.unit
    assert [q.num_start for q in found] == sorted(q.num_start for q in found)


@FAST
@given(TEXTS)
def test_numbers_never_raise_and_spans_fit(text: str) -> None:
    doc = Document.from_text(text)
    _check(doc.text, numbers_in(text))


@FAST
@given(TEXTS)
def test_numbers_spans_map_to_the_original(text: str) -> None:
    doc = find_numbers(Document.from_text(text), None)
    for q in doc.layer("numbers"):
        span = doc.span(q.start, q.end)
        assert doc.original[span.start:span.end] == span.text
        assert span.start <= doc.span(q.num_start, q.num_end).start
