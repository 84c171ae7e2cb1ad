"""Notes like ACLED's: a short summary of an incident, written from its structured data.

One sentence says when, what, between whom and where; the next says who
reported which figure, report by report (one source in one document):

    On 22 January 2020, an armed clash between Armed opposition and Military Forces of Syria in
    Kafr Nabl (Idlib, Syria). The Syrian Ministry of Defence reported 12 soldiers killed,
    25 soldiers injured.

The English names come from the data, never from code: actors carry their
English ``name`` from the language data, places their gazetteer name, and
sources, the people counted and the fixed phrases come from
``data/english_names.tsv`` and ``data/notes_phrases.tsv``; a source with no
English name is named as the article names it.  :func:`incident_notes` with
``lang="ar"`` writes the same summary in Arabic for the web page.

>>> inc = {"date": "2020-01-22", "date_precision": "day", "event_type": "Battles",
...        "sub_event_type": "Armed clash", "locations": [{"name": "Kafr Nabl", "admin1": "Idlib",
...        "country": "SY"}], "actors": [{"name": "Armed opposition", "role": "initiator"}],
...        "claims": [{"kind": "killed", "value": 12, "low": 12, "high": 12, "approx": False,
...                    "party": {"name": None, "category": "state_forces"}, "source": None, "doc_id": "d1"}]}
>>> incident_notes(inc)
'On 22 January 2020, an armed clash by Armed opposition in Kafr Nabl (Idlib, Syria). An unattributed report (d1) reported 12 state forces killed.'
"""

from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Any

from waqia.core.morphology import ARTICLE
from waqia.core.normalize import key

#: the order figures are told in
KINDS = ("killed", "injured", "captured", "missing", "participants")


@lru_cache(maxsize=1)
def phrases() -> dict[str, dict[str, str]]:
    """``{lang: {key: phrase}}`` from ``data/notes_phrases.tsv``."""
    out: dict[str, dict[str, str]] = {"en": {}, "ar": {}}
    for row in _rows("notes_phrases.tsv"):
        for lang, table in out.items():
            table[row["key"]] = row[lang]
    return out


@lru_cache(maxsize=1)
def english_names() -> dict[str, dict[str, str]]:
    """``{kind: {matching key: English}}`` from ``data/english_names.tsv``."""
    out: dict[str, dict[str, str]] = {}
    for row in _rows("english_names.tsv"):
        out.setdefault(row["kind"], {})[key(row["form"])] = row["english"]
    return out


def _rows(name: str) -> list[dict[str, str]]:
    body = resources.files("waqia.lang.ar.tables").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in body.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


def english_source(name: str) -> str | None:
    """The English name of a source named in Arabic: a known name, or a known head with known adjectives.

    >>> english_source("وزارة الدفاع السورية"), english_source("مصدر طبي"), english_source("فلان")
    ('the Syrian Ministry of Defence', 'a medical source', None)
    >>> english_source("المتحدث باسم الدفاع المدني")
    'the spokesperson for the Civil Defence'
    >>> english_source("مصادر محلية"), english_source("الشرطة")
    ('local sources', 'the police')
    """
    names = english_names()
    k = key(name)
    if k in names.get("name", {}):
        return names["name"][k]
    words = k.split()
    heads = names.get("head", {})
    for cut in range(len(words), 0, -1):
        head = heads.get(" ".join(words[:cut]))
        if head is None:
            continue
        rest = words[cut:]
        if rest and rest[0] in names.get("link", {}):
            whose = english_source(" ".join(rest[1:]))
            return f"the {head} {names['link'][rest[0]]} {whose}" if whose else None
        adjectives = [names.get("adj", {}).get(w) for w in rest]
        if None in adjectives:
            return None
        plural = head.endswith("s") and not head.endswith("ss")  # «مصادر محلية»: local sources
        article = "the" if words[0].startswith(ARTICLE) else "" if plural else \
            "the" if adjectives or head[0].isupper() else ("an" if head[0] in "aeiou" else "a")
        return " ".join(filter(None, [article, *[a for a in adjectives if a], head]))
    return None


def incident_notes(incident: dict[str, Any], lang: str = "en") -> str:
    """The summary of an incident in ``lang`` (``en`` or ``ar``): what happened, then each report's figures."""
    p = phrases()[lang]
    head = _when(incident, p, lang) + _what(incident, p, lang) + _where(incident, p, lang)
    reports = [_report(source, doc, claims, p, lang) for (doc, source), claims in _reports(incident)]
    told = p["report_sep"].join(r for r in reports if r)
    body = (told[0].upper() + told[1:] + ".") if told and lang == "en" else (told + "." if told else p["no_figures"])
    return " ".join([f"{head.rstrip()}. {body}", *_disagreements(incident, p, lang)])


