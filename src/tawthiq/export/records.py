"""Records as stored: a JSON array or JSON Lines, one record at a time."""

from __future__ import annotations

import json
from typing import TextIO

from ..store.store import Filters, Store


def write_records(store: Store, out: TextIO, filters: Filters | None, *, lines: bool) -> int:
    n = 0
    if not lines:
        out.write("[\n")
    for record in store.records(filters):
        text = json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":") if lines else (", ", ": "))
        if lines:
            out.write(text + "\n")
        else:
            out.write((",\n" if n else "") + text)
        n += 1
    if not lines:
        out.write("\n]\n")
    return n
