"""The build-time record of one place, and how records from several sources merge.

Readers (:mod:`waqia.geo.build.readers`) turn each source format into
:class:`Record` objects; :class:`Collection` merges the records that describe
the same place (same GeoNames id, or same source id) and fills admin names
that a source only gives by reference.

>>> c = Collection()
>>> c.add(Record("wof:1", "Barah", kind="locality", geonameid="170"))
>>> c.add(Record("geonames:170", "Barah", names_ar=["البارة"], population=5000, geonameid="170"))
>>> [(r.name, r.names_ar, r.population, r.ids) for r in c.records()]
[('Barah', ['البارة'], 5000, ['geonames:170', 'wof:1'])]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

#: Feature kinds, from the widest to the narrowest.
KINDS = ("country", "admin1", "admin2", "admin3", "locality", "neighbourhood", "feature")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c]")
ARABIC = re.compile("[\u0600-\u06ff]")
LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def clean(name: str) -> str:
    """Strip invisible bidi marks and collapse white space.

    >>> clean(" Idlib\\u200f  City ")
    'Idlib City'
    """
    return " ".join(_INVISIBLE.sub("", name or "").split())


@dataclass(slots=True)
class Record:
    """One place as a source describes it (build time only)."""

    source_id: str
    name: str = ""
    names_ar: list[str] = field(default_factory=list)
    names_latin: list[str] = field(default_factory=list)
    kind: str = "locality"
    country: str = ""
    admin1: str = ""
    admin1_ar: str = ""
    admin2: str = ""
    admin2_ar: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonameid: str = ""
    ids: list[str] = field(default_factory=list)
    #: source ids of the admin1 / admin2 records, resolved after all reading
    admin1_ref: str = ""
    admin2_ref: str = ""
    #: a row of the hand-written gazetteer read only after a cue (a common word)
    cued: bool = False

    @property
    def merge_key(self) -> str:
        return f"geonames:{self.geonameid}" if self.geonameid else self.source_id

    @property
    def gazetteer_id(self) -> str:
        """The id shown in output: GeoNames when known, else the first source id."""
        return f"geonames:{self.geonameid}" if self.geonameid else self.source_id


def add_names(record: Record, names: list[str]) -> None:
    """Sort ``names`` into the record's Arabic-script and Latin lists, once each."""
    for raw in names:
        name = clean(raw)
        if not name:
            continue
        if ARABIC.search(name):
            if not LATIN.search(name) and name not in record.names_ar:
                record.names_ar.append(name)
        elif LATIN.search(name) and name not in record.names_latin:
            record.names_latin.append(name)


def _merge(a: Record, b: Record) -> None:
    """Fold ``b`` into ``a``: fill gaps, unite names and ids, keep the larger population."""
    for f in ("name", "country", "admin1", "admin1_ar", "admin2", "admin2_ar",
              "admin1_ref", "admin2_ref", "geonameid"):
        if not getattr(a, f) and getattr(b, f):
            setattr(a, f, getattr(b, f))
    if a.lat is None and b.lat is not None:
        a.lat, a.lon = b.lat, b.lon
    if KINDS.index(b.kind) < KINDS.index(a.kind) and b.kind in ("country", "admin1", "admin2"):
        a.kind = b.kind
    a.population = max(a.population, b.population)
    add_names(a, b.names_ar + b.names_latin + [b.name])
    for i in b.ids:
        if i not in a.ids:
            a.ids.append(i)


class Collection:
    """All records of one build, merged by GeoNames id or source id."""

    def __init__(self) -> None:
        self._by_key: dict[str, Record] = {}
        self._alias: dict[str, str] = {}  # any source id -> merge key
        self.alternates: dict[str, list[str]] = {}  # geonameid -> extra Arabic names
        self.admin_codes: dict[str, tuple[str, str]] = {}  # "SY.10" -> (name, geonameid)

    def add(self, rec: Record) -> None:
        if rec.source_id not in rec.ids:
            rec.ids.insert(0, rec.source_id)
        if rec.geonameid and f"geonames:{rec.geonameid}" not in rec.ids:
            rec.ids.append(f"geonames:{rec.geonameid}")
        rec.ids.sort()
        key = self._alias.get(rec.source_id) or self._alias.get(rec.merge_key) or rec.merge_key
        old = self._by_key.get(key)
        if old is None:
            self._by_key[key] = rec
        else:
            _merge(old, rec)
            old.ids.sort()
        for i in rec.ids:
            self._alias.setdefault(i, key)

    def get(self, source_id: str) -> Record | None:
        key = self._alias.get(source_id)
        return self._by_key.get(key) if key else None

    def finish(self) -> None:
        """Apply alternate names and resolve admin references."""
        for gid, names in self.alternates.items():
            rec = self.get(f"geonames:{gid}")
            if rec is not None:
                add_names(rec, names)
        for rec in self._by_key.values():
            self._resolve(rec, "admin1")
            self._resolve(rec, "admin2")
            if not rec.name and rec.names_latin:
                rec.name = rec.names_latin[0]
            if rec.kind == "admin1" and not rec.admin1:
                rec.admin1 = rec.name
                rec.admin1_ar = rec.names_ar[0] if rec.names_ar else ""

    def _resolve(self, rec: Record, level: str) -> None:
        ref = getattr(rec, f"{level}_ref")
        if not ref:
            return
        if ref.startswith("gncode:") and ref[7:] in self.admin_codes:
            name, gid = self.admin_codes[ref[7:]]
            target = self.get(f"geonames:{gid}") if gid else None
            if target is None and not getattr(rec, level):
                setattr(rec, level, name)
        else:
            target = self.get(ref)
        if target is not None and target is not rec:
            if target.name:
                setattr(rec, level, target.name)
            if target.names_ar:
                setattr(rec, f"{level}_ar", target.names_ar[0])

    def records(self) -> Iterator[Record]:
        """Every merged record, in a stable order (by output id)."""
        for key in sorted(self._by_key):
            yield self._by_key[key]

    def __len__(self) -> int:
        return len(self._by_key)
