"""Write merged records into the read-only SQLite gazetteer file.

Schema (version 1)::

    places(id INTEGER PRIMARY KEY, gazetteer_id, name, name_ar, kind, country,
           admin1, admin1_ar, admin2, admin2_ar, lat, lon, population,
           names_ar, names_latin, source_ids)
    names(key, place, loose)      -- one row per matching key, indexed on key
    meta(k, v)

``names.key`` holds every name in its matching form (:func:`waqia.core.normalize.key`),
also without a leading article ال and with its spaces removed; ``loose`` is 1
for those two derived keys.  Rows are written in a fixed order and nothing
time-dependent is stored, so the same inputs give the same bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

from waqia.core.morphology import without_article
from waqia.core.normalize import key as norm_key
from waqia.geo.build.records import ARABIC, Record

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE places(id INTEGER PRIMARY KEY, gazetteer_id TEXT, name TEXT, name_ar TEXT,
  kind TEXT, country TEXT, admin1 TEXT, admin1_ar TEXT, admin2 TEXT, admin2_ar TEXT,
  lat REAL, lon REAL, population INTEGER, names_ar TEXT, names_latin TEXT, source_ids TEXT);
CREATE TABLE names(key TEXT, place INTEGER, loose INTEGER, PRIMARY KEY(key, place)) WITHOUT ROWID;
"""


def name_keys(name: str) -> Iterator[tuple[str, int]]:
    """The matching keys of one name: ``(key, loose)``.

    >>> sorted(name_keys("كفر نبودة"))
    [('كفر نبوده', 0), ('كفرنبوده', 1)]
    >>> sorted(name_keys("الفطيرة"))
    [('الفطيره', 0), ('فطيره', 1)]
    """
    k = norm_key(name)
    if not k:
        return
    yield k, 0
    if not ARABIC.search(k):
        return
    for variant in (strip_article(k), k.replace(" ", "")):
        if variant != k and len(variant) > 1:
            yield variant, 1


def strip_article(k: str) -> str:
    """``k`` without a leading article ال (only when a stem of 2+ letters is left).

    >>> strip_article("الرقه"), strip_article("الي")
    ('رقه', 'الي')
    """
    return without_article(k)


def _rows(records: Iterable[Record]) -> Iterator[tuple[tuple[object, ...], dict[str, int]]]:
    for i, r in enumerate(records, 1):
        keys: dict[str, int] = {}
        for name in r.names_ar + r.names_latin + [r.name]:
            for k, loose in name_keys(name):
                keys[k] = min(loose, keys.get(k, 1))
        row = (i, r.gazetteer_id, r.name, r.names_ar[0] if r.names_ar else "", r.kind, r.country,
               r.admin1, r.admin1_ar, r.admin2, r.admin2_ar, r.lat, r.lon, r.population,
               "|".join(r.names_ar), "|".join(r.names_latin), "|".join(r.ids))
        yield row, keys


def write(conn: sqlite3.Connection, records: Iterable[Record], meta: dict[str, str]) -> int:
    """Create the schema in ``conn`` and write every record; returns the place count."""
    conn.executescript(SCHEMA)
    names: list[tuple[str, int, int]] = []
    n = 0
    for row, keys in _rows(records):
        conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", row)
        names.extend((k, int(str(row[0])), loose) for k, loose in keys.items())
        n += 1
    names.sort()
    conn.executemany("INSERT INTO names VALUES (?,?,?)", names)
    meta = dict(meta, schema=SCHEMA_VERSION, places=str(n), names=str(len(names)))
    conn.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
    conn.commit()
    return n
