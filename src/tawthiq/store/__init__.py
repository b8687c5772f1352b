"""The evidence store: one SQLite file by default, PostgreSQL for teams (`--db postgresql://…`).

`Filters` and `Store` are imported on first use, so that the CLI's store commands can be
registered without loading the record model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Filters, Store

__all__ = ["Filters", "Store", "open_store"]


def __getattr__(name: str) -> Any:
    if name in ("Filters", "Store"):
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(db: str | None = None) -> Store:
    """The store at `db` (a path or a postgresql:// URL), else TAWTHIQ_DB, else the default file."""
    from ..config import default_db
    from .store import Store

    return Store(db or default_db())
