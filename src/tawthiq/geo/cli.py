"""`tawthiq geo …`: gazetteer commands. Imported by the main CLI; heavy imports stay inside commands."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

app = typer.Typer(help="The place gazetteer: build it, look names up, fetch GeoNames country dumps.", no_args_is_help=True)


@app.command()
def build() -> None:
    """Build the embedded gazetteer now (it is otherwise built on first use)."""
    from .gazetteer import ensure_built, gazetteer_path

    path = gazetteer_path()
    if path.exists():
        path.unlink()
    sys.stdout.write(f"{ensure_built(path)}\n")


@app.command()
def lookup(name: Annotated[str, typer.Argument(help="A place name in any spelling or script.")],
           limit: Annotated[int, typer.Option(help="How many candidates to list.")] = 10) -> None:
    """List the gazetteer's candidates for NAME, best first."""
    from .gazetteer import open_gazetteer

    for c in open_gazetteer().candidates(name)[:limit]:
        sys.stdout.write(f"{c.gid}\t{c.name}\t{c.feature}\t{c.country or ''}\t{c.admin1 or ''}\t{c.lat}\t{c.lon}\t"
                         f"pop {c.population}\tmatch {c.similarity:.2f} ({c.matched})\n")


@app.command()
def fetch(codes: Annotated[list[str], typer.Argument(help="Two-letter country codes, e.g. SY LB IQ.")]) -> None:
    """Download GeoNames country dumps and add their places (neighbourhoods, villages, rivers …)."""
    from .fetch import FetchError, download, import_rows, read_dump
    from .gazetteer import ensure_built, gazetteer_path

    failed = False
    for code in codes:
        try:
            path = download(code)
            rows = list(read_dump(path.read_bytes(), code.upper()))
            added = import_rows(ensure_built(gazetteer_path()), rows)
            sys.stdout.write(f"{code.upper()}: {len(rows)} places in the dump, {added} new in the gazetteer\n")
        except FetchError as exc:
            sys.stderr.write(f"tawthiq: {exc}\n")
            failed = True
    if failed:
        raise typer.Exit(1)
