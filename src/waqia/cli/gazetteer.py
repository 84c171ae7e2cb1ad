"""``waqia gazetteer``: build a gazetteer file and look names up in it.

    waqia gazetteer build OUT.sqlite SOURCES... [--compact] [-q]
    waqia gazetteer lookup NAME [--gazetteer PATH] [--country CC]
    waqia gazetteer info [FILE | --gazetteer PATH]
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from waqia.cli.options import check_file_output
from waqia.errors import WaqiaError


@click.group()
def gazetteer() -> None:
    """Build and inspect gazetteers."""


@gazetteer.command("build")
@click.argument("out", callback=check_file_output)
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--compact", is_flag=True,
              help="Only places with an Arabic name, as shipped with the package (OUT may end in .xz or .gz).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build_cmd(out: Path, sources: tuple[str, ...], compact: bool, quiet: bool) -> None:
    """Build OUT.sqlite from GeoNames, Who's On First and OpenSyria files or folders.

    Formats are recognised by content: GeoNames dumps (allCountries, XX.txt,
    cities500, zipped or not), admin1CodesASCII, admin2Codes, alternateNamesV2,
    WOF GeoJSON records and flattened WOF TSVs, OpenSyria admin JSON.
    `make gazetteer` rebuilds the shipped one with --compact.
    """
    from waqia.geo.build import build

    try:
        report = build(str(out), list(sources), compact=compact)
    except WaqiaError as e:
        raise click.ClickException(str(e)) from None
    if quiet:
        return
    for label, n in report.read.items():
        click.echo(f"  {n:>8,}  {label}", err=True)
    click.echo(f"wrote {report.path}: {report.places:,} places, {report.names:,} name keys, "
               f"{report.size_bytes / 1e6:.1f} MB in {report.seconds:.1f} s")


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--gazetteer", "path", envvar="WAQIA_GAZETTEER", default=None,
              help="Gazetteer file (default: WAQIA_GAZETTEER, else the bundled one).")
@click.option("--country", default=None, help="Only candidates in this ISO country code.")
def lookup_cmd(name: str, path: str | None, country: str | None) -> None:
    """Print every candidate for NAME as JSON Lines."""
    from waqia.geo.gazetteer import open_gazetteer

    try:
        g = open_gazetteer(path)
        cands = g.candidates(name, country)
    except WaqiaError as e:
        raise click.ClickException(str(e)) from None
    for c in cands:
        click.echo(json.dumps(c.__dict__, ensure_ascii=False))
    if not cands:
        click.echo(f"no place called {name!r} in {g.label}", err=True)


@gazetteer.command("info")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--gazetteer", "path", envvar="WAQIA_GAZETTEER", default=None,
              help="Gazetteer file (default: WAQIA_GAZETTEER, else the bundled one).")
def info_cmd(file: str | None, path: str | None) -> None:
    """Print what a gazetteer holds: FILE, else --gazetteer, else the one waqia uses."""
    from waqia.geo.gazetteer import open_gazetteer

    try:
        g = open_gazetteer(file or path)
    except WaqiaError as e:
        raise click.ClickException(str(e)) from None
    click.echo(json.dumps({"gazetteer": g.label, **g.meta}, ensure_ascii=False, indent=1))
