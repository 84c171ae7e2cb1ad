"""A gazetteer's names held in Python: lookups without a query per name (#14).

:class:`NameIndex` reads the ``names`` table once, grouped by key in SQLite (about
0.2 s of CPU and 11 MB for the shipped gazetteer's 162,000 keys), and answers what
:class:`waqia.geo.gazetteer.Gazetteer` otherwise asks SQLite for each name: whether
a key names a place, which places it names (with the ``loose`` flag), which keys
name a country or province as written, and the first word of every key.  A place's
row is read from the database on first use and kept as a :class:`Candidate`.

>>> import sqlite3
>>> from waqia.geo.build.records import Record, add_names
>>> from waqia.geo.build.writer import write
>>> conn = sqlite3.connect(":memory:")
>>> rec = Record("x:1", "Raqqa", kind="admin1", country="SY")
>>> add_names(rec, ["الرقة"])
>>> _ = write(conn, [rec], {})
>>> index = NameIndex(conn)
>>> "رقه" in index, index.major("الرقه"), index.major("رقه")
(True, True, False)
>>> [(c.name, c.loose) for c in index.candidates(["رقه"], None)]
[('Raqqa', True)]
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Mapping
from dataclasses import dataclass

#: the columns of a place row, in :class:`Candidate` order
COLUMNS = ("gazetteer_id, name, name_ar, kind, country, admin1, admin1_ar, admin2, admin2_ar, "
           "lat, lon, population")
#: a gazetteer with more name rows than this is asked through SQLite, key by key (the full
#: MENA one, 831,000 rows, would take 0.9 s and 100 MB more to hold; the shipped one has 205,000)
LIMIT = 500_000
#: decoded place rows kept at most (then the memo starts again)
_ROWS_KEPT = 65_536
#: a set of name keys held as the keys of a dict: a dict of strings is no container the garbage
#: collector tracks, a set of them is, and each full collection walked the 160,000 keys of the
#: shipped gazetteer three times over (50 ms, about once every 400 articles; #14)
KeySet = Mapping[str, object]


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to."""

    gazetteer_id: str
    name: str
    name_ar: str
    kind: str
    country: str
    admin1: str
    admin1_ar: str
    admin2: str
    admin2_ar: str
    lat: float | None
    lon: float | None
    population: int
    loose: bool = False  # matched only without the article or without spaces

    @property
    def big(self) -> bool:
        """A country, a province or a city of 100,000 or more."""
        return self.kind in ("country", "admin1") or self.population >= 100_000


def candidate(row: tuple[object, ...], loose: bool) -> Candidate:
    """A :class:`Candidate` from a row of :data:`COLUMNS`."""
    texts = [v or "" for v in row[4:9]]
    return Candidate(row[0], row[1], row[2], row[3], texts[0], texts[1], texts[2],  # type: ignore[arg-type]
                     texts[3], texts[4], row[9], row[10], row[11] or 0, loose)  # type: ignore[arg-type]


def best_candidates(found: list[tuple[int, Candidate]]) -> list[Candidate]:
    """``(place id, candidate)`` pairs -> one candidate per gazetteer id, exact matches first.

    In place-id order a later row replaces an earlier one of the same gazetteer id only
    when it matches less loosely; then exact first, big first, by gazetteer id."""
    best: dict[str, Candidate] = {}
    for _pid, c in sorted(found, key=lambda f: f[0]):
        old = best.get(c.gazetteer_id)
        if old is None or old.loose > c.loose:
            best[c.gazetteer_id] = c
    return sorted(best.values(), key=lambda c: (c.loose, -c.population, c.gazetteer_id))


class NameIndex:
    """Every key of a gazetteer's ``names`` table, with its places, in a dict.

    A key's places are kept as SQLite gives them, a text of comma-separated codes
    (place id x 2 + loose), read when the key is asked for: the dict is made in C.
    """

    def __init__(self, conn: sqlite3.Connection, lock: threading.Lock | None = None):
        self._conn, self._lock = conn, lock or threading.Lock()
        with self._lock:
            #: key -> its places, «id x 2 + loose» separated by commas
            self.postings: dict[str, str] = dict(conn.execute(
                "SELECT key, group_concat(place * 2 + loose) FROM names GROUP BY key"))
            regions = conn.execute("SELECT id FROM places WHERE kind IN ('country', 'admin1')").fetchall()
        #: the codes (id x 2, exact) of the countries and provinces
        self._regions = frozenset(pid * 2 for (pid,) in regions)
        #: the first word of every key, a dict (word -> None) used as a set (:data:`KeySet`)
        self.first_words: KeySet = dict.fromkeys(k.partition(" ")[0] for k in self.postings)
        self._rows: dict[int, tuple[object, ...]] = {}
        self._made: dict[tuple[int, bool], Candidate] = {}

    @functools.cached_property
    def exact(self) -> frozenset[str]:
        """The keys that name some place as written (not only loosely), read on first use."""
        with self._lock:
            return frozenset(k for (k,) in self._conn.execute("SELECT DISTINCT key FROM names WHERE loose = 0"))

    def __contains__(self, key: object) -> bool:
        return key in self.postings

    def major(self, key: str) -> bool:
        """Whether ``key`` (matching form) names a country or province as written."""
        codes = self.postings.get(key)
        return codes is not None and any(int(code) in self._regions for code in codes.split(","))

    def candidates(self, keys: list[str], country: str | None) -> list[Candidate]:
        """The places under ``keys`` (``keys[0]`` as written, the others loose readings),
        as :meth:`waqia.geo.gazetteer.Gazetteer.candidates` orders them."""
        hits = [(code >> 1, bool(code & 1) or k != keys[0]) for k in keys if k in self.postings
                for code in map(int, self.postings[k].split(","))]
        if not hits:
            return []
        self._read({pid for pid, _ in hits})
        found = [(pid, self._candidate(pid, loose)) for pid, loose in hits]
        if country:
            found = [(pid, c) for pid, c in found if self._rows[pid][4] == country]
        return best_candidates(found)

    def _candidate(self, pid: int, loose: bool) -> Candidate:
        c = self._made.get((pid, loose))
        if c is None:
            if len(self._made) >= _ROWS_KEPT:
                self._made.clear()
            c = self._made[(pid, loose)] = candidate(self._rows[pid], loose)
        return c

    def _read(self, pids: set[int]) -> None:
        """Read the rows of ``pids`` that are not held yet."""
        if len(self._rows) + len(pids) > _ROWS_KEPT:
            self._rows.clear()
            self._made.clear()
        wanted = sorted(pid for pid in pids if pid not in self._rows)
        if not wanted:
            return
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                for row in self._conn.execute(f"SELECT id, {COLUMNS} FROM places WHERE id IN ({marks})", chunk):
                    self._rows[row[0]] = row[1:]
