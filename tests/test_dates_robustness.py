"""Any text, any published value: no exception, spans on the original, well-formed mentions."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from test_dates_fixtures import run
from waqia.stages.dates.stage import PRECISIONS

PIECES = ["أمس", "اليوم", "الخميس", "الماضي", "فجر", "مساء", "ليل", "-", "الجمعة", "منذ", "قبل", "يومين",
          "أيام", "ثلاثة", "21", "٢١/١/٢٠٢٠", "يناير", "كانون الثاني", "آب", "/", "سبتمبر", "2020", "عام",
          "الـ", "5", "من", "الشهر", "الجاري", "،", " ", "\n", "ً", "ـ", "و", "ب", "سوق", "عشر", "2019.13.45"]
PUBLISHED = st.one_of(st.none(), st.sampled_from(["2020-01-23", "2019-09", "x", "2020-02-30", "31/12/1999"]),
                      st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)).map(str))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join), PUBLISHED)
def test_dates_robustness_mentions_are_well_formed(text: str, published: str | None) -> None:
    doc = run(text, published)
    (pub,) = doc.layer("published")
    for m in doc.layer("dates"):
        span = doc.span(m.start, m.end)
        assert doc.original[span.start: span.end] == span.text and span.text.strip()
        assert m.precision in PRECISIONS
        if m.date is not None:
            dt.date.fromisoformat(m.date)
        else:
            assert m.precision == "unknown"
        if m.end_date is not None:
            assert m.precision == "range" and m.end_date >= m.date
    assert pub.precision in ("day", "month", "unknown")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), PUBLISHED)
def test_dates_robustness_any_text(text: str, published: str | None) -> None:
    run(text, published)


def test_dates_robustness_long_text_is_fast() -> None:
    import time

    text = "قتل جندي أمس الأربعاء في 21 يناير 2020 قرب سوق الخميس منذ يومين. " * 3000
    t0 = time.perf_counter()
    doc = run(text, "2020-01-23")
    assert len(doc.layer("dates")) == 9000
    assert time.perf_counter() - t0 < 10
