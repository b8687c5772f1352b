"""The evidence store: one SQLite file by default, PostgreSQL for teams (`--db postgresql://…`)."""

from __future__ import annotations

from .store import Filters, Store

__all__ = ["Filters", "Store", "open_store"]


def open_store(db: str | None = None) -> Store:
    """The store at `db` (a path or a postgresql:// URL), else TAWTHIQ_DB, else the default file."""
    from ..config import default_db

    return Store(db or default_db())
