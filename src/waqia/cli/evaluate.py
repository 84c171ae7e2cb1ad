"""``waqia evaluate``: score extracted records (or incidents) against gold annotations.

    waqia evaluate gold.jsonl out.jsonl [--json] [--misses] [--admin1-aliases aliases.json]
    waqia evaluate --links gold.jsonl incidents.jsonl [--json]

The gold format is that of ``shared/eval/GUIDELINES.md`` and of the
corrections the web page exports (``/v1/gold``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from waqia.errors import WaqiaError

_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@click.command("evaluate")
@click.argument("gold", type=_FILE)
@click.argument("predicted", type=_FILE)
@click.option("--links", is_flag=True,
              help="PREDICTED is incidents (waqia incidents): score which documents are linked, as pairs.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--misses", is_flag=True, help="Also print, per document, what was missed or extra (JSON Lines).")
@click.option("--admin1-aliases", type=_FILE, default=None,
              help="JSON table of province spellings (key -> division ids); without it provinces compare by name.")
def evaluate(gold: Path, predicted: Path, links: bool, as_json: bool, misses: bool,
             admin1_aliases: Path | None) -> None:
    """Score PREDICTED (waqia extract output) against GOLD annotations, fact by fact.

    Prints precision, recall and F1 of relevance, claims (with side, with
    source), places, event types, dates and actors, and the accuracy of
    attribution, country and province.  A gold document with no record
    counts as predicted empty.
    """
    from waqia.evaluation import score as ev

    if links and (misses or admin1_aliases):
        raise click.UsageError("--misses and --admin1-aliases do not apply to --links")
    try:
        gold_docs = _gold(ev.read_jsonl(gold, "gold annotations"))
        if links:
            row = ev.score_links(gold_docs, ev.read_jsonl(predicted, "incidents"))
            click.echo(json.dumps(row) if as_json else ev.links_report(row))
            return
        records = {str(r.get("doc_id")): r for r in ev.read_jsonl(predicted, "extracted records")}
        figures, per_doc = ev.score(gold_docs, records, _aliases(admin1_aliases))
    except WaqiaError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(figures, ensure_ascii=False) if as_json else "\n".join(ev.report(figures)))
    for doc in per_doc if misses else ():
        click.echo(json.dumps(doc, ensure_ascii=False))


def _gold(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from waqia.errors import InputError

    for n, doc in enumerate(docs, 1):
        if "id" not in doc:
            raise InputError(f"gold document {n} has no \"id\"; every gold line needs the id of its article")
    return docs


def _aliases(path: Path | None) -> dict[str, list[str]] | None:
    from waqia.errors import InputError

    if path is None:
        return None
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the admin1 aliases {path}: {exc}") from None
    if not isinstance(table, dict):
        raise InputError(f"{path}: the admin1 aliases must be one JSON object of key -> list of ids")
    return table
