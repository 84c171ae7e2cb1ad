"""What the same option means in every command: dates, output paths, the event store to read.

Each check turns a user's slip into one line on stderr and a non-zero exit
code before any work starts:

* a date (``--published``, ``--since``, ``--until``) is a real calendar day;
* ``-o -`` is standard output, and an output path must be in a folder that exists;
* a command that only reads the event store refuses a ``--db`` file that is not there,
  instead of creating an empty store and finding nothing in it.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

import click

#: what a user writes for standard output
STDOUT = "-"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_date(value: str, *, month_ok: bool = False) -> str:
    """``value`` if it is a day (``YYYY-MM-DD``), a date and time, or (with ``month_ok``) a month.

    >>> parse_date("2021-02-28"), parse_date("2021-02", month_ok=True)
    ('2021-02-28', '2021-02')
    >>> parse_date("2021-13-45")
    Traceback (most recent call last):
    ...
    ValueError: 2021-13-45 is not a day: use YYYY-MM-DD
    """
    month = _MONTH.match(value)
    if month_ok and month and 1 <= int(month.group(2)) <= 12:
        return value
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        elif month_ok and len(value) > 10 and value[10] in "T ":
            datetime.fromisoformat(value)
        else:
            raise ValueError(value)
    except ValueError:
        form = "YYYY-MM-DD (or YYYY-MM for a month)" if month_ok else "YYYY-MM-DD"
        raise ValueError(f"{value} is not a day: use {form}") from None
    return value


def check_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a day (``--since``, ``--until``)."""
    try:
        return None if value is None else parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def check_published(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback: a publication date (a day, a month, or a date and time)."""
    try:
        return None if value is None else parse_date(value, month_ok=True)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def writable(value: str | os.PathLike[str] | None, *, stdout_ok: bool = True) -> Path | None:
    """The path to write, or None for standard output (``-``); refuses a folder that does not exist.

    >>> writable("-") is None, writable("out.jsonl")
    (True, PosixPath('out.jsonl'))
    >>> writable("no/such/folder/out.jsonl")
    Traceback (most recent call last):
    ...
    click.exceptions.BadParameter: the folder no/such/folder does not exist; create it or write elsewhere
    """
    if value is None:
        return None
    if str(value) == STDOUT:
        if not stdout_ok:
            raise click.BadParameter("this output is a file: give a path, not -")
        return None
    path = Path(value)
    folder = path.parent
    if not folder.is_dir():
        raise click.BadParameter(f"the folder {folder} does not exist; create it or write elsewhere")
    if path.is_dir():
        raise click.BadParameter(f"{path} is a folder; give a file path")
    return path


def check_output(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    """Click callback: an output file, ``-`` meaning standard output."""
    return writable(value)


def check_file_output(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    """Click callback: an output that must be a file (a rejects file, a gazetteer)."""
    return writable(value, stdout_ok=False)


def existing_store(db: str | None) -> str | None:
    """``db`` when it names a store that is there (or a server); a missing SQLite file is refused.

    >>> existing_store("postgresql://u@host/db"), existing_store("sqlite://")
    ('postgresql://u@host/db', 'sqlite://')
    """
    from waqia.store import database_url

    url = database_url(db)
    prefix = "sqlite:///"
    if url.startswith(prefix) and url != prefix + ":memory:":
        path = url[len(prefix):].split("?", 1)[0]
        if not os.path.isfile(path):
            raise click.ClickException(
                f"the event store {path} does not exist; check --db (or WAQIA_DB), or fill one with `waqia ingest`")
    return db


#: ``-q``: the same in every command that reports as it goes
quiet_option = click.option("-q", "--quiet", is_flag=True,
                            help="Only errors on standard error: no progress bar, no summary.")
#: ``--progress/--no-progress``: the same in every command that runs a batch
progress_option = click.option("--progress/--no-progress", default=None,
                               help="Progress bar (default: when on a terminal).")
#: ``--gazetteer``: the same in every command that reads articles
gazetteer_option = click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False),
                                help="Gazetteer to use (default: WAQIA_GAZETTEER, else the bundled one).")
#: ``--cluster``: the same in every command that runs a batch
cluster_option = click.option("--cluster", metavar="ADDRESS",
                              help="Run on a Dask cluster: tcp://SCHEDULER:8786, or dask-config for Dask's own "
                                   "setting.")


def usable_gazetteer(path: str | None) -> str | None:
    """``path`` when it opens as a gazetteer (checked once, before a run, not per document)."""
    if path:
        from waqia.errors import GazetteerError
        from waqia.geo.gazetteer import open_gazetteer

        try:
            open_gazetteer(path)
        except GazetteerError as exc:
            raise click.ClickException(str(exc)) from None
    return path

