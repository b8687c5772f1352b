"""JSON Lines corpora: one document per line, `{"id", "text" or "html", "title", "url",
"published", ...}`. The source is the line's id, else its url, else FILE#LINE (1-based)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .raw import Failure, RawDocument

MEDIA_TYPE = "application/x-tawthiq-item+json"


def read_jsonl(source: str, data: bytes) -> Iterator[RawDocument | Failure]:
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}#{n}"
        try:
            item = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Failure(where, f"line is not JSON ({str(exc).splitlines()[0][:80]})")
            continue
        if not isinstance(item, dict):
            yield Failure(where, "line is not a JSON object")
            continue
        name = str(item.get("id") or item.get("url") or where)
        if not isinstance(item.get("text") or item.get("html"), str) or not (item.get("text") or item.get("html")).strip():
            yield Failure(name, "line has no 'text' or 'html'")
            continue
        yield RawDocument(source=name, data=line.strip(), media_type=MEDIA_TYPE, hints=item_hints(item, source))


def item_hints(item: dict, container: str) -> dict:
    """The fields of a JSON line that describe its document (everything but the body)."""
    hints = {k: v for k, v in item.items() if k not in ("text", "html") and v not in (None, "")}
    hints["container"] = container
    return hints
