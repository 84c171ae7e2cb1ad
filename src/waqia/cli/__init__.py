"""The ``waqia`` command.  Each subcommand lives in its own module and is
imported only when it is run, so ``waqia --help`` stays fast.
"""

from __future__ import annotations

import errno
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from waqia import __version__

#: command name -> "module:attribute" inside waqia.cli
COMMANDS: dict[str, str] = {
    "extract": "extract:extract",
    "show": "show:show",
    "gazetteer": "gazetteer:gazetteer",
    "ingest": "ingest:ingest",
    "incidents": "store:incidents",
    "export": "store:export",
    "serve": "serve:serve",
    "evaluate": "evaluate:evaluate",
}

HELP = {
    "extract": "Read articles (.txt, .html, .jsonl[.gz], folders, globs) and write JSON Lines.",
    "show": "Print a readable, highlighted view of extracted documents.",
    "gazetteer": "Build and inspect gazetteers.",
    "ingest": "Extract articles and store them in the event database.",
    "incidents": "Write the incidents linked across articles.",
    "export": "Export incidents as JSONL, CSV (ACLED columns), GeoJSON or Parquet.",
    "serve": "Run the HTTP API and the web page.",
    "evaluate": "Score extracted records (or incidents, --links) against gold annotations.",
}


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Usage errors on one line (the help hint inside it); a file the system refuses is an error, not a crash."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except click.UsageError as exc:
        if exc.ctx is None:
            raise
        message = exc.format_message().rstrip(".")
        raise click.UsageError(f"{message} (see '{exc.ctx.command_path} --help')") from None
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            raise
        where = f": {exc.filename}" if exc.filename else ""
        raise click.ClickException(f"{exc.strerror or exc}{where}") from None


class LazyGroup(click.Group):
    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with one_line_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with one_line_errors():
            return super().invoke(ctx)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        cmd: click.Command = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        return cmd

    def format_commands(self, ctx: click.Context, formatter: Any) -> None:
        rows = [(name, HELP.get(name, "")) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="waqia")
def main() -> None:
    """waqia: Arabic conflict news to source-attributed, geocoded event data."""
