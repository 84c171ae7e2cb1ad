"""Gazetteers: the read-only SQLite file and the small bundled one.

A gazetteer answers two questions, from its name keys held in Python
(:mod:`waqia.geo.index`, read on first use: about 0.2 s and 17 MB for the shipped
one), or, for a gazetteer of more than :data:`waqia.geo.index.LIMIT` name rows,
through indexed SQLite look-ups (opening is instant, nothing is read whole but the
first words of the names):

- :meth:`Gazetteer.known`: which of these matching keys name some place?
- :meth:`Gazetteer.candidates`: every place a name may refer to.

``open_gazetteer(None)`` gives the default: the shipped gazetteer
(``geo/data/gazetteer.sqlite.xz``: every place of ../shared/data/gazetteer with an
Arabic name, about 74,000 towns, villages and districts, made by ``make
gazetteer`` with ``waqia gazetteer build --compact``) read into memory, with the
hand-written one behind it (``data/places.tsv``: capitals, provinces and main
towns under their press spellings).  A fuller gazetteer is built with ``waqia
gazetteer build`` (:mod:`waqia.geo.build`).

>>> g = open_gazetteer(None)
>>> [c.name for c in g.candidates("إدلب") if c.kind == "admin1"][:1]
['Idlib']
>>> sorted(g.known(["ادلب", "لكن"]))
['ادلب']
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import itertools
import lzma
import math
import os
import sqlite3
import threading
from collections.abc import Iterable
from importlib import resources

from waqia.core.normalize import key as norm_key
from waqia.errors import GazetteerError
from waqia.geo.build.records import Record, add_names
from waqia.geo.build.writer import SCHEMA_VERSION, strip_article, write
from waqia.geo.index import COLUMNS, LIMIT, Candidate, KeySet, NameIndex, best_candidates, candidate

__all__ = ["Candidate", "Gazetteer", "LayeredGazetteer", "open_gazetteer", "query_keys"]

BUNDLED = "places.tsv"
SHIPPED = "gazetteer.sqlite.xz"
#: how many names' candidates a :class:`LayeredGazetteer` keeps (#14)
_RECENT = 4096


def query_keys(name: str) -> list[str]:
    """The keys a name is looked up under: as written, without ال, without spaces.

    >>> query_keys("الفطيرة")
    ['الفطيره', 'فطيره']
    """
    k = norm_key(name)
    out = [k]
    for v in (strip_article(k), k.replace(" ", "")):
        if v not in out and len(v) > 1:
            out.append(v)
    return out


class Gazetteer:
    """Indexed lookups in one gazetteer database (read-only)."""

    def __init__(self, conn: sqlite3.Connection, path: str | None, label: str, major_only: bool = False,
                 cued: frozenset[str] = frozenset()):
        self._conn = conn
        self._lock = threading.Lock()
        self.path = path
        self.label = label
        #: holds only major places (the hand-written one): any name it knows is a place
        self.major_only = major_only
        #: keys of the hand-written one read only after a cue (its ``cue`` column): common words
        self.cued = cued
        meta = dict(conn.execute("SELECT k, v FROM meta").fetchall())
        if meta.get("schema") != SCHEMA_VERSION:
            raise GazetteerError(f"{label}: gazetteer schema {meta.get('schema')!r}, expected "
                                 f"{SCHEMA_VERSION}; rebuild it with `waqia gazetteer build`")
        self.meta = meta

    def __reduce__(self) -> tuple[object, tuple[str | None]]:
        return (open_gazetteer, (self.path,))

    @functools.cached_property
    def index(self) -> NameIndex | None:
        """Every name key in memory (:class:`waqia.geo.index.NameIndex`), read on first use;
        None for a gazetteer of more than :data:`waqia.geo.index.LIMIT` name rows, which is
        asked through SQLite name by name."""
        rows = int(self.meta.get("names") or 0)
        if not rows:
            with self._lock:
                rows = int(self._conn.execute("SELECT COUNT(*) FROM names").fetchone()[0])
        return NameIndex(self._conn, self._lock) if rows <= LIMIT else None

    @functools.cached_property
    def first_words(self) -> KeySet:
        """The first word of every name key (:data:`~waqia.geo.index.KeySet`): a fast filter before :meth:`known`.

        Read once, on first use (about 0.4 s and 25 MB for the full MENA gazetteer).
        """
        if self.index is not None:
            return self.index.first_words
        with self._lock:
            rows = self._conn.execute("SELECT DISTINCT key FROM names").fetchall()
        return dict.fromkeys(k.split(" ", 1)[0] for (k,) in rows)

    @functools.cached_property
    def name_keys(self) -> KeySet | None:
        """Every name key (matching form), when they are held in memory (the index's own dict,
        :data:`~waqia.geo.index.KeySet`); else None."""
        return self.index.postings if self.index is not None else None

    def known(self, keys: Iterable[str]) -> set[str]:
        """The subset of ``keys`` (matching-form names) that some place is called."""
        if self.index is not None:
            return {k for k in keys if k in self.index}
        wanted = sorted(set(keys))
        found: set[str] = set()
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                found.update(r[0] for r in self._conn.execute(
                    f"SELECT DISTINCT key FROM names WHERE key IN ({marks})", chunk))
        return found

    def major(self, key: str) -> bool:
        """Whether ``key`` (matching form) names a country or province, or any place of
        a gazetteer of major places only: a name read without a cue before it.  A loose
        match («قطاع» for «القطاع», «جزيرة» for «الجزيرة») is not enough: without a cue,
        the name must be written as the place is."""
        if self.index is not None:
            k = norm_key(key)
            return (k in self.index.exact and k not in self.cued) if self.major_only else self.index.major(k)
        if self.major_only:
            return norm_key(key) not in self.cued and any(not c.loose for c in self.candidates(key))
        return any(c.kind in ("country", "admin1") and not c.loose for c in self.candidates(key))

    def candidates(self, name: str, country: str | None = None) -> list[Candidate]:
        """Every place ``name`` may refer to, exact matches first.

        ``name`` may be written as in the text; it is normalised here.
        """
        keys = query_keys(name)
        if self.index is not None:
            return self.index.candidates(keys, country)
        marks = ",".join("?" * len(keys))
        sql = (f"SELECT p.id, {COLUMNS}, n.key, n.loose FROM names n JOIN places p ON p.id = n.place "
               f"WHERE n.key IN ({marks})")
        args: list[object] = list(keys)
        if country:
            sql += " AND p.country = ?"
            args.append(country)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY p.id", args).fetchall()
        return best_candidates([(row[0], candidate(row[1:13], bool(row[14]) or row[13] != keys[0]))
                                for row in rows])

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM places").fetchone()[0])


class LayeredGazetteer:
    """A built gazetteer with the bundled, hand-written one behind it.

    The built file answers first; a name it does not know at all falls back to
    the bundled gazetteer (provinces of the conflict countries under their
    Arabic press spellings, which imported data often lacks).
    """

    def __init__(self, primary: Gazetteer, supplement: Gazetteer):
        self.primary, self.supplement = primary, supplement
        self.path, self.label, self.meta = primary.path, primary.label, primary.meta
        self.major_only = False
        #: the candidates of the names asked for lately (the same few recur in a document and
        #: across a batch of articles); bounded, so a long run holds no more than this many
        self._recent = functools.lru_cache(maxsize=_RECENT)(self._candidates)
        self._major = functools.lru_cache(maxsize=_RECENT)(self._major_of)

    def __reduce__(self) -> tuple[object, tuple[str | None]]:
        return (open_gazetteer, (self.path,))

    @functools.cached_property
    def first_words(self) -> KeySet:
        return dict.fromkeys(itertools.chain(self.primary.first_words, self.supplement.first_words))

    @functools.cached_property
    def name_keys(self) -> KeySet | None:
        """Every name key of both, when both hold them in memory; else None."""
        a, b = self.primary.index, self.supplement.index
        return dict.fromkeys(itertools.chain(a.postings, b.postings)) if a is not None and b is not None else None

    def known(self, keys: Iterable[str]) -> set[str]:
        wanted = list(keys)
        return self.primary.known(wanted) | self.supplement.known(wanted)

    def major(self, key: str) -> bool:
        return self._major(key)

    def _major_of(self, key: str) -> bool:
        return self.supplement.major(key) or self.primary.major(key)

    def candidates(self, name: str, country: str | None = None) -> list[Candidate]:
        """The built file's candidates, and the bundled ones it lacks (a bundled place
        within 25 km of a built candidate of the same country is the same place)."""
        return list(self._recent(name, country))

    def _candidates(self, name: str, country: str | None) -> tuple[Candidate, ...]:
        primary = self.primary.candidates(name, country)
        bundled = self.supplement.candidates(name, country)
        extra = [c for c in bundled if not any(p.country == c.country and _close(p, c) for p in primary)]
        return tuple([_province_from(p, bundled) for p in primary] + extra)

    def __len__(self) -> int:
        return len(self.primary)


def _province_from(place: Candidate, bundled: list[Candidate]) -> Candidate:
    """A built place without a province takes the province of the bundled row of the same place
    (GeoNames' towns of South Sudan carry codes of states its admin1 file no longer lists)."""
    if place.admin1:
        return place
    for b in bundled:
        if b.admin1 and b.country == place.country and _close(place, b):
            return dataclasses.replace(place, admin1=b.admin1, admin1_ar=b.admin1_ar)
    return place


def _close(a: Candidate, b: Candidate, km: float = 25.0) -> bool:
    """Whether two candidates lie within ``km`` of each other (unknown coordinates: no)."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    dlat = math.radians(float(b.lat) - float(a.lat))  # type: ignore[arg-type]
    dlon = math.radians(float(b.lon) - float(a.lon))  # type: ignore[arg-type]
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(float(a.lat))) * math.cos(  # type: ignore[arg-type]
        math.radians(float(b.lat))) * math.sin(dlon / 2) ** 2  # type: ignore[arg-type]
    return 2 * 6371.0 * math.asin(math.sqrt(h)) < km


def bundled_records(body: str) -> list[Record]:
    """Records of the hand-written gazetteer TSV (header row starts with ``form``)."""
    out: list[Record] = []
    lines = [line for line in body.splitlines() if line.strip() and not line.startswith("#")]
    rows = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in rows:
        form = (row.get("form") or "").strip()
        if not form or form.startswith("#"):
            continue
        cc, name = row["country"].strip(), row["name"].strip()
        rec = Record(f"waqia:{cc.lower()}-{row['kind']}-{'-'.join(name.lower().split())}", name,
                     kind=row["kind"].strip(), country=cc, admin1=row["admin1"].strip(),
                     admin1_ar=row["admin1_ar"].strip(), lat=float(row["lat"]), lon=float(row["lon"]),
                     population=int(row["population"] or 0))
        add_names(rec, [form] + (row.get("aliases") or "").split("|") + [name])
        rec.cued = bool((row.get("cue") or "").strip())
        out.append(rec)
    return out


@functools.lru_cache(maxsize=1)
def _bundled_body() -> str:
    return resources.files("waqia.geo.data").joinpath(BUNDLED).read_text(encoding="utf-8")


def open_bundled() -> Gazetteer:
    """The bundled gazetteer in an in-memory database."""
    try:
        records = bundled_records(_bundled_body())
    except (KeyError, ValueError) as e:
        raise GazetteerError(f"data/{BUNDLED} is malformed ({e}); fix the row") from None
    records.sort(key=lambda r: r.source_id)
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    write(conn, records, {"sources": BUNDLED})
    return Gazetteer(conn, None, f"bundled {BUNDLED}", major_only=True, cued=_cued_keys(conn, records))


def _cued_keys(conn: sqlite3.Connection, records: list[Record]) -> frozenset[str]:
    """The name keys of the rows read only after a cue that no other row is called."""
    cued = [r.source_id for r in records if r.cued]
    if not cued:
        return frozenset()
    marks = ",".join("?" * len(cued))
    rows = conn.execute(f"SELECT n.key, p.gazetteer_id IN ({marks}) FROM names n JOIN places p ON p.id = n.place",
                        cued).fetchall()
    plain = {k for k, c in rows if not c}
    return frozenset(k for k, c in rows if c and k not in plain)


@functools.lru_cache(maxsize=1)
def _shipped_bytes() -> bytes | None:
    try:
        packed = resources.files("waqia.geo.data").joinpath(SHIPPED).read_bytes()
    except FileNotFoundError:
        return None
    return lzma.decompress(packed)


def open_shipped() -> Gazetteer | None:
    """The shipped compact gazetteer, read into memory (None when the package lacks it)."""
    data = _shipped_bytes()
    if data is None:
        return None
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.deserialize(data)
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"geo/data/{SHIPPED} is damaged ({e}); rebuild it with `make gazetteer`") from None
    return Gazetteer(conn, None, f"shipped {SHIPPED}")


def open_gazetteer(path: str | None) -> Gazetteer | LayeredGazetteer:
    """Open the gazetteer at ``path`` read-only (the bundled one behind it), or the
    shipped one (the bundled one behind it) when None."""
    if not path:
        shipped = open_shipped()
        return LayeredGazetteer(shipped, open_bundled()) if shipped is not None else open_bundled()
    if not os.path.isfile(path):
        raise GazetteerError(f"gazetteer {path!r} not found; build one with "
                             "`waqia gazetteer build OUT.sqlite SOURCES...` or unset WAQIA_GAZETTEER")
    try:
        conn = sqlite3.connect(f"file:{os.path.abspath(path)}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA cache_size = -16000")
        return LayeredGazetteer(Gazetteer(conn, path, path), open_bundled())
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"{path}: not a waqia gazetteer ({e}); rebuild it with "
                             "`waqia gazetteer build`") from None
