"""Store commands (ingest, search, show, events, export, failures, reextract, demo), added to the
main CLI by `register`. Heavy imports stay inside the commands."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the store's commands to `app`."""
