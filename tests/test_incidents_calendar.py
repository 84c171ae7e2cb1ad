"""Calendar evidence (#12): the days of the month and the current month an article's lead names
(``waqia.incidents.calendar``), stored in the text fingerprint and weighed as ``calendar``."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import create_engine, insert, select

from test_store_fixtures import actor, event, loc, now, record, store_before
from waqia.incidents.calendar import CALENDAR_AGREE, CALENDAR_CONFLICT, calendar
from waqia.incidents.evidence import weigh
from waqia.incidents.members import Member
from waqia.store import schema
from waqia.store.linking import fingerprint_member, text_evidence
from waqia.store.migrations import migrate

sys.path.insert(0, str(Path(__file__).parent))

# Invented reports of one attack on a mosque, written for these tests: two witnesses, two
# outlets, few words in common; neither article has a publication date.
WITNESS = "هاجم مسلحون مجهولون مسجد قرية التلال خلال صلاة الجمعة 24 نوفمبر وقتلوا عددا من المصلين"
OUTLET = "أفاد سكان أن رجالا على دراجات نارية أطلقوا الرصاص في 24 تشرين الثاني داخل جامع التلال الكبير"
OTHER_DAY = "أفاد سكان أن رجالا على دراجات نارية أطلقوا الرصاص في 12 تشرين الأول داخل جامع التلال الكبير"
COPY_OTHER_DAY = WITNESS.replace("24 نوفمبر", "3 مارس")
VILLAGE = loc("Talal", "EG", "North Sinai", 31.1, 33.8)


def _member(doc: str, text: str, date: str | None = None, published: str | None = None) -> Member:
    ev = event("e1", "Violence against civilians", "Attack", date=date, locations=[VILLAGE],
               actors=[actor("Unknown gunmen"), actor("Worshippers", "civilians", "target")])
    shingles, fingerprint = text_evidence(text)
    return fingerprint_member(doc, ev, published, None, shingles, fingerprint)


def test_incidents_calendar_reads_days_and_current_months_of_the_lead() -> None:
    assert calendar(WITNESS) == (frozenset({(11, 24, 0)}), frozenset())
    assert calendar(OUTLET) == (frozenset({(11, 24, 0)}), frozenset())
    assert calendar("تتواصل الاحتجاجات منذ مطلع تشرين الأول الجاري في المدينة") == (frozenset(), frozenset({10}))
    assert calendar("قتل اثنان في 31 شباط") == (frozenset(), frozenset())  # no such day
    late = "قال مسؤولون إن الهجوم أوقع قتلى. " + "وأضافوا أن التحقيق جار. " * 20 + "وذلك في 5 أيار."
    assert calendar(late) == (frozenset(), frozenset())  # only the lead names the event's day


def test_incidents_calendar_two_undated_reports_naming_one_day_link() -> None:
    a, b = _member("a", WITNESS), _member("b", OUTLET)
    ev = weigh(a, b)
    assert ev is not None and ev.features["calendar"] == CALENDAR_AGREE and ev.features["text"] == 0
    assert ev.linked, ev.as_dict()
    without = weigh(_member("a", WITNESS.replace(" 24 نوفمبر", "")), b)  # the same pair, no day named
    assert without is not None and not without.linked and without.blocked


def test_incidents_calendar_an_undated_report_naming_a_dated_event_s_day_links() -> None:
    dated = _member("a", "هاجم مسلحون مسجد قرية التلال وقتلوا عددا من المصلين", date="2017-11-24",
                    published="2017-11-24")
    ev = weigh(dated, _member("b", OUTLET))
    assert ev is not None and ev.features["calendar"] == CALENDAR_AGREE and ev.linked


def test_incidents_calendar_different_days_are_different_events() -> None:
    ev = weigh(_member("a", WITNESS), _member("b", OTHER_DAY))
    assert ev is not None and ev.features["calendar"] == CALENDAR_CONFLICT and not ev.linked
    # one template, filled in on two days: the texts are copies, the days tell them apart
    copy = weigh(_member("a", WITNESS), _member("b", COPY_OTHER_DAY))
    assert copy is not None and copy.features["text"] == 4.0 and copy.features["calendar"] == CALENDAR_CONFLICT
    assert not copy.linked


def test_incidents_calendar_a_current_month_contradicts_a_report_months_away() -> None:
    october = _member("a", "يواصل المحتجون منذ مطلع تشرين الأول الجاري اعتصامهم قرب جامع التلال")
    ev = weigh(october, _member("b", OUTLET, published="2019-12-20"))
    assert ev is not None and ev.features["calendar"] == CALENDAR_CONFLICT
    same_month = weigh(october, _member("b", OUTLET, published="2019-10-20"))
    assert same_month is not None and same_month.features["calendar"] == 0



def test_incidents_calendar_migration_adds_the_days_to_stored_fingerprints(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path}/old.db")
    with engine.begin() as conn:
        store_before(conn, 6)
        old = {k: v for k, v in text_evidence(WITNESS)[1].items() if k not in ("days", "months")}
        conn.execute(insert(schema.documents).values(
            doc_id="d", record_hash="x", record=record("d", []), relevant=True, n_events=0,
            ingested_at=now(), text=WITNESS, fingerprint=old))
        assert fingerprint_member("d", {}, None, None, None, old).days == frozenset()
    with engine.begin() as conn:
        assert migrate(conn) == ["0007_calendar", "0008_word_rarity"]
        row = conn.execute(select(schema.documents.c.fingerprint)).one()
    assert fingerprint_member("d", {}, None, None, None, row.fingerprint).days == {(11, 24, 0)}
    engine.dispose()


def test_incidents_calendar_years_and_follow_up_days() -> None:
    dated = _member("a", "هاجم مسلحون مسجد قرية التلال وقتلوا عددا من المصلين", date="2017-11-24",
                    published="2017-11-24")
    year_before = _member("b", OUTLET.replace("24 تشرين الثاني", "24 تشرين الثاني 2016"))
    ev = weigh(dated, year_before)  # one day of the month, another year: the same place a year before
    assert ev is not None and ev.features["calendar"] == CALENDAR_CONFLICT and not ev.linked
    later = _member("c", "أعلنت السلطات يوم 28 نوفمبر ارتفاع حصيلة الهجوم على جامع التلال")
    ev = weigh(dated, later)  # a later report names its own day: neither agrees nor contradicts
    assert ev is not None and ev.features["calendar"] == 0
