"""The publication anchor: metadata in the forms pages give, else a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from test_dates_fixtures import date_lexicon, run
from waqia.stages.dates.stage import parse_published


@pytest.mark.parametrize(("value", "iso", "precision"), [
    ("2020-01-16", "2020-01-16", "day"),
    ("2020-01-16T10:00:00Z", "2020-01-16", "day"),
    ("2020-01-16T23:30:00+03:00", "2020-01-16", "day"),
    ("2020-01-16 10:00", "2020-01-16", "day"),
    ("  2020-1-6 ", "2020-01-06", "day"),
    ("16/01/2020", "2020-01-16", "day"),
    ("16.01.2020", "2020-01-16", "day"),
    ("2020/01/16", "2020-01-16", "day"),
    ("٢٠٢٠-٠١-١٦", "2020-01-16", "day"),
    ("24 تموز 2020", "2020-07-24", "day"),
    ("2nd, September 2024", "2024-09-02", "day"),
    (dt.date(2020, 1, 16), "2020-01-16", "day"),
    (dt.datetime(2020, 1, 16, 8, 30), "2020-01-16", "day"),
    ("2019-09", None, "month"),
    ("أيار 2019", None, "month"),
    ("", None, "unknown"),
    (None, None, "unknown"),
    ("soon", None, "unknown"),
    ("2020-02-30", None, "unknown"),
    (20200116, None, "unknown"),
])
def test_dates_published_parse(value: object, iso: str | None, precision: str) -> None:
    pub = parse_published(value, date_lexicon())
    assert (pub.iso, pub.precision) == (iso, precision)
    assert pub.source == ("none" if precision == "unknown" else "metadata")


def test_dates_published_month_keeps_its_month() -> None:
    assert parse_published("2019-09").date == dt.date(2019, 9, 1)


@pytest.mark.parametrize(("text", "published", "iso", "source"), [
    ("سيناء 26 نوفمبر 2016 (وكالة)- قتل خمسة مسلحين السبت", None, "2016-11-26", "dateline"),
    ("القاهرة - 3 آذار 2019 قتل جندي في هجوم", None, "2019-03-03", "dateline"),
    ("الاثنين 12 مارس 2018\nقتل جندي في هجوم", None, "2018-03-12", "dateline"),
    ("الجمعة, 24 تموز 2020 الساعة 16:23 | أخبار محلية\nقتل جندي", None, "2020-07-24", "dateline"),
    ("2023.03.17 | 05:36 حلب\nخطف مسلحون شابا", None, "2023-03-17", "dateline"),
    ("تاريخ النشر: 2nd, September 2024 GMT\nقتل شخصان", None, "2024-09-02", "dateline"),
    ("سيناء 26 نوفمبر 2016 (وكالة)- قتل خمسة مسلحين", "2016-11", "2016-11-26", "dateline"),
    # metadata wins; a month that disagrees with the dateline is kept as it is
    ("سيناء 26 نوفمبر 2016 (وكالة)- قتل خمسة مسلحين", "2016-11-27", "2016-11-27", "metadata"),
    ("سيناء 26 نوفمبر 2016 (وكالة)- قتل خمسة مسلحين", "2016-10", None, "metadata"),
    # a date inside the first sentence is an event date, not a dateline
    ("قتل 3 في 21 يناير 2020 في هجوم على القرية", None, None, "none"),
    ("بيروت- قتل شخصان، الاثنين 2 سبتمبر 2024، في غارة", None, None, "none"),
    ("قتل جندي أمس", None, None, "none"),
])
def test_dates_published_dateline(text: str, published: str | None, iso: str | None, source: str) -> None:
    (pub,) = run(text, published).layer("published")
    assert (pub.iso, pub.source) == (iso, source)


def test_dates_published_dateline_anchors_relative_days_and_is_not_an_event_date() -> None:
    doc = run("سيناء 26 نوفمبر 2016 (وكالة)- قتل خمسة مسلحين السبت واثنان الخميس", None)
    line, saturday, thursday = doc.layer("dates")
    assert (line.kind, line.is_event_date) == ("dateline", False)
    assert (saturday.date, thursday.date) == ("2016-11-26", "2016-11-24")
    assert any("dateline" in w for w in doc.warnings)
