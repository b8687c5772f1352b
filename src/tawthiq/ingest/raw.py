"""What ingest hands on: the raw bytes of one document, where they came from, and what the
container already told us (a feed entry's title, a WARC record's URI, a JSON line's date)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class RawDocument:
    source: str
    data: bytes
    media_type: str  # "text/plain", "text/html", or a hint such as "application/json" for JSON lines
    hints: dict = field(default_factory=dict)  # url, title, published, text, html, outlet ... from the container

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def id(self) -> str:
        return f"sha256:{self.sha256}"


@dataclass(frozen=True)
class Failure:
    """An input (or one item inside it) that could not become a document, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
