"""The `tawthiq` command: each command parses its options and calls one library function.

Heavy libraries (spaCy, trafilatura, the web stack) are imported inside the commands that need
them, so `tawthiq --help` starts fast.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Annotated, Optional

import typer

app = typer.Typer(
    name="tawthiq",
    help="Turn war reporting into evidence: structured, source-attributed records.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """Turn war reporting into evidence: structured, source-attributed records."""


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _err(message: str) -> None:
    sys.stderr.write(f"tawthiq: {message}\n")
    sys.stderr.flush()


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is not None and not _ISO_DATE.match(value):
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD")
    return value


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, '-' for stdin, or URLs with --fetch.")],
    format: Annotated[
        Optional[str], typer.Option("--format", "-f", help="json (default for one input) or jsonl.")
    ] = None,
    published: Annotated[
        Optional[str],
        typer.Option(help="Publication date YYYY-MM-DD, overriding what the article says.", callback=_check_date),
    ] = None,
    fetch: Annotated[bool, typer.Option("--fetch", help="Download http(s) inputs and feed entry links.")] = False,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON even with --format json.")] = False,
) -> None:
    """Print one record per document found in INPUTS."""
    from .api import results
    from .ingest import Failure

    fmt = format or ("json" if len(inputs) == 1 else "jsonl")
    if fmt not in ("json", "jsonl"):
        raise typer.BadParameter(f"unknown format {fmt!r}: use json or jsonl", param_hint="--format")
    failures: list[Failure] = []
    out = sys.stdout
    for item in results(inputs, published=published, fetch=fetch):
        if isinstance(item, Failure):
            failures.append(item)
            _err(str(item))
            continue
        data = item.to_dict()
        if fmt == "jsonl" or compact:
            out.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
        else:
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        out.flush()
    if failures:
        if len(inputs) > 1 or len(failures) > 1:
            _err(f"{len(failures)} input(s) failed: " + ", ".join(f.source for f in failures))
        raise typer.Exit(1)


def _add_subcommands() -> None:
    from .geo.cli import app as geo_app
    from .store.cli import register as register_store

    app.add_typer(geo_app, name="geo")
    register_store(app)


_add_subcommands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