def _disagreements(incident: dict[str, Any], p: dict[str, str], lang: str) -> list[str]:
    out = []
    for d in incident.get("disagreements") or []:
        values = [int(v["value"]) for v in d.get("values") or [] if v.get("value") is not None]
        if values and d.get("kind") in KINDS:
            people = p.get(f"category:{d.get('party_category') or 'unknown'}", "")
            out.append(p["disagree"].format(people=people, kind=p[f"kind:{d['kind']}"], low=min(values),
                                            high=max(values)))
    return out


def with_notes(incident: dict[str, Any]) -> dict[str, Any]:
    """The incident with its ``notes`` (English) and ``notes_ar`` (Arabic), written afresh."""
    return incident | {"notes": incident_notes(incident, "en"), "notes_ar": incident_notes(incident, "ar")}


def _when(incident: dict[str, Any], p: dict[str, str], lang: str) -> str:
    date, precision = str(incident.get("date") or ""), incident.get("date_precision") or "day"
    parts = date.split("-")
    if len(parts) >= 1 and parts[0].isdigit():
        month = p.get(f"month:{int(parts[1])}") if len(parts) >= 2 and parts[1].isdigit() else None
        if precision == "day" and len(parts) == 3 and month:
            day = f"{int(parts[2])} {month} {parts[0]}"
            return p["on_day"].format(date=day)
        return p["in_period"].format(date=f"{month} {parts[0]}" if month else parts[0])
    return p["no_date"]


def _what(incident: dict[str, Any], p: dict[str, str], lang: str) -> str:
    sub, kind = incident.get("sub_event_type"), incident.get("event_type")
    what = p.get(f"sub:{sub}") or p.get(f"type:{kind}") or str(sub or kind or "an event").lower()
    if lang == "en" and not incident.get("date"):
        what = what[0].lower() + what[1:]
    names = {role: _names(incident, role, lang) for role in ("initiator", "target", "other")}
    if names["initiator"] and names["target"]:
        return what + p["between"].format(a=names["initiator"], b=names["target"])
    if names["initiator"]:
        return what + p["by"].format(a=names["initiator"])
    if names["target"]:
        return what + p["against"].format(b=names["target"])
    return what + (p["involving"].format(a=names["other"]) if names["other"] else "")


def _names(incident: dict[str, Any], role: str, lang: str) -> str:
    found = [str((a.get("name") if lang == "en" else a.get("text")) or a.get("name") or a.get("text"))
             for a in incident.get("actors") or [] if (a.get("role") or "other") == role
             and (a.get("name") or a.get("text"))]
    return phrases()[lang]["list_and"].join(dict.fromkeys(found))


def _where(incident: dict[str, Any], p: dict[str, str], lang: str) -> str:
    from waqia.incidents.records import primary_location

    loc = primary_location(incident)
    if not loc:
        return ""
    name = (loc.get("name") if lang == "en" else loc.get("name_ar")) or loc.get("name") or loc.get("text")
    if not name:
        return ""
    country = p.get(f"country:{loc.get('country')}") or loc.get("country")
    around = [x for x in (loc.get("admin1") if lang == "en" else None, country) if x and x != name]
    return p["in_place"].format(place=f"{name} ({', '.join(around)})" if around else name)


def _reports(incident: dict[str, Any]) -> list[tuple[tuple[Any, Any], list[dict[str, Any]]]]:
    """Claims grouped by report (document, source), in the order they come."""
    groups: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for c in incident.get("claims") or []:
        if c.get("kind") in KINDS:
            source = (c.get("source") or {}).get("name") or (c.get("source") or {}).get("text")
            groups.setdefault((c.get("doc_id"), source), []).append(c)
    return list(groups.items())


def _report(source: str | None, doc: Any, claims: list[dict[str, Any]], p: dict[str, str], lang: str) -> str:
    if source:
        who = (english_source(source) or source) if lang == "en" else source
    else:
        who = p["unattributed"].format(doc=doc)
    told = []
    for kind in KINDS:
        parts = [_part(c, p, lang) for c in claims if c.get("kind") == kind]
        if parts:
            told.append(p["figure"].format(figures=p["list_and"].join(dict.fromkeys(parts)), kind=p[f"kind:{kind}"]))
    return p["reported"].format(source=who, figures=p["kind_sep"].join(told))


def _part(c: dict[str, Any], p: dict[str, str], lang: str) -> str:
    value, low, high = c.get("value"), c.get("low"), c.get("high")
    if value is None and low is not None and high is not None and low != high:
        number = p["range"].format(low=low, high=high)
    elif value is None:
        number = p["unknown_number"]
    else:
        number = p["about"].format(n=value) if c.get("approx") else str(value)
    return p["figure_part"].format(number=number, people=_people(c.get("party") or {}, p, lang))


def _people(party: dict[str, Any], p: dict[str, str], lang: str) -> str:
    name = party.get("name") or party.get("text")
    if lang == "en":
        known = english_names().get("person", {}).get(key(str(name))) if name else None
        return known or p.get(f"category:{party.get('category') or 'unknown'}", "people")
    return str(party.get("text") or name or p.get(f"category:{party.get('category') or 'unknown'}", ""))
