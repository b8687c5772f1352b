"""Exports, all derived from the store and streamed (constant memory): the records as JSON or
JSON Lines, events as ACLED-style and UCDP GED-style CSV, a GeoJSON map layer, and an HTML report
with a map and a timeline."""

from __future__ import annotations

from typing import TextIO

from ..store.store import Filters, Store

FORMATS = ("json", "jsonl", "acled", "ucdp", "geojson", "html")


def export(store: Store, fmt: str, out: TextIO, filters: Filters | None = None) -> int:
    """Write `fmt` to `out`; returns the number of items written."""
    if fmt in ("json", "jsonl"):
        from .records import write_records

        return write_records(store, out, filters, lines=fmt == "jsonl")
    if fmt == "acled":
        from .acled import write_acled

        return write_acled(store, out, filters)
    if fmt == "ucdp":
        from .ucdp import write_ucdp

        return write_ucdp(store, out, filters)
    if fmt == "geojson":
        from .geojson import write_geojson

        return write_geojson(store, out, filters)
    if fmt == "html":
        from .report import write_report

        return write_report(store, out, filters)
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
