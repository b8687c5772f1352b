"""tawthiq: turn war reporting into evidence.

The public API is small and imports nothing heavy until it is used:

    >>> from tawthiq import extract
    >>> for record in extract("report.html"):
    ...     print(record.document.title, len(record.events))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "extract", "extract_text", "Record"]

if TYPE_CHECKING:  # pragma: no cover
    from .api import extract, extract_text
    from .record import Record


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_text"):
        from . import api

        return getattr(api, name)
    if name == "Record":
        from .record import Record

        return Record
    raise AttributeError(name)
