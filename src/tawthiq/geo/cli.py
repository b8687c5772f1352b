"""`tawthiq geo …`: gazetteer commands. Imported by the main CLI; heavy imports stay inside commands."""

from __future__ import annotations

import typer

app = typer.Typer(help="The place gazetteer: build it, look names up, fetch GeoNames country dumps.", no_args_is_help=True)
