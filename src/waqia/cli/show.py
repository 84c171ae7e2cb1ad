"""``waqia show``: a readable, highlighted view of extracted documents.

For each document: its text with every claim, source, party, place, actor
and date span highlighted, then per event a table of claims (kind, value,
approx, party, source, evidence), so the evidence of every figure is in
sight.  The text comes from the record itself (``waqia extract
--with-text``), from the inputs (``--text-from``), or, when FILE holds
input articles rather than output records, from extracting them on the fly.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

#: Highlight style per kind of span, in drawing order (later wins on overlap).
STYLES = {"date": "magenta", "place": "green", "actor": "cyan", "party": "yellow",
          "source": "bold blue", "claim": "bold red"}


@click.command("show")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(min=1), help="Show at most this many documents.")
@click.option("--id", "ids", multiple=True, help="Show only these document ids (repeatable).")
@click.option("--text-from", "text_from", multiple=True, type=click.Path(exists=True),
              help="Input files or folders holding the texts (when the records lack them).")
@click.option("--relevant-only", is_flag=True, help="Skip documents without events.")
@click.option("--width", type=click.IntRange(min=40), help="Width of the view (default: the terminal's).")
def show(file: Path, limit: int | None, ids: tuple[str, ...], text_from: tuple[str, ...],
         relevant_only: bool, width: int | None) -> None:
    """Print the documents in FILE (output of `waqia extract`, or input articles) with their evidence."""
    from rich.console import Console

    console = Console(width=width, soft_wrap=False, highlight=False)
    texts = _texts_from(text_from) if text_from else {}
    shown = 0
    for rec in _records(file, console):
        if (ids and rec.get("doc_id") not in ids) or (relevant_only and not rec.get("events")):
            continue
        render(console, rec, rec.get("text") or texts.get(str(rec.get("doc_id"))))
        shown += 1
        if limit and shown >= limit:
            break
    if not shown:
        console.print("[yellow]no documents to show[/]")


def _records(file: Path, console: Any) -> Iterator[dict[str, Any]]:
    """Output records from FILE; input articles (.txt, .html, or JSON lines with text) are extracted."""
    from waqia.corpus.batch import Job, extract_doc
    from waqia.corpus.inputs import iter_documents, json_line_doc, kind_of, open_stream

    job = Job(with_text=True)
    if kind_of(file) != "jsonl":
        for doc in iter_documents([file]):
            yield _extracted(extract_doc(doc, job), console)
        return
    stream, raw = open_stream(file)
    try:
        for n, row in enumerate(stream, 1):
            try:
                obj = json.loads(row) if row.strip() else None
            except ValueError:
                obj = "not JSON"
            if isinstance(obj, dict) and "events" in obj:
                yield obj
            elif isinstance(obj, dict) and isinstance(obj.get("text"), str):
                yield _extracted(extract_doc(json_line_doc(row, f"{file}#{n}", f"{file}:{n}"), job), console)
            elif obj is not None:
                console.print(f"[red]skipped[/] {_esc(str(file))}:{n}: neither a record nor an article")
    finally:
        stream.close()
        raw.close()


def _extracted(result: Any, console: Any) -> dict[str, Any]:
    if result.error is not None:
        console.print(f"[red]rejected[/] {_esc(str(result.doc_id or result.key))}: {_esc(result.error)}")
        return {"doc_id": result.doc_id, "events": [], "warnings": [result.error]}
    rec: dict[str, Any] = result.record
    return rec


def _texts_from(paths: tuple[str, ...]) -> dict[str, str]:
    from waqia.core.document import doc_id_for
    from waqia.corpus.inputs import iter_documents

    return {d.id or doc_id_for(d.text): d.text for d in iter_documents(paths) if d.error is None}


def spans_of(rec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every (kind, span) in a record: claims, their sources and parties, places, actors, dates.

    >>> rec = {"events": [{"date_span": {"text": "أمس", "start": 0, "end": 3}, "locations": [],
    ...        "actors": [], "claims": [{"text": "3", "start": 5, "end": 6, "source": None,
    ...        "party": {"text": None, "start": None, "end": None}}]}]}
    >>> [k for k, _ in spans_of(rec)]
    ['date', 'claim']
    """
    out: list[tuple[str, dict[str, Any]]] = []
    for ev in rec.get("events") or []:
        out.append(("date", ev.get("date_span") or {}))
        out += [("place", x) for x in ev.get("locations") or []]
        out += [("actor", x) for x in ev.get("actors") or []]
        for c in ev.get("claims") or []:
            out += [("party", c.get("party") or {}), ("source", c.get("source") or {}), ("claim", c)]
    return [(k, s) for k, s in out if isinstance(s.get("start"), int) and isinstance(s.get("end"), int)]


def render(console: Any, rec: dict[str, Any], text: str | None) -> None:
    """Print one record: header, highlighted text, one claims table per event."""
    from rich.rule import Rule

    title = " · ".join(str(x) for x in (rec.get("doc_id"), rec.get("title"), rec.get("published")) if x)
    console.print(Rule(_esc(title or "document")))
    for w in rec.get("warnings") or []:
        console.print(f"[yellow]warning[/] {_esc(str(w))}")
    if text is None:
        console.print("[dim](the text is not in the record: run `waqia extract --with-text` "
                      "or pass --text-from INPUT)[/]")
    else:
        console.print(_highlighted(text, rec))
        console.print(" ".join(f"[{style}]{kind}[/]" for kind, style in STYLES.items()))
    events = rec.get("events") or []
    if not events:
        console.print("[dim]no events[/]")
    for n, ev in enumerate(events, 1):
        _event(console, n, ev, text)


