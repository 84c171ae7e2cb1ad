"""Readers for the standard gazetteer formats.

Each reader takes a text stream and adds what it reads to a
:class:`~waqia.geo.build.records.Collection`:

- GeoNames ``geoname`` dumps (19 tab-separated columns: ``allCountries``,
  ``SY.txt``, ``cities500`` ...), ``admin1CodesASCII``, ``admin2Codes`` and
  ``alternateNamesV2`` (Arabic entries only);
- Who's On First GeoJSON records and the flattened WOF TSVs;
- the OpenSyria / OCHA admin JSON (governorates, districts, sub-districts).

:func:`sniff` tells the format from a file's name and first line.
"""

from __future__ import annotations

import csv
import json
import sys
from importlib import resources
from typing import IO, Any

from waqia.geo.build.records import ARABIC, Collection, Record, add_names, clean

_WOF_KINDS = {"country": "country", "region": "admin1", "county": "admin2",
              "localadmin": "admin3", "locality": "locality", "neighbourhood": "neighbourhood",
              "macrohood": "neighbourhood", "campus": "feature"}
_ALT_LANGS = {"ar", "arz", "apc", "acm", "ary", "arq", "ajp"}


def _float(v: Any) -> float | None:
    try:
        return round(float(v), 6) if v not in (None, "") else None
    except ValueError:
        return None


def _int(v: Any) -> int:
    try:
        return int(float(v)) if v not in (None, "") else 0
    except ValueError:
        return 0


def _geonames_kind(fclass: str, fcode: str) -> str:
    if fclass == "A":
        if fcode.startswith("PCL"):
            return "country"
        return {"ADM1": "admin1", "ADM2": "admin2", "ADM3": "admin3"}.get(fcode, "admin3")
    if fclass == "P":
        return "locality"
    return "feature"


def read_geonames(stream: IO[str], coll: Collection) -> int:
    """GeoNames ``geoname`` rows: id, name, asciiname, alternatenames, lat, lon,
    feature class, feature code, country, cc2, admin1..4 codes, population, ...

    Arabic names are picked out of ``alternatenames`` by script."""
    n = 0
    for line in stream:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 15 or not cols[0].isdigit():
            continue
        gid, fclass, fcode, cc = cols[0], cols[6], cols[7], cols[8]
        rec = Record(f"geonames:{gid}", clean(cols[1]), kind=_geonames_kind(fclass, fcode),
                     country=cc, lat=_float(cols[4]), lon=_float(cols[5]),
                     population=_int(cols[14]), geonameid=gid)
        add_names(rec, [cols[1], cols[2]] + cols[3].split(","))
        if cols[10]:
            rec.admin1_ref = f"gncode:{cc}.{cols[10]}"
        if cols[10] and cols[11]:
            rec.admin2_ref = f"gncode:{cc}.{cols[10]}.{cols[11]}"
        coll.add(rec)
        n += 1
    return n


def read_admin_codes(stream: IO[str], coll: Collection) -> int:
    """GeoNames ``admin1CodesASCII`` / ``admin2Codes``: code, name, asciiname, geonameid."""
    n = 0
    for line in stream:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or "." not in cols[0]:
            continue
        code, name, gid = cols[0], clean(cols[1]), cols[3].strip()
        coll.admin_codes[code] = (name, gid)
        level = "admin1" if code.count(".") == 1 else "admin2"
        rec = Record(f"geonames:{gid}" if gid else f"gncode:{code}", name, kind=level,
                     country=code.split(".")[0], geonameid=gid if gid.isdigit() else "")
        add_names(rec, [cols[1], cols[2]])
        if level == "admin2":
            rec.admin1_ref = "gncode:" + ".".join(code.split(".")[:2])
        coll.add(rec)
        n += 1
    return n


def read_alternate_names(stream: IO[str], coll: Collection) -> int:
    """GeoNames ``alternateNamesV2``: keeps Arabic, non-historic names for later merging."""
    n = 0
    for line in stream:
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 4 or cols[2] not in _ALT_LANGS:
            continue
        if len(cols) > 7 and cols[7] == "1":  # isHistoric
            continue
        name = clean(cols[3])
        if name and ARABIC.search(name):
            coll.alternates.setdefault(cols[1], []).append(name)
            n += 1
    return n


