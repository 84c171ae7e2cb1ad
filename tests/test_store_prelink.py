"""Links weighed before the write transaction (waqia.store.prelink) are the links weighing inside it gives,
whatever another writer stores or replaces in between; and weighing holds no write lock."""

from __future__ import annotations

import random
from typing import Any

import pytest

from test_store_fixtures import claim, event, hotel_attack_reports, loc, record
from waqia.store import Store, linking, prelink

PLACES = [loc("Saraqib", "SY", "Idlib", 35.86, 36.80), loc("Kafr Ruma", "SY", "Idlib", 35.60, 36.63),
          loc("Harbour City", "SO", "Banaadir", 2.04, 45.34)]
TEXTS = ["قصف مدفعي على البلدة صباح اليوم أوقع قتلى بين المدنيين ودمر منازل في الحي الشرقي",
         "اشتباكات عنيفة بين الفصائل وقوات النظام على أطراف المدينة استمرت حتى الفجر"]


def _reports(n: int = 24) -> list[tuple[dict[str, Any], str]]:
    """Made-up reports of a few events, several of each, some of them two events long."""
    rng, out = random.Random(14), []
    for i in range(n):
        place, day = PLACES[i % 3], f"2021-05-{6 + i % 4:02d}"
        events = [event("e1", "Explosions/Remote violence", "Shelling/artillery/missile attack", day, [place],
                        [claim("killed", 3 + i % 5)])]
        if i % 5 == 0:
            events.append(event("e2", date=day, locations=[PLACES[(i + 1) % 3]]))
        out.append((record(f"r{i}", events, published=day, outlet=f"o{i % 4}.example"),
                    TEXTS[i % 2] + " " + " ".join(rng.sample(TEXTS[(i + 1) % 2].split(), 6))))
    return out + [(r, "") for r in hotel_attack_reports()]


def _incidents(store: Store) -> list[dict[str, Any]]:
    """Every incident record (its members, links with their evidence, merged fields), by id."""
    return sorted(store.incidents(), key=lambda inc: inc["incident_id"])


def _ingest_all(url: str, reports: list[tuple[dict[str, Any], str]]) -> Any:
    with Store.open(url) as store:
        for rec, text in reports:
            store.ingest(rec, text=text or None)
        return _incidents(store)


def test_store_prelink_same_incidents_as_weighing_in_the_transaction(db_url: str, tmp_path: Any,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    reports = _reports()
    random.Random(3).shuffle(reports)
    planned = _ingest_all(db_url, reports)
    assert any(len(inc["doc_ids"]) > 2 for inc in planned)
    monkeypatch.setattr(prelink, "plan", lambda *a, **k: prelink.Plan())  # nothing weighed ahead: confirm weighs all
    in_transaction = _ingest_all(f"sqlite:///{tmp_path / 'b.db'}", reports)
    monkeypatch.setattr(prelink, "confirm", lambda *a, **k: None)  # link_event weighs as it always did
    as_before = _ingest_all(f"sqlite:///{tmp_path / 'c.db'}", list(reversed(reports)))
    assert planned == in_transaction == as_before


def test_store_prelink_weighs_outside_the_write_lock(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    held = []
    real = prelink.weigh

    def spy(a: Any, b: Any) -> Any:
        held.append(store._writer.locked())
        return real(a, b)

    monkeypatch.setattr(prelink, "weigh", spy)
    for rec, text in _reports(8):
        store.ingest(rec, text=text)
    assert held and not any(held)


def test_store_prelink_sees_what_another_writer_stored_meanwhile(db_url: str, tmp_path: Any,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Between the weighing and the write, another process stores a report of the same event, and
    replaces one with a report of something else: the links are those of the final state."""
    reports = _reports(11)[:11]  # no hotel reports
    first, rest = reports[:8], reports[8:]  # r7 and r10: one strike, reported a day apart
    moved = dict(first[-1][0], events=[event("e1", "Protests", "Peaceful protest", "2021-05-01", [PLACES[1]])])
    with Store.open(db_url) as store, Store.open(db_url) as other:
        for rec, text in first:
            store.ingest(rec, text=text)
        real = prelink.plan
        def racing(*args: Any) -> Any:
            weighed = real(*args)
            if args[1]["doc_id"] == rest[-1][0]["doc_id"]:
                # the same id, now another event (on SQLite under the same event key, the last one
                # freed and taken again): the evidence weighed against the old one must not be reused
                other.ingest(moved)
                for rec, text in rest[:-1]:
                    other.ingest(rec, text=text)
            return weighed
        monkeypatch.setattr(prelink, "plan", racing)
        store.ingest(rest[-1][0], text=rest[-1][1])
        raced = _incidents(store)
    monkeypatch.undo()
    serial = first[:-1] + [(moved, first[-1][1])] + rest
    assert raced == _ingest_all(f"sqlite:///{tmp_path / 'serial.db'}", serial)
    assert not any({"r7", "r10"} <= set(inc["doc_ids"]) for inc in raced)
    assert any({"r7", "r10"} <= set(inc["doc_ids"]) for inc in _ingest_all(f"sqlite:///{tmp_path / 'old.db'}", reports))


def test_store_prelink_cache_keeps_the_newest() -> None:
    cache = prelink.MemberCache(size=2)
    keys = [(i, "d", 0, "h", None) for i in range(3)]
    members = {k: linking.fingerprint_member("d", {"event_id": str(k[0])}, None, None, None, None) for k in keys}
    cache.put({keys[0]: members[keys[0]], keys[1]: members[keys[1]]})
    cache.get([keys[0]])  # used: kept
    cache.put({keys[2]: members[keys[2]]})
    assert sorted(cache.get(keys)) == [keys[0], keys[2]]
