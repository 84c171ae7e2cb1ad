"""What the reader is told when a date cannot be resolved, or two cues disagree."""

from __future__ import annotations

import pytest

from test_dates_fixtures import quoted, run


@pytest.mark.parametrize(("text", "published", "warning"), [
    ("قتل جندي أمس", None, "relative date «أمس» not resolved: no publication date"),
    ("قتل جنود اليوم الأحد", "2019-09",
     "relative date «اليوم الأحد» not resolved: the publication date is known only to the month (2019-09)"),
    ("قتل جنديان الأربعاء الماضي", None, "relative date «الأربعاء الماضي» not resolved: no publication date"),
    ("اعتقل الأمن ثلاثة منذ يومين", "2019-09", "relative date «منذ يومين» not resolved"),
    ("هاجم مسلحون القرية في 21 يناير", None, "date «21 يناير» not resolved: no publication date"),
    ("تصاعدت الهجمات في مايو الماضي", None, "month «مايو الماضي» not resolved"),
    ("قتل جندي أمس", "tomorrow-ish", "publication date 'tomorrow-ish' not understood"),
    ("وقع الانفجار أمس الثلاثاء", "2020-01-23",
     ("«أمس الثلاثاء» names a Tuesday but the relative word points to 2020-01-22, a Wednesday; "
      "the weekday was used: 2020-01-21")),
    ("الأحد 12 مارس 2018 قتل جندي", None, "2018-03-12 is a Monday, not the Sunday written"),
])
def test_dates_warnings_text(text: str, published: str | None, warning: str) -> None:
    doc = run(text, published)
    assert any(warning in w for w in doc.warnings), doc.warnings


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("قتل جندي أمس", None, [("أمس", None, "unknown")]),
    ("قتل جنود اليوم الأحد", "2019-09", [("اليوم الأحد", None, "unknown")]),
    ("هاجم مسلحون القرية في 21 يناير", None, [("21 يناير", None, "unknown")]),
    # a month-only publication still gives a day its year
    ("اغتال مسلحون رجلا في 7 أيلول", "2022-09", [("7 أيلول", "2022-09-07", "day")]),
    ("وقع الانفجار أمس الثلاثاء", "2020-01-23", [("أمس الثلاثاء", "2020-01-21", "day")]),
    ("أعلنت الوزارة اليوم الجمعة مقتل جندي", "2020-01-23", [("اليوم الجمعة", "2020-01-24", "day")]),
])
def test_dates_warnings_resolution(text: str, published: str | None,
                                   expected: list[tuple[str, str | None, str]]) -> None:
    assert quoted(run(text, published)) == expected


def test_dates_warnings_said_once() -> None:
    doc = run("قتل جندي أمس وأصيب آخر أمس", None)
    assert len(doc.warnings) == 1


def test_dates_warnings_none_when_all_resolved() -> None:
    assert run("قتل جندي أمس الأربعاء", "2020-01-23").warnings == ()
