"""Records as stored: a JSON array or JSON Lines, one record at a time.

The store keeps each record as compact JSON text of `Record.to_dict()`, so the export writes that
text as it is: no parsing, no re-validation, constant memory."""

from __future__ import annotations

from typing import TextIO

from ..store.store import Filters, Store


def write_records(store: Store, out: TextIO, filters: Filters | None, *, lines: bool) -> int:
    n = 0
    if not lines:
        out.write("[\n")
    for text in store.record_json(filters):
        if lines:
            out.write(text + "\n")
        else:
            out.write((",\n" if n else "") + text)
        n += 1
    if not lines:
        out.write("\n]\n")
    return n