def _highlighted(text: str, rec: dict[str, Any]) -> Any:
    from rich.text import Text

    shown = Text(text)
    bad = 0
    order = list(STYLES)
    for kind, s in sorted(spans_of(rec), key=lambda ks: order.index(ks[0])):
        start, end = s["start"], s["end"]
        if 0 <= start <= end <= len(text) and text[start:end] == s.get("text"):
            shown.stylize(STYLES[kind], start, end)
        else:
            bad += 1
    if bad:
        shown.append(f"\n[{bad} span(s) do not match this text]", style="red")
    return shown


def _event(console: Any, n: int, ev: dict[str, Any], text: str | None) -> None:
    from rich.table import Table

    table = Table(title=_esc(event_heading(n, ev)), title_justify="left", show_lines=False)
    for col in ("kind", "value", "approx", "party", "source", "evidence"):
        table.add_column(col, overflow="fold")
    for c in ev.get("claims") or []:
        table.add_row(*[_esc(x) for x in _claim_row(c, text)])
    console.print(table)
    for loc in ev.get("locations") or []:
        console.print(f"[green]place[/] {_esc(place_line(loc))}")


def place_line(loc: dict[str, Any]) -> str:
    """A location and why it was chosen (its ``why``: docs/geocoding.md), on one line.

    >>> place_line({"text": "سراقب", "name": "Saraqib", "admin1": "Idlib", "country": "SY", "geo_precision": 1,
    ...             "why": {"cue": "في بلدة", "cue_type": "place_word", "candidates": 3,
    ...                     "chosen_by": "near_other_places", "note": "12 km from the article's nearest other place"}})
    "سراقب → Saraqib, Idlib, SY (precision 1) · cue «في بلدة» (place_word) · 3 candidates · \
near_other_places: 12 km from the article's nearest other place"
    >>> place_line({"text": "X", "name": None, "country": None, "geo_precision": 3})
    'X → unresolved (precision 3)'
    """
    where = ", ".join(str(x) for x in (loc.get("name"), loc.get("admin1"), loc.get("country")) if x) or "unresolved"
    out = f"{loc.get('text') or loc.get('name_ar') or '?'} → {where} (precision {shown(loc.get('geo_precision'), '?')})"
    why = loc.get("why")
    if not isinstance(why, dict):
        return out
    cue = f"cue «{why['cue']}» ({why.get('cue_type')})" if why.get("cue") else f"no cue ({why.get('cue_type')})"
    n = why.get("candidates")
    count = f"{n} candidate" + ("" if n == 1 else "s")
    return " · ".join([out, cue, count, f"{why.get('chosen_by')}: {why.get('note') or '-'}"])


def shown(value: Any, missing: str = "-") -> str:
    """A value as printed: ``missing`` for None or empty, never the word None.

    >>> shown(None), shown(""), shown(0), shown(None, "unknown")
    ('-', '-', '0', 'unknown')
    """
    return missing if value is None or value == "" else str(value)


def event_heading(n: int, ev: dict[str, Any]) -> str:
    """The line above an event's claims: type, date, places, fatalities, confidence.

    >>> event_heading(1, {"event_type": "Battles", "sub_event_type": None, "locations": [{"name": None}]})
    'event 1: Battles · date unknown · no place · fatalities unknown'
    """
    places = ", ".join(str(p.get("name") or p.get("text")) for p in ev.get("locations") or []
                       if p.get("name") or p.get("text"))
    kind = " / ".join(str(x) for x in (ev.get("event_type"), ev.get("sub_event_type")) if x) or "type unknown"
    date = ev.get("date") or "date unknown"
    if ev.get("date") and ev.get("date_precision"):
        date += f" ({ev['date_precision']})"
    fat = ev.get("fatalities") or {}
    figures = [fat.get(k) for k in ("low", "best", "high")]
    deaths = "fatalities " + ("/".join(shown(x, "?") for x in figures) if any(x is not None for x in figures)
                              else "unknown")
    parts = [f"event {n}: {kind}", date, places or "no place", deaths]
    if ev.get("confidence") is not None:
        parts.append(f"confidence {ev['confidence']}")
    return " · ".join(parts)


def _claim_row(c: dict[str, Any], text: str | None) -> list[str]:
    value = "?" if c.get("value") is None else str(c["value"])
    low, high = c.get("low"), c.get("high")
    if (low is not None or high is not None) and (low != high or c.get("value") is None):
        value += f" [{shown(low, '?')}–{shown(high, '?')}]"
    party = c.get("party") or {}
    source = c.get("source") or {}
    name = source.get("name") or source.get("text") or "unnamed source"
    src = "(article's own voice)" if not source else \
        name + (f" «{source.get('text')}»" if source.get("text") and source.get("text") != name else "")
    ev = c.get("evidence") or {}
    s, e = ev.get("start"), ev.get("end")
    evidence = f"{s}–{e}" if isinstance(s, int) and isinstance(e, int) else "-"
    if text is not None and isinstance(s, int) and isinstance(e, int):
        snippet = " ".join(text[s:e].split())
        evidence = snippet if len(snippet) <= 160 else snippet[:157] + "..."
    category = f" [{party['category']}]" if party.get("category") else ""
    return [shown(c.get("kind"), "?"), value, "yes" if c.get("approx") else "no",
            f"{party.get('text') or party.get('name') or '-'}{category}", src, evidence]


def _esc(s: str) -> str:
    from rich.markup import escape

    return escape(s)
