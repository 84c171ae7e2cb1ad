"""Build a gazetteer file (SQLite, read-only at run time) from standard sources.

>>> import os, tempfile
>>> from waqia.geo.build import build
>>> d = tempfile.mkdtemp()
>>> src = os.path.join(d, "cities.txt")
>>> _ = open(src, "w", encoding="utf-8").write(
...     "170\\tBarah\\tBarah\\tAl Barah,البارة\\t35.68\\t36.54\\tP\\tPPL\\tSY\\t\\t09\\t\\t\\t\\t5000\\t\\t\\t\\t\\n")
>>> report = build(os.path.join(d, "g.sqlite"), [src])
>>> report.places
1

Sources may be files, ``.zip`` archives as GeoNames ships them (every
``.txt`` member but ``readme``), ``.gz`` files, or folders (every file in
them).  The format of each file is sniffed (see :func:`readers.sniff`).

``build(out, sources, compact=True)`` writes the compact gazetteer shipped with
the package (``geo/data/gazetteer.sqlite.xz``, made by ``make gazetteer``): only the
places that have an Arabic name, each with its main Latin name, coordinates,
admin1/admin2, kind, population and source ids.  An ``out`` ending in ``.gz`` or ``.xz``
is written compressed (without a time stamp, so the same inputs give the
same bytes).

Every build also joins waqia's own table of Arabic names (``geo/data/geonames_ar.tsv``)
to the GeoNames records it names by admin1 code or geonameid: the provinces of the
countries GeoNames' standard files give no Arabic name (Saudi Arabia, Algeria,
Tunisia, Niger ...), so they are read in the text and their towns get an Arabic
province, and larger towns named only in Latin letters.
"""

from __future__ import annotations

import gzip
import io
import lzma
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO

from waqia.errors import GazetteerError
from waqia.geo.build import readers
from waqia.geo.build import writer
from waqia.geo.build.records import Collection, Record


@dataclass(frozen=True)
class BuildReport:
    """What a build read and wrote."""

    path: str
    places: int
    names: int
    size_bytes: int
    seconds: float
    read: dict[str, int] = field(default_factory=dict)  # source -> records read


@dataclass(frozen=True)
class _Source:
    label: str
    fmt: str
    opener: tuple[str, str | None]  # (path, zip member or None)


@contextmanager
def _open(path: str, member: str | None) -> Iterator[IO[str]]:
    if member is not None:
        with zipfile.ZipFile(path) as z, z.open(member) as raw:
            yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
    elif path.endswith(".gz"):
        with gzip.open(path, "rt", encoding="utf-8-sig", errors="replace", newline="") as f:
            yield f
    else:
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as f:
            yield f


def _first_line(path: str, member: str | None) -> str:
    with _open(path, member) as f:
        return f.readline(4096)


def discover(paths: list[str]) -> list[_Source]:
    """Every readable source under ``paths``, in reading order; raises on unknown files."""
    found: list[_Source] = []
    unknown: list[str] = []
    for p in paths:
        files = [os.path.join(r, f) for r, _, fs in os.walk(p) for f in fs] if os.path.isdir(p) else [p]
        for f in sorted(files):
            if not os.path.exists(f):
                raise GazetteerError(f"{f}: no such file; check the path of the gazetteer source")
            members: list[str | None] = [None]
            if f.endswith(".zip"):
                with zipfile.ZipFile(f) as z:
                    members = [m for m in sorted(z.namelist())
                               if m.endswith(".txt") and "readme" not in m.lower()]
            for m in members:
                label = f"{f}:{m}" if m else f
                if os.path.isdir(p) and f.lower().endswith((".md", ".txt.md", ".csv")):
                    continue
                fmt = readers.sniff(m or f.removesuffix(".gz"), _first_line(f, m))
                if fmt is None:
                    if not os.path.isdir(p):
                        unknown.append(label)
                    continue
                found.append(_Source(label, fmt, (f, m)))
    if unknown:
        raise GazetteerError("cannot tell the format of: " + ", ".join(unknown) +
                             "; give GeoNames, Who's On First or OpenSyria files (see docs/geocoding.md)")
    found.sort(key=lambda s: (readers.ORDER.index(s.fmt), s.label))
    return found


def compact_records(records: Iterator[Record]) -> Iterator[Record]:
    """The records worth shipping: those with an Arabic name, without their
    Latin variants (the main Latin name stays as ``name``)."""
    for rec in records:
        if rec.names_ar:
            rec.names_latin = []
            yield rec


def build(out: str, sources: list[str], compact: bool = False) -> BuildReport:
    """Read ``sources`` and write the gazetteer to ``out`` (replacing it)."""
    t0 = time.perf_counter()
    found = discover(sources)
    if not found:
        raise GazetteerError("no gazetteer sources found; give files or folders of GeoNames/WOF/OpenSyria data")
    coll = Collection()
    read: dict[str, int] = {}
    for src in found:
        with _open(*src.opener) as stream:
            read[src.label] = readers.READERS[src.fmt](stream, coll)
    read[readers.PROJECT_NAMES] = readers.add_project_names(coll)
    coll.finish()
    tmp = out.removesuffix(".gz").removesuffix(".xz") + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    conn = sqlite3.connect(tmp)
    try:
        records = compact_records(coll.records()) if compact else coll.records()
        meta = {"sources": "|".join([os.path.basename(s.label) for s in found] + [readers.PROJECT_NAMES])}
        if compact:
            meta["compact"] = "places with an Arabic name"
        n = writer.write(conn, records, meta)
        names = conn.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        conn.execute("VACUUM")
    finally:
        conn.close()
    if out.endswith(".gz"):
        with open(tmp, "rb") as raw, open(out, "wb") as f, \
                gzip.GzipFile(filename="", mode="wb", fileobj=f, compresslevel=9, mtime=0) as z:
            shutil.copyfileobj(raw, z)
        os.remove(tmp)
    elif out.endswith(".xz"):  # the shipped form: about a third smaller than gzip
        with open(tmp, "rb") as raw, lzma.open(out, "wb", preset=9 | lzma.PRESET_EXTREME) as z:
            shutil.copyfileobj(raw, z)
        os.remove(tmp)
    else:
        os.replace(tmp, out)
    return BuildReport(out, n, names, os.path.getsize(out), time.perf_counter() - t0, read)
