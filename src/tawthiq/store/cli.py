"""Store commands (ingest, search, show, events, export, failures, reextract, demo), added to the
main CLI by `register`. Each parses options and calls one library function; heavy imports stay
inside the commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

DbOption = Annotated[Optional[str], typer.Option("--db", help="SQLite path or postgresql:// URL (default: TAWTHIQ_DB or the embedded store).")]
TypeOption = Annotated[Optional[str], typer.Option("--type", help="Event type, e.g. air_strike.")]
SideOption = Annotated[Optional[str], typer.Option("--side", help="Side of a claimant or actor, e.g. opposition.")]
PlaceOption = Annotated[Optional[str], typer.Option("--place", help="Place name, province or gazetteer id.")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="Events on or after YYYY-MM-DD.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Events on or before YYYY-MM-DD.")]


def _err(message: str) -> None:
    sys.stderr.write(f"tawthiq: {message}\n")


def _open(db: Optional[str]):
    from . import open_store

    try:
        return open_store(db)
    except Exception as exc:  # a clear line, not a trace: the store could not be opened
        _err(f"{db or 'default store'}: cannot open the store ({type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''})")
        raise typer.Exit(2)


def _filters(query=None, type=None, side=None, place=None, since=None, until=None):
    from .store import Filters

    return Filters(query=query, type=type, side=side, place=place, since=since, until=until)


def run_ingest(store, inputs: list[str], *, workers: Optional[int], fetch: bool, published: Optional[str], quiet: bool = False):
    """Ingest with a progress bar (count, rate, elapsed and ETA when known) on stderr."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .ingest import expand, ingest

    files = list(expand(inputs))
    console = Console(stderr=True, quiet=quiet)
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} docs/s"),
                  TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=len(files) if all(_one_document(f) for f in files) else None)
        return ingest(store, files, workers=workers, fetch=fetch, published=published,
                      on_progress=lambda n: progress.advance(task, n))


def _one_document(path: str) -> bool:
    """Whether an input holds one document (so the total is known before reading it)."""
    return path.lower().endswith((".txt", ".html", ".htm", ".md"))