def read_wof_tsv(stream: IO[str], coll: Collection) -> int:
    """The flattened Who's On First TSV (one row per record, ``|``-joined lists)."""
    n = 0
    csv.field_size_limit(sys.maxsize)
    for row in csv.DictReader(stream, delimiter="\t"):
        kind = _WOF_KINDS.get(row.get("placetype") or "")
        if kind is None or not row.get("wof_id"):
            continue
        rec = Record(f"wof:{row['wof_id']}", clean(row.get("name") or ""), kind=kind,
                     country=row.get("country") or "", lat=_float(row.get("lat")),
                     lon=_float(row.get("lon")), population=_int(row.get("population")),
                     geonameid=(row.get("geonameid") or "").strip(),
                     admin1=clean(row.get("region") or ""), admin1_ar=clean(row.get("region_ar") or ""),
                     admin2=clean(row.get("county") or ""), admin2_ar=clean(row.get("county_ar") or ""))
        names = [row.get("name_ar") or ""] + (row.get("names_ar_all") or "").split("|")
        add_names(rec, names + (row.get("names_latin_all") or "").split("|"))
        if kind == "admin1":
            rec.admin1, rec.admin1_ar = rec.name, (rec.names_ar[0] if rec.names_ar else "")
        coll.add(rec)
        n += 1
    return n


def wof_feature(feature: dict[str, Any], coll: Collection) -> bool:
    """Add one Who's On First GeoJSON Feature; False when it is not a current place."""
    p = feature.get("properties") or {}
    kind = _WOF_KINDS.get(p.get("wof:placetype", ""))
    if kind is None or p.get("wof:superseded_by") or p.get("edtf:deprecated") not in (None, "", "uuuu"):
        return False
    conc = p.get("wof:concordances") or {}
    gid = str(p.get("gn:geonameid") or conc.get("gn:id") or "")
    rec = Record(f"wof:{p.get('wof:id', feature.get('id'))}", clean(p.get("wof:name", "")), kind=kind,
                 country=p.get("wof:country", ""), geonameid=gid,
                 lat=_float(p.get("lbl:latitude", p.get("geom:latitude"))),
                 lon=_float(p.get("lbl:longitude", p.get("geom:longitude"))),
                 population=_int(p.get("wof:population") or p.get("gn:population")))
    names: list[str] = []
    for k, v in p.items():
        if k.startswith(("name:ara_", "name:eng_")) and isinstance(v, list):
            names.extend(str(x) for x in v)
    add_names(rec, names)
    hierarchy = (p.get("wof:hierarchy") or [{}])[0]
    if kind == "admin1":
        rec.admin1 = rec.name
        rec.admin1_ar = rec.names_ar[0] if rec.names_ar else ""
    elif hierarchy.get("region_id"):
        rec.admin1_ref = f"wof:{hierarchy['region_id']}"
    if kind not in ("admin1", "admin2") and hierarchy.get("county_id"):
        rec.admin2_ref = f"wof:{hierarchy['county_id']}"
    coll.add(rec)
    return True


def read_wof_geojson(stream: IO[str], coll: Collection) -> int:
    """A WOF GeoJSON Feature, or a FeatureCollection of them."""
    data = json.load(stream)
    feats = data.get("features", []) if data.get("type") == "FeatureCollection" else [data]
    return sum(wof_feature(f, coll) for f in feats)


def read_opensyria(stream: IO[str], coll: Collection) -> int:
    """OpenSyria/OCHA admin JSON: a list of governorates, districts or sub-districts."""
    data = json.load(stream)
    rows = data if isinstance(data, list) else data.get("data", [])
    n = 0
    for item in rows:
        if not isinstance(item, dict) or "name" not in item:
            continue
        kind = "admin3" if item.get("districtId") else "admin2" if item.get("governorateId") else "admin1"
        ext = item.get("externalIds") or {}
        cen = item.get("centroid") or {}
        pop = item.get("population") or {}
        rec = Record(f"opensyria:{item['id']}", clean(item["name"].get("en", "")), kind=kind,
                     country="SY", lat=_float(cen.get("latitude")), lon=_float(cen.get("longitude")),
                     population=_int(pop.get("value") if isinstance(pop, dict) else pop),
                     geonameid=str(ext.get("geonames") or "") if kind == "admin1" else "")
        if ext.get("ochaPcode"):
            rec.ids.append(f"ocha:{ext['ochaPcode']}")
        add_names(rec, [item["name"].get("ar", "")] + [a.get("value", "") for a in item.get("aliases") or []])
        if kind != "admin1":
            rec.admin1_ref = f"opensyria:{item['governorateId']}"
        if kind == "admin3":
            rec.admin2_ref = f"opensyria:{item['districtId']}"
        coll.add(rec)
        n += 1
    return n


#: waqia's own table of Arabic names for GeoNames records that have none (see its header)
PROJECT_NAMES = "geonames_ar.tsv"


def project_names(body: str | None = None) -> list[tuple[str, list[str]]]:
    """The rows of waqia's table :data:`PROJECT_NAMES`: ``(ref, Arabic names)``, where
    ``ref`` is a GeoNames admin1 code («SA.11») or a geonameid.

    >>> ("TN.02", ["القصرين"]) in project_names()
    True
    """
    if body is None:
        body = resources.files("waqia.geo.data").joinpath(PROJECT_NAMES).read_text(encoding="utf-8")
    out: list[tuple[str, list[str]]] = []
    for line in body.splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or cols[0] == "ref":
            continue
        out.append((cols[0].strip(), [clean(n) for n in cols[2].split("|") if clean(n)]))
    return out


def add_project_names(coll: Collection, rows: list[tuple[str, list[str]]] | None = None) -> int:
    """Join waqia's Arabic names to the records read (after every source): an admin1 code
    names the division of ``admin1CodesASCII``, a geonameid any GeoNames record.  The
    names go with GeoNames' alternate names (:meth:`Collection.finish` adds them), so the
    places of a division get its Arabic name too.  Returns how many refs were found."""
    n = 0
    for ref, names in project_names() if rows is None else rows:
        gid = coll.admin_codes.get(ref, ("", ""))[1] if "." in ref else ref
        if gid and coll.get(f"geonames:{gid}") is not None:
            coll.alternates.setdefault(gid, []).extend(names)
            n += 1
    return n


READERS = {"geonames": read_geonames, "admin_codes": read_admin_codes,
           "alternate_names": read_alternate_names, "wof_tsv": read_wof_tsv,
           "wof_geojson": read_wof_geojson, "opensyria": read_opensyria}
#: reading order: places first, then names and codes that refer to them
ORDER = ("wof_tsv", "wof_geojson", "opensyria", "geonames", "admin_codes", "alternate_names")


def sniff(name: str, first: str) -> str | None:
    """The format of a file from its name and first line, or None.

    >>> sniff("cities500.txt", "\\t".join(["290503", "Warisan", "Warisan", "", "25.1", "55.4", "P", "", "AE"] + [""] * 10))
    'geonames'
    >>> sniff("admin1CodesASCII.txt", "AE.07\\tUmm al Qaywayn\\tUmm al Qaywayn\\t290595")
    'admin_codes'
    """
    low = name.lower()
    cols = first.rstrip("\n").split("\t")
    if low.endswith((".geojson", ".geo.json")):
        return "wof_geojson"
    if low.endswith(".json"):
        return "opensyria" if first.lstrip().startswith("[") or '"governorateId"' in first else "wof_geojson"
    if cols[0] == "wof_id":
        return "wof_tsv"
    if "alternatename" in low:
        return "alternate_names"
    if len(cols) == 4 and "." in cols[0] and cols[3].strip().isdigit():
        return "admin_codes"
    if len(cols) >= 15 and cols[0].isdigit():
        return "geonames"
    if len(cols) >= 4 and cols[0].isdigit() and cols[1].isdigit():
        return "alternate_names"
    return None