def register(app: typer.Typer) -> None:
    """Add the store's commands to `app`."""

    @app.command()
    def ingest(
        inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive), WARC, feeds, JSON Lines, URLs with --fetch.")],
        db: DbOption = None,
        workers: Annotated[Optional[int], typer.Option("--workers", "-w", help="Worker processes (default: one per core).")] = None,
        fetch: Annotated[bool, typer.Option("--fetch", help="Download http(s) inputs and feed entry links.")] = False,
        published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for every input.")] = None,
    ) -> None:
        """Extract records from INPUTS into the store, keeping every original."""
        store = _open(db)
        report = run_ingest(store, inputs, workers=workers, fetch=fetch, published=published)
        counts = store.recluster()
        for failure in report.failures:
            _err(str(failure))
        sys.stdout.write(
            f"{report.documents} document(s) stored, {report.skipped} already stored, {len(report.failures)} failed; "
            f"{store.count('documents')} in the store; event clusters: "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + "\n"
        )
        if report.failures:
            raise typer.Exit(1)

    @app.command()
    def search(
        query: Annotated[Optional[str], typer.Argument(help="Words to find (any script; Arabic spelling variants match).")] = None,
        db: DbOption = None, type: TypeOption = None, side: SideOption = None, place: PlaceOption = None,
        since: SinceOption = None, until: UntilOption = None,
        format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
        limit: Annotated[int, typer.Option(help="How many documents to list.")] = 20,
    ) -> None:
        """Find documents by text, actors, places, event types, sides and dates."""
        store = _open(db)
        rows = store.search(_filters(query, type, side, place, since, until), limit=limit)
        if format == "json":
            sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        from rich.console import Console
        from rich.table import Table

        table = Table("id", "published", "title", "outlet")
        for r in rows:
            table.add_row(r["id"][7:19], r["published"] or "", r["title"] or r["source"], r["outlet"] or "")
        Console().print(table)

    @app.command()
    def show(ident: Annotated[str, typer.Argument(help="Document id (or its first hex digits) or source.")], db: DbOption = None,
             json_: Annotated[bool, typer.Option("--json", help="Print the record as JSON.")] = False) -> None:
        """Print a record with the evidence behind each field."""
        store = _open(db)
        record = store.record(ident)
        if record is None:
            _err(f"{ident}: no such document in the store (or the prefix is ambiguous)")
            raise typer.Exit(1)
        if json_:
            sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2) + "\n")
            return
        from .show import print_record

        print_record(record)

    @app.command()
    def events(
        db: DbOption = None, type: TypeOption = None, side: SideOption = None, place: PlaceOption = None,
        since: SinceOption = None, until: UntilOption = None,
        status: Annotated[Optional[str], typer.Option(help="single_source, corroborated or disputed.")] = None,
        format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    ) -> None:
        """Events across reports: each cluster with its status and every claim."""
        store = _open(db)
        clusters = store.clusters(_filters(None, type, side, place, since, until), status=status)
        if format == "json":
            for c in clusters:
                sys.stdout.write(json.dumps(c, ensure_ascii=False) + "\n")
            return
        from rich.console import Console
        from rich.table import Table

        table = Table("cluster", "date", "type", "place", "status", "reports", "fatalities (ACLED / UCDP low-best-high)", "claims")
        for c in clusters:
            claims = "; ".join(f"{cl.get('sources') or cl.get('outlet') or '?'}: {int(cl['fatalities']) if cl.get('fatalities') is not None else '-'}" for cl in c["claims"])
            table.add_row(c["cluster"], c["date_start"] or "", c["type"], c["place"] or "", c["status"], str(c["reports"]),
                          f"{c['acled_fatalities']} / {c['ucdp_low']}-{c['ucdp_best']}-{c['ucdp_high']}", claims)
        Console().print(table)

    @app.command()
    def export(
        format: Annotated[str, typer.Option("--format", "-f", help="json, jsonl, acled, ucdp, geojson or html (a map and a timeline).")],
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="File to write (default: stdout).")] = None,
        query: Annotated[Optional[str], typer.Option("--query", "-q", help="Only documents matching these words.")] = None,
        db: DbOption = None, type: TypeOption = None, side: SideOption = None, place: PlaceOption = None,
        since: SinceOption = None, until: UntilOption = None,
    ) -> None:
        """Export records or events from the store."""
        from ..export import FORMATS, export as run_export

        if format not in FORMATS:
            raise typer.BadParameter(f"unknown format {format!r}: use one of {', '.join(FORMATS)}", param_hint="--format")
        store = _open(db)
        filters = _filters(query, type, side, place, since, until)
        if output is None:
            n = run_export(store, format, sys.stdout, filters)
        else:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                n = run_export(store, format, fh, filters)
            sys.stderr.write(f"{n} item(s) written to {output}\n")

    @app.command()
    def failures(db: DbOption = None) -> None:
        """List the inputs that could not be ingested, and why."""
        store = _open(db)
        for source, reason, at in store.failures():
            sys.stdout.write(f"{at}\t{source}\t{reason}\n")

    @app.command()
    def reextract(db: DbOption = None) -> None:
        """Rebuild every record from its kept original with the current extractor."""
        from .ingest import reextract as run

        store = _open(db)
        report = run(store)
        counts = store.recluster()
        sys.stdout.write(f"{report.documents} record(s) rebuilt, {len(report.failures)} failed; event clusters: "
                         + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + "\n")

    @app.command()
    def demo(
        folder: Annotated[Path, typer.Option("--dir", help="Where the demo store and its exports go.")] = Path("tawthiq-demo"),
        workers: Annotated[Optional[int], typer.Option("--workers", "-w")] = None,
    ) -> None:
        """Ingest the bundled example reports into a fresh store and export the results."""
        from .demo import run_demo

        run_demo(folder, workers=workers)
